"""`scrapy crawl news`: discover and read the articles of every registered site.

    scrapy crawl news                                  # every site with crawl=True
    scrapy crawl news -a sites=yonhap,zdnet            # a subset (unknown keys: an error listing the known ones)
    scrapy crawl news -a sites=list                    # print the registered sites and stop
    scrapy crawl news -a since=2026-11-01 -a until=2026-11-10   # a backfill by publication date
    scrapy crawl news -a max_articles=50 -a max_pages=3

For each site the spider reads its feeds, sitemaps (and, with `since`, its archive sitemaps) and
section listings; listings are followed page by page until a page lists nothing an earlier
listing page of this run did not (a feed that already named them does not count), is older than
`since`, or `max_pages` is reached; already recorded articles are then dropped by the seen filter,
so a crawl killed half-way is picked up again down to `max_pages`. Article URLs are deduplicated by canonical URL
within the run, and records once more by the page's own canonical URL. Only article pages become
records: other pages are logged with the reason and counted (`news/not_article/<reason>`).
Every request carries `meta={"page_kind": "article"|"listing"|"feed"|"sitemap", "site": key}`.
A run that records nothing because no site could be reached exits with status 2; so does one
whose start hosts DNS resolves none of (`news_options.no_start_host_resolves`). Limits, bad
entries and hostile documents: `news_sources` (a run with bad input exits with status 65).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.pages.feeds import DiscoveryError, parse_feed
from crawler.pages.listing import ListingPage, in_window
from crawler.pages.outcome import NoRecord, NotAnArticle
from crawler.pages.registry import all_sites, format_site_table
from crawler.pages.site import Site
from crawler.pages.sitemaps import parse_sitemap
from crawler.pages.urls import canonicalize
from crawler.runs.context import run_context
from crawler.runs.exit import NOTHING_REACHED_EXIT_CODE, fail_run
from crawler.runs.meta import ARTICLE, FEED, LISTING, NO_RECORD, OTHER_KEYS, PAGE_KIND, SITE, SITEMAP
from crawler.spiders.failures import failure_reason, is_network_error, limits_message, unreachable_message
from crawler.spiders.news_options import (
    SpiderArgumentError,
    archive_sitemap_urls,
    no_start_host_resolves,
    parse_bound,
    parse_count,
    select_sites,
)
from crawler.spiders.news_sources import (
    DEPTH,
    BadInput,
    ParseTimeout,
    SourceLimits,
    read_article,
    read_listing,
)
from output.schema import KST

DEFAULT_MAX_PAGES = 5


class NewsSpider(scrapy.Spider):
    """Crawl the registered news sites: feeds, sitemaps and listings → article records."""

    name = "news"

    def __init__(
        self,
        *args: Any,
        sites: str | None = None,
        since: str | None = None,
        until: str | None = None,
        max_articles: str | None = None,
        max_pages: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.list_only = (sites or "").strip().lower() == "list"
        self.sites: list[Site] = []
        self.since: datetime | None = None
        self.until: datetime | None = None
        self.max_articles: int | None = None
        self.max_pages = DEFAULT_MAX_PAGES
        # A bad argument is reported when the crawl starts (one clear line, exit status 2).
        self.argument_error: str | None = None
        try:
            registered = all_sites()
            self.sites = list(registered.values()) if self.list_only else select_sites(sites, registered)
            self.since = parse_bound("since", since)
            self.until = parse_bound("until", until, end=True)
            if self.since and self.until and self.since >= self.until:
                raise SpiderArgumentError(f"-a since={since} is not before -a until={until}")
            self.max_articles = parse_count("max_articles", max_articles, None)
            self.max_pages = parse_count("max_pages", max_pages, DEFAULT_MAX_PAGES) or DEFAULT_MAX_PAGES
        except SpiderArgumentError as exc:
            self.argument_error = str(exc)
        self.started_at = datetime.now(KST)
        self.seen_articles: set[str] = set()  # canonical URLs of the article requests made
        self.listed: set[str] = set()  # canonical URLs found on listing pages (the walk's own memory)
        self.recorded: set[str] = set()
        self.records = 0
        self.in_flight = 0
        self.network_failures: Counter[str] = Counter()
        self.unreachable_sites: set[str] = set()
        self.limits = SourceLimits()
        self.bad_input = BadInput(None, self.logger)
        self.limits_hit: dict[str, str] = {}  # site → the limit that stopped its listing walk

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        """Build the spider and follow dropped requests (they are no longer in flight)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        spider.limits = SourceLimits.from_settings(crawler.settings)
        spider.bad_input = BadInput(crawler, spider.logger)
        return spider

    # --- start --------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Every discovery source of the selected sites (or, with `-a sites=list`, nothing)."""
        if self.argument_error:
            self.logger.error("news: %s", self.argument_error)
            fail_run(self.crawler.stats, NOTHING_REACHED_EXIT_CODE, self.argument_error)
            return
        if self.list_only:
            print(format_site_table(self.sites))
            return
        requests: list[scrapy.Request] = []
        for site in self.sites:
            sources = list(self.start_requests_for(site))
            if not sources:
                self.logger.warning("news: %s has no feed, sitemap or listing: nothing to crawl", site.key)
            requests.extend(sources)
        if await no_start_host_resolves(self, requests):
            return
        for request in requests:
            yield request

    def start_requests_for(self, site: Site) -> Iterator[scrapy.Request]:
        """The feed, sitemap (archive sitemaps for a backfill) and listing requests of one site."""
        for url in site.feeds:
            yield self.request(url, FEED, site, self.parse_feed)
        for url in site.sitemaps:
            yield self.request(url, SITEMAP, site, self.parse_sitemap)
        if self.since is not None:
            for template in site.archive_sitemaps:
                for url in archive_sitemap_urls(template, self.since, self.until or self.started_at):
                    yield self.request(url, SITEMAP, site, self.parse_sitemap)
        for url in site.listings:
            yield self.request(url, LISTING, site, self.parse_listing, listing_page=1)

    def request(self, url: str, kind: str, site: Site, callback: Any, **meta: Any) -> scrapy.Request:
        """A request tagged with its page kind and site (articles first: they make the records)."""
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            meta={PAGE_KIND: kind, SITE: site.key, **meta},
            priority=10 if kind == ARTICLE else 0,
        )

    # --- discovery ------------------------------------------------------------------------------
    def site_of(self, response: Response) -> Site:
        """The Site a response was requested for."""
        return all_sites()[response.meta[SITE]]

    async def parse_feed(self, response: Response) -> AsyncIterator[scrapy.Request]:
        """Article requests for the feed's entries inside the date window (bad entries skipped)."""
        site = self.site_of(response)
        document = f"{site.key} feed {response.url}"
        problems: list[str] = []
        try:
            entries = await self.limits.parse(
                document, parse_feed, response.body, base_url=response.url,
                gmt_is_kst=site.feed_gmt_is_kst, problems=problems,
            )  # fmt: skip
        except (DiscoveryError, ParseTimeout) as exc:
            self.bad_input.unreadable(site.key, "feed", response.url, exc)
            return
        for problem in problems:
            self.bad_input.note("feed-entry", document, problem)
        self.count("news/discovered/feed", len(entries))
        for request in self.article_requests(site, ((e.url, e.published_at) for e in entries), response.url):
            yield request

    async def parse_sitemap(self, response: Response) -> AsyncIterator[scrapy.Request]:
        """Child sitemaps of an index (the newest, or those since `since`), or the articles of a urlset."""
        site = self.site_of(response)
        document, problems = f"{site.key} sitemap {response.url}", list[str]()
        try:
            sitemap = await self.limits.parse(
                document, parse_sitemap, response.body, base_url=response.url, problems=problems,
                max_entries=self.limits.max_entries,
            )  # fmt: skip
        except (DiscoveryError, ParseTimeout) as exc:
            self.bad_input.unreadable(site.key, "sitemap", response.url, exc)
            return
        for problem in problems:
            self.bad_input.note("sitemap-entry", document, problem)
        if sitemap.truncated:
            self.count("news/limits/sitemap-entries")
            self.logger.warning("news: %s: %s", document, self.limits.too_many_entries)
        if sitemap.is_index:
            for request in self.child_sitemaps(site, sitemap.entries, response):
                yield request
            return
        self.count("news/discovered/sitemap", len(sitemap.entries))
        for request in self.article_requests(site, ((e.url, e.when) for e in sitemap.entries), response.url):
            yield request

    def child_sitemaps(self, site: Site, children: list[Any], response: Response) -> Iterator[scrapy.Request]:
        """Requests for the child sitemaps of an index, within SITEMAP_MAX_DEPTH and SITEMAP_MAX_FOLLOWED."""
        depth = int(response.meta.get(DEPTH, 0))
        chosen, limit = self.limits.children(site.key, depth, children, self.since, self.started_at)
        if limit:
            self.count("news/limits/sitemaps-not-followed")
            self.logger.warning("news: %s sitemap index %s: %s", site.key, response.url, limit)
        for entry in chosen:
            yield self.request(entry.url, SITEMAP, site, self.parse_sitemap, **{DEPTH: depth + 1})

    async def parse_listing(self, response: Response) -> AsyncIterator[scrapy.Request]:
        """Article requests for the new items of a listing page, then its next page unless it is time to stop."""
        site = self.site_of(response)
        if not isinstance(response, TextResponse):
            self.count("news/failed/listing-not-html")
            return
        try:
            html = self.limits.page_html(response, self.logger)
            page, items = await self.limits.parse(
                f"listing {response.url}", read_listing, site, response.url, html, self.started_at
            )
        except ParseTimeout as exc:
            self.bad_input.unreadable(site.key, "listing", response.url, exc)
            return
        number = int(response.meta.get("listing_page", 1))
        self.count("news/discovered/listing", len(items))
        # "New": not on a listing page read so far (a feed read first may hold all of page 1)
        new = [item for item in items if item.url not in self.listed]
        self.listed.update(item.url for item in items)
        for request in self.article_requests(site, ((i.url, i.published_at) for i in new), response.url):
            yield request
        stop = self.listing_stop_reason(items, new, number)
        if stop:
            self.logger.info("news: %s listing %s (page %d): %s: stop", site.key, response.url, number, stop)
            if stop.startswith("max_"):  # a limit, not the end of what is new: said again at the end
                self.limits_hit[site.key] = stop.removesuffix(" reached")
            return
        next_url = page.next_page()
        if next_url and next_url != response.url:
            yield self.request(next_url, LISTING, site, self.parse_listing, listing_page=number + 1)

    def listing_stop_reason(self, items: list[Any], new: list[Any], number: int) -> str | None:
        """Why not to follow a listing's next page: empty, nothing new, past `since`, page limit, enough articles."""
        dated = [item.published_at for item in items if item.published_at is not None]
        return (
            ("no article links" if not items else None)
            or (f"older than since ({self.since:%Y-%m-%d %H:%M})" if self.since and dated and max(dated) < self.since else None)
            or ("nothing new" if not new else None)
            or (f"max_pages={self.max_pages} reached" if number >= self.max_pages else None)
            or (f"max_articles={self.max_articles} reached" if self.enough_articles() else None)
        )  # fmt: skip

    def article_requests(
        self, site: Site, found: Iterable[tuple[str, datetime | None]], source: str
    ) -> Iterator[scrapy.Request]:
        """Requests for article URLs not seen in this run, inside the date window, up to `max_articles`."""
        for raw_url, when in found:
            if not in_window(when, self.since, self.until):  # before any URL work (undated: inside)
                self.count("news/discovered/out-of-window")
                continue
            try:
                url = self.article_url(site, raw_url, source)
                key = canonicalize(url) if url is not None and site.owns(url) else None
            except ValueError:  # a link no URL parser takes (http://[::1/x): not an article of the site
                key = None
            if url is None or key is None:
                self.count("news/discovered/not-article-url")
                continue
            if key in self.seen_articles:
                self.count("news/discovered/already-seen")
                continue
            if self.enough_articles():
                return
            self.seen_articles.add(key)
            self.in_flight += 1
            self.count("news/articles/requested")
            yield self.request(url, ARTICLE, site, self.parse_article, found_on=source)

    def article_url(self, site: Site, url: str, source: str) -> str | None:
        """A discovered URL in the site's article form (one spelling per article), or None for other pages."""
        page_class = site.listing_page or ListingPage.for_articles(site.article_url)
        return page_class(source, "", site=site).article_link(url)

    def enough_articles(self) -> bool:
        """True once `max_articles` records are written or on their way."""
        return self.max_articles is not None and self.records + self.in_flight >= self.max_articles

    # --- articles ----------------------------------------------------------------------------------
    async def parse_article(self, response: Response) -> AsyncIterator[dict[str, Any]]:
        """The record of an article page; other pages are logged and counted with the reason."""
        site = self.site_of(response)
        read = await self.read_article(site, response)
        if read is None:
            return
        page, record = read
        response.meta[NO_RECORD] = NoRecord.of_record(record)  # unless the record is yielded below
        if not in_window(record.published_at, self.since, self.until):
            self.count("news/articles/out-of-window")
            self.logger.info(
                "news: %s published %s, outside the window: skipped", response.url, record.published_at
            )
            return
        if record.canonical_url in self.recorded:
            self.count("news/articles/duplicate")
            self.logger.info("news: %s is %s again: skipped", response.url, record.canonical_url)
            return
        if self.max_articles is not None and self.records >= self.max_articles:
            return
        self.recorded.add(record.canonical_url)
        self.records += 1
        self.count("news/records")
        del response.meta[NO_RECORD]
        response.meta[OTHER_KEYS] = page.other_urls()
        yield record.to_item()
        if self.max_articles is not None and self.records >= self.max_articles:
            raise CloseSpider(f"max_articles={self.max_articles} reached")

    async def read_article(self, site: Site, response: Response) -> tuple[Any, Any] | None:
        """The page object and record of an article (read off the reactor thread), None when it has none.

        The article counts as in flight (`max_articles`) until it is read."""
        try:
            if not isinstance(response, TextResponse):
                self.skip(response, "not-html")
                return None
            html = self.limits.page_html(response, self.logger)
            return await self.limits.parse(f"article {response.url}", read_article, site, response.url, html)
        except NotAnArticle as exc:
            response.meta[NO_RECORD] = exc.no_record
            self.skip(response, exc.reason)
        except ParseTimeout as exc:
            self.count("news/failed/parse-timeout")
            run_context(self.crawler).report.site(site.key).failed["parse timeout"] += 1
            self.logger.warning("news: %s", exc)
        finally:
            self.in_flight = max(0, self.in_flight - 1)
        return None

    def skip(self, response: Response, reason: str) -> None:
        """Log and count a page that is not an article."""
        self.count("news/not_article")
        self.count(f"news/not_article/{reason}")
        self.logger.info("news: %s is not an article (%s): skipped", response.url, reason)

    # --- failures and the end ------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        """Count and log a request that got no usable response."""
        request = failure.request  # type: ignore[attr-defined]
        kind = request.meta.get(PAGE_KIND, "?")
        if kind == ARTICLE:
            self.in_flight = max(0, self.in_flight - 1)
        reason = failure_reason(failure)
        self.count(f"news/failed/{kind}/{reason}")
        if is_network_error(failure):
            self.network_failures[reason] += 1
            self.unreachable_sites.add(str(request.meta.get(SITE, "?")))
        self.logger.warning(
            "news: %s %s failed: %s (%s)", kind, request.url, reason, failure.getErrorMessage()
        )

    def request_dropped(self, request: scrapy.Request) -> None:
        """A request the scheduler dropped (a duplicate) is no longer in flight."""
        if request.meta.get(PAGE_KIND) == ARTICLE:
            self.in_flight = max(0, self.in_flight - 1)

    def closed(self, reason: str) -> None:
        """Log the run's summary; a run that reached no site and recorded nothing fails (exit status 2)."""
        not_articles = self.crawler.stats.get_value("news/not_article", 0) if self.crawler.stats else 0
        self.logger.info(
            "news summary: %d site(s), %d article(s) requested, %d record(s), %d not articles (%s)",
            *(len(self.sites), len(self.seen_articles), self.records, not_articles, reason),
        )
        if self.limits_hit:
            self.logger.warning("news: %s", limits_message(self.limits_hit))
        if self.records == 0 and self.network_failures:
            message = unreachable_message(self.network_failures, self.unreachable_sites)
            self.logger.error("news: %s", message)
            fail_run(self.crawler.stats, NOTHING_REACHED_EXIT_CODE, message)
        self.bad_input.finish()

    def count(self, key: str, by: int = 1) -> None:
        """Add to a stats counter."""
        if self.crawler.stats is not None and by:
            self.crawler.stats.inc_value(key, by)
