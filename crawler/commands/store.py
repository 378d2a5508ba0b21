"""`scrapy store`: what the seen-store holds (counts per site, latest runs, lookup of URLs)."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand

from crawler.store import store_url
from crawler.store.cli import main


class Command(ScrapyCommand):
    """Show the seen-store of the project settings (OUTPUT_DIR / SEEN_STORE)."""

    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        """Usage line."""
        return "[options] [summary | runs | lookup URL… | forget URL… | forget --site KEY [--since DATE]]"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Show what the seen-store holds: articles per site, latest runs, a URL's record"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """`--store`, `--json` and `-n` on top of Scrapy's own options."""
        super().add_options(parser)
        parser.add_argument("--store", help="store location (default: SEEN_STORE or OUTPUT_DIR/seen.sqlite3)")
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")
        parser.add_argument("-n", "--runs", type=int, default=5, help="how many recent runs to show")
        parser.add_argument("--site", help="with `forget`: every article of this site key")
        parser.add_argument(
            "--since", default="", help="with `forget --site`: recorded on or after this date"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Print the summary, the runs, or where each URL was recorded."""
        assert self.settings is not None
        argv = ["--runs", str(opts.runs)] + (["--json"] if opts.json else []) + args
        argv += (["--site", opts.site] if opts.site else []) + (["--since", opts.since] if opts.since else [])
        self.exitcode = main(argv, default_store=opts.store or store_url(self.settings))
