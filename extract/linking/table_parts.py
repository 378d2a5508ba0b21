"""A barred table that breaks one fact down by track: its rows are that fact's parts.

`A는 CVPR에서 논문 9편을 발표한다.` then `| 구분 | 편수 |` ⏎ `| 정규 논문 | 7편 |` ⏎ `| 워크숍 논문 | 2편 |` ⏎
`| 합계 | 9편 |` ⏎ `| 이 중 구두발표 | 3편 |`: rows that name no organization, conference or year, whose
counts add up to a fact written above the table (the one its total row restates, when it has one),
are that fact's parts (`subset`, its organization, conferences and year); the total row is the fact
again, and a row introduced as a part of the parts (`이 중`) is a subset too. A table whose rows do not
add up, or name anyone or any edition, is read row by row as before (`extract.linking.tables`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.linking.state import Doc, Fact
from extract.linking.tables import bare_numbers_of_row
from extract.numerals import CountMatch, find_counts

_BARRED = re.compile(r"[^\n]*[|│][^\n]*[|│][^\n]*")
_BAR = re.compile(r"[|│]")
_RULE = re.compile(r"[|│:\-–\s]*")
_TOTAL_LABEL = re.compile(r"\s*(?:합계|총계|총합|소계|계|합|전체|총)\s*(?:\([^()]{0,12}\))?\s*")
_PART_LABEL = re.compile(r"\s*(?:(?:이|그)\s?(?:중|가운데)|그중)(?![가-힣])")
_EDITION = re.compile(r"(?<![0-9])(?:19|20)\d{2}(?![0-9])|올해|지난\s?해|작년|전년|내년")


@dataclass(frozen=True)
class _Row:
    """One row of a breakdown table: its count, where it lies, and what its label says it is."""

    cm: CountMatch
    start: int
    end: int
    kind: str  # track | total | part


def parts_of_table(doc: Doc, facts: list[Fact]) -> tuple[list[Fact], set[int]]:
    """The parts a breakdown table gives a fact above it, and where the counts of its rows start (what
    they gave when read row by row is dropped)."""
    text = doc.fields.get("text", "")
    if not _BAR.search(text):
        return [], set()
    parts: list[Fact] = []
    covered: set[int] = set()
    for start, rows in _tables(doc, text):
        tracks = [r.cm.count or 0 for r in rows if r.kind == "track"]
        totals = [r.cm.count for r in rows if r.kind == "total"]
        whole = sum(tracks)
        if len(tracks) < 2 or len(totals) > 1 or any(t != whole for t in totals):
            continue
        fact = _whole_above(facts, start, whole)
        if fact is None:
            continue
        covered.update(r.cm.start for r in rows)
        parts.extend(
            replace(
                fact,
                cm=r.cm,
                scope="subset",
                sent_start=r.start,
                sent_end=r.end,
                headline=False,
                conf_source="prev",
                lines_start=start,
                relation=None,
            )
            for r in rows
            if r.kind != "total"
        )
    return parts, covered


def _whole_above(facts: list[Fact], start: int, whole: int) -> Fact | None:
    """The last fact of the body above the table counting `whole` papers, no part itself, with no
    other organization's fact between it and the table."""
    above = [f for f in facts if f.field == "text" and f.cm.end <= start]
    for i in range(len(above) - 1, -1, -1):
        f = above[i]
        if f.cm.count == whole and f.scope in ("unit", "total") and not f.compared:
            return f if all(g.org_id == f.org_id for g in above[i + 1 :]) else None
    return None


def _tables(doc: Doc, text: str) -> list[tuple[int, list[_Row]]]:
    """Each barred table of the body whose rows all read as parts: where its header starts, its rows."""
    out: list[tuple[int, list[_Row]]] = []
    named = [e.start for s in doc.sentences if s.field == "text" for e in s.entities]
    lines = [(m.start(), m.end()) for m in re.finditer(r"^[^\n]*", text, re.M)]
    i = 0
    while i < len(lines):
        if not _BARRED.fullmatch(text, *lines[i]) or find_counts(text, *lines[i]):
            i += 1
            continue
        header, rows, i = lines[i], [], i + 1
        while i < len(lines) and _BARRED.fullmatch(text, *lines[i]):
            if _RULE.fullmatch(text, *lines[i]) is None:
                rows.append(_row(named, text, *lines[i]))
            i += 1
        if rows and all(r is not None for r in rows):
            out.append((header[0], [r for r in rows if r is not None]))
    return out


def _row(named: list[int], text: str, start: int, end: int) -> _Row | None:
    """A row naming no organization, conference, country or edition (`named`: where the body's entities
    start), with one count: its label's kind."""
    counts = find_counts(text, start, end) or bare_numbers_of_row(text, start, end)  # `| 정규 논문 | 6 |`
    if len(counts) != 1 or counts[0].count is None or counts[0].qualifier != "exact":
        return None
    if _EDITION.search(text, start, end) or any(start <= at < end for at in named):
        return None
    bars = [m.start() for m in _BAR.finditer(text, start, counts[0].start)]
    label = text[bars[0] + 1 : bars[1]] if len(bars) >= 2 else text[start : bars[0] if bars else start]
    if _TOTAL_LABEL.fullmatch(label):
        kind = "total"
    elif _PART_LABEL.match(label):
        kind = "part"
    else:
        kind = "track"
    return _Row(counts[0], start, end, kind)
