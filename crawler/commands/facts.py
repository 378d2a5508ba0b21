"""`scrapy facts IN… -o OUTDIR`: the facts dataset (mentions and consolidated facts) from records."""

from __future__ import annotations

import argparse
import importlib

from scrapy.commands import ScrapyCommand

from output.facts.options import add_arguments


class Command(ScrapyCommand):
    """Build the mentions and facts tables (and the HTML report) from JSON Lines records."""

    requires_project = False
    requires_crawler_process = False

    def syntax(self) -> str:
        """Usage line."""
        return "IN… -o OUTDIR [--format parquet|csv|jsonl|duckdb] [--report FILE]"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Build the facts tables (one row per fact, consolidated across outlets) and a report"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """IN…, `-o OUTDIR`, `--format` and `--report` on top of Scrapy's own options."""
        super().add_options(parser)
        add_arguments(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Build and write; exit 1 when an input line was bad (named as FILE:LINE, then skipped)."""
        build = importlib.import_module("output.facts.build")  # pyarrow: loaded only when this command runs
        self.exitcode = build.run_from_args(opts.inputs, opts.outdir, opts.fmt, opts.report)
