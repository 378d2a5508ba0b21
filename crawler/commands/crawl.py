"""`scrapy crawl` that exits non-zero when the run failed: any component calls `fail_run()`."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from crawler.commands import run_one_spider
from crawler.runs.exit import EXIT_CODE_STAT, EXIT_REASON_STAT
from crawler.runs.logs import quiet_scrapy_logs


class Command(ScrapyCrawlCommand):
    """Scrapy's crawl command, plus an exit status taken from the run's stats."""

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Run a spider; exit non-zero when the run reports a failure"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then quieter logs (before Scrapy sets its logging up)."""
        super().process_options(args, opts)
        assert self.settings is not None
        quiet_scrapy_logs(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Run the spider, then exit with the code the run asked for (0 when none did)."""
        crawler = run_one_spider(self, args, opts.spargs)
        if crawler is None:
            return
        stats = crawler.stats
        code = int(stats.get_value(EXIT_CODE_STAT, 0) or 0) if stats is not None else 0
        if code:
            for reason in (stats.get_value(EXIT_REASON_STAT, []) if stats is not None else []) or []:
                print(f"crawl failed: {reason}", file=sys.stderr)
            self.exitcode = code
