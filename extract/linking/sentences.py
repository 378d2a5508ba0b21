"""Sentences of a field: lines cut at the reading's sentence starts, headline lines cut at `…`."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.matcher import EntityMention
from output.schema import FieldName


@dataclass(frozen=True)
class Sentence:
    """A sentence (or headline segment) of one field, with the entities inside it."""

    field: FieldName
    start: int
    end: int
    para: int
    headline: bool
    entities: tuple[EntityMention, ...]

    def holds(self, mention: EntityMention) -> bool:
        """Whether `mention` is written inside this sentence."""
        return written_in(mention, self.field, self.start, self.end)


def written_in(mention: EntityMention, field_name: FieldName, start: int, end: int) -> bool:
    """Whether `mention` starts inside the span `start:end` of the field `field_name`."""
    return mention.field == field_name and start <= mention.start < end


MAX_SENTENCE = 800
_HEADLINE_SPLIT = re.compile(r"…|\.\.\.|ㆍ{2,}|\s[|│]\s")
# a row of a table pasted as text (`ISSCC 2021 | 6편 | 공동 4위`): two or more cell bars, one line, no cuts;
# or a two-cell row whose second cell is a number (`KAIST | 8`, `인텔 | 12편`)
_TABLE_ROW = re.compile(r"\s[|│]\s.*\s[|│](?:\s|$)|^[^|│]{1,40}\s[|│]\s[\d\-–][\d,]*\s?(?:편|건|개)?\s*$")


def is_table_row(line: str) -> bool:
    """Whether a line is a row of a table pasted as text (`| 삼성전자 | 7 | 15 |`)."""
    return _TABLE_ROW.search(line) is not None


def line_span(text: str, at: int) -> tuple[int, int]:
    """Where the line holding a position starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


_FIRST_CELL = re.compile(r"\s*[|│]\s*([^|│\n]*?)\s*[|│]")


def row_label(text: str, at: int) -> str | None:
    """The first cell of the barred row holding `at`, when it ends before `at` (`| Findings | 1편 |`: `Findings`)."""
    cell = _FIRST_CELL.match(text, line_span(text, at)[0])
    return cell.group(1) if cell is not None and cell.end() <= at else None


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 100 and not re.search(r"[다요죠]\.?['\"”’]?$", stripped)


def split_sentences(
    field_name: FieldName, text: str, sentence_starts: Sequence[int], entities: Sequence[EntityMention]
) -> list[Sentence]:
    """Sentences of a field: lines, cut at the reading's sentence starts (`extract.reading`), headline
    lines cut at `…`."""
    starts = sorted(sentence_starts)
    spans: list[tuple[int, int, int, bool]] = []
    pos = 0
    para = 0
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        if not line.strip():
            continue
        para += 1
        headline = field_name == "title" or _looks_like_headline(line)
        cuts = [ls, *starts[bisect.bisect_right(starts, ls) : bisect.bisect_left(starts, le)]]
        if headline:
            splits = [
                m
                for m in _HEADLINE_SPLIT.finditer(line)
                if m.group().strip() not in "|│" or not is_table_row(line)
            ]
            cuts += [m.end() + ls for m in splits]
        cuts = [*sorted(set(cuts)), le]
        for a, b in itertools.pairwise(cuts):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            while b - a > MAX_SENTENCE:  # runaway "sentences" are cut at a space
                cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
                cut = cut if cut > a else a + MAX_SENTENCE
                spans.append((a, cut, para, headline))
                a = cut
                while a < b and text[a].isspace():
                    a += 1
            if a < b:
                spans.append((a, b, para, headline))
    out: list[Sentence] = []
    ents = sorted(entities, key=lambda e: e.start)
    j = 0
    for a, b, p, h in spans:
        while j < len(ents) and ents[j].start < a:
            j += 1
        k = j
        inside = []
        while k < len(ents) and ents[k].start < b:
            if ents[k].end <= b:
                inside.append(ents[k])
            k += 1
        out.append(Sentence(field_name, a, b, p, h, tuple(inside)))
    return out
