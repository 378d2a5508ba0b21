"""Finding article URLs: feeds, sitemaps and section listing pages, read as pure functions.

- `parse_feed(body)`: RSS 2.0, RSS 1.0 (RDF) and Atom → `FeedEntry`s, dates in KST (RFC 822 with a
  zone, `GMT` that really means KST for some sites, ISO 8601, or no zone at all = KST).
- `parse_sitemap(body)`: sitemap index or urlset (gzip or not), news-sitemap dates included.
- `parse_listing_time(text, now)`: listing times, including `12-01 23:26` with no year.
- `ListingPage`: a section page as a page object (`items()`, `article_links()`, `next_page()`);
  site modules subclass it with their selectors.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree
from parsel import Selector
from scrapy.utils.sitemap import Sitemap

from crawler.canonical import canonicalize
from crawler.fields import clean_whitespace, parse_kst_datetime
from output.schema import KST

MAX_SITEMAP_BYTES = 50 * 1024 * 1024


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read at all; the message names the document."""


# --- dates -----------------------------------------------------------------------------------

_ZONE_GMT = re.compile(r"\s*(?:GMT|UTC|UT|Z|\+0000|\+00:00)\s*$", re.IGNORECASE)


def parse_feed_date(text: str | None, *, gmt_is_kst: bool = False) -> datetime | None:
    """A feed date in KST: RFC 822 (`+0900`, `GMT`), ISO 8601, or no zone (read as KST).

    `gmt_is_kst` is for feeds that write KST wall-clock times but label them GMT.
    """
    text = clean_whitespace(text)
    if not text:
        return None
    if gmt_is_kst and _ZONE_GMT.search(text):
        text = _ZONE_GMT.sub("", text)
        if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
            text = text.replace("T", " ")
    return parse_kst_datetime(text)


_MONTH_DAY_TIME = re.compile(
    r"^(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})\s*[.일]?\s+(?P<H>\d{1,2}):(?P<M>\d{2})$"
)
_TIME_ONLY = re.compile(r"^(?P<H>\d{1,2}):(?P<M>\d{2})$")
_AGO = re.compile(r"^(?P<n>\d+)\s*(?P<unit>초|분|시간|일)\s*전$")
_AGO_UNITS = {"초": "seconds", "분": "minutes", "시간": "hours", "일": "days"}
FUTURE_TOLERANCE = timedelta(days=1)


def parse_listing_time(text: str | None, now: datetime) -> datetime | None:
    """A time as a listing shows it, in KST; a missing year is the one that keeps it in the past.

    `12-01 23:26` seen on 2026-11-21 is 2025-12-01 (a December item seen in January belongs
    to the previous year); `09:30` is today; `5분 전` is relative to `now`.
    """
    text = clean_whitespace(text)
    if not text:
        return None
    now = now.astimezone(KST)
    match = _MONTH_DAY_TIME.match(text)
    if match:
        month, day = int(match["m"]), int(match["d"])
        hour, minute = int(match["H"]), int(match["M"])
        for year in (now.year, now.year - 1):
            try:
                candidate = datetime(year, month, day, hour, minute, tzinfo=KST)
            except ValueError:  # 02-29 in a year without one
                continue
            if candidate <= now + FUTURE_TOLERANCE:
                return candidate
        return None
    match = _TIME_ONLY.match(text)
    if match:
        candidate = now.replace(hour=int(match["H"]), minute=int(match["M"]), second=0, microsecond=0)
        return candidate if candidate <= now + timedelta(minutes=5) else candidate - timedelta(days=1)
    match = _AGO.match(text)
    if match:
        return now - timedelta(**{_AGO_UNITS[match["unit"]]: int(match["n"])})
    if re.search(r"\d{4}", text):
        return parse_kst_datetime(text)
    return None


def in_window(when: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    """True when a time is inside [since, until); an unknown time is always inside."""
    if when is None:
        return True
    if since is not None and when < since:
        return False
    return not (until is not None and when >= until)


# --- feeds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article URL, its title and publication time."""

    url: str
    title: str | None = None
    published_at: datetime | None = None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: Any, *names: str) -> str | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name and child.text and child.text.strip():
                return str(child.text).strip()
    return None


def _xml_root(body: bytes, what: str) -> Any:
    body = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        raise DiscoveryError(f"{what} is empty")
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{what} is not XML: {exc}") from exc
    if root is None:
        raise DiscoveryError(f"{what} is not XML")
    return root


