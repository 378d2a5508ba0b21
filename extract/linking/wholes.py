"""Counts that are a whole's and no organization's: a country's, many organizations' together, the
conference's own total, a total beyond a listed breakdown."""

from __future__ import annotations

import re

from extract.linking.cues import (
    AGGREGATE_WORDS,
    CLAUSE_BOUNDARY,
    CONF_TOPIC,
    CONF_WIDE_PAPERS,
    COUNTRY_AGGREGATE,
    LISTED_TOTAL,
    MANY_ORGS,
    PASSIVE_PAPERS_AFTER,
    VENUE,
)
from extract.linking.roles import ROLE_COLLAB, ROLE_OBJ, ROLE_SOURCE, ROLE_TITLE, Group
from extract.linking.sentences import Sentence
from extract.numerals import CountMatch


def is_aggregate_count(
    text: str, s: Sentence, cm: CountMatch, groups: list[Group], counts: list[CountMatch]
) -> bool:
    """A count for a country or for the whole conference, not for an organization: a country
    written as its subject or source before it (`한국에서 32편`, `국내 대학 전체로는`), or a
    conference as topic with an aggregate word (`올해 ICML에는 전체 …편`)."""
    if MANY_ORGS.search(text, max(s.start, cm.start - 30), cm.start):
        return True  # `민간 기업 338곳의 논문 총 2759건`: many organizations' papers together
    if _total_beyond_listed(text, s, cm, counts, groups):
        return True  # `A 11편, B 9편 등 총 178편`: the whole of which the list is a part
    if any(g.kind == "org" and g.end <= cm.start and g.role not in (ROLE_OBJ, ROLE_COLLAB) for g in groups):
        # `A는 541건이었고, 국내 기업 전체 합계는 106건`: a later clause sums the country's
        return _country_together(text, s, cm, groups, _COUNTRY_SUM)
    if _country_together(text, s, cm, groups, _COUNTRY_WHOLE):
        return True  # `국내 기업 전체가 … 채택받은 논문은 106건`: the country's organizations together
    for g in groups:
        if g.end > cm.start or CLAUSE_BOUNDARY.search(text, g.end, cm.start):
            continue
        if g.kind == "country" and COUNTRY_AGGREGATE.match(text, g.end, s.end):
            return True
        if (
            g.kind == "conf"
            and CONF_TOPIC.match(text, g.end, s.end)
            and (AGGREGATE_WORDS.search(text, g.end, cm.start) or _programme(text, s, cm))
        ):
            return True  # `올해 MICRO에는 … 120편 논문이 발표되며`: the conference's programme
    return False


# a country's organizations together before the count in its clause: summed (`국내 기업 전체 합계는`, `한국 기관을 모두
# 합치면`) or as a whole (`국내 기업 전체가`, `한국 대학 전체는`)
_COUNTRY_SUM = re.compile(
    r"\s*(?:(?:기관|대학|기업|연구기관|연구진|연구팀)들?\s*)?(?:전체\s*)?(?:합계|합산|총합|을\s?모두\s?합치면|를\s?모두\s?합치면)"
)
_COUNTRY_WHOLE = re.compile(r"\s*(?:기관|대학|기업|연구기관|연구진)들?\s*전체(?:가|는|의|로는)\s")


def _country_together(
    text: str, s: Sentence, cm: CountMatch, groups: list[Group], together: re.Pattern[str]
) -> bool:
    """Whether the count's clause, with no organization between, counts a country's organizations together."""
    for e in s.entities:
        if e.kind != "country" or e.end > cm.start or CLAUSE_BOUNDARY.search(text, e.end, cm.start):
            continue
        owners_between = any(g.kind == "org" and e.end <= g.start < cm.start for g in groups)
        if together.match(text, e.end) and not owners_between:
            return True
    return False


def _programme(text: str, s: Sentence, cm: CountMatch) -> bool:
    """A hundred or more papers as the subject of a passive after the conference as topic: its
    programme, not a carried subject's count (`ICML에는 12편이 채택됐다` stays the subject's)."""
    many = (cm.count or cm.count_min or 0) >= 100
    return many and PASSIVE_PAPERS_AFTER.match(text, cm.end, s.end) is not None


