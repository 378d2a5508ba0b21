"""Tables that keep their bars (`| 기관 | 2026년 | 2025년 |`), read by column (`read_columns`): the header
cell over a count gives its edition, says whether it counts papers at all (`| 특허 등록 |` does not,
`column_reading`), or that the rows are people's (`| 교수 |`); a row labelled by a year (`| 2015년 | 5건 |`)
is that year's; rows that name no conference take the caption's or the header's (`table_conferences`).
Tables pasted without bars are `pasted_rows.py`'s.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.linking.conferences import companions
from extract.linking.cues import PAPER_CONTEXT
from extract.linking.roles import group_mentions
from extract.linking.sentences import line_span
from extract.linking.state import Doc, Fact
from extract.linking.venue_cues import ANAPHOR_NUMBER, NAMED_SET
from extract.linking.venue_lists import conference_list_of
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts

_SENTENCE_END = re.compile(r"(?:다|요)\.?['\"”’]?\s*$")


def bare_numbers_of_row(text: str, start: int, end: int) -> list[CountMatch]:
    """The bare numbers of a barred row (`삼성전자 | 7 | 13`, `채택 논문(개) | 3 | 5 | 15`, `정규 논문 | 6`) under a
    header whose other cells each name an edition (`구분 | ISSCC 2019 | ISSCC 2020`, `연도 | 2016 | 2017`) or
    the unit (`| 구분 | 편수 |`), or in a row whose label counts papers with a unit (`채택 논문(개)`): each a
    count, counted as the label says."""
    inside = start + len(text[start:end]) - len(text[start:end].lstrip("|│ "))  # past a row's opening bar
    if not _BAR.search(text, start, end) or (grid := _grid(text, inside)) is None:
        return []
    unit = _LABEL_UNIT.search(text, *grid.cells[0])
    editions = all(_EXPLICIT_YEAR.search(h) for h in grid.heads[1:]) and len(grid.heads) > 1
    if _NOT_PAPERS_COLUMN.search(text[grid.cells[0][0] : grid.cells[0][1]]):
        return []
    counter = unit.group(1) if unit else "편"
    out = []
    for (a, b), head in zip(grid.cells[1:], grid.heads[1:], strict=True):
        if not (unit or editions or _UNIT_HEAD.search(head)):
            continue
        if (m := _BARE_NUMBER.fullmatch(text, a, b)) is not None and start <= m.start(1) < end:
            n = int(m.group(1))
            out.append(
                CountMatch(m.start(1), m.end(1), m.group(1), n, n, n, "exact", counter, m.start(1), m.end(1))
            )
    return out


_UNIT_HEAD = re.compile(r"편수|건수|논문\s?수|\(\s?(?:편|건|개)\s?\)")
_LABEL_UNIT = re.compile(r"(?:논문|채택|발표|등재)[^|│\n]{0,12}\(\s?(편|건|개)\s?\)")
_BARE_NUMBER = re.compile(r"\s*(\d{1,4})\s*")
_BAR = re.compile(r"[|│]")
_RULE = re.compile(r"[|│:\-–\s]*")
_EXPLICIT_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d{2})(?![0-9])")
_THIS_EDITION = re.compile(r"올해|금년|이번")
_EDITION_BEFORE = re.compile(r"지난\s?해|작년|전년|직전|지난\s?(?:대회|학회)")
# a header cell over people (`| 교수 | 소속 | 논문 |`): each row is a person's
_PERSON_HEAD = re.compile(r"\s*(?:교수|교수명|연구자|연구원|저자|이름|성명|학생)\s*")
# a column that counts something else than the row's papers at the edition (`제출`, `특허`, `증감`)
# a header cell over the organizations the rows are about
_ORG_HEAD = re.compile(r"\s*(?:기관|기업|대학|회사|업체|소속|학교|조직)(?:명|\s?이름)?\s*")
# a column of a wider whole than the row's organization: the country's, the world's (`| 국내 전체 논문 수 |`)
_WIDER_HEAD = re.compile(r"국내|한국|국가|나라|세계|해외|국외")
_OTHER_MEASURE = re.compile(r"제출|투고|신청|특허|인용|증감|변화|차이|비중|%|학회\s?수|학회\s?\(\s?(?:곳|개)")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the cells of a barred line lie (the empty edges before a first and after a last bar dropped)."""
    bounds = [start - 1] + [m.start() for m in _BAR.finditer(text, start, end)] + [end]
    cells = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    return [c for i, c in enumerate(cells) if text[c[0] : c[1]].strip() or 0 < i < len(cells) - 1]


