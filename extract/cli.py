"""`python -m extract [FILE]`: JSON Lines in (stdin by default), the same lines out with facts added.

Each input object needs `text`; `title` and `published_at` are used when present; every
other field is passed through. Lines are processed in batches so big files stream. Output
has one line per input line, in order: a blank (whitespace-only) input line is written back
as an empty line; a line that is not a JSON object or has no string `text` is reported on
stderr with its line number and written through with an `error` field, and the exit status
is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from extract.api import extract_many

BATCH_SIZE = 64


def _batches(stream: IO[str], size: int) -> Iterator[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    for lineno, line in enumerate(stream, 1):
        batch.append((lineno, line))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse(line: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg}"
    if not isinstance(obj, dict):
        return None, "not a JSON object"
    if not isinstance(obj.get("text"), str):
        return obj, "no string field `text`"
    return obj, None


def run(stream: IO[str], out: IO[str], err: IO[str], batch_size: int = BATCH_SIZE) -> int:
    """Process a JSON Lines stream; return the exit status (1 when any line was bad)."""
    status = 0
    for batch in _batches(stream, batch_size):
        rows: list[tuple[int, str, dict[str, Any] | None, str | None]] = []
        for lineno, line in batch:
            obj, error = _parse(line) if line.strip() else (None, None)
            rows.append((lineno, line, obj, error))
        good = [obj for _, _, obj, error in rows if error is None and obj is not None]
        results = iter(extract_many(good))
        for lineno, line, obj, error in rows:
            if obj is None and error is None:
                out.write("\n")  # a blank line stays a blank line: one line out per line in
                continue
            if error is not None:
                status = 1
                err.write(f"line {lineno}: {error}\n")
                record: dict[str, Any] = dict(obj) if obj is not None else {"line": line.rstrip("\n")}
                record["error"] = error
            else:
                assert obj is not None
                record = dict(obj)
                record.update(next(results).model_dump(mode="json"))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return status


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m extract", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("file", nargs="?", help="JSON Lines input (default: stdin)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    args = parser.parse_args(argv)
    if args.file and args.file != "-":
        with open(args.file, encoding="utf-8") as stream:
            return run(stream, sys.stdout, sys.stderr, args.batch_size)
    return run(sys.stdin, sys.stdout, sys.stderr, args.batch_size)
