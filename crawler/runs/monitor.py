"""The run monitor: what a run discovered, fetched, parsed, skipped and failed, per site.

Three Scrapy components share the run's `RunContext`: a spider middleware (article requests
discovered, records parsed, article pages that gave no record and why), a downloader middleware
(downloads that failed or were refused) and an extension (responses, dropped records, a progress
line, and the end of the run).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import task

from crawler.pages.outcome import NoRecord, NotAnArticle
from crawler.pages.urls import canonicalize
from crawler.runs.context import run_context
from crawler.runs.meta import ARTICLE, OTHER_KEYS, PARSE_FAILED, no_record_of, page_kind, site_of
from crawler.runs.progress import ProgressBar, ProgressCounts, ProgressLines, wants_bar
from crawler.runs.writer import SkippedRecord

logger = logging.getLogger(__name__)


def _present_in_item(item: Any) -> dict[str, bool]:
    get = item.get if hasattr(item, "get") else lambda name: getattr(item, name, None)
    return {"title": bool(get("title")), "date": bool(get("published_at")), "body": bool(get("text"))}


class RunMonitorSpiderMiddleware:
    """Count discovered article URLs, records parsed, and article pages that gave no record."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)
        self.discovered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunMonitorSpiderMiddleware:
        """Build the middleware."""
        return cls(crawler)

    async def process_start(self, start: Any) -> Any:
        """Count article requests among the start requests."""
        async for output in start:
            self._observe(output, None)
            yield output

    async def process_spider_output(self, response: Response, result: Any) -> Any:
        """Count what a callback yields; an article page that yields no record is counted too."""
        produced = False
        async for output in result:
            produced = self._observe(output, response) or produced
            yield output
        if not produced and page_kind(response) == ARTICLE and 200 <= response.status < 300:
            failed = response.meta.get(PARSE_FAILED)
            if failed:
                self.context.report.site(site_of(response)).failed[str(failed)] += 1
            else:
                self._no_record(response, no_record_of(response) or NoRecord.from_reason("no record"))

    def process_spider_exception(self, response: Response, exception: Exception) -> Any:
        """A page the spider rejected with NotAnArticle is counted (and swallowed); others are counted."""
        if isinstance(exception, HttpError):
            return None
        if isinstance(exception, NotAnArticle):
            self._no_record(response, exception.no_record)
            return []
        if page_kind(response) == ARTICLE:
            reason = f"parse error: {type(exception).__name__}"
            self.context.report.site(site_of(response)).failed[reason] += 1
        return None

    def _observe(self, output: Any, response: Response | None) -> bool:
        if isinstance(output, Request):
            if page_kind(output) == ARTICLE:
                key = canonicalize(output.url)
                if key not in self.discovered:
                    self.discovered.add(key)
                    self.context.report.site(site_of(output)).discovered += 1
            return False
        if output is None:
            return False
        site = (output.get("site") if hasattr(output, "get") else None) or (
            site_of(response) if response is not None else "generic"
        )
        counters = self.context.report.site(str(site))
        counters.parsed += 1
        counters.observe_fields(_present_in_item(output))
        if response is not None and hasattr(output, "get") and output.get("canonical_url"):
            self._remember_keys(str(output["canonical_url"]), response)
        return True

    def _remember_keys(self, canonical: str, response: Response) -> None:
        """Every URL that led to this record, so the store skips all of them next time."""
        keys = {canonicalize(response.url)}
        for url in response.meta.get("redirect_urls", []) or []:
            keys.add(canonicalize(url))
        keys.update(response.meta.get(OTHER_KEYS, ()) or ())
        keys.discard(canonical)
        if keys:
            self.context.pending_keys.setdefault(canonical, set()).update(keys)

    def _no_record(self, response: Response, why: NoRecord) -> None:
        site = self.context.report.site(site_of(response))
        site.skipped[f"not an article: {why.reason}"] += 1
        site.observe_fields(why.present())


