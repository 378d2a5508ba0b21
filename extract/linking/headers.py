"""Organizations written as section headers: a line that holds only the name, with a marker
(`■ A`, `[A]`, `◆ A`, `**A**`), and under it lines that list what the organization did (`- 논문 16건`).
The lines under a header leave their subject out: it is the header's organization."""

from __future__ import annotations

import re

from extract.linking.cues import TRACK_SECTION
from extract.linking.sentences import is_table_row
from extract.mentions import EntityMention

# what may stand around a name on a header line: markers, brackets, numbering, a colon
_HEADER_DECOR = re.compile(r"[\s■□◆◇▶▷►●○◎◈★☆#*\[\]【】<>〈〉《》「」『』:：]*|\d{1,2}[.)]\s*")
# a line listed under a header: a bullet or a numbered item
_LISTED_LINE = re.compile(r"\s*(?:[-–—•·∙ㆍ▪▫◦○●▲△▶▷►*]|\d{1,2}[.)]|\d{1,3}(?:~\d{1,3})?\s?위\s)\s*\S")


def is_header_line(text: str, mention: EntityMention) -> bool:
    """Whether `mention` stands alone on its line, with header markers around it at most."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    before, after = text[start : mention.start], text[mention.end : end]
    decorated = _HEADER_DECOR.fullmatch(before) and _HEADER_DECOR.fullmatch(after)
    return bool(decorated) and bool((before + after).strip())


def listed_under(text: str, mention: EntityMention, position: int) -> bool:
    """Whether `position` lies in the run of listed lines right under the header `mention`: every
    line from the header's next line to the one holding `position` is a bullet or numbered item."""
    if not is_header_line(text, mention):
        return False
    line_start = text.find("\n", mention.end) + 1
    if line_start <= 0 or position < line_start:
        return False
    while True:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if not _LISTED_LINE.match(text, line_start, line_end):
            return False
        if position <= line_end:
            return True
        line_start = line_end + 1


def is_listed_line(text: str, position: int) -> bool:
    """Whether the line holding `position` is a bullet or numbered item (`▲ …`, `- …`, `1. …`)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return _LISTED_LINE.match(text, start, len(text) if end < 0 else end) is not None


def line_marks(text: str) -> tuple[list[int], list[bool]]:
    """The start of every line of `text`, and whether each is a table row or a bullet or numbered item."""
    starts: list[int] = []
    marks: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        starts.append(pos)
        marks.append(_LISTED_LINE.match(line) is not None or is_table_row(line))
        pos += len(line) + 1
    return starts, marks


def listed_under_track(text: str, position: int) -> bool:
    """Whether the bullet line holding `position` follows, in its paragraph, words that single out one
    track of the conference (`메모리 분과만 떼어 보면 … 내역은 다음과 같다.` then `▲A 4편 ▲B 2편`)."""
    if not is_listed_line(text, position):
        return False
    start = text.rfind("\n", 0, position) + 1
    paragraph = text.rfind("\n\n", 0, start) + 1
    return TRACK_SECTION.search(text, max(paragraph, start - 160), start) is not None


# a sentence announcing a breakdown by year (`연도별로 보면 …`, `해마다 살펴보면`, `연도별 추이는 다음과 같다`)
_BY_YEAR = re.compile(r"(?:연도|해|년도)\s?별\s?(?:로|추이|실적|현황|성과)|해마다|매년\s?(?:보면|살펴보면)")
# a listed line that opens with its year (`▲2019년 29편`, `- 2022년: 41편`)
_YEAR_LINE = re.compile(r"\s*(?:[-–—•·∙ㆍ▪▫◦○●▲△*]|\d{1,2}[.)])?\s*(?:19|20)\d{2}\s?년")


def lead_of_year_list(text: str, position: int) -> int | None:
    """Where the sentence announcing a list by year starts, when the line holding `position` is an item
    of that list (`연도별로 보면 증가세가 뚜렷하다.` ⏎ `▲2019년 29편` ⏎ `▲2022년 41편`: every line between the
    announcement and this one opens with its year); else None."""
    lead = _lead_above(text, position, _YEAR_LINE)
    return lead[0] if lead is not None and _BY_YEAR.search(text, *lead) else None


def lead_of_list(text: str, position: int) -> tuple[int, int] | None:
    """Where the sentence introducing a bulleted list ends its line (`… 추이는 다음과 같다.` ⏎ `▲2016년 3개`),
    when the line holding `position` is an item of that list; else None."""
    return _lead_above(text, position, _LISTED_LINE)


def _lead_above(text: str, position: int, item: re.Pattern[str]) -> tuple[int, int] | None:
    """The last sentence of the line right above a run of lines that each match `item`, when the line
    holding `position` is one of them (none past a blank line)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", start)
    if not item.match(text, start, len(text) if end < 0 else end):
        return None
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not line.strip():
            return None
        if not item.match(line):
            return above + line.rfind(". ", 0, len(line.rstrip()) - 1) + 1, start - 1
        start = above
    return None
