"""What the `news` spider does with hostile or oversized discovery input: limits and bad input.

- `SourceLimits`: the sitemap limits (settings, with defaults sane for real sites):
  `SITEMAP_MAX_ENTRIES` (50,000, the sitemap protocol's own limit) entries read from one
  sitemap, `SITEMAP_MAX_DEPTH` (2) levels of sitemap indexes followed below a site's own
  sitemaps, `SITEMAP_MAX_FOLLOWED` (1,000) child sitemaps followed per site and run; and
  `PAGE_MAX_CHARS` (500,000) characters of a page's HTML read; `PAGE_PARSE_TIMEOUT` (20 s),
  how long one page (feed, sitemap, listing, article) may take to
  read (crawler/deadline.py); past it the page is given up (counted as `parse timeout`). Each limit met is logged once per
  document with the setting's name.
- `BadInput`: a bad feed or sitemap entry, or a document refused as hostile, is logged with
  the document and entry number and the reason, counted (`news/bad_input/<kind>`), and the
  run ends with `BAD_INPUT_EXIT_CODE` (65) unless something worse happened.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from scrapy.http import TextResponse

from crawler.deadline import can_interrupt, deadline
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site
from crawler.pages.xmlguard import HostileXml
from crawler.runs.exit import BAD_INPUT_EXIT_CODE, fail_run
from output.schema import KST, ArticleRecord

T = TypeVar("T")
DEPTH = "sitemap_depth"  # request meta: how many sitemap indexes led to this sitemap
NEWEST_CHILD_SITEMAPS = 3  # sitemaps of an index followed when no `since` is given
MAX_CHILD_SITEMAPS = 100  # of one index, with `since` (SITEMAP_MAX_FOLLOWED bounds a whole site)


def read_listing(site: Site, url: str, html: str, now: datetime) -> tuple[ListingPage, list[Any]]:
    """The site's listing page object for a page and its items."""
    page_class = site.listing_page or ListingPage.for_articles(site.article_url)
    page = page_class(url, html, now=now, site=site)
    return page, page.items()


def read_article(site: Site, url: str, html: str) -> tuple[Any, ArticleRecord]:
    """The site's page object for an article page and its record (NotAnArticle when none)."""
    page = site.article_page(url, html)
    return page, page.record(site=site.key, crawled_at=datetime.now(KST))


class ParseTimeout(Exception):
    """A page took longer than PAGE_PARSE_TIMEOUT to read; the message names the limit."""


