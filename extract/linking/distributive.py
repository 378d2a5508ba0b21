"""`각각`: several counts paired with a list of organizations, conferences or years."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.linking.cues import (
    CLAUSE_BOUNDARY,
    COUNT_LIST_GAP,
    DISTRIBUTIVE,
    EACH_AFTER,
    JOINT,
    TIED_BEFORE,
    TIED_RANK_AFTER,
    TOTAL_WORD,
)
from extract.linking.roles import ROLE_SUBJ, Group
from extract.linking.sentences import Sentence
from extract.matcher import EntityMention
from extract.numerals import CountMatch


def _before_a_total(text: str, counts: list[CountMatch], run: list[int]) -> list[int]:
    """The counts of a run up to the first one a total word stands before (`A 및 B 각각 7편 등 총 178편`:
    178 is no member's)."""
    for k in range(1, len(run)):
        gap = text[counts[run[k - 1]].end : counts[run[k]].start]
        if TOTAL_WORD.search(gap) or "포함" in gap:
            return run[:k]
    return run


def _distributive_word(text: str, s: Sentence, cm: CountMatch) -> re.Match[str] | None:
    """The last `각각` before the count, unless an earlier clause's while the count has its own `씩`."""
    dm = None
    for found in DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    if dm is not None and text.startswith("씩", cm.end) and CLAUSE_BOUNDARY.search(text, dm.end(), cm.start):
        return None  # `A와 B가 각 4건이었고, C·D가 3건씩`: the 각 of an earlier clause
    return dm


def pair_distributive(
    text: str,
    s: Sentence,
    cm: CountMatch,
    counts: list[CountMatch],
    idx: int,
    org_groups: list[Group],
    conf_groups: list[Group],
) -> tuple[str, list[EntityMention], list[int]] | None:
    """`A·B가 각각 15건, 25건` → pairs; `CVPR과 ICCV에서 각각 10편, 8편` → conference pairs;
    also with 각각 after the counts (`NeurIPS와 AAAI에 2편, 1편이 각각 채택`), and one count with 씩
    (`A·B·C는 나란히 5건씩`: each has 5)."""
    dm = _distributive_word(text, s, cm)
    if dm is not None:
        dist_start, dist_end = dm.start(), dm.end()
        first = next(j for j in range(len(counts)) if counts[j].start >= dist_end)
        if first < idx:
            return None  # the counts right after 각각 took it: `각각 4편, 6편 등 모두 10편`
        # `A와 B에서 각각 9편, C에서 8편`: a conference named after the first count opens an entry of its own;
        # `A와 B가 각각 6편씩, 그 밖의 기관이 2편`: each has the one count
        stop = min(
            [_next_pairing(text, s, dist_end, org_groups)]
            + [g.start for g in conf_groups if g.start >= cm.end]
        )
        later = [j for j in range(idx, len(counts)) if dist_end <= counts[j].start < stop]
        later = [idx] if text.startswith("씩", cm.end) else _before_a_total(text, counts, later)
        in_clause = [j for j in later if not CLAUSE_BOUNDARY.search(text, dist_end, counts[j].start)]
    elif text.startswith("씩", cm.end) or text.startswith(" 씩", cm.end):
        dist_start = dist_end = cm.start  # `A·B·C는 5건씩`: the same count for each
        later = in_clause = [idx]
    else:
        run = _each_after(text, s, cm, counts, idx)
        if run is None and _next_in_a_run(text, cm, counts, idx):
            run, conf_groups = [idx], []  # a list of organizations in a run of their counts
        if run is None:
            return None
        dist_start = dist_end = cm.start
        later = in_clause = run
    partner = _tied_with_partner(text, s, cm, org_groups) if in_clause == [idx] else None
    if partner is not None:
        return "org", partner, [idx, idx]  # `A는 B와 나란히 8편`: each of the two has 8
    lists = _lists_before(dist_start, org_groups, conf_groups)
    # the list as long as the counts of the clause, the nearer one on a tie (`A와 B는 CVPR과
    # ICCV에 각각 3편, 4편` pairs the conferences); else the first that fits, as before
    same_length = [
        x for x in lists if len(x[1]) == len(in_clause) and not CLAUSE_BOUNDARY.search(text, x[2], dist_start)
    ]
    if same_length:
        kind, members, _ = max(same_length, key=lambda x: x[2])
        return kind, members, in_clause
    for kind, members, _ in lists:
        if len(in_clause) == 1 and len(later) > 1:  # `A와 B가 각 4건이었고, C·D가 3건씩`: each has 4
            return kind, members, in_clause * len(members)
        if len(later) >= len(members):
            return kind, members, later[: len(members)]
        if len(later) == 1:
            return kind, members, later * len(members)
    return None


_WITH_PARTNER_TIED = re.compile(r"\s?(?:와|과)\s?(?:함께\s?)?(?:나란히|똑같이|같은)\s?$")


def _tied_with_partner(
    text: str, s: Sentence, cm: CountMatch, org_groups: list[Group]
) -> list[EntityMention] | None:
    """`A는 B와 나란히 8편`: the topic and the partner it is tied with, when the partner is the one
    organization right before the count and the topic the one written as subject before it."""
    before = [g for g in org_groups if g.kind == "org" and g.end <= cm.start]
    if len(before) < 2 or len(before[-1].ids()) != 1 or len(before[-2].ids()) != 1:
        return None
    partner, topic = before[-1], before[-2]
    if topic.role != ROLE_SUBJ or not _WITH_PARTNER_TIED.fullmatch(text, partner.end, cm.start):
        return None
    if CLAUSE_BOUNDARY.search(text, topic.end, partner.start):
        return None
    return [topic.members[0], partner.members[0]]


def _next_pairing(text: str, s: Sentence, dist_end: int, org_groups: list[Group]) -> int:
    """Where the counts a `각각` pairs end: at the next `각각`, or at the next organization named
    (`A와 B가 각각 2개, C와 D가 각각 1개씩`: the 1 is C's and D's; `A와 B가 각각 16편, C 14편`)."""
    stops = [m.start() for m in DISTRIBUTIVE.finditer(text, dist_end, s.end)]
    stops += [g.start for g in org_groups if g.start >= dist_end and _opens_an_entry(text, g)]
    return min(stops, default=s.end)


_OWN_COUNT_NEXT = re.compile(r"\s?(?:은|는|이|가|도)?\s?\(?\s?\d")


def _opens_an_entry(text: str, g: Group) -> bool:
    """Whether a list of organizations opens an entry of its own: the subject of a clause, or
    followed by its count (`C 14편`, `C(14편)`); not a partner (`구글과 공동으로`)."""
    return g.role == ROLE_SUBJ or _OWN_COUNT_NEXT.match(text, g.end) is not None


def _lists_before(
    dist_start: int, org_groups: list[Group], conf_groups: list[Group]
) -> list[tuple[str, list[EntityMention], int]]:
    """The last list of organizations and of conferences before `dist_start` with two or more
    distinct members: kind, distinct members, end of the list."""
    lists: list[tuple[str, list[EntityMention], int]] = []
    for kind, groups in (("org", org_groups), ("conf", conf_groups)):
        cands = [g for g in groups if g.end <= dist_start and g.kind == kind]
        if not cands:
            continue
        g = cands[-1]
        members = list({m.id: m for m in reversed(g.members) if m.kind == kind}.values())[::-1]
        if len(members) >= 2:
            lists.append((kind, members, g.end))
    return lists


def _each_after(
    text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], idx: int
) -> list[int] | None:
    """The counts 각각 after them pairs with a list (`2편, 1편이 각각`, `7편과 9편을 각각`), or the one
    count every member has (`A, B가 모두 5건으로 공동 7위`), else None."""
    run = [idx]
    while run[-1] + 1 < len(counts) and COUNT_LIST_GAP.fullmatch(
        text, counts[run[-1]].end, counts[run[-1] + 1].start
    ):
        run.append(run[-1] + 1)
    if len(run) >= 2 and EACH_AFTER.match(text, counts[run[-1]].end, s.end):
        return run
    return [idx] if _tied(text, s, cm, counts, idx) else None


