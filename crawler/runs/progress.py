"""Live progress of a run: pages done of those known, rate, ETA, records, facts and errors.

On a terminal (PROGRESS=auto and stderr a TTY, or PROGRESS=bar) a tqdm bar is redrawn in place
and log lines print above it. Elsewhere (cron, a log file, PROGRESS=lines) a plain line is logged
after PROGRESS_INTERVAL seconds, then at doubling intervals up to PROGRESS_MAX_INTERVAL, so a
long run's mail stays short. PROGRESS=off: neither.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from typing import IO

from tqdm import tqdm

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgressCounts:
    """What a run has done so far (from its report and stats)."""

    done: int  # article pages fetched, failed, or skipped without a fetch
    known: int  # article pages discovered so far (the list's length for a URL list)
    records: int
    facts: int
    errors: int


def format_seconds(duration: float) -> str:
    """`42s`, `3m05s`, `1h02m`."""
    seconds = round(duration)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def progress_line(counts: ProgressCounts, elapsed: float) -> str:
    """One plain line: `progress: 120/600 pages (20%), 4.0 pages/s, ETA 2m00s, 115 records, …`."""
    done, known = counts.done, max(counts.known, counts.done)
    share = f" ({done / known:.0%})" if known else ""
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = format_seconds((known - done) / rate) if rate > 0 and known > done else "-"
    return (
        f"progress: {done}/{known} pages{share}, {rate:.1f} pages/s, ETA {eta}, {counts.records} records,"
        f" {counts.facts} facts, {counts.errors} errors"
    )


def wants_bar(mode: str, log_file: str | None) -> bool:
    """True when the progress should be a bar: PROGRESS=bar, or auto on a terminal without LOG_FILE."""
    if mode == "bar":
        return True
    return mode == "auto" and not log_file and sys.stderr.isatty()


class _AboveTheBar:
    """A stream for a logging handler: each line is written above the bar (tqdm.write), not through it."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        """Clear the bar, write the text, redraw the bar."""
        tqdm.write(text, file=self.stream, end="")

    def flush(self) -> None:
        """Flush the terminal."""
        self.stream.flush()


class ProgressBar:
    """A tqdm bar on stderr; while it is shown, log lines (at the handlers' own levels) print above it."""

    def __init__(self, description: str) -> None:
        self.redirected: list[tuple[logging.StreamHandler[IO[str]], IO[str]]] = []
        for handler in logging.getLogger().handlers:
            if type(handler) is logging.StreamHandler and handler.stream in (sys.stderr, sys.stdout):
                self.redirected.append((handler, handler.stream))
                handler.setStream(_AboveTheBar(handler.stream))
        self.bar = tqdm(total=0, unit="page", desc=description, file=sys.stderr, dynamic_ncols=True)

    def show(self, counts: ProgressCounts) -> None:
        """Redraw the bar with these counts."""
        self.bar.total = max(counts.known, counts.done)
        self.bar.update(counts.done - self.bar.n)
        self.bar.set_postfix_str(f"{counts.records} records, {counts.facts} facts, {counts.errors} errors")

    def close(self) -> None:
        """Leave the last state on screen and give logging its handler back."""
        self.bar.close()
        for handler, stream in self.redirected:
            handler.setStream(stream)


class ProgressLines:
    """Plain progress lines at a growing interval (first, 2×first, 4×first… up to a cap)."""

    def __init__(self, first: float, cap: float) -> None:
        self.started = time.monotonic()
        self.interval = first
        self.cap = max(first, cap)
        self.next_at = self.started + first

    def show(self, counts: ProgressCounts) -> None:
        """Log a line when the current interval is over."""
        now = time.monotonic()
        if now < self.next_at:
            return
        logger.info("%s", progress_line(counts, now - self.started))
        self.interval = min(self.interval * 2, self.cap)
        self.next_at = now + self.interval
