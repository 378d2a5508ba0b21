"""Timelines: lines that open with the year they tell of (`2015년 | A가 13편으로 1위`, `◇2017년 하와이=…`,
a heading `◇재작년 11월, 홍콩 - 정규 세션`). Every count of an entry is that year's unless its own clause
dates it, whatever edition the article is about."""

from __future__ import annotations

import functools
import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc, State

# a line's opening year label: an optional list mark, a year (or a year word), an optional month and
# day, a place of a few words, then a separator (`|`, `=`, `:`, ` - `, a dash)
_ENTRY_LABEL = re.compile(
    r"[ \t]*(?:[▲■◆●□◇◈▷▶○•\-–*]\s*)?\[?(?P<word>((?:19|20)\d{2})\s?년|올해|지난\s?해|작년|재작년|([1-9])\s?년\s?전)"
    r"(?:\s?\d{1,2}\s?월)?(?:\s?\d{1,2}\s?일)?\]?"
    r"(?P<place>(?:,?\s[가-힣A-Za-z·]{1,12}(?<![은는을를에의도])){0,3}?)"
    r"\s*(?:\||│|=|:|–|—|\s-\s|\s?-\s)"
)
# a label with a list mark and no separator is a heading when it is its own line (`◆ 2019년`) or names its event before
# a comma (`▲2021년 EMNLP, 5위로`), and a bracketed year opens a line as its label (`[2019년] 출범`)
_MARKED_YEAR_LINE = re.compile(
    r"[ \t]*(?:[▲■◆●□◇◈▷▶○•]\s*(?:(?:19|20)\d{2})\s?년(?:\s*$|(?:\s[가-힣A-Za-z0-9·\-]{1,16}){1,2}\s?,)"
    r"|[\[【〈<]\s*(?:19|20)\d{2}\s?년\s*[\]】〉>])"
)

Entry = tuple[str, int, bool]  # (field, year, a heading line dating the lines after it)


@functools.lru_cache(maxsize=16)
def _labelled_lines(text: str) -> dict[int, re.Match[str]]:
    """The line starts of a field that open with a year label, when two or more lines do (a timeline)."""
    found: dict[int, re.Match[str]] = {}
    pos = 0
    for line in text.split("\n"):
        m = _ENTRY_LABEL.match(text, pos, pos + len(line)) or _MARKED_YEAR_LINE.match(
            text, pos, pos + len(line)
        )
        if m is not None:
            found[pos] = m
        pos += len(line) + 1
    return found if len(found) >= 2 else {}


def _label_year(m: re.Match[str], pub_year: int | None) -> int | None:
    """The calendar year a label tells of, counting year words from the publication year."""
    if m.re is _MARKED_YEAR_LINE:
        written = re.search(r"(?:19|20)\d{2}", m.group())
        return int(written.group()) if written is not None else None
    if m.group(2):
        return int(m.group(2))
    if pub_year is None:
        return None
    word = m.group("word").replace(" ", "")
    if m.group(3):
        return pub_year - int(m.group(3))
    return {"올해": pub_year, "지난해": pub_year - 1, "작년": pub_year - 1, "재작년": pub_year - 2}.get(word)


def next_entry(doc: Doc, s: Sentence, current: Entry | None) -> Entry | None:
    """The timeline entry a line opening with sentence `s` belongs to: its own label's, else a heading
    entry's that the line goes on under, else none."""
    text = doc.fields[s.field]
    line_start = text.rfind("\n", 0, s.start) + 1
    m = _labelled_lines(text).get(line_start)
    if m is not None:
        # `2013년 11월 | ISSCC 2014 채택 발표`: the edition the label names, not the month it was announced in
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        editions: set[int] = set()
        t: Sentence | None = s
        while t is not None and t.start < line_end:  # the sentences of the label's line, a heading cut at `|`
            editions.update(e.year for e in t.entities if e.kind == "conf" and e.year)
            t = doc.after(t)
        year = editions.pop() if len(editions) == 1 else _label_year(m, doc.pub_year)
        return (s.field, year, s.headline) if year is not None else None
    if current is not None and current[0] == s.field and current[2] and not s.headline:
        return current  # the paragraphs under a heading entry
    return None


def opens_entry(doc: Doc, s: Sentence) -> bool:
    """Whether sentence `s` opens a timeline entry's line (`2024년 — …`)."""
    text = doc.fields[s.field]
    return not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip() and in_timeline_entry(text, s.start)


def enter_line(doc: Doc, s: Sentence, state: State) -> None:
    """At a new line: the timeline entry it belongs to, and, where it opens an entry, the subject the timeline
    began with (`2022년 — B 연구진이 … 검증한 연구가 …` ⏎ `2024년 — … 7건을 발표했다`: the chronicle's subject again)."""
    opened = opens_entry(doc, s)
    if opened and state.entry is None:  # not the headline's under a heading over a country (`■ 한국 전체`)
        state.entry_subject = state.subject or (None if state.country_heading else state.title_subject)
    state.entry = next_entry(doc, s, state.entry)
    if opened and state.entry_subject is not None:
        state.subject = state.entry_subject


def timeline_lead(text: str, pos: int) -> tuple[int, int]:
    """The span a timeline holding `pos` opens with: the line before its first entry and the entries up to
    `pos` (`KAIST가 두 학회에 낸 논문 수를 해마다 따라가 보면 …` ⏎ `【2011년】 3건` ⏎ `【2015년】 5건`), else empty."""
    labels = _labelled_lines(text)
    first = min(labels, default=-1)
    if (
        first < 0
        or not first <= pos
        or not (in_timeline_entry(text, pos) or _under_a_heading(text, pos, labels))
    ):
        return pos, pos
    lead_end = len(text[:first].rstrip())
    return text.rfind("\n", 0, lead_end) + 1, pos


def _under_a_heading(text: str, pos: int, labels: dict[int, re.Match[str]]) -> bool:
    """Whether `pos` stands on the line right under a heading entry of its own line (`■2016년` ⏎ `7건으로`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    m = labels.get(above)
    return m is not None and not text[m.end() : line_start].strip()


def in_timeline_entry(text: str, pos: int) -> bool:
    """Whether `pos` stands on a line that opens with a timeline's year label (`▲2018년 = … EMNLP 2018에서`)."""
    return (text.rfind("\n", 0, pos) + 1) in _labelled_lines(text)