# a list's one count as the next entry of a run of counts (`C는 16편, A와 B는 15편이었고, D가 14편`)
_RUN_ENTRY = re.compile(r"\s*(?:이었고|였고|이고|으로|로)?\s*,\s*[^,.()\d]{2,40}?(?:은|는|이|가|도)\s?")
_RUN_GOES_ON = re.compile(r"\s*(?:이었고|였고|이고|이며|으로|로|을|를)?\s*(?:,|\.|$)|(?:이었다|였다|이다)")


def _next_in_a_run(text: str, cm: CountMatch, counts: list[CountMatch], idx: int) -> bool:
    """Whether the count is an entry of a run of organizations' counts, right after a comma
    that ends the entry before: in a ranking, a list with one count has it each, not together."""
    if idx == 0 or JOINT.search(text, counts[idx - 1].end, cm.start):
        return False
    return bool(
        _RUN_ENTRY.fullmatch(text, counts[idx - 1].end, cm.start) and _RUN_GOES_ON.match(text, cm.end)
    )


def _tied(text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], idx: int) -> bool:
    """One count with `나란히` (`똑같이`) before it, or a tie after it (`공동 7위` with `모두` before
    it; `어깨를 나란히`, `동률`, `같은 줄` alone), the only count between the two: every member of the
    list before it has that count."""
    before = TIED_BEFORE.search(text, max(s.start, cm.start - 8), cm.start)
    tied = TIED_RANK_AFTER.match(text[cm.end : s.end])
    if before is None:
        if tied is None or not tied.group("tie"):
            return False  # `A와 B도 28편으로 어깨를 나란히 했다`: a tie said after the count is enough
    elif before.group().strip() in ("나란히", "똑같이", "동일하게"):
        return True  # `A와 B의 논문은 나란히 9건`: the same count for each, whatever follows
    elif _BOTH_OF_THEM.search(text, max(s.start, cm.start - 16), cm.start):
        return True  # `A와 B로 두 기관 모두 8편이 뽑혔다`: each of them
    return tied is not None and not any(c.start < cm.end + tied.end() for c in counts[idx + 1 :])


