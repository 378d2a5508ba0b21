"""`facts IN… -o OUTDIR`: records in, the mentions and facts tables (and optionally the report) out.

Used by `scrapy facts` (crawler/commands/facts.py) and `python -m output.facts`; needs no Scrapy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from output.facts.consolidate import build_facts
from output.facts.mentions import build_mentions
from output.facts.options import add_arguments
from output.facts.records import read_records
from output.facts.writers import write_tables

Row = dict[str, Any]


@dataclass
class Dataset:
    """The two tables built from a set of inputs, and what reading them met."""

    mentions: list[Row]
    facts: list[Row]
    articles: int
    lines: int
    files: int
    errors: list[str] = field(default_factory=list)
    articles_per_site: dict[str, int] = field(default_factory=dict)
    published: tuple[datetime, datetime] | None = None


def build_dataset(inputs: list[str | Path]) -> Dataset:
    """Read every record under `inputs` and build both tables."""
    read = read_records(inputs)
    mentions = build_mentions(read.records)
    facts = build_facts(mentions)
    dates = [r.published_at for r in read.records if r.published_at is not None]
    return Dataset(
        mentions,
        facts,
        len(read.records),
        read.lines,
        read.files,
        read.errors,
        dict(sorted(Counter(r.site for r in read.records).items())),
        (min(dates), max(dates)) if dates else None,
    )


def run(
    inputs: list[str | Path], outdir: Path, fmt: str, report: Path | None = None, err: TextIO | None = None
) -> int:
    """Build and write everything; 1 when an input line or file was bad (named on `err`), else 0."""
    err = err or sys.stderr
    started = time.monotonic()
    dataset = build_dataset(inputs)
    for problem in dataset.errors:
        print(f"facts: {problem}", file=err)
    written = write_tables({"mentions": dataset.mentions, "facts": dataset.facts}, outdir, fmt)
    if report is not None:
        from output.facts.report import write_report

        write_report(dataset, report)
        written.append(report)
    print(
        f"facts: {dataset.files} files, {dataset.lines} lines, {dataset.articles} articles -> "
        f"{len(dataset.mentions)} mentions, {len(dataset.facts)} facts "
        f"({sum(f['status'] == 'conflict' for f in dataset.facts)} in conflict); "
        f"wrote {', '.join(map(str, written))} in {time.monotonic() - started:.1f} s; "
        f"{len(dataset.errors)} input problem(s)",
        file=err,
    )
    return 1 if dataset.errors else 0


def run_from_args(inputs: list[str], outdir: str, fmt: str, report: str | None) -> int:
    """`run` from parsed command-line values."""
    return run(list(inputs), Path(outdir), fmt, Path(report) if report else None)


def main(argv: list[str] | None = None) -> int:
    """`python -m output.facts IN… -o OUTDIR [--format …] [--report FILE]`."""
    parser = argparse.ArgumentParser(
        prog="python -m output.facts", description=__doc__.splitlines()[0] if __doc__ else None
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run_from_args(args.inputs, args.outdir, args.fmt, args.report)
