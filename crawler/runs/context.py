"""One crawl run: its id, mode, output paths and store, and the Scrapy components that watch it.

Every project component of a run (the seen filter, the writer, the monitor) shares one
`RunContext`, reached with `run_context(crawler)`. The monitor counts, per site, what the run
discovered, fetched, parsed, skipped and failed (`crawler.runs.report`), logs a progress line, and at
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
import weakref
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

from crawler.pages.urls import canonicalize
from crawler.runs.exit import EXIT_CODE_STAT, SITE_HEALTH_EXIT_CODE, fail_run
from crawler.runs.recovery import recover_runs
from crawler.runs.report import HealthRules, RunReport
from crawler.store import (
    FINISHED,
    INTERRUPTED,
    SeenStore,
    failed_status,
    open_store,
    store_backends,
    store_url,
)
from output.schema import KST

logger = logging.getLogger(__name__)


_contexts: weakref.WeakKeyDictionary[Crawler, RunContext] = weakref.WeakKeyDictionary()


def truthy(value: object) -> bool:
    """True for 1/true/yes/on (spider arguments and settings arrive as strings)."""
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def _optional_bool(value: object, default: bool) -> bool:
    return default if value is None or value == "" else truthy(value)


def scrapyd_job_id(spider: object) -> str:
    """The job id scrapyd gives a run, as its documented `_job` spider argument ("" outside scrapyd)."""
    return str(vars(spider).get("_job", "") if spider is not None else "")


def new_run_id(now: datetime) -> str:
    """A run id that sorts by start time: `20261121T103000-3f2a` (KST)."""
    return f"{now.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(2)}"


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
            str(settings.get("RUN_ID") or "") or scrapyd_job_id(spider) or new_run_id(self.started_at)
        )
        feeds = settings.getdict("FEEDS")
        self.writer_enabled = _optional_bool(settings.get("OUTPUT_WRITER"), not feeds)
        self.incremental = _optional_bool(settings.get("INCREMENTAL"), self.writer_enabled)
        # A spider that is no crawl of whole sites (the URL list) says so with judges_site_health.
        judges_sites = bool(getattr(spider, "judges_site_health", True))
        self.health_check = _optional_bool(settings.get("HEALTH_CHECK"), self.incremental and judges_sites)
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
        self.feed_path = _feed_path(feeds)
        self.report_path = self._report_path()
        self.store_location = store_url(settings)
        self.store_backends = store_backends(settings)
        self.report = RunReport(self.run_id, self.spider_name, self.started_at.isoformat(timespec="seconds"))
        if not self.writer_enabled and self.feed_path is not None:
            self.report.output = str(self.feed_path)  # Scrapy's feed exporter writes it
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
        # why this run may not touch the data dir (another run holds its lock: crawler.runs.lock)
        self.locked_out: str | None = None
        self._prepared = False
        self._finished = False

    def _report_path(self) -> Path | None:
        if self.writer_enabled:
            return self.output_path.with_name(f"{self.run_id}.report.json")
        if self.feed_path is not None:
            return self.feed_path.with_name(f"{self.feed_path.stem}.report.json")
        return None

    @property
    def uses_store(self) -> bool:
        """True when this run reads or writes the seen-store."""
        return self.incremental or self.health_check

    @property
    def store(self) -> SeenStore:
        """The seen-store (opened on first use)."""
        if self._store is None:
            self._store = open_store(self.store_location, self.store_backends)
        return self._store

    def prepare(self) -> None:
        """Once per run, before anything is looked up: repair crashed runs, snapshot site history."""
        if self._prepared:
            return
        self._prepared = True
        if not self.uses_store or self.locked_out:
            return
        for note in recover_runs(self.store):
            self.report.notes.append(note)
        self.history = self.store.site_counts()

    def is_seen(self, url: str) -> bool:
        """True when the store already holds the article at this (canonical) URL."""
        self.prepare()
        return self.store.contains(canonicalize(url))

    def finish(self, reason: str) -> None:
        """End of run: judge site health, log and write the report, close the run in the store."""
        if self._finished:
            return
        self._finished = True
        if self.locked_out:
            logger.error("run not started: %s", self.locked_out)
            return
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
        logger.info("run report\n%s", report.render(total=False))
        # The summary at WARNING: it survives LOG_LEVEL=WARNING (cron mails), the table does not.
        logger.warning("%s", report.summary_line())
        for note in report.notes:
            logger.warning("note: %s", note)
        for problem in report.problems:
            logger.error("%s", problem)
        self._write_report()
        if self._store is not None:
            if self.writer_enabled:
                code = int(stats.get_value(EXIT_CODE_STAT, 0) or 0) if stats is not None else 0
                status = INTERRUPTED if reason != "finished" else failed_status(code) if code else FINISHED
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


def _feed_path(feeds: dict[str, Any]) -> Path | None:
    """The first local file among the FEEDS (`-o`/`-O`), without a `:format` suffix; None when none."""
    for uri in feeds:
        parts = urlsplit(str(uri))
        if "%(" in str(uri) or parts.scheme not in ("", "file") or len(parts.scheme) == 1:
            continue
        return Path(parts.path if parts.scheme == "file" else str(uri))
    return None


def run_context(crawler: Crawler) -> RunContext:
    """The RunContext of a crawler's run (created on first use)."""
    context = _contexts.get(crawler)
    if context is None:
        context = _contexts[crawler] = RunContext(crawler)
    return context
