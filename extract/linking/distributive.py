"""`각각`: several counts paired with a list of organizations, conferences or years."""

from __future__ import annotations

import re

from extract.linking.cues import (
    CLAUSE_BOUNDARY,
    COUNT_LIST_GAP,
    DISTRIBUTIVE,
    EACH_AFTER,
    TIED_BEFORE,
    TIED_RANK_AFTER,
)
from extract.linking.roles import Group
from extract.linking.sentences import Sentence
from extract.matcher import EntityMention
from extract.numerals import CountMatch


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
    also with 각각 after the counts (`NeurIPS와 AAAI에 2편, 1편이 각각 채택`)."""
    dm = None
    for found in DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    if dm is not None:
        dist_start, dist_end = dm.start(), dm.end()
        first = next(j for j in range(len(counts)) if counts[j].start >= dist_end)
        if first < idx:
            return None  # the counts right after 각각 took it: `각각 4편, 6편 등 모두 10편`
        later = [j for j in range(idx, len(counts)) if counts[j].start >= dist_end]
        in_clause = [j for j in later if not CLAUSE_BOUNDARY.search(text, dist_end, counts[j].start)]
    else:
        run = _each_after(text, s, cm, counts, idx)
        if run is None:
            return None
        dist_start = dist_end = cm.start
        later = in_clause = run
    lists: list[tuple[str, list[EntityMention], int]] = []  # kind, distinct members, end of the list
    for kind, groups in (("org", org_groups), ("conf", conf_groups)):
        cands = [g for g in groups if g.end <= dist_start and g.kind == kind]
        if not cands:
            continue
        g = cands[-1]
        members: list[EntityMention] = []
        seen: set[str] = set()
        for m in g.members:
            if m.kind == kind and m.id not in seen:
                members.append(m)
                seen.add(m.id)
        if len(members) >= 2:
            lists.append((kind, members, g.end))
    # the list as long as the counts of the clause, the nearer one on a tie (`A와 B는 CVPR과
    # ICCV에 각각 3편, 4편` pairs the conferences); else the first that fits, as before
    same_length = [
        x for x in lists if len(x[1]) == len(in_clause) and not CLAUSE_BOUNDARY.search(text, x[2], dist_start)
    ]
    if same_length:
        kind, members, _ = max(same_length, key=lambda x: x[2])
        return kind, members, in_clause
    for kind, members, _ in lists:
        if len(later) >= len(members):
            return kind, members, later[: len(members)]
        if len(later) == 1:
            return kind, members, later * len(members)
    return None


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


def _tied(text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], idx: int) -> bool:
    """One count with `모두`/`나란히` before it and a tied rank after it (`공동 7위`), the only count
    between the two: every member of the list before it has that count."""
    if not TIED_BEFORE.search(text, max(s.start, cm.start - 8), cm.start):
        return False
    tied = TIED_RANK_AFTER.match(text[cm.end : s.end])
    return tied is not None and not any(c.start < cm.end + tied.end() for c in counts[idx + 1 :])


_YEAR_MEMBER = r"(?:(?:19|20)\d{2}\s?년?(?:도)?|올해|지난\s?해|작년|재작년)"
_YEAR_LIST = re.compile(rf"({_YEAR_MEMBER})\s*(?:과|와|,|및|·)\s*({_YEAR_MEMBER})(?:에는|에|에도|엔|는)?\s*$")


def pair_years(
    text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], idx: int, groups: list[Group]
) -> list[tuple[int, int, int]]:
    """`2017년과 2018년에는 각각 12건과 19건`, `2021년과 지난해에는 각각 …` → [(count index, start, end of
    its year), …]: counts paired with a list of two years written right before 각각, when no list of
    names in `groups` is nearer."""
    dm = None
    for found in DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    if dm is None:
        return []
    lists_end = max((g.end for g in groups if g.end <= cm.start and len(g.ids()) >= 2), default=-1)
    if dm.start() < lists_end:
        return []
    years = _YEAR_LIST.search(text, s.start, dm.start())
    if years is None:  # the pattern ends at 각각: nothing between the years and it
        return []
    later = [j for j in range(idx, len(counts)) if counts[j].start >= dm.end()]
    if len(later) < 2 or later[0] != idx:
        return []
    return [(later[0], years.start(1), years.end(1)), (later[1], years.start(2), years.end(2))]
