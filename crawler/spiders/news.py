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
A run that records nothing because no site could be reached exits with status 2. Before the first
request, the hosts of every start request are looked up in DNS (not with MIRROR_URL or a proxy, nor
with `-s NEWS_DNS_PREFLIGHT=0`): when none resolves, the run ends at once with status 2 instead of
waiting out the retries of every request; when some do, the crawl goes on as usual.
"""

from __future__ import annotations

import urllib.request
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.pages.article import NoRecord, NotAnArticle
from crawler.pages.feeds import DiscoveryError, parse_feed
from crawler.pages.listing import ListingPage, in_window
from crawler.pages.registry import all_sites, format_site_table
from crawler.pages.site import Site
from crawler.pages.sitemaps import parse_sitemap
from crawler.pages.urls import canonicalize
from crawler.runs.exit import NOTHING_REACHED_EXIT_CODE, fail_run
from crawler.runs.meta import ARTICLE, FEED, LISTING, NO_RECORD, OTHER_KEYS, PAGE_KIND, SITE, SITEMAP
from crawler.spiders.failures import failure_reason, is_network_error
from crawler.spiders.news_options import (
    SpiderArgumentError,
    archive_sitemap_urls,
    parse_bound,
    parse_count,
    select_sites,
    unresolvable_hosts,
)
from output.schema import KST

DEFAULT_MAX_PAGES = 5
NEWEST_CHILD_SITEMAPS = 3  # sitemaps of an index followed when no `since` is given
MAX_CHILD_SITEMAPS = 100


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
        self.limits_hit: dict[str, str] = {}  # site → the limit that stopped its listing walk

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        """Build the spider and follow dropped requests (they are no longer in flight)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
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
        if await self.no_start_host_resolves(requests):
            return
        for request in requests:
            yield request

    async def no_start_host_resolves(self, requests: list[scrapy.Request]) -> bool:
        """True (and the run failed with status 2) when DNS resolves none of the start requests' hosts."""
        settings = self.crawler.settings
        proxies = {k for k in urllib.request.getproxies() if k in {"http", "https"}}
        if not requests or not settings.getbool("NEWS_DNS_PREFLIGHT", True) or settings.get("MIRROR_URL"):
            return False
        if proxies and settings.getbool("HTTPPROXY_ENABLED", True):
            return False  # the proxy resolves names, not this machine
        hosts = [urlsplit(request.url).hostname or "" for request in requests]
        try:
            failed = await unresolvable_hosts(host for host in hosts if host)
        except RuntimeError:  # no asyncio loop (a non-asyncio TWISTED_REACTOR): crawl as usual
            return False
        if not failed or len(failed) < len(set(hosts)):
            if failed:
                self.logger.warning("news: DNS cannot resolve %s: those sources will fail", ", ".join(failed))
            return False
        site_keys = sorted({str(request.meta[SITE]) for request in requests})
        message = (
            f"could not reach any site: DNS lookup failed for every host of the {len(site_keys)} site(s)"
            f" ({', '.join(site_keys)}): {len(failed)} host(s), e.g. {failed[0]}; no request was sent."
            " Is this machine offline or without DNS? Check the network connection, set a proxy"
            " (https_proxy), or crawl a mirror with -s MIRROR_URL=…"
        )
        self.count("news/failed/dns-preflight", len(failed))
        self.logger.error("news: %s", message)
        fail_run(self.crawler.stats, NOTHING_REACHED_EXIT_CODE, message)
        return True

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

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """Article requests for the feed's entries inside the date window."""
        site = self.site_of(response)
        try:
            entries = parse_feed(response.body, base_url=response.url, gmt_is_kst=site.feed_gmt_is_kst)
        except DiscoveryError as exc:
            self.count("news/failed/feed-unreadable")
            self.logger.warning("news: %s feed %s unreadable: %s", site.key, response.url, exc)
            return
        self.count("news/discovered/feed", len(entries))
        yield from self.article_requests(site, ((e.url, e.published_at) for e in entries), response.url)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Child sitemaps of an index (the newest, or those since `since`), or the articles of a urlset."""
        site = self.site_of(response)
        try:
            document = parse_sitemap(response.body, base_url=response.url)
        except DiscoveryError as exc:
            self.count("news/failed/sitemap-unreadable")
            self.logger.warning("news: %s sitemap %s unreadable: %s", site.key, response.url, exc)
            return
        if document.is_index:
            children = document.entries
            if self.since is None:
                dated = sorted(children, key=lambda e: e.lastmod or self.started_at, reverse=True)
                chosen = dated[:NEWEST_CHILD_SITEMAPS]
            else:
                chosen = [e for e in children if e.lastmod is None or e.lastmod >= self.since][
                    :MAX_CHILD_SITEMAPS
                ]
            for entry in chosen:
                yield self.request(entry.url, SITEMAP, site, self.parse_sitemap)
            return
        self.count("news/discovered/sitemap", len(document.entries))
        yield from self.article_requests(site, ((e.url, e.when) for e in document.entries), response.url)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Article requests for the new items of a listing page, then its next page unless it is time to stop."""
        site = self.site_of(response)
        if not isinstance(response, TextResponse):
            self.count("news/failed/listing-not-html")
            return
        page_class = site.listing_page or ListingPage.for_articles(site.article_url)
        page = page_class(response.url, response.text, now=self.started_at, site=site)
        items = page.items()
        number = int(response.meta.get("listing_page", 1))
        self.count("news/discovered/listing", len(items))
        # "New" is judged against the listing pages read so far, not against every source: a feed
        # read first often holds the whole of page 1, and the walk must still go on to page 2.
        # Item URLs are already canonical article URLs (ListingPage.article_link).
        new = [item for item in items if item.url not in self.listed]
        self.listed.update(item.url for item in items)
        yield from self.article_requests(site, ((i.url, i.published_at) for i in new), response.url)
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
        if not items:
            return "no article links"
        dated = [item.published_at for item in items if item.published_at is not None]
        if self.since is not None and dated and max(dated) < self.since:
            return f"older than since ({self.since:%Y-%m-%d %H:%M})"
        if not new:
            return "nothing new"
        if number >= self.max_pages:
            return f"max_pages={self.max_pages} reached"
        if self.enough_articles():
            return f"max_articles={self.max_articles} reached"
        return None

    def article_requests(
        self, site: Site, found: Iterable[tuple[str, datetime | None]], source: str
    ) -> Iterator[scrapy.Request]:
        """Requests for article URLs not seen in this run, inside the date window, up to `max_articles`."""
        for raw_url, when in found:
            url = self.article_url(site, raw_url, source)
            if url is None or not site.owns(url):
                self.count("news/discovered/not-article-url")
                continue
            key = canonicalize(url)
            if key in self.seen_articles:
                self.count("news/discovered/already-seen")
                continue
            if not in_window(when, self.since, self.until):
                self.count("news/discovered/out-of-window")
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
    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """The record of an article page; other pages are logged and counted with the reason."""
        self.in_flight = max(0, self.in_flight - 1)
        site = self.site_of(response)
        if not isinstance(response, TextResponse):
            self.skip(response, "not-html")
            return
        page = site.article_page(response.url, response.text)
        try:
            record = page.record(site=site.key, crawled_at=datetime.now(KST))
        except NotAnArticle as exc:
            response.meta[NO_RECORD] = exc.no_record
            self.skip(response, exc.reason)
            return
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
        self.logger.info(
            "news summary: %d site(s), %d article(s) requested, %d record(s), %d not articles (%s)",
            *(len(self.sites), len(self.seen_articles), self.records, self.stat("news/not_article"), reason),
        )
        if self.limits_hit:
            limits = ", ".join(f"{key} ({limit})" for key, limit in sorted(self.limits_hit.items()))
            self.logger.warning("news: a limit cut discovery: %s; older articles were not looked for", limits)
        if self.records == 0 and self.network_failures:
            failures = ", ".join(f"{name} {count}" for name, count in self.network_failures.most_common())
            message = (
                f"could not reach any site: {sum(self.network_failures.values())} request(s) to "
                f"{len(self.unreachable_sites)} site(s) ({', '.join(sorted(self.unreachable_sites))}) "
                f"failed with network errors ({failures}) and no article was recorded; "
                "check the network connection, a proxy, or MIRROR_URL"
            )
            self.logger.error("news: %s", message)
            fail_run(self.crawler.stats, NOTHING_REACHED_EXIT_CODE, message)

    def count(self, key: str, by: int = 1) -> None:
        """Add to a stats counter."""
        if self.crawler.stats is not None and by:
            self.crawler.stats.inc_value(key, by)

    def stat(self, key: str) -> int:
        """A stats counter's value (0 when unset)."""
        return int(self.crawler.stats.get_value(key, 0) or 0) if self.crawler.stats is not None else 0