def _header_above(text: str, start: int) -> tuple[int, int] | None:
    """The header of the barred table a row belongs to: the first line of the run of barred lines above
    it (rules like `|---|---|` aside), when it holds no count; rows of bare numbers (`| 1 | A | 16 |`)
    are no header."""
    header = None
    while start > 0:
        start, end = line_span(text, start - 1)
        if not _BAR.search(text, start, end):
            break
        if _RULE.fullmatch(text, start, end) is None:
            header = (start, end)
    return header if header is not None and not find_counts(text, *header) else None


# a column counted over a span of years (`2005년 이후 10년`, `2019~2023년`, `누적`)
_SPAN_HEAD = re.compile(
    r"(?:19|20)\d{2}\s?년?\s?(?:이후|부터|이래|[~∼\-–]\s?(?:19|20)?\d{2})|누적|\d+\s?년\s?(?:간|동안)"
)
# a column of remarks (`| 비고 |`): a count there over more than the row (`올해 6개 학회 누적 42편`) is said in passing;
# a part of the row's count (`구두 발표 1편 포함`, `구연 4편·포스터 3편`) is the row's
_REMARK_HEAD = re.compile(r"\s*(?:비고|참고|특이\s?사항|메모)\s*")
_WIDER_REMARK = re.compile(
    r"누적|합계|합산|전체|(?<![가-힣])총|\d+\s?개\s?학회|학회\s?\d+\s?곳|연간|올해|지난해|작년"
)


def _column_year(cell: str, this_year: int | None) -> int | None:
    """The edition a header cell names: a year, or the edition before the row's own."""
    if (m := _EXPLICIT_YEAR.search(cell)) is not None:
        return int(m.group(1))
    if _EDITION_BEFORE.search(cell) and this_year is not None:
        return this_year - 1
    return this_year if _THIS_EDITION.search(cell) else None


@dataclass(frozen=True)
class _Grid:
    """A barred row under its header of as many cells, and the cell a position falls in."""

    header: tuple[int, int]
    cells: list[tuple[int, int]]
    heads: list[str]
    at: int


def _grid(text: str, position: int) -> _Grid | None:
    """The barred row holding `position`, under a header of as many cells; None when it is no such row."""
    row = line_span(text, position)
    header = _header_above(text, row[0]) if len(_BAR.findall(text, *row)) >= 2 else None
    if header is None:
        return None
    cells = _cells(text, *row)
    heads = [text[a:b] for a, b in _cells(text, *header)]
    at = next((i for i, (a, b) in enumerate(cells) if a <= position < b), -1)
    return _Grid(header, cells, heads, at) if len(heads) == len(cells) and at >= 0 else None


