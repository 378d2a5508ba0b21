"""`scrapy merge_reports REPORT…`: one report for a distributed crawl, judged for site health.

    scrapy merge_reports data/news/2026-11-21/*.report.json -o data/news/2026-11-21/merged.json \
        -s REDIS_URL=redis://redis-host:6379/0

Prints the merged table, writes the merged JSON with `-o`, and exits 2 when a site looks broken
(the same rules as a single run's report, judged on all workers' pages together). The store whose
article counts say which sites had articles before: `--store`, else the distributed crawl's Redis
store when REDIS_URL is set (setting or environment), else the project's SEEN_STORE.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.distributed.config import DistributedConfigError, remember_url
from crawler.distributed.report import ReportError, load_report, merge_reports, merged_json
from crawler.runs.context import SITE_HEALTH_EXIT_CODE
from crawler.runs.report import HealthRules
from crawler.store import open_store, store_backends, store_url

logger = logging.getLogger(__name__)


class Command(ScrapyCommand):
    """Merge the per-worker run reports of a distributed crawl into one."""

    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        """Usage line."""
        return "[options] REPORT.json…"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Merge the workers' run reports of a distributed crawl; exit 2 when a site looks broken"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """`-o`, `--store` and `--no-health` on top of Scrapy's own options."""
        super().add_options(parser)
        parser.add_argument("-o", "--output", help="write the merged report JSON here")
        parser.add_argument("--store", help="seen-store for site history (default: see the module doc)")
        parser.add_argument("--no-health", action="store_true", help="do not judge site health")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Merge, print, write, judge."""
        assert self.settings is not None
        if not args:
            raise UsageError("give the report files to merge (…/<run id>.report.json)")
        paths = [Path(arg) for arg in args]
        try:
            reports = [load_report(path) for path in paths]
        except ReportError as exc:
            raise UsageError(str(exc), print_help=False) from None
        history = None if opts.no_health else self._history(opts.store)
        rules = HealthRules(
            min_completeness=self.settings.getfloat("REPORT_MIN_COMPLETENESS", 0.8),
            min_pages=self.settings.getint("REPORT_MIN_PAGES", 3),
        )
        merged = merge_reports(reports, history, rules)
        print(merged.render())
        if opts.output:
            Path(opts.output).write_text(
                json.dumps(merged_json(merged, paths), ensure_ascii=False, indent=2) + "\n", "utf-8"
            )
        if merged.problems:
            self.exitcode = SITE_HEALTH_EXIT_CODE

    def _history(self, explicit: str | None) -> dict[str, int]:
        assert self.settings is not None
        location = explicit
        redis_url = str(self.settings.get("REDIS_URL") or os.environ.get("REDIS_URL") or "")
        if not location and redis_url:
            prefix = str(self.settings.get("DISTRIBUTED_KEY_PREFIX") or "technews")
            masked = remember_url(redis_url)
            location = f"{masked}{'&' if '?' in masked else '?'}prefix={prefix}"
        location = location or store_url(self.settings)
        try:
            store = open_store(location, store_backends(self.settings))
        except (DistributedConfigError, ValueError, OSError) as exc:
            print(
                f"merge_reports: cannot open the seen-store ({exc}); judging without history", file=sys.stderr
            )
            return {}
        try:
            return store.site_counts()
        finally:
            store.close()