_BOTH_OF_THEM = re.compile(
    r"(?:두|세|네|양)\s?(?:기관|곳|회사|대학|기업|학교|업체|사)\s?(?:이|가|은|는)?\s?모두\s*$"
)
_YEAR_MEMBER = re.compile(r"(?:19|20)\d{2}\s?년?(?:도)?|올해|지난\s?해|작년|재작년")
_YEAR_LIST = re.compile(rf"(?:{_YEAR_MEMBER.pattern})(?:\s*(?:과|와|,|및|·)\s*(?:{_YEAR_MEMBER.pattern}))+")
# what may stand between the list of years and 각각, once a conference named there is taken out
_YEARS_TO_EACH = re.compile(
    r"\s*(?:에는|에서는|에서|에도|에|엔|의|는)?\s*(?:에는|에서는|에서|에도|에|엔)?\s*"
)


def pair_years(
    text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], idx: int, groups: list[Group]
) -> list[tuple[int, int, int]]:
    """`2017년과 2018년에는 각각 12건과 19건`, `2021년과 지난해에는 각각 …`, `2022년, 2023년 CVPR에서
    각각 5편, 9편` → [(count index, start, end of its year), …]: counts paired with a list of years
    written right before 각각 (one conference may stand between), when no list of names in `groups`
    is nearer; one count alone in its clause is each year's (`작년과 올해는 각각 10편`)."""
    dm = None
    for found in DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    if dm is None:
        return []
    lists_end = max((g.end for g in groups if g.end <= cm.start and len(g.ids()) >= 2), default=-1)
    if dm.start() < lists_end:
        return []
    years = None
    for found_years in _YEAR_LIST.finditer(text, s.start, dm.start()):
        years = found_years
    if years is None or not _only_a_conference_between(text, years.end(), dm.start(), groups):
        return []
    members = list(_YEAR_MEMBER.finditer(years.group(0)))
    later = [j for j in range(idx, len(counts)) if counts[j].start >= dm.end()]
    if not later or later[0] != idx:
        return []
    at = years.start()
    if len(later) < len(members):
        if len(later) > 1 and not CLAUSE_BOUNDARY.search(text, cm.end, counts[later[1]].start):
            return []
        return [(idx, at + m.start(), at + m.end()) for m in members]  # `작년과 올해는 각각 100여 편`: each
    return [(j, at + m.start(), at + m.end()) for j, m in zip(later, members, strict=False)]


