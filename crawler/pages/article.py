"""Page objects: site knowledge lives here, one method per output field (web-poet style).

`ArticlePage` is the generic parser every site adapter subclasses. Each field method reads, in
order, JSON-LD (`NewsArticle`/`Article`, also inside `@graph` and lists), OpenGraph and
`article:*` meta tags, then the visible page; the body comes from trafilatura's main-content
extractor followed by the Korean clean-up of `crawler.pages.fields.clean_body`. A subclass overrides a
field method with the site's own markup and falls back to `super()` field by field, using the
helpers here (`meta()`, `jsonld()`, `css_text()`, `block_text()`).

Spiders never know which site they are on: they ask the registry for the page class of a URL,
build it from the response (`ArticlePage(url, response.text)`), and call `record()`.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, ClassVar
from urllib.parse import urljoin

import trafilatura
from parsel import Selector
from trafilatura.settings import Extractor

from crawler.pages.body import embedded_body
from crawler.pages.dates import MODIFIED_LABEL, PUBLISHED_LABEL, data_attribute_date, first_date, visible_date
from crawler.pages.fields import (
    byline_names,
    clean_author_names,
    clean_body,
    clean_whitespace,
    strip_title_suffix,
)
from crawler.pages.html import html_to_text, without_noise
from crawler.pages.jsonld import (
    ARTICLE_TYPES,
    LISTING_TYPES,
    first_of_type,
    first_str,
    jsonld_names,
    jsonld_objects,
    jsonld_types,
)
from crawler.pages.memo import once_per_page, page_property
from crawler.pages.metatags import MetaTags
from crawler.pages.outcome import NoRecord, NotAnArticle
from crawler.pages.registry import site_for_url
from crawler.pages.urls import canonicalize
from output.schema import KST, ArticleRecord

NON_ARTICLE_OG_TYPES = frozenset({"website", "profile", "video.other", "book", "music.song"})
MIN_BODY_CHARS = 50


class ArticlePage:
    """A fetched page read as a news article: one method per record field."""

    key: ClassVar[str] = "generic"
    version: ClassVar[str] = "1"
    ONCE_PER_PAGE: ClassVar[tuple[str, ...]] = ("title", "text", "site_names")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every page class computes its `title()` and `text()` once per page."""
        super().__init_subclass__(**kwargs)
        for name in cls.ONCE_PER_PAGE:
            if name in cls.__dict__:
                setattr(cls, name, once_per_page(cls.__dict__[name]))

    def __init__(self, url: str, html: str) -> None:
        self.url = url
        self.html = html

    @page_property
    def selector(self) -> Selector:
        """The parsed page (parsel: CSS and XPath)."""
        return Selector(text=self.html or "<html></html>", base_url=self.url)

    def publisher_name(self) -> str | None:
        """The publisher's name when the page's site is known (the generic parser knows none)."""
        return None

    # --- helpers for adapters -----------------------------------------------------------
    @page_property
    def meta_tags(self) -> MetaTags:
        """The page's `<meta>` tags, read once."""
        return MetaTags.of(self.selector)

    def meta(self, *names: str) -> str | None:
        """Content of the first non-empty `<meta property|name|itemprop=NAME>` among `names`, in order."""
        return self.meta_tags.first(names)

    def meta_all(self, name: str) -> list[str]:
        """Contents of every `<meta property|name=NAME>` (e.g. several `article:tag`)."""
        return self.meta_tags.every(name)

    def css_text(self, query: str) -> str | None:
        """Whitespace-cleaned text of the first element matching `query` that has any, else None."""
        for element in self.selector.css(query):
            text = clean_whitespace(element.xpath("string(.)").get())
            if text:
                return text
        return None

    def css_attr(self, query: str, attribute: str) -> str | None:
        """The first non-empty value of `attribute` on elements matching `query`."""
        for value in self.selector.css(f"{query}::attr({attribute})").getall():
            if clean_whitespace(value):
                return clean_whitespace(value)
        return None

    def block_text(self, query: str, *, exclude: str = "") -> str:
        """Text of the first element matching `query`: one line per paragraph or `<br>`, `exclude` removed."""
        found = self.selector.css(query)
        return html_to_text(found[0].get(), exclude=exclude) if found else ""

    @page_property
    def jsonld_objects(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, `@graph` and lists flattened; broken blocks skipped."""
        return jsonld_objects(self.selector.css('script[type="application/ld+json"]::text').getall())

    def jsonld(self, types: frozenset[str] = ARTICLE_TYPES) -> dict[str, Any]:
        """The first JSON-LD object whose `@type` is one of `types` (an article by default), else {}."""
        return first_of_type(self.jsonld_objects, types)

    @once_per_page
    def site_names(self) -> list[str]:
        """Names the page gives its publisher: used to strip title suffixes and drop non-person authors."""
        publisher = self.jsonld().get("publisher")
        names = [
            self.publisher_name(),
            publisher.get("name") if isinstance(publisher, dict) else None,
            self.meta("og:site_name", "application-name"),
        ]
        return [clean_whitespace(n) for n in names if isinstance(n, str) and clean_whitespace(n)]

    # --- fields -------------------------------------------------------------------------
    def canonical_url(self) -> str:
        """The page's own canonical URL (link rel=canonical, og:url, JSON-LD url), else the fetched URL."""
        found = (
            self.css_attr('link[rel="canonical"]', "href")
            or self.meta("og:url")
            or first_str(self.jsonld().get("url"))
        )
        return urljoin(self.url, found) if found else self.url

    @once_per_page
    def title(self) -> str | None:
        """Headline without the site suffix: og:title, JSON-LD headline, twitter:title, `<h1>`, `<title>`."""
        candidates: list[Callable[[], str | None]] = [  # read in turn, up to the first that gives a title
            lambda: self.meta("og:title"),
            lambda: first_str(self.jsonld().get("headline")),
            lambda: self.meta("twitter:title", "title", "dable:title"),
            lambda: self.css_text("article h1, main h1, header h1, h1"),
            lambda: self.css_text("title"),
        ]
        names = self.site_names()
        for candidate in candidates:
            title = strip_title_suffix(candidate(), names)
            if title:
                return title
        return None

    def subtitle(self) -> str | None:
        """Sub-headline, when the page has one (JSON-LD alternativeHeadline)."""
        return clean_whitespace(first_str(self.jsonld().get("alternativeHeadline"))) or None

    def authors(self) -> list[str]:
        """Reporter names, without 기자 and e-mail addresses: JSON-LD, author meta, bylines, then the body."""
        exclude = self.site_names()
        from_jsonld = clean_author_names(jsonld_names(self.jsonld().get("author")), exclude=exclude)
        if from_jsonld:
            return from_jsonld
        metas = [
            *self.meta_all("article:author"),
            *self.meta_all("author"),
            *self.meta_all("dable:author"),
            *self.meta_all("byl"),
        ]
        from_meta = clean_author_names([m for m in metas if "://" not in m], exclude=exclude)
        if from_meta:
            return from_meta
        byline = self.css_text(
            "[itemprop='author'] [itemprop='name'], [itemprop='author'], [rel='author'], "
            "[class*='byline'], [class*='reporter'], [class*='writer'], [class*='journalist']"
        )
        from_byline = clean_author_names(byline, exclude=exclude)
        return from_byline or clean_author_names(byline_names(self.main_text()), exclude=exclude)

    def published_at(self) -> datetime | None:
        """First publication time, KST-aware: JSON-LD, meta tags, `<time>`, then `입력 …` on the page."""
        return first_date(
            first_str(self.jsonld().get("datePublished")),
            self.meta(
                "article:published_time", "og:article:published_time", "article:published",
                "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
                "DC.date.issued", "parsely-pub-date", "sailthru.date",
            ),
            lambda: self.css_attr("[itemprop='datePublished']", "datetime"),
            lambda: self.css_attr("[itemprop='datePublished']", "content"),
            lambda: self.css_attr("article time[datetime], time[pubdate], time[datetime]", "datetime"),
            lambda: visible_date(self.selector, PUBLISHED_LABEL),
            lambda: data_attribute_date(self.selector, modified=False),
        )  # fmt: skip

    def modified_at(self) -> datetime | None:
        """Last modification time, KST-aware: JSON-LD, meta tags, then `수정 …` on the page."""
        return first_date(
            first_str(self.jsonld().get("dateModified")),
            self.meta("article:modified_time", "og:updated_time", "article:modified", "dateModified",
                      "last-modified", "lastmod"),
            lambda: self.css_attr("[itemprop='dateModified']", "datetime"),
            lambda: self.css_attr("[itemprop='dateModified']", "content"),
            lambda: visible_date(self.selector, MODIFIED_LABEL),
            lambda: data_attribute_date(self.selector, modified=True),
        )  # fmt: skip

    def section(self) -> str | None:
        """Section as the site names it: article:section, JSON-LD articleSection, then breadcrumbs."""
        found = self.meta("article:section", "section") or first_str(self.jsonld().get("articleSection"))
        if found:
            return clean_whitespace(found)
        crumbs = self.jsonld(frozenset({"BreadcrumbList"})).get("itemListElement")
        if isinstance(crumbs, list) and len(crumbs) >= 3:  # home › section › … › article
            item = crumbs[1] if isinstance(crumbs[1], dict) else {}
            name = item.get("name") or (item.get("item") or {}).get("name")
            return clean_whitespace(name) if isinstance(name, str) else None
        return None

    def publisher(self) -> str | None:
        """Publisher name: the adapter's, JSON-LD publisher, og:site_name."""
        names = self.site_names()
        return names[0] if names else None

    def language(self) -> str:
        """Language of the body (primary subtag of `<html lang>`, og:locale, JSON-LD inLanguage)."""
        raw = (
            self.selector.xpath("/html/@lang").get()
            or self.meta("og:locale")
            or first_str(self.jsonld().get("inLanguage"))
            or "ko"
        )
        primary = re.split(r"[-_]", raw.strip().lower())[0]
        return (
            {"kr": "ko", "kor": "ko"}.get(primary, primary) if re.fullmatch(r"[a-z]{2,3}", primary) else "ko"
        )

    def main_text(self) -> str:
        """The main content as plain text before clean-up (trafilatura; JSON-LD articleBody as fallback)."""
        return self._main_text

    @once_per_page
    def text(self) -> str:
        """Body as plain text, paragraphs separated by newlines, boilerplate removed.

        Leading lines that repeat the headline or the sub-headline are dropped too.
        """
        lines = clean_body(self.main_text()).splitlines()
        repeated = {clean_whitespace(self.title())}
        repeated.update(clean_body(self.subtitle()).splitlines())
        while lines and lines[0] in repeated:
            lines.pop(0)
        return "\n".join(lines)

    # --- whole page ---------------------------------------------------------------------
    def not_article_reason(self) -> str | None:
        """Why this page is not an article (`listing`, `no-title`, `no-body`), or None when it is one."""
        if not self.title():
            return "no-title"
        if self._looks_like_listing():
            return "listing"
        if len(self.text()) < MIN_BODY_CHARS:
            return "no-body"
        return None

    def parser_name(self) -> str:
        """`key/version` of the adapter and layout that read the page."""
        return f"{self.key}/{self.version}"

    def record(self, *, site: str | None = None, crawled_at: datetime | None = None) -> ArticleRecord:
        """The article record of this page; raises NotAnArticle (with what the page had) for other pages."""
        reason = self.not_article_reason()
        if reason:
            raise NotAnArticle(reason, self.no_record(reason))
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

    def other_urls(self) -> list[str]:
        """Other canonical URLs of this page's article (the original of an aggregator's copy)."""
        return []

    def no_record(self, reason: str) -> NoRecord:
        """What a page that gives no record had: its title, date and body, read as the record would."""
        return NoRecord(
            reason,
            title=bool(self.title()),
            date=self.published_at() is not None,
            body=bool(self.text()) and "body" not in reason,
        )

    # --- internals ----------------------------------------------------------------------
    @page_property
    def _main_text(self) -> str:
        extracted = trafilatura.extract(without_noise(self.html), options=main_text_options(self.url))
        if extracted and len(extracted.strip()) >= MIN_BODY_CHARS:
            return extracted
        body = first_str(self.jsonld().get("articleBody"))
        if body and len(body.strip()) >= MIN_BODY_CHARS:
            return html_to_text(body) if "<" in body else body
        return self.block_text("[itemprop='articleBody']") or embedded_body(self.selector) or extracted or ""

    def _looks_like_listing(self) -> bool:
        """A section/front page: typed `website` or CollectionPage, with no article date or JSON-LD article."""
        if self.jsonld() or self.meta("article:published_time"):
            return False
        og_type = (self.meta("og:type") or "").lower()
        typed = {t for obj in self.jsonld_objects for t in jsonld_types(obj)}
        if og_type in NON_ARTICLE_OG_TYPES or typed & (LISTING_TYPES - {"WebSite"}):
            return True
        links = self.selector.xpath("//body//a[normalize-space()]")
        link_chars = sum(len(clean_whitespace(" ".join(a.xpath(".//text()").getall()))) for a in links)
        all_chars = len(clean_whitespace(" ".join(self.selector.xpath("//body//text()").getall())))
        return len(links) >= 30 and link_chars > 0.6 * max(all_chars, 1)


@cache
def _main_text_settings() -> Extractor:
    return Extractor(
        output_format="txt",
        comments=False,
        tables=False,
        images=False,
        precision=True,
        dedup=False,
    )


def main_text_options(url: str) -> Extractor:
    """trafilatura's settings for one page's main text: built once per process, only the URL set per page."""
    options = copy.copy(_main_text_settings())
    options.url = url
    options.source = url.encode("utf-8", "replace").decode("utf-8") if url else None
    return options


def content_hash(text: str) -> str:
    """SHA-1 of the body with all whitespace removed: one story syndicated under two URLs hashes alike."""
    return hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest()


def page_for(url: str, html: str) -> tuple[str, ArticlePage]:
    """The site key and page object that should read an article page at this URL."""
    site = site_for_url(url)
    if site is None:
        return "generic", ArticlePage(url, html)
    return site.key, site.article_page(url, html)
