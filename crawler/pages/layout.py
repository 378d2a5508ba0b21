"""What every site adapter shares: metadata readers and a selector-driven article page.

`SiteArticlePage` reads a page through one or more `Layout`s (the selectors of one version of
a site's template). For each field it tries the site's own markup, then the page's metadata
(JSON-LD, `<meta>`), then the generic parser (`ArticlePage`), or metadata first when the
site's markup is unconfirmed (`markup_first = False`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from crawler.pages.article import ArticlePage
from crawler.pages.fields import (
    clean_author_names,
    clean_body,
    clean_whitespace,
    parse_kst_datetime,
    strip_title_suffix,
)
from crawler.pages.html import node_text, select, texts
from crawler.pages.jsonld import jsonld_author_names, jsonld_text
from crawler.pages.memo import page_property
from crawler.pages.registry import site_for_url
from crawler.pages.site import Site

T = TypeVar("T")


def first(*candidates: Callable[[], T | None]) -> T | None:
    """The first truthy result of the candidate readers, called lazily in order."""
    for candidate in candidates:
        value = candidate()
        if value:
            return value
    return None


def most_precise(
    preferred: Callable[[], datetime | None], fallback: Callable[[], datetime | None]
) -> datetime | None:
    """The preferred reader's time; the fallback's when that has none or the same minute with seconds."""
    chosen = preferred()
    other = fallback()
    if chosen is None:
        return other
    if other is not None and other.replace(second=0, microsecond=0) == chosen.replace(
        second=0, microsecond=0
    ):
        return other if (other.second, other.microsecond) != (0, 0) else chosen
    return chosen


# `기자명 홍길동`, `글: 홍길동`, `By 홍길동`: labels some sites write before the byline.
AUTHOR_LABEL = re.compile(r"^\s*(?:기자명|기자\s*[:：]|작성자|글\s*[:：]|by)\s*", re.IGNORECASE)


# --- dates with labels -------------------------------------------------------------------------

PUBLISHED_LABELS = ("입력", "승인", "등록", "게재", "송고", "발행", "기사입력", "published")
MODIFIED_LABELS = ("수정", "업데이트", "최종수정", "updated", "modified")


def labelled_date(
    candidates: Iterable[str], labels: Iterable[str], others: Iterable[str] = ()
) -> datetime | None:
    """The date written after one of `labels` in the candidate texts.

    A candidate without any label (and without one of `others`) counts as a bare date, used
    when no labelled one is found: `승인 2022.01.26 14:03` or `2022.01.26 14:03` → 2022-01-26 14:03.
    """
    label_list, other_list = list(labels), list(others)
    bare: datetime | None = None
    for text in candidates:
        positions = [(text.find(label), label) for label in label_list if label in text]
        if positions:
            start, label = min(positions)
            found = parse_kst_datetime(text[start + len(label) :].lstrip(" :："))
            if found is not None:
                return found
        elif bare is None and not any(other in text for other in other_list):
            bare = parse_kst_datetime(text)
    return bare


# --- the page ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """The selectors of one version of a site's article template.

    `detect` is a query that matches only pages of this layout ("" matches every page). Each
    field is a tuple of queries tried in order: CSS (may end in `::attr(x)`), or XPath when
    it starts with `/` or `(`.
    """

    version: str
    detect: str = ""
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    body_drop: str = ""


GENERIC_LAYOUT = Layout(version="meta")


class SiteArticlePage(ArticlePage):
    """An article page of a known site, read through the site's layouts, metadata and the generic parser."""

    layouts: ClassVar[tuple[Layout, ...]] = ()
    markup_first: ClassVar[bool] = True
    title_suffixes: ClassVar[tuple[str, ...]] = ()

    @page_property
    def site(self) -> Site | None:
        """The registered site the page belongs to: its name and article URL form live there."""
        return site_for_url(self.url)

    def publisher_name(self) -> str | None:
        """The registered site's name."""
        return self.site.name if self.site is not None else None

    # --- which layout -------------------------------------------------------------------------
    @page_property
    def layout(self) -> Layout:
        """The first layout whose `detect` query matches the page (the generic one when none does)."""
        for layout in self.layouts:
            if not layout.detect or select(self.selector, layout.detect):
                return layout
        return GENERIC_LAYOUT

    def parser_name(self) -> str:
        """`key/layout-version`, e.g. `hankookilbo/2026-01`."""
        return f"{self.key}/{self.layout.version}"

    @page_property
    def json_ld(self) -> dict[str, Any]:
        """The page's JSON-LD article object (empty when it has none)."""
        return self.jsonld()

    def markup_texts(self, queries: tuple[str, ...]) -> list[str]:
        """Texts the first matching query of a layout field finds."""
        for query in queries:
            found = texts(self.selector, query)
            if found:
                return found
        return []

    def ordered(
        self, markup: Callable[[], T | None], metadata: Callable[[], T | None]
    ) -> list[Callable[[], T | None]]:
        """Markup then metadata, or the reverse for sites whose markup is unconfirmed."""
        return [markup, metadata] if self.markup_first else [metadata, markup]

    def publisher_names(self) -> list[str]:
        """Names this site goes by (stripped from titles, never taken for reporters)."""
        names = [self.publisher() or "", *self.title_suffixes, *self.site_names()]
        return list(dict.fromkeys(name for name in names if name))

    # --- fields -------------------------------------------------------------------------------
    def title(self) -> str | None:
        """Headline: the site's heading, else JSON-LD/og:title without the site suffix."""
        raw = first(*self.ordered(self.title_from_markup, self.title_from_metadata), super().title)
        return strip_title_suffix(raw, self.publisher_names()) or None

    def title_from_markup(self) -> str | None:
        """Headline from the layout's title selectors."""
        found = self.markup_texts(self.layout.title)
        return found[0] if found else None

    def title_from_metadata(self) -> str | None:
        """Headline from JSON-LD, og:title or the `title` meta tag."""
        return jsonld_text(self.json_ld.get("headline")) or self.meta("og:title", "title", "twitter:title")

    def subtitle(self) -> str | None:
        """Sub-headline from the layout (lines joined by ` / `)."""
        for query in self.layout.subtitle:
            for node in select(self.selector, query):
                lines = [clean_whitespace(line) for line in node_text(node).splitlines()]
                joined = " / ".join(line for line in lines if line)
                if joined:
                    return joined
        return super().subtitle()

    def authors(self) -> list[str]:
        """Reporter names: the layout's byline, else JSON-LD authors, else byline meta tags."""
        found = first(*self.ordered(self.authors_from_markup, self.authors_from_metadata))
        return found or super().authors()

    def authors_from_markup(self) -> list[str]:
        """Reporter names from the layout's byline selectors."""
        bylines = [AUTHOR_LABEL.sub("", text) for text in self.markup_texts(self.layout.authors)]
        return clean_author_names(bylines, exclude=self.publisher_names())

    def authors_from_metadata(self) -> list[str]:
        """Reporter names from JSON-LD, then `dable:author`, `og:article:author`, `article:author`."""
        names = jsonld_author_names(self.json_ld.get("author"))
        if not names:
            for name in ("dable:author", "og:article:author", "article:author", "byl", "author"):
                value = self.meta(name)
                if value and not value.startswith("http"):
                    names = [value]
                    if clean_author_names(names, exclude=self.publisher_names()):
                        break
        return clean_author_names(names, exclude=self.publisher_names())

    def published_at(self) -> datetime | None:
        """First publication time: the layout's date line, else JSON-LD/meta."""
        return most_precise(*self.ordered(self.published_from_markup, self.published_from_metadata)) or (
            super().published_at()
        )

    def published_from_markup(self) -> datetime | None:
        """Publication time from the layout's date selectors (`입력 …`, `승인 …`, or a bare date)."""
        return labelled_date(self.markup_texts(self.layout.published), PUBLISHED_LABELS, MODIFIED_LABELS)

    def published_from_metadata(self) -> datetime | None:
        """Publication time from JSON-LD datePublished or `article:published_time`."""
        raw = jsonld_text(self.json_ld.get("datePublished")) or self.meta(
            "article:published_time", "og:article:published_time", "pubdate", "datePublished"
        )
        return parse_kst_datetime(raw)

    def modified_at(self) -> datetime | None:
        """Last modification time: the layout's `수정 …` line, else JSON-LD/meta."""
        return most_precise(*self.ordered(self.modified_from_markup, self.modified_from_metadata)) or (
            super().modified_at()
        )

    def modified_from_markup(self) -> datetime | None:
        """Modification time from the layout's selectors (the text after `수정`)."""
        return labelled_date(self.markup_texts(self.layout.modified), MODIFIED_LABELS, PUBLISHED_LABELS)

    def modified_from_metadata(self) -> datetime | None:
        """Modification time from JSON-LD dateModified or `article:modified_time`."""
        raw = jsonld_text(self.json_ld.get("dateModified")) or self.meta(
            "article:modified_time", "og:updated_time", "dateModified"
        )
        return parse_kst_datetime(raw)

    def section(self) -> str | None:
        """Section: the layout's breadcrumb/section label, else `article:section` or JSON-LD."""
        return first(*self.ordered(self.section_from_markup, self.section_from_metadata), super().section)

    def section_from_markup(self) -> str | None:
        """Section from the layout's selectors."""
        found = self.markup_texts(self.layout.section)
        return found[0] if found else None

    def section_from_metadata(self) -> str | None:
        """Section from `article:section` or JSON-LD articleSection."""
        return self.meta("article:section") or jsonld_text(self.json_ld.get("articleSection"))

    def publisher(self) -> str | None:
        """Publisher: the adapter's name, else the registered site's, else og:site_name."""
        name = self.publisher_name()
        if name:
            return name
        return self.meta("og:site_name") or super().publisher()

    def text(self) -> str:
        """Body: the layout's body paragraphs cleaned of boilerplate, else JSON-LD articleBody."""
        return first(*self.ordered(self.text_from_markup, self.text_from_metadata), super().text) or ""

    def text_from_markup(self) -> str:
        """Body from the layout's body selectors, one paragraph per line, boilerplate removed."""
        for query in self.layout.body:
            nodes = select(self.selector, query)
            if nodes:
                body = clean_body("\n".join(node_text(node, self.layout.body_drop) for node in nodes))
                if body:
                    return body
        return ""

    def text_from_metadata(self) -> str:
        """Body from JSON-LD articleBody."""
        body = self.json_ld.get("articleBody")
        return clean_body(body) if isinstance(body, str) else ""

    # --- whole page ---------------------------------------------------------------------------
    def not_article_reason(self) -> str | None:
        """Why the page is not an article: `not-article-url` (a listing, tag or author page), or the generic reasons."""
        pattern = self.site.article_url if self.site is not None else None
        if pattern is not None and not pattern.search(self.url):
            return "not-article-url"
        return super().not_article_reason()
