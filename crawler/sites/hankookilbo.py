"""한국일보 (hankookilbo.com): three article layouts seen in real pages, read by date of template.

- `2025-05`: server-rendered; `h1.title`, `h2.sub-tit-ll`, body `div[itemprop=articleBody]
  p.editor-p`, reporter `.writer .name strong`, `article:published_time` and JSON-LD.
- `2026-01`: a Next.js page whose article is only in its React Query data
  (`window["__RQ_…"].push({...})`: title, contentHtml, byLines); the date is nowhere in meta
  tags, only in `#gtm-article-data[data-deploy-dt="2026.01.29 18:40"]`.
- `2026-07`: rendered again in `#article-view-content`, JSON-LD NewsArticle with every author,
  `article:published_time` / `article:modified_time`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from parsel import Selector

from crawler.pages.fields import clean_author_names, clean_body, clean_whitespace, parse_kst_datetime
from crawler.pages.html import node_text
from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.memo import page_property
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"/(?:news/read|news/article)/A\d{19}", re.IGNORECASE)
BODY = "p.editor-p, h3.editor-tit"
GTM = "#gtm-article-data"

LAYOUT_2026_07 = Layout(
    version="2026-07",
    detect="#article-view-content",
    subtitle=("#article-view-content h2.sub-tit-ll",),
    published=(f"{GTM}::attr(data-deploy-dt)",),
    modified=(f"{GTM}::attr(data-re-deploy-dt)",),
    section=(f"{GTM}::attr(data-section-name)",),
    body=("#article-view-content p.editor-p, #article-view-content h3.editor-tit",),
)
LAYOUT_2026_01 = Layout(
    version="2026-01",
    detect=f"{GTM}[data-deploy-dt]",
    authors=(f"{GTM}::attr(data-byline-writer-name)",),
    published=(f"{GTM}::attr(data-deploy-dt)",),
    modified=(f"{GTM}::attr(data-re-deploy-dt)",),
    section=(f"{GTM}::attr(data-section-name)",),
)
LAYOUT_2025_05 = Layout(
    version="2025-05",
    detect="div[itemprop=articleBody] p.editor-p",
    title=("div.end-top h1.title", "h1.title"),
    subtitle=("h2.sub-tit-ll",),
    authors=(".writer .name strong",),
    published=("dl.wrt-text",),
    modified=("dl.wrt-text",),
    body=("div[itemprop=articleBody] p.editor-p, div[itemprop=articleBody] h3.editor-tit",),
)


class HankookilboArticlePage(SiteArticlePage):
    """A 한국일보 article in any of its three layouts; `parser` names the one that read it."""

    key = "hankookilbo"
    layouts = (LAYOUT_2026_07, LAYOUT_2026_01, LAYOUT_2025_05)

    @page_property
    def query_data(self) -> dict[str, Any]:
        """The article of the 2026-01 layout, from its React Query data script (empty when absent)."""
        decoder = json.JSONDecoder(strict=False)
        for script in self.selector.xpath("//script[contains(., '__RQ_')]/text()").getall():
            start = script.find(".push(")
            if start < 0:
                continue
            try:
                data, _ = decoder.raw_decode(script, start + len(".push("))
            except ValueError:
                continue
            for query in data.get("queries", []) if isinstance(data, dict) else []:
                key = query.get("queryKey") or []
                if key and key[0] == "article":
                    detail = (((query.get("state") or {}).get("data") or {}).get("data") or {}).get("detail")
                    if isinstance(detail, dict):
                        return detail
        return {}

    def _from_data(self) -> bool:
        return self.layout is LAYOUT_2026_01 and bool(self.query_data)

    def title(self) -> str | None:
        """Headline (the 2026-01 layout: from its data)."""
        if self._from_data() and self.query_data.get("title"):
            return clean_whitespace(self.query_data["title"])
        return super().title()

    def subtitle(self) -> str | None:
        """Sub-headline, its lines joined by ` / `."""
        if self._from_data() and self.query_data.get("subTitle"):
            html = Selector(text=f"<div>{self.query_data['subTitle']}</div>").css("div")[0]
            lines = [clean_whitespace(line) for line in node_text(html).splitlines()]
            return " / ".join(line for line in lines if line) or None
        return super().subtitle()

    def authors(self) -> list[str]:
        """Reporters (the 2026-01 layout: from the data's byLines)."""
        if self._from_data():
            names = [b.get("writerName") for b in self.query_data.get("byLines") or [] if isinstance(b, dict)]
            found = clean_author_names(
                [n for n in names if isinstance(n, str)], exclude=self.publisher_names()
            )
            if found:
                return found
        return super().authors()

    def published_at(self) -> datetime | None:
        """First publication (the 2026-01 layout has no date meta tag: `data-deploy-dt`)."""
        if self._from_data() and self.query_data.get("deployDt"):
            return parse_kst_datetime(self.query_data["deployDt"]) or super().published_at()
        return super().published_at()

    def text(self) -> str:
        """Body paragraphs and intertitles (the 2026-01 layout: from the data's contentHtml)."""
        if self._from_data() and isinstance(self.query_data.get("contentHtml"), str):
            content = Selector(text=f"<div>{self.query_data['contentHtml']}</div>")
            body = clean_body("\n".join(node_text(node) for node in content.css(BODY)))
            if body:
                return body
        return super().text()


HANKOOKILBO = Site(
    key="hankookilbo",
    name="한국일보",
    domains=("hankookilbo.com",),
    article_page=HankookilboArticlePage,
    article_url=ARTICLE_URL,
    sitemaps=("https://www.hankookilbo.com/sitemap/latest-articles",),
    archive_sitemaps=("https://www.hankookilbo.com/sitemap/daily-articles/{year}",),
    notes="general daily; discovery by sitemap (no IT section feed known)",
)
