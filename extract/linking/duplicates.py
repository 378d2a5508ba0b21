"""One fact for each thing the article states: duplicates collapsed (the body's statement standing for a
headline's, an organization's own count for an equal subset), restatements without a conference, parents
named for their unit's count, and a headline's readings the body gives apart dropped."""

from __future__ import annotations

import re
from collections import Counter

from extract.linking.cues import TRACK_AFTER, TRACK_SECTION
from extract.linking.sentences import line_span, row_label
from extract.linking.state import Doc, Fact
from extract.linking.tables import column_reading


def _key(f: Fact, part_of: str | None = None) -> tuple[object, ...]:
    return (
        f.org_id,
        frozenset(f.conf_ids),
        f.year,
        f.cm.count if f.cm.count is not None else ("text", f.cm.text),
        f.breakdown_of or part_of,  # two departments' equal counts are two parts of their university's
    )


def _departments(facts: list[Fact]) -> dict[tuple[object, ...], str]:
    """The one department each university's count is a part of (`전기전자공학부에서만 11편`), for the same
    part referred back to (`이 학부에서만 열한 편`)."""
    named: dict[tuple[object, ...], set[str]] = {}
    for f in facts:
        if f.breakdown_of:
            named.setdefault(_key(f)[:4], set()).add(f.breakdown_of)
    return {k: next(iter(v)) for k, v in named.items() if len(v) == 1}


def _track_part(texts: dict[str, str], f: Fact) -> bool:
    """Whether a subset is the papers of one of the conference's tracks (`기술 부문에서는 아이멕이 11건`)."""
    text = texts[f.field]
    return bool(
        TRACK_SECTION.search(text, f.sent_start, f.cm.start) or TRACK_AFTER.match(text, f.cm.end, f.sent_end)
    )


def _keys(texts: dict[str, str], facts: list[Fact]) -> list[tuple[object, ...]]:
    """Each fact's identity: a subset equal to its organization's own count (`네이버 5편` … `5편이 구두
    발표로`) is that count, unless it is one track's (`아이멕(11건)` … `기술 부문에서는 아이멕이 11건`:
    the whole and the track, two facts); two equal parts in one sentence (`파인딩스 1편, 인더스트리
    1편`) or on lines of their own (`▲파인딩스 1편` ⏎ `▲인더스트리 1편`) are two subsets; the n-th
    equal part of a sentence is the n-th of another (the oral papers restated in a quote later:
    `3편이 구두 발표로 뽑혔다` … `올해는 3편이 구두 발표로`), one fact."""
    whole = {_key(f) for f in facts if f.scope != "subset" and not f.headline}
    departments = _departments(facts)
    seen: dict[tuple[object, ...], int] = {}
    done: dict[tuple[object, ...], tuple[object, ...]] = {}  # one count of a list of departments: one part
    out = []
    for f in facts:
        same_count = (f.field, f.cm.start, f.org_id, f.conf_ids, f.year)
        if f.breakdown_of and same_count in done:
            out.append(done[same_count])  # `A학과·B학과 등 다른 학과가 10편`: one part of the university's
            continue
        k = _key(f, departments.get(_key(f)[:4]) if f.scope == "subset" else None)
        if f.scope == "subset" and (k not in whole or _track_part(texts, f)):
            at = (*k, f.field, f.lines_start if f.lines_start >= 0 else f.sent_start)
            nth = seen[at] = seen.get(at, -1) + 1
            k = (*k, "subset", nth)
        # one count read twice is one fact, unless it is given to each of several tracks (`한 편씩`)
        out.append(k if f.copies > 1 else done.setdefault(same_count, k))
    return _apart_by_venue_part(texts, facts, _apart_by_label(texts, facts, out))


# a barred row's label cell (`| Findings | 1편 |`) or a list line's label (`- 파인딩스: 1편`, `▲LBW 6편`)
_TRACK_CELL = re.compile(r"[^\d]{2,30}")
_LINE_LABEL = re.compile(r"\s*(?:[-▲■·•※]\s*)+([^\d\n:]{2,30}?)\s*:?\s*$")


