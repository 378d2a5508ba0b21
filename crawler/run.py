"""One crawl run: its id, mode, output paths and store, and the Scrapy components that watch it.

Every project component of a run (the seen filter, the writer, the monitor) shares one
`RunContext`, reached with `run_context(crawler)`. The monitor counts, per site, what the run
discovered, fetched, parsed, skipped and failed (`crawler.report`), logs a progress line, and at
the end writes the report, judges each site's health against the store, and makes `scrapy
crawl` exit non-zero (`fail_run`) when a site broke.

Modes, from the settings (docs/scheduling.md):
- scheduled (the default): the project writer owns the output (`OUTPUT_DIR` /
  `OUTPUT_PATH_TEMPLATE`), article pages already in the seen-store are not requested again,
  and the health check is on;
- one-off (`-o`/`-O` or FEEDS given): Scrapy's feed exporter writes, nothing is skipped or
  marked seen, and the report is written beside the feed file. `INCREMENTAL=1` and
  `HEALTH_CHECK=1` turn those parts back on.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import weakref
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import task

from crawler.commands import fail_run
from crawler.report import HealthRules, RunReport
from crawler.sites.base import NotAnArticle
from crawler.store import FINISHED, INTERRUPTED, SeenStore, open_store, store_url
from output.schema import KST

logger = logging.getLogger(__name__)

PAGE_KIND = "page_kind"
SITE = "site"
ARTICLE = "article"
SITE_HEALTH_EXIT_CODE = 2

_contexts: weakref.WeakKeyDictionary[Crawler, RunContext] = weakref.WeakKeyDictionary()


def truthy(value: object) -> bool:
    """True for 1/true/yes/on (spider arguments and settings arrive as strings)."""
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def _optional_bool(value: object, default: bool) -> bool:
    return default if value is None or value == "" else truthy(value)


def new_run_id(now: datetime) -> str:
    """A run id that sorts by start time: `20261121T103000-3f2a` (KST)."""
    return f"{now.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(2)}"


def page_kind(request: Request | Response | None) -> str | None:
    """The page kind a request carries (`article`, `listing`, `feed`, `sitemap`), or None."""
    try:
        meta = request.meta if request is not None else {}
    except AttributeError:  # a Response built without a request
        return None
    kind = meta.get(PAGE_KIND)
    return str(kind) if kind else None


def site_of(request: Request | Response) -> str:
    """The site key a request carries, else the registered site owning its URL, else `generic`."""
    try:
        key = request.meta.get(SITE)
    except AttributeError:
        key = None
    if key:
        return str(key)
    from crawler.sites.registry import site_for_url

    site = site_for_url(request.url)
    return site.key if site else "generic"


class RunContext:
    """The identity, mode, paths and store of one run, shared by the project's components."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        spider = crawler.spider
        self.crawler = crawler
        self.spider_name = spider.name if spider is not None else "crawl"
        self.started_at = datetime.now(KST)
        # RUN_ID: set by the distributed add-on (the worker id is part of it, so of the file name).
        self.run_id = (
            str(settings.get("RUN_ID") or "")
            or str(getattr(spider, "_job", "") or "")
            or new_run_id(self.started_at)
        )
        feeds = settings.getdict("FEEDS")
        self.writer_enabled = _optional_bool(settings.get("OUTPUT_WRITER"), not feeds)
        self.incremental = _optional_bool(settings.get("INCREMENTAL"), self.writer_enabled)
        self.health_check = _optional_bool(settings.get("HEALTH_CHECK"), self.incremental)
        self.refetch = truthy(settings.get("REFETCH", "")) or truthy(getattr(spider, "refetch", ""))
        self.write_duplicates = settings.getbool("WRITE_DUPLICATES", False)
        self.rules = HealthRules(
            min_completeness=settings.getfloat("REPORT_MIN_COMPLETENESS", 0.8),
            min_pages=settings.getint("REPORT_MIN_PAGES", 3),
        )
        self.output_dir = Path(str(settings.get("OUTPUT_DIR") or "data"))
        self.output_path = self.output_dir / str(
            settings.get("OUTPUT_PATH_TEMPLATE") or "{spider}/{date}/{run_id}.jsonl"
        ).format(spider=self.spider_name, date=self.started_at.strftime("%Y-%m-%d"), run_id=self.run_id)
        self.report_path = self._report_path(feeds)
        self.store_location = store_url(settings)
        self.report = RunReport(self.run_id, self.spider_name, self.started_at.isoformat(timespec="seconds"))
        self.report.mode = {
            "incremental": self.incremental,
            "refetch": self.refetch,
            "project_writer": self.writer_enabled,
            "health_check": self.health_check,
        }
        self.history: dict[str, int] = {}
        # canonical URL of a record → other keys that led to it (request URL, Naver copy…)
        self.pending_keys: dict[str, set[str]] = {}
        self._store: SeenStore | None = None
        self._prepared = False
        self._finished = False

    def _report_path(self, feeds: dict[str, Any]) -> Path | None:
        if self.writer_enabled:
            return self.output_path.with_name(f"{self.run_id}.report.json")
        for uri in feeds:
            parts = urlsplit(str(uri))
            if "%(" in str(uri) or parts.scheme not in ("", "file") or len(parts.scheme) == 1:
                continue
            path = Path(parts.path if parts.scheme == "file" else str(uri))
            return path.with_name(f"{path.stem}.report.json")
        return None

    @property
    def uses_store(self) -> bool:
        """True when this run reads or writes the seen-store."""
        return self.incremental or self.health_check

    @property
    def store(self) -> SeenStore:
        """The seen-store (opened on first use)."""
        if self._store is None:
            self._store = open_store(self.store_location)
        return self._store

    def prepare(self) -> None:
        """Once per run, before anything is looked up: repair crashed runs, snapshot site history."""
        if self._prepared:
            return
        self._prepared = True
        if not self.uses_store:
            return
        from crawler.writer import recover_runs

        for note in recover_runs(self.store):
            self.report.notes.append(note)
        self.history = self.store.site_counts()

    def is_seen(self, url: str) -> bool:
        """True when the store already holds the article at this (canonical) URL."""
        from crawler.canonical import canonicalize

        self.prepare()
        return self.store.contains(canonicalize(url))

    def finish(self, reason: str) -> None:
        """End of run: judge site health, log and write the report, close the run in the store."""
        if self._finished:
            return
        self._finished = True
        report = self.report
        report.finished_at = datetime.now(KST).isoformat(timespec="seconds")
        report.reason = reason
        stats = self.crawler.stats
        if self.health_check:
            if reason == "finished":
                for problem in report.judge(self.history, self.rules):
                    fail_run(stats, SITE_HEALTH_EXIT_CODE, problem)
            else:
                report.notes.append(f"run ended early ({reason}): site health not judged")
        for name, value in report.totals().items():
            if stats is not None:
                stats.set_value(f"run/{name}", value)
        logger.info("run report\n%s", report.render())
        for problem in report.problems:
            logger.error("%s", problem)
        self._write_report()
        if self._store is not None:
            if self.writer_enabled:
                status = FINISHED if reason == "finished" else INTERRUPTED
                self._store.finish_run(
                    self.run_id, status=status, finished_at=report.finished_at, summary=report.to_json()
                )
            self._store.close()
            self._store = None

    def _write_report(self) -> None:
        if self.report_path is None:
            return
        try:
            self.report_path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.report_path.with_name(self.report_path.name + ".part")
            partial.write_text(json.dumps(self.report.to_json(), ensure_ascii=False, indent=2), "utf-8")
            os.replace(partial, self.report_path)
            logger.info("run report written to %s", self.report_path)
        except OSError as exc:
            logger.error("could not write the run report to %s: %s", self.report_path, exc)