@dataclass
class SourceLimits:
    """The sitemap and parse-time limits of a run, and how much of them each site has used."""

    max_entries: int = 50_000
    max_depth: int = 2
    max_followed: int = 1_000
    parse_timeout: float = 20.0
    max_page_chars: int = 500_000
    followed: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_settings(cls, settings: Any) -> SourceLimits:
        """The limits from SITEMAP_MAX_ENTRIES, SITEMAP_MAX_DEPTH, SITEMAP_MAX_FOLLOWED, PAGE_PARSE_TIMEOUT."""
        return cls(
            max_entries=max(1, settings.getint("SITEMAP_MAX_ENTRIES", 50_000)),
            max_depth=max(0, settings.getint("SITEMAP_MAX_DEPTH", 2)),
            max_followed=max(0, settings.getint("SITEMAP_MAX_FOLLOWED", 1_000)),
            parse_timeout=settings.getfloat("PAGE_PARSE_TIMEOUT", 20.0),
            max_page_chars=max(1, settings.getint("PAGE_MAX_CHARS", 500_000)),
        )

    def page_html(self, response: TextResponse, logger: Any) -> str:
        """The HTML of a page to read: its first PAGE_MAX_CHARS characters (a warning when cut)."""
        html = response.text
        if len(html) > self.max_page_chars:
            logger.warning(
                "%s is %s characters, more than PAGE_MAX_CHARS (%s): only its first %s are read",
                response.url, f"{len(html):,}", f"{self.max_page_chars:,}", f"{self.max_page_chars:,}",
            )  # fmt: skip
            html = html[: self.max_page_chars]
        return html

    @property
    def too_many_entries(self) -> str:
        """The message for a sitemap cut at SITEMAP_MAX_ENTRIES."""
        return f"more than SITEMAP_MAX_ENTRIES ({self.max_entries}) entries: the rest are not read"

    def children(
        self, site: str, depth: int, entries: list[Any], since: datetime | None, now: datetime
    ) -> tuple[list[Any], str | None]:
        """The child sitemaps of an index at `depth` to follow (the newest, or those since `since`),
        within SITEMAP_MAX_DEPTH and SITEMAP_MAX_FOLLOWED, and the message of a limit that cut them."""
        if since is None:
            chosen = sorted(entries, key=lambda e: e.lastmod or now, reverse=True)[:NEWEST_CHILD_SITEMAPS]
        else:
            chosen = [e for e in entries if e.lastmod is None or e.lastmod >= since][:MAX_CHILD_SITEMAPS]
        if chosen and depth >= self.max_depth:
            return [], f"SITEMAP_MAX_DEPTH ({self.max_depth}) reached: its child sitemaps are not followed"
        allowed = min(len(chosen), max(0, self.max_followed - self.followed[site]))
        self.followed[site] += allowed
        if allowed < len(chosen):
            return chosen[:allowed], (
                f"SITEMAP_MAX_FOLLOWED ({self.max_followed} child sitemaps per site and run) reached: "
                f"{len(chosen) - allowed} of its child sitemaps not followed"
            )
        return chosen, None

    async def parse(self, what: str, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`function(*args, **kwargs)`, ParseTimeout past PAGE_PARSE_TIMEOUT (0: no limit).

        On the main thread (every `scrapy crawl`) the page is read right there, under an interval
        timer (crawler/deadline.py); a crawl run from another thread reads it in a worker thread.
        """
        message = f"{what} took longer than PAGE_PARSE_TIMEOUT ({self.parse_timeout:g} s) to read: given up"
        if self.parse_timeout <= 0:
            return function(*args, **kwargs)
        if can_interrupt():
            with deadline(self.parse_timeout, lambda: ParseTimeout(message)):
                return function(*args, **kwargs)
        try:
            return await asyncio.wait_for(asyncio.to_thread(function, *args, **kwargs), self.parse_timeout)
        except TimeoutError:
            raise ParseTimeout(message) from None


class BadInput:
    """The bad input of a run: each item logged and counted; the run's exit status says so."""

    def __init__(self, crawler: Any, logger: logging.Logger | logging.LoggerAdapter[logging.Logger]) -> None:
        self.crawler = crawler
        self.logger = logger
        self.counts: Counter[str] = Counter()

    @property
    def stats(self) -> Any:
        """The run's stats (set once the crawl starts), or None."""
        return self.crawler.stats if self.crawler is not None else None

    def note(self, kind: str, document: str, problem: str) -> None:
        """One bad item: `kind` (feed-entry, sitemap-entry, hostile-xml…), its document, and why."""
        self.counts[kind] += 1
        if self.stats is not None:
            self.stats.inc_value(f"news/bad_input/{kind}")
        self.logger.warning("news: bad input: %s: %s: skipped", document, problem)

    def unreadable(self, site: str, kind: str, url: str, exc: Exception) -> None:
        """A feed, sitemap or listing that could not be read at all; a hostile one is bad input too."""
        if self.stats is not None:
            self.stats.inc_value(f"news/failed/{kind}-unreadable")
        if isinstance(exc, HostileXml):
            self.note("hostile-xml", site, str(exc))
        else:
            self.logger.warning("news: %s %s %s unreadable: %s", site, kind, url, exc)

    def finish(self) -> None:
        """At the end of the run: ask for BAD_INPUT_EXIT_CODE when anything was bad."""
        if not self.counts:
            return
        found = ", ".join(f"{kind} {count}" for kind, count in sorted(self.counts.items()))
        fail_run(
            self.stats,
            BAD_INPUT_EXIT_CODE,
            f"some input was bad and skipped ({found}); the warnings 'news: bad input: …' name each",
        )