def _entry_link(item: Any) -> str | None:
    for child in item:
        if _local(child.tag) == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                return str(href).strip()
            if child.text and child.text.strip():
                return str(child.text).strip()
    guid = next((c for c in item if _local(c.tag) in {"guid", "id"}), None)
    permalink = guid is not None and guid.get("isPermaLink", "true").lower() != "false"
    if guid is not None and permalink and guid.text and guid.text.strip().startswith("http"):
        return str(guid.text).strip()
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return str(about) if about else None


def parse_feed(body: bytes, *, base_url: str = "", gmt_is_kst: bool = False) -> list[FeedEntry]:
    """The entries of an RSS 2.0, RSS 1.0 or Atom feed, in document order (duplicates dropped)."""
    root = _xml_root(body, f"feed {base_url or ''}".strip())
    if _local(root.tag) not in {"rss", "feed", "rdf", "channel"}:
        raise DiscoveryError(f"feed {base_url} has root <{_local(root.tag)}>, not rss, feed or rdf")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for item in root.iter():
        if _local(item.tag) not in {"item", "entry"}:
            continue
        link = _entry_link(item)
        if not link:
            continue
        url = urljoin(base_url, link)
        if url in seen:
            continue
        seen.add(url)
        raw_date = _child_text(item, "pubdate", "date", "published", "issued", "updated", "modified")
        title = _child_text(item, "title")
        entries.append(
            FeedEntry(
                url=url,
                title=clean_whitespace(title) or None,
                published_at=parse_feed_date(raw_date, gmt_is_kst=gmt_is_kst),
            )
        )
    return entries


# --- sitemaps ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SitemapEntry:
    """One `<url>` or `<sitemap>` of a sitemap: location, last modification, news date and title."""

    url: str
    lastmod: datetime | None = None
    published_at: datetime | None = None
    title: str | None = None

    @property
    def when(self) -> datetime | None:
        """The best known time of the entry: the news publication date, else lastmod."""
        return self.published_at or self.lastmod


@dataclass(frozen=True)
class SitemapDocument:
    """A parsed sitemap: `kind` is `sitemapindex` (entries are sitemaps) or `urlset` (pages)."""

    kind: str
    entries: list[SitemapEntry]

    @property
    def is_index(self) -> bool:
        """True for a sitemap index."""
        return self.kind == "sitemapindex"


class _NewsSitemap(Sitemap):
    """Scrapy's Sitemap, also keeping `<news:publication_date>` and `<news:title>` of news sitemaps."""

    def _process_sitemap_element(self, elem: lxml.etree._Element) -> dict[str, Any] | None:
        news: dict[str, str] = {}
        for child in elem:
            if self._get_tag_name(child) == "news":
                for part in child.iter():
                    name = self._get_tag_name(part)
                    if name in {"publication_date", "title"} and part.text and part.text.strip():
                        news[f"news_{name}"] = part.text.strip()
        found = super()._process_sitemap_element(elem)
        if found is not None:
            found.update(news)
        return found


def sitemap_body(body: bytes, what: str = "sitemap") -> bytes:
    """The XML of a sitemap response, gunzipped when needed (refusing bombs over 50 MB)."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
                body = stream.read(MAX_SITEMAP_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise DiscoveryError(f"{what} is a broken gzip file: {exc}") from exc
        if len(body) > MAX_SITEMAP_BYTES:
            raise DiscoveryError(f"{what} is larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")


def parse_sitemap(body: bytes, *, base_url: str = "") -> SitemapDocument:
    """A sitemap index or urlset, with lastmod and news publication dates in KST."""
    what = f"sitemap {base_url}".strip()
    xml = sitemap_body(body, what)
    if not xml:
        raise DiscoveryError(f"{what} is empty")
    try:
        document = _NewsSitemap(xml)
    except (StopIteration, lxml.etree.XMLSyntaxError) as exc:
        raise DiscoveryError(f"{what} is not XML") from exc
    if document.type not in {"urlset", "sitemapindex"}:
        raise DiscoveryError(f"{what} has root <{document.type}>, not urlset or sitemapindex")
    entries = [
        SitemapEntry(
            url=urljoin(base_url, item["loc"]),
            lastmod=parse_feed_date(item.get("lastmod")),
            published_at=parse_feed_date(item.get("news_publication_date")),
            title=clean_whitespace(item.get("news_title")) or None,
        )
        for item in document
        if item.get("loc")
    ]
    return SitemapDocument(kind=document.type, entries=entries)


# --- listing pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ListingItem:
    """One article as a listing shows it."""

    url: str
    title: str | None = None
    published_at: datetime | None = None


def replace_query(url: str, **params: str) -> str:
    """The URL with some query parameters set (others kept in place)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