def read_columns(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Counts of a barred table row under a header of columns: each count takes its column's edition
    (`| 기관 | 2026년 | 2025년 |`, `| 올해 | 지난해 |`) and the conference the table names
    (`table_conferences`); a count in a column of another measure (submissions, a change, a share), or
    in a second column the header does not tell apart, is dropped."""
    text = doc.fields.get("text", "")
    kept: list[Fact] = []
    for f in facts:
        grid = _grid(text, f.cm.start) if f.field == "text" else None
        if grid is None:
            kept.append(f)
            continue
        cells, heads, at = grid.cells, grid.heads, grid.at
        if (
            _OTHER_MEASURE.search(heads[at])
            or _WIDER_HEAD.search(heads[at])
            or (_REMARK_HEAD.fullmatch(heads[at]) and _WIDER_REMARK.search(text, *cells[at]))
        ):
            continue  # another measure, a wider whole's (`| 국내 전체 논문 수 |`, `| 비고 | … 누적 42편 |`)
        if any(_PERSON_HEAD.fullmatch(h) and not _holds(cells[i], f.org) for i, h in enumerate(heads)):
            continue  # a person's row (`| 교수 | 소속 | 논문 |`: not the affiliation's)
        in_row = _holds(line_span(text, f.cm.start), f.org)
        head_org = None if in_row else _org_of_column(doc, text, grid.header, at)
        if head_org is not None:  # `| 연도 | KAIST 논문 | 증감 |`: the column's organization
            f.org, f.org_id = head_org, head_org.id
        if any(_ORG_HEAD.fullmatch(h) for h in heads) and not in_row:
            continue  # `| - | 전체 채택 | 212 |` under `| 순위 | 기관 | 논문 |`: no organization's own count
        if _SPAN_HEAD.search(heads[at]):  # `| 4대 학회 게재 논문(2005년 이후 10년) |`: a span, no edition
            f.year, f.year_source = None, "cumulative"
            kept.append(f)
            continue
        year = _column_year(heads[at], _row_year(text, facts, cells, heads, f))
        if year is None and any(_column_year(h, 0) is not None for h in heads):
            year = f.year  # a column of its own beside the editions (`| 1위 |`): as linked
        elif (
            year is None
            and not _head_reads(heads[at])
            and at != _first_count_cell(text, cells, at)
            and not _REMARK_HEAD.fullmatch(heads[at])
        ):
            continue  # two columns of counts the header does not tell apart (a remark's are its row's parts)
        f.year = year if year is not None else _row_label_year(text, cells) or f.year
        if year is None and f.year_source == "published":  # `기관별 순위(2021년 발표 논문 수)는 다음과 같다.`
            f.year = _lead_year(text, grid.header[0]) or f.year
        if f.conf_source != "own":
            top = _caption_above(text, grid.header[0])
            lead = _lead_in(text, grid.header[0])
            f.conf_ids = _row_conferences(doc, cells, at) or table_conferences(
                doc, top, grid.header[1], f.conf_ids, lead
            )
        kept.append(f)
    return kept


def _org_of_column(doc: Doc, text: str, header: tuple[int, int], at: int) -> EntityMention | None:
    """The one organization a header cell names (`| KAIST 논문(NeurIPS·ICML 합계) |`), if any."""
    a, b = _cells(text, *header)[at]
    orgs = [
        e
        for s in doc.sentences
        if s.field == "text"
        for e in s.entities
        if e.kind == "org" and a <= e.start < b
    ]
    return orgs[0] if len({e.id for e in orgs}) == 1 else None


def _holds(cell: tuple[int, int], org: EntityMention) -> bool:
    """Whether an organization is written in a cell of the body (`| 기관 | 구글 | 544개 |` under `| 구분 |
    이름 | … |`: the name column names the organization, no person)."""
    return org.field == "text" and cell[0] <= org.start < cell[1]


def _caption_above(text: str, start: int) -> int:
    """Where a table's caption starts: up to two lines right above its header that end no sentence
    (`[표] 주요 기업 AI 논문 국제학회 등재 현황`)."""
    for _ in range(2):
        if start == 0:
            break
        above = line_span(text, start - 1)
        line = text[above[0] : above[1]]
        if not line.strip() or _SENTENCE_END.search(line) or line.rstrip().endswith("."):
            break
        start = above[0]
    return start


def _conf_ids_in(doc: Doc, start: int, end: int) -> list[str]:
    """The conferences the body names between `start` and `end`, in order."""
    return [
        e.id
        for s in doc.sentences
        if s.field == "text"
        for e in s.entities
        if e.kind == "conf" and start <= e.start and e.end <= end
    ]


def table_conferences(
    doc: Doc, start: int, end: int, linked: tuple[str, ...], lead: tuple[int, int] = (0, 0)
) -> tuple[str, ...]:
    """The conferences of a row that names none: the one its table's caption or header (`start` to
    `end`) names, or the list of the set it names (`3대 AI 학회`); else the venues of the article
    (`_article_venues`)."""
    above = _conf_ids_in(doc, start, end)
    if above:  # `| NIPS·ICML 발표 논문(합산) |`: a sum over the conferences the header names
        return tuple(dict.fromkeys(above))
    named_set = NAMED_SET.search(doc.fields["text"], start, end)  # `<세계 3대 AI 학회 논문 등재 수>`
    if named_set is not None and (
        listed := conference_list_of(doc, ANAPHOR_NUMBER.get(named_set.group("n"), 0))
    ):
        return listed
    return _article_venues(doc, linked, lead)


def _article_venues(doc: Doc, linked: tuple[str, ...], lead: tuple[int, int]) -> tuple[str, ...]:
    """The venues of rows their table names none for: the article's one conference (or one besides those
    named only beside it in a class, `ISSCC·IEDM과 함께 3대 학회로 묶이는 VLSI`); the ones the sentence
    introducing the table names (`A·B·C 네 학회가 채택한 … 논문 수는 다음과 같다`); the article's only list
    of them (`세계 3대 AI 학회로 꼽히는 NeurIPS·ICML·ICLR`); never examples (`ICASSP, ICCV 등 톱티어
    학회`); none when it names several apart (not the sentence's before the table)."""
    text = doc.fields["text"]
    lists = [[e for e in s.entities if e.kind == "conf"] for s in doc.sentences if s.field == "text"]
    lists = [confs for confs in lists if confs]
    named = {e.id for confs in lists for e in confs}
    if len(named) <= 1:
        return linked or tuple(named)  # the article's one conference, though the prose before left none
    introducing = [e for confs in lists for e in confs if lead[0] <= e.start < lead[1]]
    if introducing and not _EXAMPLES.match(text, introducing[-1].end):
        return tuple(dict.fromkeys(e.id for e in introducing))
    asides = {
        i
        for s in doc.sentences
        if s.field == "text"
        for i in companions(doc, s, text, group_mentions(text, s.entities, s.end, ("conf",)))
    }
    if len(named - asides) == 1:
        return tuple(named - asides)
    if any({e.id for e in confs} != named for confs in lists):
        return ()
    return next(
        (tuple(dict.fromkeys(e.id for e in c)) for c in lists if not _EXAMPLES.match(text, c[-1].end)), ()
    )


_EXAMPLES = re.compile(r"['’”\")]*\s*(?:등|같은|처럼)")


def _row_conferences(doc: Doc, cells: list[tuple[int, int]], at: int) -> tuple[str, ...]:
    """The conferences a row names in a cell of their own (`| EMNLP | 2019 | A 4편, B 2편 |`): every
    count of the row is at them."""
    text = doc.fields["text"]
    labels = [(a, b) for n, (a, b) in enumerate(cells) if n != at and not find_counts(text, a, b)]
    return tuple(dict.fromkeys(i for a, b in labels for i in _conf_ids_in(doc, a, b)))


def _first_count_cell(text: str, cells: list[tuple[int, int]], default: int) -> int:
    """The index of the row's first cell holding a count."""
    return next((i for i, (a, b) in enumerate(cells) if find_counts(text, a, b)), default)


def _row_year(
    text: str, facts: list[Fact], cells: list[tuple[int, int]], heads: list[str], f: Fact
) -> int | None:
    """The year of the row's own edition: as linked for the count under `올해`/`이번`, else under the
    first column of counts."""
    this = next(
        (i for i, h in enumerate(heads) if _THIS_EDITION.search(h)), _first_count_cell(text, cells, -1)
    )
    if this < 0:
        return f.year
    a, b = cells[this]
    return next((g.year for g in facts if g.field == "text" and a <= g.cm.start < b), f.year)


# a column of another thing than papers (`특허 등록`, `논문 인용`, `AI 기술인력`)
_NOT_PAPERS_COLUMN = re.compile(r"특허|인용|인력|인원|직원|명\)?$|점수|매출|투자")


def row_owner(text: str, entities: Sequence[EntityMention], at: int) -> EntityMention | None:
    """The organization a barred row is about, for a count in a cell naming no one (`| 1 | A | 미국 |
    820건 |`): the only organization in the row's other cells (one glossed in parentheses after it,
    `알파벳(구글 지주회사)`, aside); a country beside it is its attribute."""
    grid = _grid(text, at)
    if grid is None:
        return None
    a, b = grid.cells[grid.at]
    if any(e.kind in ("org", "country") and a <= e.start < b for e in entities):
        return None
    orgs = [e for e in entities if e.kind == "org" and grid.cells[0][0] <= e.start < grid.cells[-1][1]]
    glossed = [
        e for e in orgs[1:] if "(" in text[orgs[0].end : e.start] and ")" not in text[orgs[0].end : e.start]
    ]
    return orgs[0] if orgs and len(orgs) == 1 + len(glossed) else None


def column_reading(text: str, at: int) -> bool | None:
    """What the header cell above a barred row's count says it counts: False for another thing
    (patents, citations, people), True for papers (`3대 AI 학회 논문 등재`), None when it says neither
    or the row has no header of as many cells. A header that says neither (`| 기업 | 2021년 |`) reads
    as papers when the caption or the sentence just above the table speaks of papers (`… 논문 수는
    아래와 같다.`)."""
    grid = _grid(text, at)
    if grid is None:
        return None
    reads = _head_reads(grid.heads[grid.at])
    if reads is None and PAPER_CONTEXT.search(text, *_lead_in(text, grid.header[0])):
        return True
    return reads


def _lead_in(text: str, header_start: int) -> tuple[int, int]:
    """Where the words introducing a table lie: its caption lines, else the last sentence of the
    nearest line above its header that holds words."""
    top = _caption_above(text, header_start)
    if top < header_start:
        return top, header_start
    start = header_start
    while start > 0:
        start, end = line_span(text, start - 1)
        line = text[start:end].rstrip()
        if line:
            return start + line.rfind(". ", 0, len(line) - 1) + 1, end
    return 0, 0


def _lead_year(text: str, header_start: int) -> int | None:
    """The one calendar year the words introducing a table write (`기관별 순위(2021년 발표 논문 수)`), or None."""
    years = {int(y) for y in _LEAD_YEAR.findall(text, *_lead_in(text, header_start))}
    return years.pop() if len(years) == 1 else None


_LEAD_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d{2})\s?년(?![0-9])")


def _head_reads(head: str) -> bool | None:
    """Whether a header cell names papers (True), another thing (False), or neither (None)."""
    if _NOT_PAPERS_COLUMN.search(head.strip()):
        return False
    return True if re.search(r"논문|채택|등재|발표|초록|포스터|구연", head) else None


_YEAR_CELL = re.compile(r"\s*((?:19|20)\d{2})\s?년?(?:도)?\s*")


def _row_label_year(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The year a row is labelled with, in a cell of its own (`| 2015년 | 5건 |`)."""
    for a, b in cells:
        m = _YEAR_CELL.fullmatch(text, a, b)
        if m is not None:
            return int(m.group(1))
    return None
