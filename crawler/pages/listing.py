"""Section listing pages and the times they show: where a site lists its newest articles.

- `parse_listing_time(text, now)`: listing times, including `12-01 23:26` with no year.
- `ListingPage`: a section page as a page object (`items()`, `article_links()`, `next_page()`);
  site modules subclass it with their selectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.pages.fields import clean_whitespace, parse_kst_datetime
from crawler.pages.memo import page_property
from crawler.pages.registry import site_for_url
from crawler.pages.site import Site
from crawler.pages.urls import canonicalize
from output.schema import KST

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

    def __init__(self, url: str, html: str, *, now: datetime | None = None, site: Site | None = None) -> None:
        self.url = url
        self.html = html
        self.now = now or datetime.now(KST)
        self.site = site or site_for_url(url)

    @property
    def article_pattern(self) -> re.Pattern[str] | None:
        """The form of an article URL: the class's own (`for_articles`), else the site's."""
        if type(self).article_url is not None:
            return type(self).article_url
        return self.site.article_url if self.site is not None else None

    @classmethod
    def for_articles(cls, article_url: re.Pattern[str] | None) -> type[ListingPage]:
        """A listing page class that takes every link matching `article_url` (no item markup, no paging)."""
        return type("GenericListingPage", (cls,), {"article_url": article_url})

    @page_property
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
        pattern = self.article_pattern
        if pattern is not None and not pattern.search(url):
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
