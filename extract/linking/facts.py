"""Building a fact (conferences, year, qualifier, relation), collapsing duplicates, and the schema model."""

from __future__ import annotations

import re

from extract.construct import construct
from extract.linking.conferences import confs_for
from extract.linking.context import SentenceContext
from extract.linking.cues import (
    BASE_AFTER,
    BASE_BEFORE,
    CLAUSE_BOUNDARY,
    FORECAST,
    FORECAST_FIRM,
    REFERENCE_COUNT,
    RELATIONS,
    TRACK_AFTER,
    TRACK_SECTION,
)
from extract.linking.headers import listed_under_track
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.linking.venue_cues import THIS_CONF
from extract.linking.year_words import PREVIOUS_YEAR, YEAR_WORD
from extract.linking.years import year_for, year_word_between
from extract.matcher import EntityMention
from extract.numerals import CountMatch
from output.schema import Mention, PaperCount, Qualifier, Relation, Scope


def _relation(text: str, s: Sentence, cm: CountMatch) -> Relation | None:
    """What the papers of a count are (accepted, oral, award…), read in the count's clause: in
    `지난해 1편을 발표했는데, 올해는 2편이 구두 발표에` only the 2 are oral."""
    start = s.start
    for b in CLAUSE_BOUNDARY.finditer(text, s.start, cm.start):
        start = b.end()
    after = CLAUSE_BOUNDARY.search(text, cm.end, s.end)
    clause = text[start : after.start() if after else s.end]
    for rx, rel in RELATIONS:
        if rx.search(clause):
            return rel
    for rx, rel in RELATIONS:  # else the sentence's, unless it makes a subset (oral, award)
        if rx.search(text, s.start, s.end):
            return None if rel in ("oral", "spotlight", "award") else rel
    return None


def make_fact(
    ctx: SentenceContext,
    cm: CountMatch,
    org: EntityMention,
    org_id: str,
    scope: Scope,
    parent: Fact | None = None,
) -> Fact:
    """A fact for a count and its organization, with conferences, year, qualifier, relation and scope."""
    s, text = ctx.s, ctx.text
    confs, year, year_source, conf_source = _confs_and_year(ctx, cm, parent)
    restated = _pool_restated(ctx, cm, org_id, conf_source)
    if restated is not None:  # `네이버 논문 9편 중 5편은`: the 9 counted before, at its conferences
        confs, year, year_source, conf_source = restated.conf_ids, restated.year, "inherited", "prev"
    if (
        year_source == "published" or (year_source == "inherited" and restated is None)
    ) and cm.count is not None:
        # `구글 한 곳의 544개에 못 미친다` after `지난해 … 구글로, 모두 544개였다`: the count written again, its year;
        # so too after a sentence of last year's base (`지난해 … 5건에 그쳤다. ⏎ … 모두 30편이 채택됐다`)
        again = [
            f
            for f in ctx.state.facts
            if f.org_id == org_id and f.cm.count == cm.count and f.conf_ids == confs
        ]
        year = again[-1].year if again and again[-1].year_source == "word" else year
    relation = _relation(text, s, cm)
    if relation in ("oral", "spotlight", "award") and scope == "unit":
        scope = "subset"
    if parent is not None and org_id == parent.org_id:
        scope = "subset"
    if scope == "unit" and (
        TRACK_SECTION.search(text, s.start, cm.start)
        or TRACK_AFTER.match(text, cm.end, s.end)
        or listed_under_track(text, s.start)
    ):
        scope = "subset"  # `회로 부문에서는 A가 9건`: the papers of one of the conference's tracks
    words = [m.group(1).replace(" ", "") for m in YEAR_WORD.finditer(text, ctx.window_start, cm.start)]
    compared = bool(
        BASE_AFTER.match(text, cm.end, s.end)
        or (words and words[-1] in PREVIOUS_YEAR)
        or BASE_BEFORE.search(text, ctx.window_start, cm.start)
    )
    return Fact(
        compared=compared,
        org=org,
        org_id=org_id,
        conf_ids=confs,
        year=year,
        cm=cm,
        field=s.field,
        sent_start=s.start,
        sent_end=s.end,
        scope=scope,
        relation=relation,
        headline=s.headline,
        qualifier=_qualifier(text, s, cm),
        year_source=year_source,
        conf_source=conf_source,
    )


