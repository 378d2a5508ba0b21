"""A tiny spider for the scheduled-run tests, following the project's request conventions.

It marks every request with `meta["page_kind"]` (`feed`, `listing`, `article`) and
`meta["site"]`, like the `news` spider: that is all the seen filter, the writer and the run
report rely on. It reads an ND Soft outlet's RSS and walks its section list page by page
(following `다음`), and reads articles with the registered page class (`page_for`), letting
`NotAnArticle` propagate so the run report counts the reason. Loaded in tests with
`-s SPIDER_MODULES=crawler.spiders,tests.scheduled.spiders`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import Response

from crawler.pages.article import page_for
from output.schema import KST

SPIDER_MODULES = "crawler.spiders,tests.scheduled.spiders"


class NdSoftTestSpider(scrapy.Spider):
    """Feed + every listing page of one ND Soft outlet, then its articles."""

    name = "ndsoft_test"

    def __init__(self, *args: Any, host: str = "www.aitimes.com", site: str = "aitimes", **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.host = host
        self.site_key = site

    def _meta(self, kind: str) -> dict[str, str]:
        return {"page_kind": kind, "site": self.site_key}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The RSS and the first list page."""
        yield scrapy.Request(
            f"https://{self.host}/rss/allArticle.xml", callback=self.parse_feed, meta=self._meta("feed")
        )
        yield scrapy.Request(
            f"https://{self.host}/news/articleList.html?page=1&view_type=sm",
            callback=self.parse_listing,
            meta=self._meta("listing"),
        )

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """One article request per feed item."""
        for link in response.xpath("//item/link/text()").getall():
            yield scrapy.Request(link.strip(), callback=self.parse_article, meta=self._meta("article"))

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """The list's article links, then the next list page."""
        for href in response.css("#section-list li .titles a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article, meta=self._meta("article"))
        following = response.css(".pagination a::attr(href)").get()
        if following:
            yield response.follow(following, callback=self.parse_listing, meta=self._meta("listing"))

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """The article's record (NotAnArticle propagates to the run report)."""
        _, page = page_for(response.url, response.text)
        yield page.record(site=self.site_key, crawled_at=datetime.now(KST)).to_item()
