"""A university's count broken down by its departments and schools is the university's (`subset`).

`KAIST는 NeurIPS에 30편 … 학내 내역을 보면 AI대학원에서 20편`, `5편(AI대학원 2편)`, `포스텍은 … 20편.
학과별로는 컴퓨터공학과가 8편`: the department's or school's count is part of its university's
count already given, and the convention of the annotated articles gives it to the university with
scope `subset`. A school that is itself the subject, with no total of its university before it
(`KAIST 김재철AI대학원은 ICLR에 16편. KAIST 전체로는 27편`), keeps its own fact.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from itertools import pairwise

from extract.linking.headers import is_listed_line
from extract.linking.readings import same_edition
from extract.linking.sentences import Sentence, line_span
from extract.linking.state import Doc, Fact
from extract.numerals import CountMatch, find_counts

# words that announce a breakdown of a count already given (`학과별로는`, `학내 내역을 보면`, `이 중`)
BREAKDOWN_LEAD = re.compile(
    r"(?:학과|학부|대학원|단과대|부서|소속)\s?별로|학내\s?(?:내역|별로|기준)|(?<![가-힣])(?:이|그)\s?(?:중|가운데)(?![가-힣])|그중"
    r"|(?<![가-힣])(?:안|내부?)에서(?:는|만)?\s*$"  # `연세대 안에서는 전기전자공학부가 11편`
)
_OPEN_PAREN = re.compile(r"\(\s*$")


def university_of_unit(doc: Doc, fact: Fact) -> str | None:
    """The university a fact's organization is a department or school of (a department named alone,
    or a gazetteer unit of type university under a university), else None."""
    org = fact.org
    if org.kind != "org" or org.id != fact.org_id:
        return None
    gaz = doc.gaz
    if org.department and org.parent is not None:
        chain = [org.parent, *(gaz.ancestors(org.parent) if org.parent in gaz.organizations else [])]
    elif org.id in gaz.organizations and gaz.organizations[org.id].type == "university":
        chain = gaz.ancestors(org.id)
    else:
        return None
    universities = [i for i in chain if i in gaz.organizations and gaz.organizations[i].type == "university"]
    if universities:
        return universities[-1]
    return org.parent if org.department else None


def fold_breakdowns(doc: Doc, facts: list[Fact]) -> None:
    """Give to the university, as `subset`, each department's or school's count that breaks down
    the university's count: after the university's count for the same conferences and year, after
    a breakdown word in its sentence, or in parentheses after the university's count."""
    for i, f in enumerate(facts):
        university = university_of_unit(doc, f)
        if university is None:
            continue
        earlier = facts[:i]
        text = doc.fields[f.field]
        same_total = any(
            g.org_id == university
            and not g.compared
            and set(g.conf_ids) == set(f.conf_ids)
            and g.year == f.year
            for g in earlier
        )
        lead = text[f.sent_start : f.org.start]
        announced = bool(BREAKDOWN_LEAD.search(lead)) and university in doc.named
        in_parentheses = bool(_OPEN_PAREN.search(lead)) and any(
            g.org_id == university and g.field == f.field and g.sent_start == f.sent_start for g in earlier
        )
        if same_total or announced or in_parentheses:
            f.breakdown_of, f.org_id, f.scope = f.org_id, university, "subset"
            whole = next(
                (g for g in reversed(earlier) if g.org_id == university and g.conf_ids == f.conf_ids), None
            )
            if announced and whole is not None and f.year_source in ("article", "published"):
                f.year = whole.year  # `지난해 … 연세대가 20편. 연세대 안에서는 …가 11편`: that edition's part


_OTHER_YEAR = re.compile(r"(?:19|20)\d{2}\s?년|올해|지난해|작년|전년|내년|이듬해")
_WORD = re.compile(r"[가-힣A-Za-z]")
# a sentence that opens with one track and its count (`메인 트랙 논문이 4편이다`, `이 중 구두 발표는 1편`)
_ONE_TRACK = re.compile(
    r"\s*(?:(?:이|그)\s?(?:중|가운데)\s?)?(?:메인|본|정규|구두|오럴|스포트라이트|파인딩스|인더스트리)\s?"
    r"(?:트랙|컨퍼런스|콘퍼런스|학회|세션|발표)?\s?(?:논문|발표)?\s?(?:이|가|은|는|으로|로)?\s?(?:선정된\s)?"
)
# between two parts of a breakdown: a list separator and the next part's label (`3편, 파인딩스 1편`)
_PART_GAP = re.compile(r"\s*(?:,|·|ㆍ|/|와|과|및)\s*[^,.\d]{1,30}?")


