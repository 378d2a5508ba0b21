"""What Kiwi reads of a text: only the pieces where some reading looks at its tags.

Every reading that looks at Kiwi's part-of-speech tags says where it looks (`tag_spans` of
`patterns`, `particle_names` and `org_forms`). A text is cut into pieces at sentence ends (a full
stop, question or exclamation mark after a word, closing quotes, then a space) and at line breaks;
a piece no such span touches is blanked out (each of its characters replaced by a space, so every
offset stays) before the one batch call. Kiwi's time grows with what it reads, and most sentences
of a news article hold no count, no 논문 and no name that only a tag can tell.

Sentences: every piece starts one, and inside the pieces Kiwi read, so does each of its own
sentences (`Reading.sentence_starts`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from extract import org_forms, particle_names, patterns
from extract.kiwi_runtime import TokenLike, iter_tokens


class Reading(NamedTuple):
    """Kiwi's tokens of the pieces it read, and where the text's sentences start."""

    tokens: Sequence[TokenLike]
    sentence_starts: Sequence[int]


_PIECE_END = re.compile(r"(?<=[가-힣%)\]'\"’”][.!?])['\"’”)\]]*[ \t]+|\n+")


def piece_starts(text: str) -> list[int]:
    """Where the pieces of a text start: at 0 and after each sentence end or run of line breaks."""
    return [0, *(m.end() for m in _PIECE_END.finditer(text) if m.end() < len(text))]


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Every span of `text` where some reading looks at Kiwi's tags."""
    return patterns.tag_spans(text) + particle_names.tag_spans(text) + org_forms.tag_spans(text)


def blanked(text: str, starts: Sequence[int]) -> str:
    """`text` with every piece no tag span touches replaced by spaces (line breaks kept)."""
    ends = [*starts[1:], len(text)]
    keep = [False] * len(starts)
    for a, b in tag_spans(text):
        first = max(0, bisect.bisect_right(starts, a) - 1)
        for i in range(first, len(starts)):
            if starts[i] > b or (starts[i] == b and a < b):
                break
            keep[i] = True
    if all(keep):
        return text
    parts = []
    for a, b, kept in zip(starts, ends, keep, strict=True):
        piece = text[a:b]
        parts.append(piece if kept else _blank(piece))
    return "".join(parts)


def _blank(piece: str) -> str:
    body = piece.rstrip("\n")
    return " " * len(body) + "\n" * (len(piece) - len(body))


def read_many(texts: Sequence[str]) -> Iterator[Reading]:
    """The reading of every text, in order, from one batch call on Kiwi's worker threads."""
    plans = [piece_starts(t) for t in texts]
    tokens = iter_tokens([blanked(t, starts) for t, starts in zip(texts, plans, strict=True)])
    for starts, text_tokens in zip(plans, tokens, strict=True):
        yield Reading(text_tokens, sorted(set(starts) | _kiwi_sentence_starts(text_tokens)))


def _kiwi_sentence_starts(tokens: Sequence[TokenLike]) -> set[int]:
    starts: set[int] = set()
    previous: int | None = None
    for t in tokens:
        position = t.sent_position
        if position != previous:
            starts.add(t.start)
            previous = position
    return starts
