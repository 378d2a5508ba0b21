"""Only new articles each run: article requests whose URL the seen-store holds are not sent.

A spider middleware, so a seen article never reaches the scheduler: it works for every spider
that marks article requests with `meta["page_kind"] = "article"` (listing, feed and sitemap
pages are always fetched). Off in one-off runs (`-o`/`-O`), and with `-a refetch=1` or
`-s REFETCH=1`. A request it drops is announced with Scrapy's `request_dropped` signal, as the
scheduler does for duplicates, so a spider that counts requests in flight (the `news` spider's
`max_articles`) does not count it.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.pages.urls import canonicalize
from crawler.runs.context import run_context
from crawler.runs.meta import ARTICLE, page_kind, site_of
from crawler.runs.report import ALREADY_RECORDED

logger = logging.getLogger(__name__)


class SeenFilterMiddleware:
    """Drop article requests for pages the seen-store already holds (counted as skipped)."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)
        if not self.context.incremental:
            raise NotConfigured("not an incremental run (one-off -o/-O run, or INCREMENTAL=0)")
        if self.context.refetch:
            logger.info("refetch: article pages already recorded are crawled again")
            raise NotConfigured("refetch")
        self.skipped: set[str] = set()
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeenFilterMiddleware:
        """Build the middleware; NotConfigured in one-off and refetch runs."""
        return cls(crawler)

    async def process_start(self, start: Any) -> Any:
        """Filter the start requests."""
        async for output in start:
            if self.keep(output):
                yield output

    async def process_spider_output(self, response: Response, result: Any) -> Any:
        """Filter the requests a callback yields."""
        async for output in result:
            if self.keep(output):
                yield output

    def keep(self, output: Any) -> bool:
        """False for an article request the store already holds."""
        if not isinstance(output, Request) or page_kind(output) != ARTICLE:
            return True
        key = canonicalize(output.url)
        if not self.context.is_seen(key):
            return True
        self.crawler.signals.send_catch_log(
            signals.request_dropped, request=output, spider=self.crawler.spider
        )
        if key not in self.skipped:
            self.skipped.add(key)
            self.context.report.site(site_of(output)).skipped[ALREADY_RECORDED] += 1
            if self.stats is not None:
                self.stats.inc_value("seen/skipped")
        return False