def _label(texts: dict[str, str], f: Fact) -> str:
    """The label of the table row or list line a count stands on when it names no organization
    (`| Findings | 1편 |`), or ``."""
    text = texts[f.field]
    start = line_span(text, f.cm.start)[0]
    if f.org.field == f.field and start <= f.org.start < f.cm.start:
        return ""  # a row or line of its organization (`| 연세대 | 20편 |`): no track's label
    cell = row_label(text, f.cm.start)
    if cell is not None and _TRACK_CELL.fullmatch(cell):
        return cell
    line = _LINE_LABEL.fullmatch(text, start, f.cm.start)
    return line.group(1) if line is not None else ""


def _apart_by_label(
    texts: dict[str, str], facts: list[Fact], keys: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    """Equal counts on rows or lines with different labels (`| Findings | 1편 |` ⏎ `| Industry Session | 1편 |`)
    are two facts; an equal count with no label (a headline's, the prose's) is the first of them."""
    labels = [_label(texts, f) for f in facts]
    by_key: dict[tuple[object, ...], set[str]] = {}
    for k, label in zip(keys, labels, strict=True):
        if label:
            by_key.setdefault(k, set()).add(label)
    out = []
    for k, label in zip(keys, labels, strict=True):
        apart = by_key.get(k, set())
        if len(apart) < 2:
            out.append(k)
        else:
            out.append((*k, "label", label or min(apart)))
    return out


# the main conference and its workshops, named in a count's sentence (`본 학회에서는 1편`, `워크숍에서 1편`)
_MAIN_PART = re.compile(
    r"본\s?학회|본\s?회의|본\s?행사|메인\s?(?:트랙|콘퍼런스|컨퍼런스|세션)|main\s(?:track|conference)", re.I
)
_WORKSHOP_PART = re.compile(r"워크[숍샵]|workshop", re.I)


def _venue_part(texts: dict[str, str], f: Fact) -> str:
    """`main` or `workshop`, whichever its sentence names last before the count (else first after it), or ``."""
    text = texts[f.field]
    before = [
        (m.start(), part)
        for rx, part in ((_MAIN_PART, "main"), (_WORKSHOP_PART, "workshop"))
        for m in rx.finditer(text, f.sent_start, f.cm.start)
    ]
    if before:
        return max(before)[1]
    after = [
        (m.start(), part)
        for rx, part in ((_MAIN_PART, "main"), (_WORKSHOP_PART, "workshop"))
        for m in rx.finditer(text, f.cm.end, f.sent_end)
    ]
    return min(after)[1] if after else ""


def _apart_by_venue_part(
    texts: dict[str, str], facts: list[Fact], keys: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    """Equal counts, one of the main conference and one of a workshop (`본 학회에서는 논문 한 편이` …
    `워크숍에서 1편으로`), are two facts; a count naming neither stays with the main one."""
    times = Counter(keys)  # only equal counts can be told apart by their part of the event
    parts = [_venue_part(texts, f) if times[k] > 1 else "" for f, k in zip(facts, keys, strict=True)]
    by_key: dict[tuple[object, ...], set[str]] = {}
    for k, part in zip(keys, parts, strict=True):
        by_key.setdefault(k, set()).add(part)
    return [
        (*k, "workshop") if part == "workshop" and {"main", "workshop"} <= by_key[k] else k
        for k, part in zip(keys, parts, strict=True)
    ]


def _rank(doc: Doc, f: Fact) -> tuple[bool, bool, bool]:
    """Which of equal facts stands for them, the lowest first: a body statement (or a table row under a
    column of papers, `| 등재 논문 |`) before a headline's, a body line (`▲정규 논문 21편`) before the
    title's, the organization's own count before an equal subset."""
    row = f.field == "text" and column_reading(doc.fields["text"], f.cm.start) is True
    return (f.headline and not row, f.field == "title", f.scope == "subset")


def _undated_same(f: Fact, g: Fact) -> bool:
    """Whether g is the same organization's same count at the same conferences, read as undated."""
    return (
        g is not f
        and g.year is None
        and g.year_source == "cumulative"
        and g.org_id == f.org_id
        and g.conf_ids == f.conf_ids
        and g.cm.count == f.cm.count
    )


def clean_facts(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Facts without duplicates, restatements without a conference, or parents named for their unit's count."""
    uniq: dict[tuple[object, ...], Fact] = {}
    in_body = set()  # the counts the body states too, not only a headline (`▲라인 발표분을 합친 수: 14건`)
    for f, k in zip(facts, _keys(doc.fields, facts), strict=True):
        prev = uniq.get(k)
        if prev is None or _rank(doc, f) < _rank(doc, prev):
            uniq[k] = f
        if prev is not None and any(g.paired < 0 and not g.headline for g in (prev, f)):
            uniq[k].paired = -1  # a count paired by `각각` that the body also states for its owner
        if not (f.headline and doc.above_body(f.field, f.sent_start)):
            in_body.add(k)
    kept = list(uniq.values())
    told = {id(uniq[k]) for k in in_body}
    same_number: dict[tuple[int, int | None], list[Fact]] = {}
    for f in kept:
        if f.cm.count is not None:
            same_number.setdefault((f.cm.count, f.year), []).append(f)
    out = []
    for f in kept:
        if f.cm.count is not None:
            peers = same_number[(f.cm.count, f.year)]
            if not f.conf_ids and any(_with_its_conference(doc, f, g) for g in peers):
                continue  # the same number restated without its conference
            if f.headline and f.org_id.startswith("pattern:") and any(_body_names_owner(f, g) for g in peers):
                continue  # `순환기내과·특성화연구센터, … 71편` over the body's `전남대병원 … 71편`
            if not f.conf_ids and f.headline and any(_body_dated_apart(f, g) for g in kept):
                continue  # `4대 보안학회 논문 17편` over the body's undated 17 at four named venues
            if f.year_source == "published" and any(_undated_same(f, g) for g in kept):
                continue  # `네이버(25건·30위)` after `논문 25건 등`, a tally with no year: the same count
            if f.qualifier == "at_least" and any(_bound_of(f, g) for g in kept):
                continue  # `풀페이퍼가 스무 편을 넘겼다` after the exact 21: the same papers, bounded
            if (
                f.headline
                and f.year_source in ("published", "inherited", "article")
                and (doc.above_body(f.field, f.sent_start) or f.year_source == "published")
                and _restated_in(doc, f, kept)
            ):
                continue  # `구글 한 곳이 544개` dated by publication, over the body's `지난해 … 544개`
            if f.headline and f.year is None and _restated_in(doc, f, kept):
                continue  # `3년간 각각 4·6·9편` in a headline: the body's dated count
            if (
                f.headline
                and f.conf_source != "own"
                and id(f) not in told
                and any(_read_apart(f, g) for g in kept)
            ):
                continue  # `… ICML 워크숍 두 편…3년 만에 논문 40편`: the body reads the 40 without ICML
            if f.headline and f.conf_ids and any(_listed_wider(f, g) for g in peers):
                continue  # `KAIST 논문 2011년 3건…ICML 순위` over the body's NIPS·ICML 3건 of 2011
            if f.scope != "total" and any(_named_for_unit(doc, f, g) for g in peers):
                continue  # a parent (or, in a headline, a sister company) named for what its unit did
        out.append(f)
    out.sort(key=lambda f: (f.field != "title", f.cm.start))
    return out


def _named_for_unit(doc: Doc, f: Fact, g: Fact) -> bool:
    """Whether f names a parent of g's organization (or, in a headline, a sister company) for g's count at
    the same conferences: `네이버가 … 5편을 올렸다` and `네이버 클로바 AI 리서치의 연구 5편` are the unit's
    five; not a body's own statement of a headline unit's count (`네이버는 논문 9편` under `클로바 … 9편`)."""
    if g is f or not (set(g.conf_ids) == set(f.conf_ids) or not f.conf_ids):
        return False
    if f.org_id in doc.lineage(g.org_id)[1:]:
        return f.headline or not g.headline or not f.org_in_sentence()
    if f.org_id == g.org_id and g.scope == "subset" and _track_part(doc.fields, g):
        return False  # a table row's whole (`| 4 | 아이멕 | 11 |`) beside one track's equal part
    return f.headline and not g.headline and bool(set(doc.lineage(f.org_id)) & set(doc.lineage(g.org_id)))


def _body_names_owner(headline: Fact, g: Fact) -> bool:
    """Whether a body fact gives a headline's count (same conferences and year) to an organization
    the gazetteer lists, where the headline names one found only by its form."""
    return (
        not g.headline and not g.org_id.startswith("pattern:") and set(g.conf_ids) == set(headline.conf_ids)
    )


def _body_dated_apart(headline: Fact, g: Fact) -> bool:
    """Whether a body fact states a headline's count for its organization at named conferences,
    under another year (none, when the body's count spans years)."""
    return (
        not g.headline
        and g.org_id == headline.org_id
        and bool(g.conf_ids)
        and g.cm.count == headline.cm.count
        and g.year != headline.year
    )


def _read_apart(headline: Fact, g: Fact) -> bool:
    """Whether a body fact gives a headline's count, whose conferences the headline carried from an
    earlier segment, to the same organization with other conferences (or none)."""
    return (
        not g.headline
        and g.org_id == headline.org_id
        and g.cm.count == headline.cm.count
        and g.conf_ids != headline.conf_ids
    )


def _with_its_conference(doc: Doc, f: Fact, g: Fact) -> bool:
    """Whether g gives f's number for f's organization at conferences, written for it or in the body (a
    headline's carried one, `CVPR 2022서 14편…지난해 66건`, does not stand for the body's undated 66)."""
    carried_above = g.headline and g.conf_source != "own" and doc.above_body(g.field, g.sent_start)
    return g is not f and g.org_id == f.org_id and bool(g.conf_ids) and (f.headline or not carried_above)


def _listed_wider(headline: Fact, g: Fact) -> bool:
    """Whether a body fact gives a headline's count and year to the same organization at more
    conferences, the headline's among them: the headline names one of the list the count is over."""
    return (
        (not g.headline or (g.field == "text" and headline.field == "title"))
        and g.org_id == headline.org_id
        and g.cm.count == headline.cm.count
        and set(headline.conf_ids) < set(g.conf_ids)
    )


def _bound_of(bound: Fact, g: Fact) -> bool:
    """Whether an exact fact of the same organization, conferences and year meets a lower bound."""
    return (
        g is not bound
        and g.qualifier == "exact"
        and (g.org_id, g.conf_ids, g.year) == (bound.org_id, bound.conf_ids, bound.year)
        and (g.cm.count or 0) >= (bound.cm.count or 0)
    )


def _restated_in(doc: Doc, headline: Fact, kept: list[Fact]) -> bool:
    """Whether a body fact restates the headline's count; a table row's whole (`| 4 | 아이멕 | 11 |`) is
    not restated by one track's equal part (`기술 부문에서는 아이멕이 11건`)."""
    whole = headline.scope != "subset"
    return any(_restated(headline, g) and not (whole and _track_part(doc.fields, g)) for g in kept)


def _restated(headline: Fact, g: Fact) -> bool:
    """Whether a body fact (a body line too: a table row `| 2011 | 3건 |`) states the headline's count for
    the same organization and conferences, or for more conferences than the headline carried to the count
    from another of its segments (`3건에서 19건으로…ICML 기관 순위` over the body's NIPS·ICML 19건)."""
    carried_fewer = headline.conf_source != "own" and set(headline.conf_ids) < set(g.conf_ids)
    return (
        g is not headline
        and (not g.headline or (g.field == "text" and headline.field == "title"))
        and g.org_id == headline.org_id
        and (g.conf_ids == headline.conf_ids or carried_fewer)
        and g.cm.count == headline.cm.count
    )
