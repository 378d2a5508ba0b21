"""Reading JSON Lines from any bytes, hostile ones included, and writing them back safely.

`LineReader` splits a file descriptor (or an in-memory binary stream) into lines itself, so it
knows whether another line is ready without waiting (a batch is cut there and a pipe gets its
answers at once), never holds more than `max_line_bytes` of one line (a longer line is skipped
to its end and reported), and decodes each line on its own (one non-UTF-8 byte costs one line).
`parse_object` turns a line into a dict or a one-line reason; `dump_record` turns a record into
one line of UTF-8 JSON, or says why it cannot.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import select
from dataclasses import dataclass
from typing import IO, Any

READ_SIZE = 1 << 16
PREVIEW_CHARS = 80
_COMPACT_AT = 1 << 20
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class LineError(ValueError):
    """A line that cannot be used; the message says why (never more than a short prefix of it)."""


@dataclass(frozen=True)
class RawLine:
    """One input line: its number, its bytes (without the newline), and whether it was too long."""

    number: int
    data: bytes
    too_long: int = 0  # the line's full length in bytes when it exceeded the limit (data is a prefix)


class LineReader:
    """Lines of a binary source, at most `max_line_bytes` each held in memory."""

    def __init__(self, source: IO[bytes], max_line_bytes: int) -> None:
        self._source = source
        self._fd = _fileno(source)
        self._poll: select.poll | None = None
        if self._fd is not None:
            self._poll = select.poll()
            self._poll.register(self._fd, select.POLLIN)
        self._max = max_line_bytes
        self._buf = bytearray()
        self._pos = 0  # start of the current line in _buf
        self._scan = 0  # where the search for the next newline goes on
        self._eof = False
        self._number = 0

    def ready(self) -> bool:
        """True when the next `next_line()` will not wait for the source."""
        if self._eof or self._buf.find(b"\n", self._scan) >= 0:
            return True
        if self._poll is None:
            return True
        return bool(self._poll.poll(0))

    def next_line(self) -> RawLine | None:
        """The next line, or None at the end of the input (OSError when the source fails)."""
        skipped = 0
        while True:
            newline = self._buf.find(b"\n", self._scan)
            if newline - self._pos > self._max:
                skipped += self._skip_to_preview()
                continue
            if newline >= 0:
                return self._take(newline, newline + 1, skipped)
            if self._eof:
                if self._pos < len(self._buf) or skipped:
                    return self._take(len(self._buf), len(self._buf), skipped)
                return None
            if len(self._buf) - self._pos > self._max:
                skipped += self._skip_to_preview()
            self._scan = len(self._buf)
            self._fill()

    def _take(self, end: int, resume: int, skipped: int) -> RawLine:
        self._number += 1
        data = bytes(self._buf[self._pos : end])
        self._pos = self._scan = resume
        if self._pos >= _COMPACT_AT:
            del self._buf[: self._pos]
            self._pos = self._scan = 0
        if skipped:
            return RawLine(self._number, data[: PREVIEW_CHARS * 4], skipped + len(data))
        return RawLine(self._number, data)

    def _skip_to_preview(self) -> int:
        """Drop the current over-long line's bytes up to its newline (if read) but a short prefix."""
        keep = self._pos + PREVIEW_CHARS * 4
        newline = self._buf.find(b"\n", keep)
        end = newline if newline >= 0 else len(self._buf)
        del self._buf[keep:end]
        self._scan = keep
        return end - keep

    def _fill(self) -> None:
        chunk = os.read(self._fd, READ_SIZE) if self._fd is not None else self._source.read(READ_SIZE)
        if not chunk:
            self._eof = True
        self._buf += chunk


def _fileno(source: IO[bytes]) -> int | None:
    try:
        return source.fileno()
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None


def preview(data: bytes) -> str:
    """A short, escaped prefix of a line that is safe to print and to put into JSON."""
    text = data[: PREVIEW_CHARS * 4].decode("utf-8", "backslashreplace")
    short = text[:PREVIEW_CHARS]
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in short)
    return shown + ("…" if len(text) > PREVIEW_CHARS or len(data) > len(text.encode()) else "")


def decode_line(line: RawLine) -> str:
    """The line as text (a leading BOM on line 1 dropped); LineError when it is not UTF-8."""
    if line.too_long:
        raise LineError(f"line too long: {line.too_long:,} bytes (limit --max-line-bytes)")
    try:
        text = line.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = line.data[exc.start : exc.start + 1].hex()
        raise LineError(f"not UTF-8: byte 0x{bad} at byte {exc.start + 1}") from None
    if line.number == 1 and text.startswith("\ufeff"):
        text = text[1:]
    return text.rstrip("\r")


def _refuse_constant(name: str) -> Any:
    raise LineError(f"not JSON: {name} is not a JSON number (write null or a string)")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise LineError(f"not JSON: number {literal[:40]} is out of range for a float")
    return value


def parse_object(text: str, data: bytes) -> dict[str, Any]:
    """The JSON object of a line; LineError naming the problem for anything else."""
    try:
        obj = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except LineError:
        raise
    except json.JSONDecodeError as exc:
        raise LineError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise LineError("not JSON this reader accepts: nested too deeply") from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses integers of more than 4,300 digits
            raise LineError("not JSON this reader accepts: an integer of more than 4,300 digits") from None
        raise LineError(f"not JSON this reader accepts: {exc}") from None
    if not isinstance(obj, dict):
        raise LineError(f"not a JSON object but a {type(obj).__name__}")
    if _SURROGATE_ESCAPE.search(data):
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise LineError(
                f"a string holds a lone surrogate {exc.object[exc.start]!a} (not Unicode text)"
            ) from None
        except (RecursionError, ValueError):
            raise LineError("not JSON this reader accepts: nested too deeply") from None
    return obj


def dump_record(record: dict[str, Any]) -> bytes:
    """One line of UTF-8 JSON (with its newline); LineError when the record cannot be written."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError as exc:
        raise LineError(
            f"a string holds a lone surrogate {exc.object[exc.start]!a} (not Unicode text)"
        ) from None
    except RecursionError:
        raise LineError("cannot write: nested too deeply") from None
    except (ValueError, TypeError) as exc:
        raise LineError(f"cannot write: {exc}") from None