class RunMonitorDownloaderMiddleware:
    """Count downloads that ended in an error (after retries) or were refused (robots.txt, offsite)."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunMonitorDownloaderMiddleware:
        """Build the middleware."""
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        """Record why a request got no response; Scrapy goes on handling the exception."""
        kind = page_kind(request)
        if kind is None:
            return
        site = self.context.report.site(site_of(request))
        if isinstance(exception, IgnoreRequest):
            reason = str(exception) or "ignored"
            reason = "forbidden by robots.txt" if "robots" in reason.lower() else reason[:80]
            if kind == ARTICLE:
                site.skipped[reason] += 1
            else:
                site.page_failures[f"{kind}: {reason}"] += 1
            return
        given = getattr(exception, "failure_reason", None)  # a host found down earlier (UnreachableHost…)
        reason = f"network: {given} (host down)" if given else f"network: {type(exception).__name__}"
        if kind == ARTICLE:
            site.failed[reason] += 1
        else:
            site.page_failures[f"{kind}: {reason}"] += 1


class RunMonitor:
    """The extension: response counts, dropped items, a progress line, and the report at the end."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.context = run_context(crawler)
        settings = crawler.settings
        self.interval = settings.getfloat("PROGRESS_INTERVAL", 30.0)
        self.mode = str(settings.get("PROGRESS") or "auto").lower()
        self.bar = wants_bar(self.mode, settings.get("LOG_FILE")) and self.mode != "off"
        self.max_interval = settings.getfloat("PROGRESS_MAX_INTERVAL", 600.0)
        self._progress: task.LoopingCall | None = None
        self._display: ProgressBar | ProgressLines | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        self.counts_exports = not self.context.writer_enabled and bool(crawler.settings.getdict("FEEDS"))
        if self.counts_exports:
            crawler.signals.connect(self.item_exported, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunMonitor:
        """Build the extension and connect its signals."""
        return cls(crawler)

    def spider_opened(self) -> None:
        """Prepare the run and start the progress line."""
        self.context.prepare()
        logger.info(
            "run %s: %s",
            self.context.run_id,
            ", ".join(f"{k}={v}" for k, v in self.context.report.mode.items()),
        )
        if self.mode == "off" or (self.interval <= 0 and not self.bar):
            return
        if self.bar:
            self._display = ProgressBar(self.context.spider_name)
        else:
            self._display = ProgressLines(self.interval, self.max_interval)
        self._progress = task.LoopingCall(self.show_progress)
        self._progress.start(min(0.5, self.interval) if self.interval > 0 else 0.5, now=False)

    def progress_counts(self) -> ProgressCounts:
        """Pages done of those known, records, facts and errors so far."""
        totals = self.context.report.totals()
        stats = self.crawler.stats
        dropped = int(stats.get_value("seen/skipped", 0) or 0) if stats is not None else 0
        writes = self.context.writer_enabled or self.counts_exports
        records = totals["written"] if writes else totals["parsed"]
        done = totals["fetched"] + totals["failed"] + dropped
        return ProgressCounts(done, totals["discovered"], records, totals["facts"], totals["failed"])

    def show_progress(self) -> None:
        """Redraw the bar, or log a plain line when its interval is over."""
        if self._display is not None:
            self._display.show(self.progress_counts())

    def response_received(self, response: Response, request: Request) -> None:
        """Count fetched pages per site and kind; error statuses are failures."""
        kind = page_kind(request)
        if kind is None:
            return
        site = self.context.report.site(site_of(request))
        ok = 200 <= response.status < 300
        if kind == ARTICLE:
            if ok:
                site.fetched += 1
            else:
                site.failed[f"http {response.status}"] += 1
        elif ok:
            site.pages[kind] += 1
        else:
            site.page_failures[f"{kind}: http {response.status}"] += 1

    def item_exported(self, item: Any) -> None:
        """Count a record Scrapy's feed exporter writes (`-o`/`-O`: the project's writer is off)."""
        site = str((item.get("site") if hasattr(item, "get") else None) or "generic")
        self.context.report.site(site).written += 1

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """Count records a pipeline dropped (the writer counts its own skips)."""
        if isinstance(exception, SkippedRecord):
            return
        site = str((item.get("site") if hasattr(item, "get") else None) or "generic")
        message = str(exception)
        reason = "invalid record" if message.startswith("invalid record") else f"dropped: {message[:60]}"
        self.context.report.site(site).failed[reason] += 1

    def spider_closed(self, reason: str) -> None:
        """Stop the progress line, then finish the run (report, health, store)."""
        if self._progress is not None and self._progress.running:
            self._progress.stop()
        if isinstance(self._display, ProgressBar):
            self._display.show(self.progress_counts())
            self._display.close()
        self._display = None
        self.context.finish(reason)
