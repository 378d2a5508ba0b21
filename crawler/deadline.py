"""A time limit on a block of Python code run on the main thread (an interval timer and SIGALRM).

Pages are read on the reactor's thread: in a worker thread, every page's Python work competed
with the reactor for the GIL and the crawl spent a third more CPU per page (docs/performance.md).
The limit still holds there: when the block runs past it, the timer's signal raises the given
exception inside the block, at the next line of Python it runs (a single C call, such as lxml
parsing one page of at most PAGE_MAX_CHARS, finishes first).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType


def can_interrupt() -> bool:
    """Whether `deadline` works here: on the main thread of a system with interval timers."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float, error: Callable[[], Exception]) -> Iterator[None]:
    """Raise `error()` inside the block once it has run `seconds`; the previous SIGALRM handler
    is put back afterwards. Only on the main thread (`can_interrupt()`)."""

    def expired(signum: int, frame: FrameType | None) -> None:
        raise error()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
