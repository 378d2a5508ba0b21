"""How much of a text the extractor reads: long texts are cut at a paragraph boundary.

Extraction time grows with the text and faster for some (a 400,000-character text of dense
facts takes 17 s, Kiwi alone spends about 10 CPU seconds on 100,000 characters of one repeated
syllable), and a news article is rarely over 20,000 characters, so a text
longer than the limit is cut at the last paragraph break (a line break) before the limit, else
at the last sentence end, else at the last space, else at the limit itself. The kept part is a
prefix, so every offset found in it is an offset in the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TEXT_CHARS = 50_000
_SENTENCE_END = re.compile(r"[.!?。]['\"’”)]*\s")


@dataclass(frozen=True)
class Cut:
    """Where a text was cut: `kept` of its `length` characters, at a `boundary`."""

    kept: int
    length: int
    boundary: str  # "paragraph", "sentence", "space" or "character"

    def note(self, field: str, limit: int) -> str:
        """A one-line note for the output record and the log."""
        return (
            f"{field} longer than the extractor's limit of {limit:,} characters: facts come from its "
            f"first {self.kept:,} of {self.length:,} characters (cut at a {self.boundary} boundary)"
        )


def cut_point(text: str, limit: int = MAX_TEXT_CHARS) -> Cut | None:
    """Where to cut `text` to at most `limit` characters, or None when it fits."""
    if len(text) <= limit:
        return None
    low = limit // 2
    cut = text.rfind("\n", low, limit + 1)
    if cut > 0:
        return Cut(cut, len(text), "paragraph")
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, limit + 1) if m.end() <= limit]
    if ends:
        return Cut(ends[-1], len(text), "sentence")
    space = text.rfind(" ", low, limit + 1)
    if space > 0:
        return Cut(space, len(text), "space")
    return Cut(limit, len(text), "character")