def parts_of_previous(s: Sentence, text: str, counts: list[CountMatch], previous: Fact | None) -> list[Fact]:
    """`A의 논문 5편이 채택됐다. 메인 컨퍼런스 3편, 파인딩스 1편, 인더스트리 1편이다.`: a sentence that
    names no organization and only lists parts adding up exactly to the count of the fact just
    before it breaks that fact down: each part is its organization's `subset`, same conferences
    and year; so is one part a track names, smaller than the count (`메인 컨퍼런스 논문이 3편이다`). Nothing when
    the parts do not add up, or another count stands between them."""
    if previous is None or previous.compared or previous.scope not in ("unit", "total") or not counts:
        return []
    if len(counts) == 1 and not _ONE_TRACK.fullmatch(text, s.start, counts[0].start):
        return []  # one part is the fact's only when a track names it (`메인 트랙 논문이 4편이다`)
    if len(counts) == 1 and (counts[0].count or 0) >= (previous.cm.count or 0):
        return []
    if any(e.kind in ("org", "country", "conf") for e in s.entities) or _OTHER_YEAR.search(
        text, s.start, s.end
    ):
        return []  # parts by organization, conference or year are not this fact's tracks
    if any(c.count is None or c.qualifier != "exact" for c in counts):
        return []
    if any(not _PART_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(counts)):
        return []
    if len(counts) > 1 and sum(c.count or 0 for c in counts) != previous.cm.count:
        return []
    return [
        replace(
            previous,
            cm=c,
            scope="subset",
            sent_start=s.start,
            sent_end=s.end,
            qualifier="exact",
            headline=False,
            conf_source="prev",
            evidence=None,
        )
        for c in counts
    ]


# a sentence opening with a breakdown by track (`트랙별로는`, `세션별로 보면`)
_BY_TRACK = re.compile(r"\s*['\"‘“]?(?:트랙|세션|발표\s?형식|형식|유형)별로(?:는|\s?보면|\s?나누면)?\s")


def parts_by_track(s: Sentence, text: str, counts: list[CountMatch], last: Fact) -> list[Fact]:
    """`…의 논문 다섯 편이 올랐다. 네이버는 … 실적을 쌓았다. 트랙별로는 메인 3편, 파인딩스 1편, …`: a
    sentence opening with a breakdown by track whose counts add up to the last fact are its parts,
    however many sentences stand between, not the subject a sentence between named."""
    if last.field != s.field or not _BY_TRACK.match(text, s.start):
        return []
    return parts_of_previous(s, text, counts, last)


# from a whole to its first part (`5편은 메인 컨퍼런스 3편`)
_WHOLE_GAP = re.compile(r"\s?(?:은|는|이|가|의|:)?\s*[^,.\d]{1,30}?")


def parts_in_sentence(text: str, facts: list[Fact], previous: Fact | None = None) -> None:
    """`… 5편은 메인 컨퍼런스 3편, 파인딩스 1편, 인더스트리 트랙 1편으로 구성됐다`: counts of one sentence
    listed right after a count of the same organization, conferences and year, and adding up exactly
    to it, are its parts (`subset`), each one, equal parts too; so are a sentence's listed counts that
    add up to the fact just before it (`A의 논문은 메인 3편, 파인딩스 1편, 인더스트리 1편이다`)."""
    if (
        previous is not None
        and previous.cm.count
        and len(facts) >= 2
        and all(f.qualifier == "exact" and same_edition(f, previous) for f in facts)
    ):
        listed = all(_PART_GAP.fullmatch(text, a.cm.end, b.cm.start) for a, b in pairwise(facts))
        if listed and sum(f.cm.count or 0 for f in facts) == previous.cm.count:
            for f in facts:
                f.scope = "subset"
            return
    for i, whole in enumerate(facts):
        if whole.scope not in ("unit", "total") or not whole.cm.count:
            continue
        run: list[Fact] = []
        end = whole.cm.end
        for f in facts[i + 1 :]:
            gap = _PART_GAP if run else _WHOLE_GAP
            exact = f.qualifier == "exact" and f.cm.count is not None
            if not exact or not same_edition(f, whole) or not gap.fullmatch(text, end, f.cm.start):
                break
            run.append(f)
            end = f.cm.end
        if len(run) >= 2 and sum(f.cm.count or 0 for f in run) == whole.cm.count:
            for f in run:
                f.scope = "subset"


