"""The facts command's options, kept apart from the builders so that `scrapy -h` and every other
command start without loading pyarrow."""

from __future__ import annotations

import argparse

FORMATS = ("parquet", "csv", "jsonl", "duckdb")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """IN…, -o OUTDIR, --format and --report."""
    parser.add_argument(
        "inputs", nargs="+", metavar="IN", help="JSON Lines files or folders of them (data/news)"
    )
    parser.add_argument(
        "-o", "--output", dest="outdir", required=True, metavar="OUTDIR", help="folder for the tables"
    )
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, default="parquet", help="table format (parquet)"
    )
    parser.add_argument("--report", metavar="FILE", help="also write the self-contained HTML report here")
