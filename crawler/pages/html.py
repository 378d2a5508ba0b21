"""Text out of HTML: a line per paragraph, block or `<br>`, with scripts and page furniture dropped.

`html_to_text` reads a fragment (a JSON-LD or script-embedded body); `node_text` reads a node
of a parsed page (the selectors of a site layout); `without_noise` strips widgets, captions and
related-article boxes from a whole page before the main-content extractor reads it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import lxml.html
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError
from parsel import Selector, SelectorList

from crawler.pages.fields import clean_lines, clean_whitespace

# Page parts that are never the article body: dropped before the main-content extractor runs.
NOISE_SELECTORS = (
    "script, style, noscript, template, iframe, form, button, nav, aside, footer, figcaption",
    "[class*='caption'], [class*='img_desc'], [class*='photo_desc'], [class*='related'], "
    "[class*='relation'], [class*='share'], [class*='sns'], [class*='comment'], [id*='comment'], "
    "[class*='reply'], [class*='copyright'], [class*='recommend'], [class*='popular'], "
    "[class*='ranking'], [class*='most_view'], [class*='subscribe'], [class*='newsletter']",
)


BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
     "article", "table", "tr", "figure", "header", "dl", "dt", "dd", "pre", "hr"}
)  # fmt: skip


@lru_cache(maxsize=256)
def css(query: str) -> CSSSelector:
    """A CSS selector compiled once (to XPath) for every page, not once per call."""
    return CSSSelector(query, translator="html")


def html_to_text(fragment: str, *, exclude: str = "") -> str:
    """Plain text of an HTML fragment: a line per paragraph, block or `<br>`; `exclude` (CSS) removed."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return clean_whitespace(fragment)
    for bad in css("script, style, noscript, template" + (f", {exclude}" if exclude else ""))(root):
        bad.drop_tree()
    parts: list[str] = []
    for event, element in _walk(root):
        if event == "start" and isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            parts.append("\n")
        if event == "text":
            parts.append(element)
    return "\n".join(clean_lines("".join(parts)))


def _walk(root: Any) -> Iterator[tuple[str, Any]]:
    """Document-order events over an lxml tree: ("start", element) then ("text", str) pieces."""
    yield "start", root
    if root.text:
        yield "text", root.text
    for child in root:
        if isinstance(child.tag, str):
            yield from _walk(child)
            if child.tag.lower() in BLOCK_TAGS:
                yield "text", "\n"
        if child.tail:
            yield "text", child.tail


def without_noise(html: str) -> Any:
    """The page as an lxml tree without widgets, captions, related boxes and comment areas.

    An element is kept when it holds most of the page's text (a site that wraps its article in
    `class="share-wrap"` must not lose its body).
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return html
    total = len(root.text_content() or "")
    for query in NOISE_SELECTORS:
        for element in css(query)(root):
            if element.getparent() is not None and len(element.text_content() or "") < 0.5 * total:
                element.drop_tree()
    return root


# Elements whose text is never article prose.
NEVER_TEXT = "script, style, noscript, iframe, button, figure, figcaption, form, select, template"


def drop_keeping_tail(element: Any) -> None:
    """Remove an lxml element from its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def node_text(node: Selector, drop: str = "") -> str:
    """Text of a node: `<br>` and block elements become line breaks, scripts and figures are dropped."""
    if isinstance(node.root, str):
        return node.root
    root = copy.deepcopy(node.root)
    scratch = Selector(root=root)
    for query in (NEVER_TEXT, drop):
        if query:
            for unwanted in scratch.css(query):
                if unwanted.root is not root:
                    drop_keeping_tail(unwanted.root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in NODE_BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return "".join(text for text in root.itertext() if isinstance(text, str))


def select(selector: Selector | SelectorList[Selector], query: str) -> SelectorList[Selector]:
    """Nodes a query finds: XPath when it starts with `/` or `(`, CSS otherwise."""
    return selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)


def texts(selector: Selector | SelectorList[Selector], query: str, drop: str = "") -> list[str]:
    """Cleaned, non-empty texts a query finds (attribute and `::text` queries give strings)."""
    found = [clean_whitespace(node_text(node, drop)) for node in select(selector, query)]
    return [text for text in found if text]


NODE_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5",
     "h6", "blockquote", "dd", "dt", "dl", "header", "footer", "aside", "pre", "figure"}
)  # fmt: skip
