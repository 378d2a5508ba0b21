"""Journal papers are no conference papers: a journal written in a count's clause (`SCI(E)급 저널 논문
14편`), named after the count (`240편 이상의 저널 논문`), or near it with no conference named."""

from __future__ import annotations

import re

from extract.linking.cues import CLAUSE_BOUNDARY, JOURNAL
from extract.linking.sentences import Sentence
from extract.linking.state import Doc
from extract.numerals import CountMatch, find_counts


def journal_near(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a journal or a challenge is written in the count's clause, up to just after the count
    (`경진대회 4건`), not in another clause of the sentence (`… 21편을 발표했고, 경진대회 4건에도`)."""
    start = s.start
    for b in CLAUSE_BOUNDARY.finditer(text, s.start, cm.start):
        start = b.end()
    end = min(s.end, cm.end + 12)
    # `LBW 6편, 학생 게임 경진대회 4건`: what follows the comma is the next item's, not this count's
    comma = text.find(",", cm.end, end)
    return journal_between(text, start, comma if comma >= 0 else end)


def journal_count_before(doc: Doc, s: Sentence) -> bool:
    """Whether the sentence just before, in the same paragraph or the one before it, counts a journal's papers
    (`이 학술지 6월호가 … 논문 14편을 펴냈다` ⏎ `A와 B가 각각 6편씩 …`): counts after it naming no venue go on
    with the journal."""
    before = doc.before(s)
    if before is None or before.field != s.field or s.para - before.para > 1:
        return False
    text = doc.fields[s.field]
    return journal_between(text, before.start, before.end) and bool(
        find_counts(text, before.start, before.end)
    )


def journal_between(text: str, start: int, end: int) -> bool:
    """Whether a journal or a challenge is written in `text[start:end]`, not a conference's track named after a
    competition (`학생 게임 경진대회 부문에`)."""
    return any(not _A_TRACK_OF_IT.match(text, m.end()) for m in JOURNAL.finditer(text, start, end))


# a competition that is a track of the conference (`학생 게임 경진대회(Student Game Competition) 부문에 4편`)
_A_TRACK_OF_IT = re.compile(r"\s?(?:\([^()]{1,40}\))?\s?(?:부문|트랙|세션)")


_JOURNAL_WORD = re.compile(
    r"저널|학술지|자매지|(?<![A-Za-z])(?:SCI|SSCI|SCIE)(?:\(E\))?\s?급?"
)  # `SCI(E)급 논문 14편`


_JOURNAL_PAPERS_AFTER = re.compile(r"\s?(?:이상|가량|여)?\s?의\s?(?:SCI(?:E)?급?\s?)?(?:저널|학술지)\s?논문")


def journal_in_clause(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a journal is written in the count's clause before it, with no conference named between."""
    start = max(s.start, cm.start - 40)
    for b in CLAUSE_BOUNDARY.finditer(text, start, cm.start):
        start = b.end()
    ends = [m.end() for m in _JOURNAL_WORD.finditer(text, start, cm.start)]
    if _JOURNAL_PAPERS_AFTER.match(text, cm.end, s.end):
        return True  # `240편 이상의 저널 논문과 300편 이상의 학회 논문`: the noun after names journal papers
    return bool(ends) and not any(e.kind == "conf" and ends[-1] <= e.start < cm.start for e in s.entities)