def _total_beyond_listed(
    text: str, s: Sentence, cm: CountMatch, counts: list[CountMatch], groups: list[Group]
) -> bool:
    """A `등 총 N` after a list of counts (the sentence's `counts`), N more than the listed counts
    together; or a bare `등 N` after counts of two or more organizations (`△A … 6편 △B … 3편 등 16편`)."""
    listed = [c for c in counts if c.end <= cm.start]
    if not LISTED_TOTAL.search(text[s.start : cm.start]):
        owners = {i for g in groups if g.kind == "org" and g.end <= cm.start for i in g.ids()}
        if not (_LISTED_SOME.search(text, s.start, cm.start) and len(owners) >= 2):
            return False
    n = cm.count if cm.count is not None else cm.count_min
    known = [c.count for c in listed if c.count is not None]
    by_conference = all(
        any(e.kind == "conf" and 0 <= c.start - e.end <= 2 for e in s.entities) for c in listed
    )  # `네이버는 ICLR 12편, CVPR 11편 등 총 40편`: the subject's total over those and other venues
    return len(known) >= 2 and n is not None and n > sum(known) and not by_conference


# `… 3편의 논문 등 16편`: a list's members and more
_LISTED_SOME = re.compile(r"(?<![가-힣])등\s*$")


# the whole selection as a clause's topic (`최종 채택은 234편`, `전체 투고 건수는 873편`): the conference's
_PROCESS_TOPIC = re.compile(
    r"(?<![가-힣])(?:최종|전체|총)\s?(?:채택|선정|통과|접수|투고|제출)(?:된\s?(?:논문|원고|연구))?\s?"
    r"(?:은|는|이|가|수는|건수는|편수는|규모는)(?![가-힣])"
)


# an organization named by a common noun as the clause's topic (`회사는`, `학교 측은`, `연구팀이`)
_ORG_NOUN_TOPIC = re.compile(
    r"(?<![가-힣])(?:회사|학교|대학|연구소|연구원|기업|연구진|연구팀)(?:\s?측)?(?:은|는|이|가|도)\s"
)


def is_conference_total(text: str, s: Sentence, cm: CountMatch, groups: list[Group], counted: int) -> bool:
    """A conference's own total, not the carried subject's: in the count's clause, the conference
    (or 학회/대회) before a passive `채택된/발표된/실린 논문` (`올해 ICML에 채택된 논문은 모두 3260편`,
    `이번 학회에서 발표된 논문은 총 2400여편`, `CVPR 2024 전체 채택 논문 2719편`), no organization
    before the count, and more papers than the article has counted so far (`counted`); or, with no
    organization either, the whole selection as the clause's topic (`최종 채택은 234편으로`)."""
    n = cm.count if cm.count is not None else cm.count_min
    if n is None or n <= counted:
        return False
    clause_start = s.start
    for b in CLAUSE_BOUNDARY.finditer(text, s.start, cm.start):
        if not text.startswith("최고", b.start() - 1):  # the noun `최고 권위`, no clause's end
            clause_start = b.end()
    papers = None
    for found in CONF_WIDE_PAPERS.finditer(text, clause_start, cm.start):
        papers = found
    process = _PROCESS_TOPIC.search(text, clause_start, cm.start)
    if papers is None and process is None:
        return False
    if _ORG_NOUN_TOPIC.search(text, clause_start, cm.start):
        return False  # `회사는 … 국제 학회에 실린 논문이 14건이라고`: the company's, named by a noun
    if any(
        g.kind == "org"
        and g.end > clause_start
        and g.start < cm.start
        and g.role not in (ROLE_SOURCE, ROLE_TITLE)
        for g in groups
    ):
        return False
    if papers is None:
        return True  # `최종 채택은 234편으로`: the selection itself is the topic, with no one's name
    return any(
        g.kind == "conf" and g.start >= clause_start and g.end <= papers.start() for g in groups
    ) or bool(VENUE.search(text, clause_start, papers.start()))