def parts_in_lines(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Parts written on lines of their own after a fact: `… 논문 6편이 채택됐다. 요약하면 다음과 같다.`
    ⏎ `▲ 메인 트랙: 4편` ⏎ `▲ 파인딩스: 1편` ⏎ `▲ 인더스트리 트랙: 1편` (or one line: `· 논문: 정규 4편,
    워크숍 2편`). Lines naming no organization, conference or year, right after the
    fact (past at most two sentences with no count and no organization) and adding up exactly to its
    count break it down as `parts_of_previous` does within one sentence; the caller drops what those
    counts gave before (a carried reading)."""
    out: list[Fact] = []
    for f in facts:
        i = doc.sentence_index(f.field, f.sent_start)
        if i is None or f.field != "text" or f.compared or f.scope not in ("unit", "total") or not f.cm.count:
            continue
        parts = _part_lines(
            doc, i + 1, f.cm.count, f.cm.counter, f.org_id
        )  # `클로바 논문은 … 나뉜다.` between
        out.extend(
            replace(
                f,
                cm=c,
                scope="subset",
                sent_start=s.start,
                sent_end=s.end,
                headline=False,
                conf_source="prev",
                lines_start=parts[0][0].start,
            )
            for s, c in parts
        )
    return out


# a sentence that leads the lines after it (`트랙별 내역은 이렇다`, `요약하면 다음과 같다`)
_LEADS_LINES = re.compile(r"(?:다음|아래)[과와]\s?같(?:다|이)|이렇다|이와\s?같다")


# a photo or graphic caption (`… 이미지. (사진=셔터스톡)`)
_CAPTION = re.compile(r"\(\s?(?:사진|그래픽|이미지|자료|일러스트)\s?[=:]")


def _part_lines(
    doc: Doc, j: int, whole: int, counter: str, owner: str = ""
) -> list[tuple[Sentence, CountMatch]]:
    """The run of counts in the sentences from the `j`-th that adds up to `whole`, counted as it is
    (`편`; not `4개 팀`, `2건` of demos under 6편), else none."""
    run: list[tuple[Sentence, CountMatch]] = []
    skipped, added = 0, 0
    for s in doc.sentences[j:]:
        text = doc.fields[s.field]
        counts = find_counts(text, s.start, s.end)
        named = {e.id for e in s.entities if e.kind == "org"}
        if s.field != "text" or (named and (counts or run or named != {owner})):
            break  # another organization's sentence: no part of this fact, counted or skipped
        if not counts and not _WORD.search(text, s.start, s.end):
            continue  # a bullet left alone (`▲`)
        caption = _CAPTION.search(text, *line_span(text, s.start))
        if not counts and not run and (_LEADS_LINES.search(text, s.start, s.end) or caption):
            continue  # the list's lead (`트랙별 내역은 이렇다`) or a photo caption counts as no sentence between
        if not counts and not run and skipped < 2:
            skipped += 1  # `지난해에 이은 성과다. 요약하면 다음과 같다.`
            continue
        if (
            not counts
            or any(c.count is None or c.qualifier != "exact" or c.counter != counter for c in counts)
            or any(e.kind in ("country", "conf") for e in s.entities)
            or _OTHER_YEAR.search(text, s.start, s.end)
        ):
            break
        run.extend((s, c) for c in counts)
        added += sum(c.count or 0 for c in counts)
        if added >= whole:
            break
    return run if len(run) >= 2 and added == whole else []


def venues_in_lines(doc: Doc, facts: list[Fact]) -> None:
    """`지난해에는 … 학회에서만 여섯 편이 채택됐다.` ⏎ `▲LAK 두 편` ⏎ `▲AIED 한 편` ⏎ `▲EDM 세 편`: bulleted lines right
    after an organization's count over venues it does not name (a lead sentence or two between, `학회별로 보면 다음과
    같다`), each line one conference and one count of that organization, adding up exactly to it, break it down by
    venue: each line takes the count's year, and the count is at their conferences together."""
    text = doc.fields.get("text", "")
    for f in facts:
        i = doc.sentence_index(f.field, f.sent_start)
        if f.field != "text" or i is None or f.conf_ids or not f.cm.count or f.compared:
            continue
        parts = _lines_adding_up(doc, text, [g for g in facts if g.org_id == f.org_id], i, f.cm.count)
        if parts:
            for g in parts:
                g.year, g.year_source = f.year, "carried"
            f.conf_ids = tuple(dict.fromkeys(g.conf_ids[0] for g in parts))


def _lines_adding_up(doc: Doc, text: str, owned: list[Fact], i: int, total: int) -> list[Fact]:
    """The facts of the listed lines after sentence `i`, one conference and one count each line, whose counts add up
    to `total` (the lines' later sentences and up to two lead sentences before them aside), else none."""
    after = [x for x in doc.sentences[i + 1 :] if x.field == "text"]
    lead = list(itertools.takewhile(lambda x: not is_listed_line(text, x.start), after[:2]))
    parts: list[Fact] = []
    added = 0
    for x in itertools.takewhile(lambda x: is_listed_line(text, x.start), after[len(lead) :]):
        if text[text.rfind("\n", 0, x.start) + 1 : x.start].strip():
            continue  # a later sentence of the line's item
        here = [g for g in owned if g.field == "text" and g.sent_start == x.start]
        if len(here) != 1 or len(here[0].conf_ids) != 1:
            return []
        parts.append(here[0])
        added += here[0].cm.count or 0
        if added >= total:
            break
    if lead and any(g.sent_start == x.start for x in lead for g in owned):
        return []
    return parts if added == total and len(parts) >= 2 else []
