"""`python -m extract [FILE]`: JSON Lines in (stdin by default), the same lines out with facts added.

Each input object needs `text`; `title` and `published_at` are used when present; every
other field is passed through. One line out per line in, in order, written and flushed as soon
as its batch is done; a batch is cut wherever the input has no further line ready, so a pipe
gets each answer without waiting for more input. A blank input line comes back as an empty
line. A bad line (not UTF-8, not JSON, NaN or Infinity, an integer of over 4,300 digits, nested
too deeply, a lone surrogate, not an object, no string `text`, too long, or an extraction that
failed) is reported on stderr with its line number and written through with an `error` field;
the other lines are not affected. A text or title over --max-chars is cut at a paragraph
boundary before extraction and the record says so in `extract_notes`. Facts below
--min-confidence (default `extract.api.DEFAULT_MIN_CONFIDENCE`) are left out; 0 keeps every
candidate.

Exit status: 0 every line was good, 1 some line was bad (every other line is still written),
2 could not run (bad arguments, the input cannot be opened or read, the output cannot be
written, the Kiwi model cannot be loaded).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import IO, Any, cast

from extract.api import DEFAULT_MIN_CONFIDENCE, extract_many
from extract.kiwi_runtime import get_kiwi
from extract.limits import MAX_TEXT_CHARS, cut_point
from extract.lines import LineError, LineReader, RawLine, decode_line, dump_record, parse_object, preview
from output.schema import Extraction

BATCH_SIZE = 64
BATCH_BYTES = 2_000_000
MAX_LINE_BYTES = 64_000_000
Extractor = Callable[[list[dict[str, Any]]], Sequence[Extraction]]
EXIT_OK, EXIT_BAD_LINES, EXIT_CANNOT_RUN, EXIT_INTERRUPTED = 0, 1, 2, 130


class CannotRun(Exception):
    """The run cannot go on (input unreadable, output unwritable, no Kiwi); the message says why."""


@dataclass(frozen=True)
class Options:
    """Batching, limits and the confidence threshold of one run."""

    batch_size: int = BATCH_SIZE
    batch_bytes: int = BATCH_BYTES
    max_chars: int = MAX_TEXT_CHARS
    max_line_bytes: int = MAX_LINE_BYTES
    min_confidence: float = DEFAULT_MIN_CONFIDENCE


@dataclass
class Row:
    """One input line on its way out: the record to write, what to extract, what went wrong."""

    number: int
    record: dict[str, Any] | None  # None: a blank line
    preview: str = ""  # a short, escaped prefix of the line
    item: dict[str, Any] | None = None  # the fields given to the extractor, texts cut to the limit
    error: str | None = None
    notes: list[str] = field(default_factory=list)


def _prepare(line: RawLine, max_chars: int) -> Row:
    if not line.too_long and not line.data.strip():
        return Row(line.number, None)
    shown = preview(line.data)
    try:
        text = decode_line(line)
    except LineError as exc:
        return Row(line.number, {"line": shown}, shown, error=str(exc))
    try:
        obj = parse_object(text, line.data)
    except LineError as exc:
        return Row(line.number, {"line": text}, shown, error=str(exc))
    if not isinstance(obj.get("text"), str):
        return Row(line.number, obj, shown, error="no string field `text`")
    item = {"text": obj["text"], "title": obj.get("title"), "published_at": obj.get("published_at")}
    row = Row(line.number, obj, shown, item)
    for name in ("text", "title"):
        value = item[name]
        cut = cut_point(value, max_chars) if isinstance(value, str) else None
        if cut is not None:
            item[name] = value[: cut.kept]
            row.notes.append(cut.note(name, max_chars))
    return row


def _load_kiwi() -> None:
    try:
        get_kiwi()
    except Exception as exc:
        raise CannotRun(f"cannot load the Kiwi model: {type(exc).__name__}: {exc}") from exc


def _extract(items: list[dict[str, Any]], extractor: Extractor) -> list[Extraction | str]:
    """Extractions of a batch; when the batch fails, each item alone (a failure is a reason)."""
    if not items:
        return []
    _load_kiwi()
    try:
        return list(extractor(items))
    except Exception as exc:
        if len(items) == 1:
            return [f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}"]
    return [one for item in items for one in _extract([item], extractor)]


def _output(row: Row, result: Extraction | str | None) -> tuple[bytes, str | None]:
    """The output line of a row and the error to report (None when the line is good)."""
    if row.record is None:
        return b"\n", None
    record = dict(row.record)
    error = row.error if result is None else result if isinstance(result, str) else None
    if isinstance(result, Extraction):
        record.update(result.model_dump(mode="json"))
    if row.notes:
        record["extract_notes"] = row.notes
    if error is not None:
        record["error"] = error
    try:
        return dump_record(record), error
    except LineError as exc:
        return dump_record({"line": row.preview, "error": str(exc)}), str(exc)


def _batches(reader: LineReader, options: Options) -> Iterator[list[RawLine]]:
    batch: list[RawLine] = []
    size = 0
    while True:
        try:
            line = reader.next_line()
        except OSError as exc:
            raise CannotRun(f"cannot read the input: {exc.strerror or exc}") from exc
        if line is None:
            break
        batch.append(line)
        size += len(line.data)
        if len(batch) >= options.batch_size or size >= options.batch_bytes or not reader.ready():
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def process(
    source: IO[bytes],
    out: IO[bytes],
    err: IO[str],
    options: Options | None = None,
    extractor: Extractor | None = None,
) -> int:
    """Process a JSON Lines byte stream into `out`; the exit status (0, 1 or 2, see the module).

    The default extractor is `extract_many` with `options.min_confidence`."""
    options = options or Options()
    extractor = extractor or partial(extract_many, min_confidence=options.min_confidence)
    status = EXIT_OK
    try:
        for batch in _batches(LineReader(source, options.max_line_bytes), options):
            rows = [_prepare(line, options.max_chars) for line in batch]
            results = iter(_extract([row.item for row in rows if row.item is not None], extractor))
            for row in rows:
                data, error = _output(row, next(results) if row.item is not None else None)
                for note in row.notes:
                    err.write(f"note: line {row.number}: {note}\n")
                if error is not None:
                    status = EXIT_BAD_LINES
                    err.write(f"line {row.number}: {error}\n")
                _write(out, data)
    except CannotRun as exc:
        err.write(f"python -m extract: could not run: {exc}\n")
        return EXIT_CANNOT_RUN
    return status


class _EncodedLines:
    """A text stream read as UTF-8 bytes, line by line (iterated, so a wrapper can count lines)."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines = iter(stream)

    def read(self, size: int = -1) -> bytes:
        return next(self._lines, "").encode("utf-8", "surrogatepass")