# research output tallied beside patents, each with its own verb (`논문 234편을 발표하고, 특허 228건 출원`),
# not papers and patents shown at one event (`ISSCC에서 특허 3건과 논문 5편을 공개했다`)
_PATENTS_AFTER = re.compile(
    r"[^.]{0,14}?(?:하고|했고|하며|했으며|했다)\s*,?\s*(?:[가-힣]+\s)?특허\s?[\d,]+\s?건"
)
_PATENTS_BEFORE = re.compile(r"특허\s?[\d,]+\s?건[^.]{0,8}?(?:하고|했고|하며|했으며)\s*,?\s*[^.]{0,20}$")


def _tally_with_patents(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether the count is tallied with a patent count in its sentence, each with its own verb:
    the organization's output over years, no one conference's."""
    text, s = ctx.text, ctx.s
    return bool(
        _PATENTS_AFTER.match(text, cm.end, s.end)
        or _PATENTS_BEFORE.search(text, max(s.start, cm.start - 60), cm.start)
    )


def _pool_restated(ctx: SentenceContext, cm: CountMatch, org_id: str, conf_source: str) -> Fact | None:
    """The earlier fact a pool restates (`A 논문 9편 중 5편은` after A's 9 at Interspeech): the same
    organization's same count, when the pool names no conference of its own."""
    if conf_source == "own" or not REFERENCE_COUNT.match(ctx.text, cm.end, ctx.s.end):
        return None
    same = (f for f in reversed(ctx.state.facts) if f.org_id == org_id and f.cm.count == cm.count)
    return next((f for f in same if f.conf_ids), None)


def _confs_and_year(
    ctx: SentenceContext, cm: CountMatch, parent: Fact | None
) -> tuple[tuple[str, ...], int | None, str, str]:
    """A count's conferences and year, and where each came from (a subset's from its parent)."""
    doc, state, s, text = ctx.doc, ctx.state, ctx.s, ctx.text
    if parent is not None:
        confs = parent.conf_ids
        own, _, own_source = confs_for(ctx, cm)
        if own and own_source == "own" and set(own) <= set(confs or own):
            confs = own  # `주요 학회에서 20편. 이 가운데 ACL 논문이 5편`: the part names its own conference
        orgs = tuple(e.start for e in s.entities if e.kind == "org")  # `작년 … 2위를 차지했던 A의 논문`
        year_word = year_word_between(doc, state, text, ctx.window_start, cm.start, confs, orgs)
        return confs, (year_word if year_word is not None else parent.year), "word", "parent"
    confs, conf_mention, conf_source = confs_for(ctx, cm)
    if _tally_with_patents(ctx, cm):  # `논문 234편을 발표하고, 특허 228건 출원`: all its output, over years
        listed = conf_source == "own" and len(confs) > 1  # `AAAI와 CVPR 등 … 학회에서 234편`: its venues
        return (confs if listed else ()), None, "cumulative", (conf_source if listed else "other")
    year, year_source = year_for(
        doc, state, text, s, cm, confs, conf_mention, ctx.window_start, conf_source, ctx.counts
    )
    last = state.facts[-1] if state.facts else None
    if (
        conf_source == "carried"
        and last is not None
        and year_source == "word"
        and year is not None
        and last.year is not None
        and year > last.year
        and (
            doc.pub_year is None
            or year > doc.pub_year
            or FORECAST.search(text, cm.end, min(s.end, cm.end + 40))
        )
        and not THIS_CONF.search(text, s.start, cm.start)
    ):
        confs = ()  # a later year's count (a goal, a forecast) does not inherit them
    return confs, year, year_source, conf_source


# a presentation the count's papers are scheduled for (`포스터 2개를 발표할 것으로 보인다`): the papers are
# known, only the event is ahead; unless the count itself is what is foreseen (`돌파`, `넘어설`, `채택될`)
_SCHEDULED = re.compile(r"(?:발표|선보|공개|소개|전시)(?:할|일)\s*(?:것|계획|예정)")
# a goal as the topic of the count after it (`다음 목표는 20편`, `목표치는 30편`)
_GOAL = r"목표(?:치|치는|치가|는|로는|로|를|인)?\s*(?:(?!웃도|넘|초과|뛰어|달성|상회|훌쩍)[가-힣]{1,4}\s)?"
_GOAL_BEFORE = re.compile(_GOAL + r"$")
_ACHIEVED_AFTER = re.compile(r"\s?(?:을|를|은|는)?\s?(?:달성|채웠|채워|이뤘|이루었|넘겼|돌파했|초과\s?달성)")
_GOAL_IN_TAIL = re.compile(_GOAL + r"(?=\d|[가-힣]{1,3}\s?편)")
# an intention in the count's own verb (`10편을 내겠다`, `20편 이상 발표하겠습니다`)
_INTENT = re.compile(
    r"\s?(?:이상|넘게|가량)?\s?(?:을|를|이|가|은|는|씩)?\s?(?:더\s)?[가-힣]{1,6}겠(?:다|습니다|으며|고|어요|지만)"
)
_FORESEEN_COUNT = re.compile(r"돌파|넘|이상|달할|달성|육박|늘|증가|채택될|채택되|선정될|통과할")


def _qualifier(text: str, s: Sentence, cm: CountMatch) -> Qualifier:
    """The count's qualifier, a forecast when the words after it say so (`…편 이상 채택될 전망`),
    not when they only schedule the presentation of an exact count (`2개를 발표할 것으로 보인다`)."""
    qualifier: Qualifier = cm.qualifier
    goal_before = _GOAL_BEFORE.search(text, max(s.start, cm.start - 14), cm.start)
    if qualifier in ("exact", "at_least") and goal_before and not _ACHIEVED_AFTER.match(text, cm.end):
        return "forecast"  # `다음 목표는 20편`: a goal (not `목표였던 20편을 달성했다`)
    tail = text[cm.end : s.end][:40]
    goal = _GOAL_IN_TAIL.search(tail)
    tail = (
        tail[: goal.start()] if goal is not None else tail
    )  # `9편, 다음 목표는 20편`: the goal is the next count's
    firm = FORECAST_FIRM.search(tail)
    if (
        qualifier == "exact"
        and firm is not None
        and _SCHEDULED.search(tail, 0, firm.end())
        and not _FORESEEN_COUNT.search(tail, 0, firm.start())
    ):
        return qualifier
    if qualifier in ("exact", "at_least") and FORECAST.search(tail) and (qualifier == "at_least" or firm):
        return "forecast"
    if qualifier in ("exact", "at_least") and _INTENT.match(tail):
        return "forecast"  # `내년에는 10편 이상을 내겠다`: a goal, no count yet
    return qualifier


def to_paper_count(doc: Doc, f: Fact) -> PaperCount:
    """The schema model of a linked fact."""
    gaz = doc.gaz
    if f.org_id in gaz.organizations:
        entry = gaz.organizations[f.org_id]
        name: str = entry.name
        name_en: str | None = entry.name_en
    else:
        name, name_en = f.org.name, f.org.name_en
    org_mention = construct(Mention, field=f.org.field, start=f.org.start, end=f.org.end, text=f.org.text)
    conf_names = [
        gaz.conferences[c].name if c in gaz.conferences else c.removeprefix("pattern:") for c in f.conf_ids
    ]
    text = doc.fields[f.field]
    evidence = construct(
        Mention, field=f.field, start=f.sent_start, end=f.sent_end, text=text[f.sent_start : f.sent_end]
    )
    return construct(
        PaperCount,
        organization_id=f.org_id,
        organization=name,
        organization_en=name_en,
        organization_mention=org_mention if _mention_valid(doc, org_mention) else None,
        conferences=conf_names,
        year=f.year,
        count=f.cm.count,
        count_min=f.cm.count_min,
        count_max=f.cm.count_max,
        count_text=f.cm.text,
        qualifier=f.qualifier,
        relation=f.relation,
        scope=f.scope,
        evidence=evidence,
        confidence=f.confidence,
    )


def _mention_valid(doc: Doc, m: Mention) -> bool:
    t = doc.fields.get(m.field)
    return t is not None and t[m.start : m.end] == m.text