def _only_a_conference_between(text: str, start: int, end: int, groups: list[Group]) -> bool:
    """Whether `text[start:end]` holds nothing but particles and at most one conference name."""
    confs = [m for g in groups for m in g.members if m.kind == "conf" and start <= m.start and m.end <= end]
    if len({m.id for m in confs}) > 1:
        return False
    gap = text[start:end]
    for m in sorted(confs, key=lambda m: -m.start):
        gap = gap[: m.start - start] + gap[m.end - start :]
    return _YEARS_TO_EACH.fullmatch(gap) is not None


# the organizations just counted, named again together (`두 회사는`, `두 학교는`, `양사는`)
COLLECTIVE_EACH = re.compile(
    r"(?:(두|세|네)\s?(?:회사|기업|곳|학교|대학|기관|연구소|조직)|(양사|양교|양\s?기관))\s*(?:은|는|이|가|도|모두)?"
)
_HOW_MANY = {"두": 2, "세": 3, "네": 4}


def pair_collective(
    text: str,
    s: Sentence,
    cm: CountMatch,
    counts: list[CountMatch],
    idx: int,
    groups: list[Group],
    recent: Sequence[EntityMention],
    named_before: Sequence[EntityMention] = (),
) -> tuple[str, list[EntityMention], list[int]] | None:
    """`A는 50편, B는 32편이다. 두 학교는 지난해 각각 38편, 25편을 냈다`: with no list in the
    sentence, a collective reference before 각각 pairs the counts with the organizations the
    article counted last, in their order, when there are as many of them as it says; or with those
    the sentence before named without counting (`그 뒤는 A와 B가 이었다. 두 회사는 각각 …`). One count
    after 각각 is each one's (`두 회사는 각각 13건씩`)."""
    if any(g.kind == "org" and g.end <= cm.start for g in groups):
        return None
    dm = None
    for found in DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    coll = None
    for found_coll in COLLECTIVE_EACH.finditer(text, s.start, dm.start() if dm else s.start):
        coll = found_coll
    if dm is None or coll is None:
        return None
    n = _HOW_MANY.get(coll.group(1) or "", 2)
    later = [j for j in range(idx, len(counts)) if counts[j].start >= dm.end()]
    later = [j for j in later if not CLAUSE_BOUNDARY.search(text, dm.end(), counts[j].start)]
    members = _distinct(named_before)
    if len(members) != n:
        members = _distinct(reversed(recent), n)[::-1]  # the last n counted, in their order
    if len(later) == 1 and later[0] == idx:
        later = later * n  # `두 회사는 각각 13건씩`: one count, each member's
    if len(members) != n or len(later) != n or later[0] != idx:
        return None
    return "org", members, later


def _distinct(mentions: Iterable[EntityMention], limit: int | None = None) -> list[EntityMention]:
    """The mentions with the first of each id, in order, up to `limit` of them."""
    out: list[EntityMention] = []
    for m in mentions:
        if limit is not None and len(out) == limit:
            break
        if all(m.id != x.id for x in out):
            out.append(m)
    return out


_EACH_AFTER_COUNT = re.compile(r"\s?씩")


def each_conference(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether one count is each of its conferences' (`두 학회에서 각각 9건씩`, `두 대회에 5편씩`):
    각각 right before it, or 씩 after it."""
    return bool(
        DISTRIBUTIVE.search(text, max(s.start, cm.start - 8), cm.start)
        or _EACH_AFTER_COUNT.match(text, cm.end)
    )


def in_bare_run(counts: Sequence[CountMatch], text: str, idx: int) -> bool:
    """Whether the count is one of several written one after the other with only a comma or `과`
    between (`15편, 12편, 18편`, not `12건, 두 자릿수로`) and no `각각` pairing them: one owner cannot have them all."""
    before = idx > 0 and COUNT_LIST_GAP.fullmatch(text, counts[idx - 1].end, counts[idx].start)
    after = idx + 1 < len(counts) and COUNT_LIST_GAP.fullmatch(text, counts[idx].end, counts[idx + 1].start)
    return bool((before and counts[idx - 1].counter) or (after and counts[idx + 1].counter))
