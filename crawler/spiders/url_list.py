"""Reading a URL list line by line: one bad line is reported and skipped, never the whole list.

A list is read as bytes, as a stream, and each line on its own: a line that is not UTF-8, is
longer than `MAX_LINE_BYTES`, or is no usable http(s) URL (`http://host:99999/a`,
`http://[::1/x`, `ftp://…`) becomes a `BadLine` with its number and the reason; the lines
before and after it are read as usual. A bad line is shown by a short, escaped prefix with any
credential masked (`crawler.masking`), never in full: a list may be a file that was never meant
to be one (`-a file=/etc/shadow`), and under scrapyd its lines would land in a log anyone with
the web UI can read.

A URL with a credential (`https://user:pass@host/a`) is fetched with an `Authorization: Basic`
header and without the credential in its URL, so the password appears in no log line, report
or record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple
from urllib.parse import unquote, urlunsplit

from w3lib.http import basic_auth_header

from crawler.masking import UrlError, masked_excerpt, split_url

MAX_LINE_BYTES = 8192  # longer than any real URL; a longer line is reported, not read whole


@dataclass(frozen=True)
class UrlEntry:
    """One URL of the input (without its credential) and where it was written (for messages)."""

    url: str
    source: str
    line: int
    authorization: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def where(self) -> str:
        """`line 3 of urls.txt`, `item 2 of -a urls`."""
        kind = "item" if self.source == "-a urls" else "line"
        return f"{kind} {self.line} of {self.source}"


class BadLine(NamedTuple):
    """A line of the input that is no usable URL: its number, a short escaped prefix, and why."""

    line: int
    shown: str
    reason: str


def url_problem(text: str) -> str | None:
    """Why `text` is no usable http(s) URL (None when it is one); the reason quotes nothing of it."""
    if any(ch.isspace() for ch in text) or not text.lower().startswith(("http://", "https://")):
        return "not an http(s) URL"
    try:
        split_url(text)
    except UrlError as exc:
        return f"not a usable URL ({exc.reason})"
    return None


def without_credentials(url: str) -> tuple[str, bytes | None]:
    """The URL without `user:pass@`, and the Authorization header value for what it held."""
    parts = split_url(url)
    if parts.username is None and parts.password is None:
        return url, None
    netloc = parts.netloc.rpartition("@")[2]
    header = basic_auth_header(unquote(parts.username or ""), unquote(parts.password or ""))
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), header


def _line_text(raw: str) -> str:
    return raw.split(" #", 1)[0].split("\t#", 1)[0].strip().lstrip("\ufeff").strip()


def read_url_lines(lines: Iterable[str | bytes | None], source: str) -> Iterator[UrlEntry | BadLine]:
    """The URLs of a list, in order, and its bad lines as `BadLine`s.

    A line may be text, bytes (decoded on its own: one non-UTF-8 line spoils nothing else) or
    None (a line over `MAX_LINE_BYTES`). Blank lines and `#` comments (whole lines, or after
    whitespace) are skipped.
    """
    for number, raw in enumerate(lines, start=1):
        if raw is None:
            yield BadLine(number, "''", f"longer than {MAX_LINE_BYTES} bytes")
            continue
        if isinstance(raw, bytes):
            try:
                decoded = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = raw.decode("utf-8", "backslashreplace")
                yield BadLine(
                    number, masked_excerpt(_line_text(bad)), f"not UTF-8 (byte {raw[exc.start]:#04x})"
                )
                continue
        else:
            decoded = raw
        text = _line_text(decoded)
        if not text or text.startswith("#"):
            continue
        problem = url_problem(text)
        if problem is not None:
            yield BadLine(number, masked_excerpt(text), problem)
            continue
        url, authorization = without_credentials(text)
        yield UrlEntry(url, source, number, authorization)


def byte_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The lines of a binary stream, read as a stream; None for a line over `limit` bytes (skipped)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # the rest of the over-long line
            line = stream.readline(1 << 16)
        yield None
