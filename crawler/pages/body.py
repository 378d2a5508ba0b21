"""Bodies a page does not show in its markup: HTML kept in a script (a page rendered by JavaScript)."""

from __future__ import annotations

import json
import re

from parsel import Selector

from crawler.pages.html import NOISE_SELECTORS, html_to_text

_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){200,})"')
_HTML_PARAGRAPH = re.compile(r"(?:<|\\u003c)p[\s>]", re.IGNORECASE)
_HANGUL = re.compile(r"[가-힣]")


def embedded_body(selector: Selector) -> str:
    """The body of a script-rendered page: the longest HTML string with paragraphs inside a `<script>`."""
    best = ""
    for script in selector.xpath("//script[not(@type='application/ld+json')]/text()").getall():
        for literal in _JSON_STRING.findall(script):
            if len(literal) < 200 or not _HTML_PARAGRAPH.search(literal):
                continue
            try:
                value = json.loads(f'"{literal}"')
            except ValueError:
                continue
            if len(_HANGUL.findall(value)) > len(_HANGUL.findall(best)):
                best = value
    best = re.sub(r"\$\$[A-Z_]+\$\$", "", best)  # CMS placeholders such as $$ARTICLEAD$$
    return html_to_text(best, exclude=NOISE_SELECTORS[1]) if best else ""
