"""The one Kiwi per process: created lazily on first use, warmed up once, shared by threads.

Kiwi costs about a second and ~500 MB to build, so every caller goes through `get_kiwi()`.
Batch calls (`tokenize_many`) hand a list to Kiwi, which spreads it over its own worker
threads and releases the GIL; that is the only tokenization pass the extractor makes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence

from kiwipiepy import Kiwi, Token

_lock = threading.Lock()
_kiwi: Kiwi | None = None


def worker_count() -> int:
    """Kiwi worker threads: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi, built and warmed up on first call (thread-safe)."""
    global _kiwi
    kiwi = _kiwi
    if kiwi is not None:
        return kiwi
    with _lock:
        if _kiwi is None:
            built = Kiwi(num_workers=worker_count())
            built.tokenize("네이버는 올해 학회에서 논문 3편을 발표했다.")
            _kiwi = built
        return _kiwi


def iter_tokens(texts: Sequence[str]) -> Iterator[list[Token]]:
    """Tokens of every text, in order, from one batch call on Kiwi's worker threads.

    Results are yielded as Kiwi finishes them, so the caller's work on one text overlaps
    Kiwi's work on the next ones."""
    if not texts:
        return iter(())
    kiwi = get_kiwi()
    return (list(tokens) for tokens in kiwi.tokenize(list(texts)))


def tokenize_many(texts: Sequence[str]) -> list[list[Token]]:
    """Tokens of every text, in order (one batch call)."""
    return list(iter_tokens(texts))