def run_context(crawler: Crawler) -> RunContext:
    """The RunContext of a crawler's run (created on first use)."""
    context = _contexts.get(crawler)
    if context is None:
        context = _contexts[crawler] = RunContext(crawler)
    return context


def host_and_pid() -> tuple[str, int]:
    """This process's host name and pid (recorded with a run)."""
    return socket.gethostname(), os.getpid()


def _present_in_item(item: Any) -> dict[str, bool]:
    get = item.get if hasattr(item, "get") else lambda name: getattr(item, name, None)
    return {"title": bool(get("title")), "date": bool(get("published_at")), "body": bool(get("text"))}


def _present_in_page(response: Response, reason: str | None) -> dict[str, bool]:
    """Which fields a page that gave no record has, read by the page class the registry picks."""
    try:
        from crawler.sites.registry import page_for

        _, page = page_for(response.url, response.text)
        return {
            "title": bool(page.title()),
            "date": page.published_at() is not None,
            "body": bool(page.text()) and "body" not in (reason or ""),
        }
    except Exception:  # a page class that cannot even read the page: go by the stated reason
        said = (reason or "").lower()
        return {"title": "title" not in said, "date": "date" not in said, "body": "body" not in said}


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
            self._no_record(response, None)

    def process_spider_exception(self, response: Response, exception: Exception) -> Any:
        """A page the spider rejected with NotAnArticle is counted (and swallowed); others are counted."""
        if isinstance(exception, HttpError):
            return None
        if isinstance(exception, NotAnArticle):
            self._no_record(response, str(exception))
            return []
        if page_kind(response) == ARTICLE:
            reason = f"parse error: {type(exception).__name__}"
            self.context.report.site(site_of(response)).failed[reason] += 1
        return None

    def _observe(self, output: Any, response: Response | None) -> bool:
        if isinstance(output, Request):
            if page_kind(output) == ARTICLE:
                from crawler.canonical import canonicalize

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
        from crawler.canonical import canonicalize, naver_origin_link

        keys = {canonicalize(response.url)}
        for url in response.meta.get("redirect_urls", []) or []:
            keys.add(canonicalize(url))
        if "naver.com" in response.url and hasattr(response, "text"):
            origin = naver_origin_link(response.text, response.url)
            if origin:
                keys.add(origin)
        keys.discard(canonical)
        if keys:
            self.context.pending_keys.setdefault(canonical, set()).update(keys)

    def _no_record(self, response: Response, reason: str | None) -> None:
        site = self.context.report.site(site_of(response))
        if reason is None:
            try:
                from crawler.sites.registry import page_for

                reason = page_for(response.url, response.text)[1].not_article_reason() or "no record"
            except Exception:
                reason = "no record"
        site.skipped[f"not an article: {reason}"] += 1
        site.observe_fields(_present_in_page(response, reason))


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
        reason = f"network: {type(exception).__name__}"
        if kind == ARTICLE:
            site.failed[reason] += 1
        else:
            site.page_failures[f"{kind}: {reason}"] += 1


class RunMonitor:
    """The extension: response counts, dropped items, a progress line, and the report at the end."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.context = run_context(crawler)
        self.interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 30.0)
        self._progress: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

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
        if self.interval > 0:
            self._progress = task.LoopingCall(self.log_progress)
            self._progress.start(self.interval, now=False)

    def log_progress(self) -> None:
        """One line of progress: totals so far."""
        totals = self.context.report.totals()
        logger.info(
            "progress: %(discovered)d discovered, %(fetched)d fetched, %(parsed)d parsed, %(written)d written,"
            " %(skipped)d skipped, %(failed)d failed",
            totals,
        )

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

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """Count records a pipeline dropped (the writer counts its own skips)."""
        from crawler.writer import SkippedRecord

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
        self.context.finish(reason)
