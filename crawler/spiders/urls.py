"""`scrapy crawl urls`: fetch a list of article URLs and write one record per article.

    scrapy crawl urls -a file=urls.txt -O out.jsonl     # one URL per line
    cat urls.txt | scrapy crawl urls -a file=- -O out.jsonl
    scrapy crawl urls -a urls=https://a.kr/1,https://b.kr/2 -O out.jsonl

Blank lines and `#` comments are skipped; a line that is not an http(s) URL (or not UTF-8, or
over-long) is reported with its line number, the reason and a short escaped prefix, and the run
goes on (`crawler.spiders.url_list`). Under scrapyd, `-a file=` reads only files inside
`URLS_FILE_DIR`. A URL of a registered site is read by that site's adapter,
any other by the generic parser; a page that is not an article is skipped with its reason.
Requests go through Scrapy's usual machinery (robots.txt, retries, `http_proxy`, MIRROR_URL), and
records go wherever `-o`/`-O` or FEEDS say; without them the project's writer does, and a URL an
earlier run recorded is skipped (`-a refetch=1` fetches it again). Each request is an article
request (`meta["page_kind"]`), so the run report counts what was fetched, parsed and failed; no
site health is judged. At the end a summary is logged at WARNING and the run is judged as a URL
list (`crawler.spiders.url_outcomes`: exit status 0, 4 when some URLs failed, 2 when none could be
fetched). The counts are in the stats under `urls/…` (read, invalid, duplicate, fetched, parsed,
skipped/<reason>, failed/<reason>).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.masking import masked_excerpt
from crawler.pages.article import NotAnArticle, page_for
from crawler.pages.urls import canonicalize
from crawler.runs.context import scrapyd_job_id
from crawler.runs.exit import NOTHING_REACHED_EXIT_CODE, fail_run
from crawler.runs.meta import ARTICLE, NO_RECORD, OTHER_KEYS, PAGE_KIND, PARSE_FAILED
from crawler.spiders.failures import failure_reason
from crawler.spiders.news_sources import ParseTimeout, SourceLimits
from crawler.spiders.url_list import BadLine, UrlEntry, byte_lines, read_url_lines
from crawler.spiders.url_outcomes import ALREADY_RECORDED_KEY, counts_by_reason, judge_url_list
from output.schema import KST

__all__ = ["UrlEntry", "UrlsSpider", "read_url_lines", "reason_key"]

USAGE = "give -a file=PATH (- reads stdin) and/or -a urls=URL1,URL2"


def _read_page(url: str, html: str) -> tuple[Any, Any]:
    """The page object of any article page (its site's adapter, else the generic parser) and its record."""
    site, page = page_for(url, html)
    return page, page.record(site=site, crawled_at=datetime.now(KST))


def reason_key(reason: str) -> str:
    """A reason as a stats key: `listing` stays, `not an article URL (/x)` → `not-an-article-url`."""
    head = reason.split("(", 1)[0].split(":", 1)[0].strip().lower()
    return re.sub(r"[^\w]+", "-", head).strip("-") or "unknown"


class UrlsSpider(scrapy.Spider):
    """Read the article at each URL of a list (file, stdin or `-a urls=`)."""

    name = "urls"
    # A URL list is no scheduled crawl of a site: its runs are judged URL by URL, not by site health.
    judges_site_health = False
    # Once a host is found down, its other listed URLs fail at once (crawler.middlewares).
    fail_fast_hosts = True

    def __init__(self, *args: Any, file: str | None = None, urls: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.url_file = file
        self.url_arg = urls
        self.invalid: list[str] = []
        self.failures: list[str] = []  # `line 3 of urls.txt: https://… (http-404)`, for the summary

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> UrlsSpider:
        """Build the spider; it hears about requests the seen filter drops (already recorded)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """One request per distinct valid URL of the input."""
        seen: set[str] = set()
        for entry in self._entries():
            try:
                key = canonicalize(entry.url)
                headers = {"Authorization": entry.authorization} if entry.authorization else None
                request = scrapy.Request(
                    entry.url,
                    callback=self.parse_page,
                    errback=self.on_error,
                    cb_kwargs={"entry": entry},
                    meta={PAGE_KIND: ARTICLE},
                    headers=headers,
                    dont_filter=True,
                )
            except ValueError as exc:  # a URL the checks let through that Scrapy still refuses
                self._invalid(
                    entry.source, BadLine(entry.line, masked_excerpt(entry.url), f"not a usable URL ({exc})")
                )
                continue
            if key in seen:
                self._count("urls/duplicate")
                self.logger.info("urls: %s repeats %s: skipped", entry.where, entry.url)
                continue
            seen.add(key)
            self._count("urls/read")
            yield request

    def request_dropped(self, request: scrapy.Request) -> None:
        """A listed URL an earlier run recorded (dropped by the seen filter): counted, not fetched."""
        if isinstance(request.cb_kwargs.get("entry"), UrlEntry):
            self._count(ALREADY_RECORDED_KEY)
            self.logger.debug("urls: %s already recorded: skipped", request.url)

    async def parse_page(self, response: Response, entry: UrlEntry) -> AsyncIterator[dict[str, Any]]:
        """The record of an article page; other pages are counted as skipped with the reason.

        The page is read within PAGE_PARSE_TIMEOUT (crawler/deadline.py)."""
        self._count("urls/fetched")
        if not isinstance(response, TextResponse):
            self._skip(entry, response.url, "not-html")
            return
        limits = SourceLimits.from_settings(self.crawler.settings)
        try:
            html = limits.page_html(response, self.logger)
            page, record = await limits.parse(
                f"{entry.where}: {response.url}", _read_page, response.url, html
            )
        except NotAnArticle as exc:
            response.meta[NO_RECORD] = exc.no_record  # the run report counts the reason
            self._skip(entry, response.url, exc.reason)
            return
        except ParseTimeout as exc:
            self._count("urls/failed/parse-timeout")
            response.meta[PARSE_FAILED] = "parse timeout"  # the run report counts it
            self.failures.append(f"{entry.where}: {response.url} (parse-timeout)")
            self.logger.warning("urls: %s", exc)
            return
        except Exception as exc:
            self._count("urls/failed/parse-error")
            response.meta[PARSE_FAILED] = f"parse error: {type(exc).__name__}"  # the run report counts it
            self.failures.append(f"{entry.where}: {response.url} (parse-error)")
            self.logger.warning(
                "urls: %s: could not parse %s: %s: %s",
                entry.where,
                response.url,
                type(exc).__name__,
                exc,
                exc_info=self.logger.isEnabledFor(logging.DEBUG),
            )
            return
        self._count("urls/parsed")
        response.meta[OTHER_KEYS] = page.other_urls()
        yield record.to_item()

    def on_error(self, failure: Failure) -> None:
        """Count and log a URL that could not be fetched (HTTP error, robots.txt, network)."""
        reason = failure_reason(failure)
        self._count(f"urls/failed/{reason}")
        request = failure.request  # type: ignore[attr-defined]
        entry: UrlEntry | None = request.cb_kwargs.get("entry")
        where, url = (entry.where, entry.url) if entry else ("?", request.url)
        self.failures.append(f"{where}: {url} ({reason})")
        self.logger.warning("urls: %s: %s failed: %s (%s)", where, url, reason, failure.getErrorMessage())

    def closed(self, reason: str) -> None:
        """Log the run's summary (at WARNING: it survives quiet log levels) and judge the URL list."""
        stats = self.crawler.stats
        values: dict[str, Any] = stats.get_stats() if stats is not None else {}

        def by_reason(prefix: str) -> str:
            found = counts_by_reason(values, prefix)
            return ", ".join(f"{k} {v}" for k, v in found.items()) or "none"

        already = int(values.get(ALREADY_RECORDED_KEY, 0))
        self.logger.warning(
            "urls summary: read %d, invalid lines %d, duplicates %d, fetched %d, parsed %d; "
            "skipped: %s; failed: %s%s",
            values.get("urls/read", 0),
            values.get("urls/invalid", 0),
            values.get("urls/duplicate", 0),
            values.get("urls/fetched", 0),
            values.get("urls/parsed", 0),
            by_reason("urls/skipped/"),
            by_reason("urls/failed/"),
            f" ({already} recorded by earlier runs; -a refetch=1 fetches them again)" if already else "",
        )
        for line in self.invalid:
            self.logger.info("urls summary: invalid %s", line)
        verdict = judge_url_list(values, [*self.failures, *self.invalid])
        if verdict is not None and reason == "finished":
            fail_run(stats, verdict.code, verdict.message)

    # --- input ----------------------------------------------------------------------------
    def _entries(self) -> Iterator[UrlEntry]:
        if not self.url_file and not self.url_arg:
            self._fail(f"urls: nothing to read: {USAGE}")
            return
        if self.url_file:
            source = "<stdin>" if self.url_file == "-" else self.url_file
            yield from self._valid(read_url_lines(self._file_lines(self.url_file), source), source)
        if self.url_arg:
            yield from self._valid(read_url_lines(self.url_arg.split(","), "-a urls"), "-a urls")

    def _file_lines(self, name: str) -> Iterator[bytes | None]:
        """The list's lines as bytes, read as a stream (stdin for `-`)."""
        if name == "-":
            yield from byte_lines(sys.stdin.buffer)
            return
        refused = self._refused_under_scrapyd(name)
        if refused:
            self._fail(f"urls: will not read the URL list {name}: {refused}")
            return
        try:
            with Path(name).open("rb") as handle:
                yield from byte_lines(handle)
        except OSError as exc:
            self._fail(f"urls: cannot read the URL list {name}: {exc.strerror or exc}")

    def _refused_under_scrapyd(self, name: str) -> str | None:
        """Why scrapyd may not read this file (None outside scrapyd, or inside URLS_FILE_DIR)."""
        if not scrapyd_job_id(self):
            return None
        folder = str(self.crawler.settings.get("URLS_FILE_DIR") or "")
        if not folder:
            return "under scrapyd, -a file= reads only inside URLS_FILE_DIR, and that setting is empty"
        if not Path(name).resolve().is_relative_to(Path(folder).resolve()):
            return f"under scrapyd, -a file= reads only inside URLS_FILE_DIR ({folder})"
        return None

    def _valid(self, found: Iterable[UrlEntry | BadLine], source: str) -> Iterator[UrlEntry]:
        for item in found:
            if isinstance(item, UrlEntry):
                yield item
            else:
                self._invalid(source, item)

    def _invalid(self, source: str, bad: BadLine) -> None:
        self._count("urls/invalid")
        kind = "item" if source == "-a urls" else "line"
        message = f"{kind} {bad.line} of {source}: {bad.reason}: {bad.shown}"
        self.invalid.append(message)
        self.logger.warning("urls: %s", message)

    # --- stats ----------------------------------------------------------------------------
    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def _skip(self, entry: UrlEntry, url: str, reason: str) -> None:
        self._count(f"urls/skipped/{reason_key(reason)}")
        self.logger.info("urls: %s: %s is not an article (%s): skipped", entry.where, url, reason)

    def _fail(self, message: str) -> None:
        self.logger.error(message)
        fail_run(self.crawler.stats, NOTHING_REACHED_EXIT_CODE, message)
