"""Tables pasted into articles without their grid: bare numbers in rows under a header that gives their unit.

A table pasted into an article loses its grid: `논문 등재 수 (편)` in a header line, then one line per
row, `2 마이크로소프트 Microsoft (미국) 414  3위`. The number right after a row's organization (its
English name and a parenthesis between) is that row's count of papers; ranks (`3위`), shares and
numbers with a counter of their own are not. Rows run from the line after the header to the first
line that is no row (a blank line or a sentence).
"""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.numerals import CountMatch

# a header naming the unit of a column of paper counts: `논문 등재 수 (편)`, `| 편수`, `채택 건수`,
# `발표 기준, 단위: 편`, a column of its own in a barred header (`순위 | 기관 | 편수 | 비고`)
_HEADER = re.compile(
    r"(?:논문|등재|채택|발표)[^\n]{0,24}?(?:\(\s?(?:편|건)\s?\)|편수|건수|단위\s?:\s?(?:편|건))"
    r"|[|│]\s?(?:편수|건수|논문\s?수|(?:채택|발표)\s?(?:논문\s?)?수)\s?(?:\(\s?(?:편|건)\s?\)\s?)?(?=[|│]|\n|$)"
)
# after a row's organization: its English name, a parenthesis (`(미국)`), separators, then the number
_ROW_COUNT = re.compile(
    r"(?:\s?\([^()\n]{0,20}\))?(?:\s?[A-Za-z][A-Za-z&.\- ]{0,30}?)?\s*(?:\([^()\n]{0,20}\)\s*)?[|:·\-–]?\s*"
    r"(?:각각?\s?)?(?P<n>\d{1,5})(?![\d.,]|\s?(?:위|%|편|건|개|명|년|월|일|회|배))"
)  # `| A·B | 각 5 |`: each organization of the cell's list
_LISTED_WITH = re.compile(r"\s?(?:[·,ㆍ/]|와|과|및)\s?(?:미국|영국|일본|중국|대만|독일|프랑스)?\s?")
_SENTENCE_END = re.compile(r"(?:다|요)\.?['\"”’]?\s*$")


def table_rows(sentences: list[Sentence], text: str) -> set[int]:
    """The starts of the lines that are rows of a table under a header that gives their unit."""
    rows: set[int] = set()
    if not _HEADER.search(text):
        return rows  # most articles: no table header at all
    in_table = False
    for s in sentences:
        line = text[s.start : s.end]
        if _HEADER.search(line) and not _SENTENCE_END.search(line):
            in_table = True
            continue
        if in_table and (not s.headline or _SENTENCE_END.search(line)):
            in_table = False
        if in_table:
            rows.add(s.start)
    return rows


def row_count(text: str, s: Sentence) -> CountMatch | None:
    """The count of a table row: the bare number right after its first organization, else after its
    first conference (`| 음성 | ICASSP | 9 |`: the article's subject's count there)."""
    org = next((e for e in s.entities if e.kind == "org"), None) or next(
        (e for e in s.entities if e.kind == "conf"), None
    )
    if org is None:
        return None
    end = org.end
    for e in s.entities:  # `| 대만국립대·TSMC·소니 | 각 5 |`: the count after the cell's whole list
        if e.start >= end and e.kind == org.kind and _LISTED_WITH.fullmatch(text, end, e.start):
            end = e.end
    m = _ROW_COUNT.match(text, end, s.end)
    if m is None:
        return None
    n = int(m.group("n"))
    return CountMatch(
        start=m.start("n"),
        end=m.end("n"),
        text=m.group("n"),
        count=n,
        count_min=n,
        count_max=n,
        qualifier="exact",
        counter="편",
        num_start=m.start("n"),
        num_end=m.end("n"),
    )