class ListingPage:
    """A section listing page: its article items, their times, and the next page.

    Subclasses set CSS: `item_css` (one node per article; empty = every article link on the
    page), `link_css`, `title_css`, `time_css` within an item, and `next_css` for the next
    page link; or `page_param` to page by incrementing a query parameter.
    """

    item_css: ClassVar[str] = ""
    link_css: ClassVar[str] = "a::attr(href)"
    title_css: ClassVar[str] = ""
    time_css: ClassVar[str] = ""
    next_css: ClassVar[str] = ""
    page_param: ClassVar[str | None] = None
    article_url: ClassVar[re.Pattern[str] | None] = None
    keep_query: ClassVar[tuple[str, ...] | None] = None

    def __init__(self, url: str, html: str, *, now: datetime | None = None) -> None:
        self.url = url
        self.html = html
        self.now = now or datetime.now(KST)

    @classmethod
    def for_articles(cls, article_url: re.Pattern[str] | None) -> type[ListingPage]:
        """A listing page class that takes every link matching `article_url` (no item markup, no paging)."""
        return type("GenericListingPage", (cls,), {"article_url": article_url})

    @cached_property
    def selector(self) -> Selector:
        """The parsed page."""
        return Selector(text=self.html, base_url=self.url)

    def article_link(self, href: str | None) -> str | None:
        """An href as an article URL of this site (absolute, canonical), or None when it is not one."""
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            return None
        url = canonicalize(urljoin(self.url, href.strip()))
        if self.keep_query is not None:
            parts = urlsplit(url)
            kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k in self.keep_query]
            url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))
        if self.article_url is not None and not self.article_url.search(url):
            return None
        return url

    def items(self) -> list[ListingItem]:
        """The article items of the page, in page order, each URL once."""
        found: list[ListingItem] = []
        seen: set[str] = set()
        nodes = self.selector.css(self.item_css) if self.item_css else []
        if not nodes:  # no item markup (unknown or changed layout): every article link of the page
            for href in self.selector.css("a::attr(href)").getall():
                url = self.article_link(href)
                if url is not None and url not in seen:
                    seen.add(url)
                    found.append(ListingItem(url))
            return found
        for node in nodes:
            for href in node.css(self.link_css).getall():
                url = self.article_link(href)
                if url is None or url in seen:
                    continue
                seen.add(url)
                title = self.item_title(node) or self.link_text(node, href)
                found.append(ListingItem(url, title, self.item_time(node)))
                break
        return found

    def item_title(self, node: Selector) -> str | None:
        """The headline of one item."""
        if not self.title_css:
            return None
        return clean_whitespace(" ".join(node.css(self.title_css).getall())) or None

    @staticmethod
    def link_text(node: Selector, href: str) -> str | None:
        """The text of the item's links to `href` (the headline when the item has no title markup)."""
        words = node.xpath(".//a[@href=$href]//text()", href=href).getall()
        return clean_whitespace(" ".join(words)) or None

    def item_time(self, node: Selector) -> datetime | None:
        """The time of one item: the first text of `time_css` that reads as a time."""
        if not self.time_css:
            return None
        for text in node.css(self.time_css).getall():
            found = parse_listing_time(text, self.now)
            if found is not None:
                return found
        return None

    def article_links(self) -> list[str]:
        """The article URLs of the page, in page order."""
        return [item.url for item in self.items()]

    def item_times(self) -> dict[str, datetime | None]:
        """Each article URL with its listed time (None when the listing shows none)."""
        return {item.url: item.published_at for item in self.items()}

    def next_page(self) -> str | None:
        """The URL of the next listing page, or None on the last page."""
        if self.next_css:
            href = self.selector.css(self.next_css).get()
            return urljoin(self.url, href.strip()) if href and not href.startswith("javascript:") else None
        if self.page_param and self.items():
            current = dict(parse_qsl(urlsplit(self.url).query)).get(self.page_param, "1")
            page = int(current) if current.isdigit() else 1
            return replace_query(self.url, **{self.page_param: str(page + 1)})
        return None
