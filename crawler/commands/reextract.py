"""`scrapy reextract IN… -o OUT`: run the current extractor over existing JSON Lines files."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand

from crawler.reextract import add_arguments, run_from_args


class Command(ScrapyCommand):
    """Re-extract organizations, conferences and paper counts without re-crawling."""

    requires_project = False
    requires_crawler_process = False

    def syntax(self) -> str:
        """Usage line."""
        return "IN… -o OUT"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Run the current extractor over existing JSON Lines files into a new one"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """IN…, `-o OUT` and `--batch-size` on top of Scrapy's own options."""
        super().add_options(parser)
        add_arguments(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Re-extract; exit 1 when a line was bad (reported as FILE:LINE and passed through)."""
        self.exitcode = run_from_args(opts.inputs, opts.output, opts.batch_size)
