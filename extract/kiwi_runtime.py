"""The one Kiwi per process: created lazily on first use, warmed up once, shared by threads.

Kiwi costs about a second and ~500 MB to build, so every caller goes through `get_kiwi()`.
Batch calls (`iter_tokens`) hand a list to Kiwi, which spreads it over its own worker
threads and releases the GIL; that is the only tokenization pass the extractor makes.

Kiwi's time grows faster than linearly with the length of one input (a 1 MB text takes
minutes, the same text in 2,000-character pieces a few seconds), so long texts are cut into
chunks at line breaks, sentence ends or spaces before tokenizing, and the chunks' tokens are
shifted back to offsets in the whole text.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

from kiwipiepy import Kiwi

_lock = threading.Lock()
_kiwi: Kiwi | None = None

MAX_CHUNK = 2000
_SENTENCE_END = re.compile(r"[.!?。]['\"’”)]*\s")


class TokenLike(Protocol):
    """What the extractor reads of a token: Kiwi's `Token` or a shifted `ChunkToken`."""

    @property
    def start(self) -> int:
        """Offset of the token's first character in the text."""

    @property
    def form(self) -> str:
        """The token's form (for nouns, its text)."""

    @property
    def len(self) -> int:
        """Length of the token's span in the text."""

    @property
    def tag(self) -> str:
        """Part-of-speech tag (NNP, SL, …)."""

    @property
    def sent_position(self) -> int:
        """Index of the sentence the token belongs to."""


class ChunkToken(NamedTuple):
    """A token of a chunked text, with offsets and sentence index in the whole text."""

    form: str
    tag: str
    start: int
    sent_position: int
    len: int


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


def chunk_starts(text: str, limit: int = MAX_CHUNK) -> list[int]:
    """Start offsets of the pieces a text is tokenized in: one piece up to `limit` characters,
    longer texts cut at the last line break, else sentence end, else space of each window."""
    starts = [0]
    pos, n = 0, len(text)
    while n - pos > limit:
        low, high = pos + limit // 2, pos + limit
        cut = text.rfind("\n", low, high) + 1
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
            cut = ends[-1] if ends else text.rfind(" ", low, high) + 1
        if cut <= 0:
            cut = high
        starts.append(cut)
        pos = cut
    return starts


def iter_tokens(texts: Sequence[str]) -> Iterator[Sequence[TokenLike]]:
    """Tokens of every text, in order, from one batch call on Kiwi's worker threads.

    Results are yielded as Kiwi finishes them, so the caller's work on one text overlaps
    Kiwi's work on the next ones."""
    if not texts:
        return iter(())
    plan = [chunk_starts(t) for t in texts]
    pieces = [
        text[a:b] for text, starts in zip(texts, plan, strict=True) for a, b in _spans(starts, len(text))
    ]
    results = iter(get_kiwi().tokenize(pieces))
    return (_reassemble(starts, results) for starts in plan)


def _spans(starts: list[int], n: int) -> Iterator[tuple[int, int]]:
    yield from zip(starts, [*starts[1:], n], strict=True)


def _reassemble(starts: list[int], results: Iterator[Sequence[TokenLike]]) -> Sequence[TokenLike]:
    if len(starts) == 1:
        return list(next(results))
    out: list[TokenLike] = []
    sentence_base = 0
    for offset in starts:
        tokens = list(next(results))
        for t in tokens:
            out.append(ChunkToken(t.form, t.tag, t.start + offset, t.sent_position + sentence_base, t.len))
        if tokens:
            sentence_base += tokens[-1].sent_position + 1
    return out


def tokenize_many(texts: Sequence[str]) -> list[Sequence[TokenLike]]:
    """Tokens of every text, in order (one batch call)."""
    return list(iter_tokens(texts))
