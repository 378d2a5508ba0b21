"""Page objects: site knowledge lives here, one method per output field (web-poet style).

`ArticlePage` is the generic parser every site adapter subclasses. Each field method of a
subclass reads the site's own markup first and falls back to `super()` (JSON-LD, meta tags,
then the visible page). Spiders never know which site they are on: they ask the registry for
the page class of a URL, build it from the response, and call `record()`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import cached_property
from typing import ClassVar

from parsel import Selector

from output.schema import KST, ArticleRecord


class NotAnArticle(Exception):
    """Raised by `ArticlePage.record()` for a page that is not an article; the message says why."""


class ArticlePage:
    """A fetched page read as a news article: one method per record field."""

    key: ClassVar[str] = "generic"
    version: ClassVar[str] = "1"
    publisher_name: ClassVar[str | None] = None

    def __init__(self, url: str, html: str) -> None:
        self.url = url
        self.html = html

    @cached_property
    def selector(self) -> Selector:
        """The parsed page (parsel: CSS and XPath)."""
        return Selector(text=self.html, base_url=self.url)

    # --- fields -------------------------------------------------------------------------
    def canonical_url(self) -> str:
        """The page's own canonical URL (link rel=canonical, og:url), else the fetched URL."""
        found = self.selector.css(
            'link[rel="canonical"]::attr(href), meta[property="og:url"]::attr(content)'
        ).get()
        return found.strip() if found else self.url

    def title(self) -> str | None:
        """Headline without the site suffix."""
        return self.selector.css('meta[property="og:title"]::attr(content), title::text').get()

    def subtitle(self) -> str | None:
        """Sub-headline, when the page has one."""
        return None

    def authors(self) -> list[str]:
        """Reporter names, without 기자 and e-mail addresses."""
        return []

    def published_at(self) -> datetime | None:
        """First publication time, KST-aware."""
        return None

    def modified_at(self) -> datetime | None:
        """Last modification time, KST-aware."""
        return None

    def section(self) -> str | None:
        """Section as the site names it."""
        return None

    def publisher(self) -> str | None:
        """Publisher name."""
        return self.publisher_name

    def language(self) -> str:
        """Language of the body."""
        return "ko"

    def text(self) -> str:
        """Body as plain text, paragraphs separated by newlines, boilerplate removed."""
        return ""

    # --- whole page ---------------------------------------------------------------------
    def not_article_reason(self) -> str | None:
        """Why this page is not an article (listing, tag page, no body…), or None when it is one."""
        if not self.title():
            return "no title"
        if len(self.text()) < 50:
            return "no article body"
        return None

    def parser_name(self) -> str:
        """`key/version` of the adapter and layout that read the page."""
        return f"{self.key}/{self.version}"

    def record(self, *, site: str | None = None, crawled_at: datetime | None = None) -> ArticleRecord:
        """The article record of this page; raises NotAnArticle for other pages."""
        from crawler.canonical import canonicalize

        reason = self.not_article_reason()
        if reason:
            raise NotAnArticle(reason)
        canonical = canonicalize(self.canonical_url() or self.url)
        text = self.text()
        return ArticleRecord(
            id=hashlib.sha1(canonical.encode("utf-8")).hexdigest(),
            url=self.url,
            canonical_url=canonical,
            site=site or self.key,
            publisher=self.publisher(),
            title=self.title() or "",
            subtitle=self.subtitle(),
            authors=self.authors(),
            published_at=self.published_at(),
            modified_at=self.modified_at(),
            section=self.section(),
            language=self.language(),
            text=text,
            content_hash=content_hash(text),
            crawled_at=crawled_at or datetime.now(KST),
            parser=self.parser_name(),
        )


def content_hash(text: str) -> str:
    """SHA-1 of the body with all whitespace removed: one story syndicated under two URLs hashes alike."""
    return hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest()