class _DecodedWriter:
    """A text stream written to as bytes (each write one whole UTF-8 line)."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, data: bytes) -> int:
        return self._out.write(data.decode("utf-8"))

    def flush(self) -> None:
        self._out.flush()


def run(stream: IO[str], out: IO[str], err: IO[str], batch_size: int = BATCH_SIZE) -> int:
    """`process` over text streams (as `crawler.reextract` calls it); the exit status."""
    source, sink = cast(IO[bytes], _EncodedLines(stream)), cast(IO[bytes], _DecodedWriter(out))
    return process(source, sink, err, Options(batch_size=batch_size))


def _write(out: IO[bytes], data: bytes) -> None:
    try:
        out.write(data)
        out.flush()
    except OSError as exc:
        raise CannotRun(f"cannot write the output: {exc.strerror or exc}") from exc


def _positive(text: str) -> int:
    value = int(text.replace("_", ""))
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number between 0 and 1, got {text!r}") from None
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="Exit status: 0 every line good, 1 some line bad, 2 could not run.",
    )
    parser.add_argument("file", nargs="?", help="JSON Lines input (default or `-`: stdin)")
    parser.add_argument("--batch-size", type=_positive, default=BATCH_SIZE, help="lines per Kiwi batch")
    parser.add_argument(
        "--max-chars",
        type=_positive,
        default=MAX_TEXT_CHARS,
        help=f"longer texts and titles are cut at a paragraph boundary (default {MAX_TEXT_CHARS:,})",
    )
    parser.add_argument(
        "--max-line-bytes",
        type=_positive,
        default=MAX_LINE_BYTES,
        help=f"longer lines are skipped and reported (default {MAX_LINE_BYTES:,})",
    )
    parser.add_argument(
        "--min-confidence",
        type=_confidence,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="X",
        help=f"leave out facts below this confidence, 0..1 (default {DEFAULT_MIN_CONFIDENCE}; 0: every candidate)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    options = Options(
        batch_size=args.batch_size,
        max_chars=args.max_chars,
        max_line_bytes=max(args.max_line_bytes, 4096),
        min_confidence=args.min_confidence,
    )
    err = sys.stderr or open(os.devnull, "w")  # noqa: SIM115 - stderr closed: say nothing
    if sys.stdout is None:
        err.write("python -m extract: could not run: stdout is closed\n")
        return EXIT_CANNOT_RUN
    try:
        if args.file and args.file != "-":
            try:
                source: IO[bytes] = open(args.file, "rb", buffering=0)  # noqa: SIM115 - closed below
            except OSError as exc:
                err.write(f"python -m extract: could not run: cannot open {args.file}: {exc.strerror}\n")
                return EXIT_CANNOT_RUN
            with source:
                return process(source, sys.stdout.buffer, err, options)
        if sys.stdin is None:
            err.write("python -m extract: could not run: stdin is closed\n")
            return EXIT_CANNOT_RUN
        return process(sys.stdin.buffer, sys.stdout.buffer, err, options)
    except KeyboardInterrupt:
        err.write("python -m extract: interrupted\n")
        return EXIT_INTERRUPTED
