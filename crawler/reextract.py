"""Re-extraction without re-crawling: the current extractor over existing JSON Lines files.

    python -m crawler.reextract data/news/ -o data/reextracted/news.jsonl
    scrapy reextract data/news/2026-11-21/*.jsonl -o news-v2.jsonl

Each input line keeps every field; `organizations`, `conferences` and `paper_counts` are
replaced by what the extractor finds now. It is `python -m extract` run over each file (the
same filter, batching and error handling), with each bad line reported as `FILE:LINE: why` and
written through (as `python -m extract` does: the object with an `error` field, or the raw text
under `line`), so nothing is lost. A directory input means every `*.jsonl` under it. The output
is written to `OUT.part`, fsynced, then renamed: a killed run never leaves a half-written OUT.
Exit status 1 when a line was bad; 2 for unusable arguments, and when there is nothing to read
(an input missing, or folders without a `*.jsonl` file: one line says how to get records, and no
OUT is written).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

_LINE_ERROR = re.compile(r"^line (\d+): ")


@dataclass
class ReextractResult:
    """How a re-extraction went: files and lines read, lines reported bad."""

    files: int = 0
    lines: int = 0
    bad: int = 0


class _FileErrors:
    """The extractor's `line N: why` messages, as `FILE:N: why`, counted."""

    def __init__(self, err: IO[str], path: Path, result: ReextractResult) -> None:
        self.err, self.path, self.result = err, path, result

    def write(self, text: str) -> int:
        if _LINE_ERROR.match(text):
            self.result.bad += 1
            text = _LINE_ERROR.sub(lambda m: f"{self.path}:{m[1]}: ", text, count=1)
        return self.err.write(text)

    def flush(self) -> None:
        self.err.flush()


class _CountedLines:
    """The lines of a file, counted as the extractor reads them."""

    def __init__(self, stream: IO[str], result: ReextractResult) -> None:
        self.stream, self.result = stream, result

    def __iter__(self) -> Iterator[str]:
        for line in self.stream:
            if line.strip():
                self.result.lines += 1
            yield line


class _NoBlankLines:
    """The output, without the blank lines the extractor echoes for blank input lines."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return 0 if text == "\n" else self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


# What to do when there is nothing to read: where records come from.
_HOW_TO_GET_RECORDS = (
    "`make crawl` (or `scrapy crawl news`) writes records to data/news (TECHNEWS_DATA_DIR moves it),"
    " or name the folder or .jsonl files that hold records"
)


class NoRecordsError(FileNotFoundError):
    """An input that is missing, or folders that hold no `*.jsonl` file; the message says how to get some."""


def input_files(inputs: Sequence[str | Path]) -> list[Path]:
    """The files to read: each file as given, each directory's `*.jsonl` (recursively, sorted)."""
    found: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.jsonl") if p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise NoRecordsError(
                f"{path} does not exist, so there are no records to read; {_HOW_TO_GET_RECORDS}"
            )
    if not found:
        named = ", ".join(str(name) for name in inputs)
        raise NoRecordsError(f"no records to read: {named} holds no *.jsonl file; {_HOW_TO_GET_RECORDS}")
    return found


def reextract(
    inputs: Sequence[str | Path], output: Path, *, err: IO[str] | None = None, batch_size: int | None = None
) -> ReextractResult:
    """Run the current extractor over the input files into `output` (written atomically)."""
    cli = importlib.import_module("extract.cli")  # loaded on first use: importing `extract` takes seconds

    errors = err if err is not None else sys.stderr
    files = input_files(inputs)
    if any(path.resolve() == output.resolve() for path in files):
        raise ValueError(f"the output {output} is also an input: write somewhere else")
    result = ReextractResult(files=len(files))
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with partial.open("w", encoding="utf-8") as out:
        for path in files:
            with path.open(encoding="utf-8", errors="replace") as stream:
                cli.run(
                    cast(IO[str], _CountedLines(stream, result)),
                    cast(IO[str], _NoBlankLines(out)),
                    cast(IO[str], _FileErrors(errors, path, result)),
                    batch_size or cli.BATCH_SIZE,
                )
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, output)
    return result


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m crawler.reextract") -> int:
    """Command line: `IN… -o OUT`; prints a one-line summary on stderr."""
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run_from_args(args.inputs, args.output, args.batch_size)


def add_arguments(parser: Any) -> None:
    """The command's arguments (shared with `scrapy reextract`)."""
    parser.add_argument("inputs", nargs="+", metavar="IN", help="JSON Lines files or directories of them")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT", help="JSON Lines output")
    parser.add_argument("--batch-size", type=int, default=None, help="records per extractor batch")


def run_from_args(inputs: Sequence[str], output: Path, batch_size: int | None) -> int:
    """Run and report; the exit status."""
    try:
        result = reextract(inputs, output, batch_size=batch_size)
    except (FileNotFoundError, ValueError) as exc:
        print(f"reextract: {exc}", file=sys.stderr)
        return 2
    print(
        f"reextract: {result.lines} records from {result.files} file(s) → {output}"
        f"{f'; {result.bad} bad line(s) passed through' if result.bad else ''}",
        file=sys.stderr,
    )
    return 1 if result.bad else 0


if __name__ == "__main__":
    sys.exit(main())
