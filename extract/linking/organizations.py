"""The organization of a count: nearest mention, carried subject, subsets, totals lifted to a parent, joint papers."""

from __future__ import annotations

import re

from extract.linking.anaphora import referred_owner
from extract.linking.context import SentenceContext
from extract.linking.cues import (
    AFFILIATE_WORDS,
    CLASS_RECORD,
    CLAUSE_BOUNDARY,
    COLLECTIVE,
    COMPARISON_CLASS,
    CONF_WIDE,
    DISTRIBUTIVE,
    EVENT_TOPIC,
    GENERIC_RARITY,
    HOST_PLACE,
    JOINT,
    LIST_CLAUSE_END,
    LOCATIVE,
    PERSON_AFTER,
    PERSON_BEFORE,
    SUBSET_LEAD,
    SURVEY_OBJECT,
    WHOLE_WORDS,
)
from extract.linking.inclusions import combined_list_owner, included_owner, total_owner
from extract.linking.lineage import (
    common_parent,
    joint_owner,
    unit_in_apposition,
    unit_written_after,
    university_of_departments,
)
from extract.linking.owned_after import (
    country_written_after,
    line_owner,
    owner_written_after,
    regions_before,
    venues_counted,
    written_owner,
)
from extract.linking.roles import (
    ROLE_BARE,
    ROLE_COLLAB,
    ROLE_EVENT,
    ROLE_GEN,
    ROLE_OBJ,
    ROLE_SOURCE,
    ROLE_SUBJ,
    ROLE_TITLE,
    Group,
    a_medium_or_giver,
)
from extract.linking.self_report import own_papers_of_subject, self_report
from extract.linking.speaker import unnamed_speakers_we
from extract.linking.state import is_ancestor
from extract.linking.subsets import (
    NOBODY,
    Around,
    Owner,
    owned_after_count,
    part_of_a_fact,
    part_of_a_stated_count,
    remainder_of,
    subset_owner,
)
from extract.linking.tables import row_owner
from extract.linking.totals import listed_sum_parts
from extract.linking.unclear import generic_subject, is_not_owned, is_unnamed_members, statistics_go_on
from extract.linking.unstated import is_remainder
from extract.matcher import EntityMention
from extract.numerals import CountMatch


def resolve_org(ctx: SentenceContext, cm: CountMatch) -> Owner:
    """The organization a count belongs to, its scope, and the fact it is a subset of; for a
    joint paper of a list of organizations (`A와 B가 공동 논문 1편`), no organization and the list."""
    text, s = ctx.text, ctx.s
    if any(g.role == ROLE_EVENT and g.end <= cm.start for g in ctx.org_groups):
        return NOBODY  # `A는 'A 학술대회'에 논문 300편이 접수됐다`: the event's papers
    if (in_row := row_owner(text, s.entities, cm.start)) is not None:
        return Owner(in_row)  # `| 1 | A | 미국 | 820건 |`: the row's organization, not its country
    around = _around(ctx, cm)
    if _is_nobodys(ctx, cm, around.before):
        return NOBODY
    if (summed := listed_sum_parts(ctx.pending, text, cm)) is not None:
        return _named_total(ctx, summed)  # `A가 4편, B가 2편, C가 1편으로 총 7편`: the named owner's
    inclusion = ctx.inclusion
    inner = included_owner(ctx, cm)
    if inner is not None:
        return inner
    if (own := written_owner(ctx, cm)) is not None:
        return Owner(own, "unit", None)
    if (rest := _rest_owner(ctx, cm)) is not None:
        return rest  # `7편을 발표한다. 나머지 여섯 편은 …`: the rest of its count, or its own organization's
    subset = subset_owner(ctx, cm, around)
    if subset is not None:
        return subset
    if inclusion.end >= 0 and cm.start >= inclusion.end and (inclusion.included or inclusion.affiliate):
        if inclusion.included and all(e.kind == "country" for e in inclusion.included):
            return NOBODY  # `유럽과 북미를 합친 101편`: the regions', no organization's
        combined = combined_list_owner(ctx)
        return combined if combined is not None else total_owner(ctx, around.before)
    owner_after = owner_written_after(ctx, cm)
    if owner_after is not None:
        members = [m for m in owner_after.members if m.kind == "org"]
        if len(members) > 1:
            return Owner(None, joint=_distinct(members))  # `8편이 채택된 A와 B`: each A's and B's
        return Owner(members[0], "unit", None)
    before = around.before
    collective = _collective_owner(ctx, cm, before)
    if collective is not None:
        return collective
    reporter = self_report(ctx, cm, before) or own_papers_of_subject(ctx, cm, before)
    if reporter is not None:
        return reporter
    if before:
        return _list_subject(ctx, cm, before[-1]) or _owner_before(ctx, cm, before)
    return _owner_otherwise(ctx, cm, around.after)


def _collective_owner(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> Owner | None:
    """The owner of a count a collective word writes for several (`두 회사가`, `A 계열사 두 곳은`), if any."""
    text, s = ctx.text, ctx.s
    window = _collective_window(ctx, cm, before)
    if not COLLECTIVE.search(window) or (
        before and before[-1].kind == "org" and not COLLECTIVE.search(text[before[-1].end : cm.start])
    ):
        return None
    if before and before[-1].kind == "org" and _ITS_COLLECTIVE.match(text, before[-1].end, cm.start):
        return Owner(before[-1].members[0], "total", None)  # `A 계열사 두 곳은 … 25건`: A's total
    if before and before[-1].kind == "org" and len(before[-1].ids()) > 1:
        # `A와 B는 … 두 회사 몫을 합해 14건`
        return _named_total(ctx, [m for m in before[-1].members if m.kind == "org"])
    if not before and len(ctx.state.subject_list) > 1 and _PLURAL_OWNERS_OF.search(text, s.start, cm.start):
        return _named_total(ctx, list(ctx.state.subject_list))  # `A와 B는 …. 두 회사가 함께 14건`
    if (
        before
        or len({e.id for e in ctx.state.recent_orgs}) > 1
        or ctx.state.subject is None
        or _PLURAL_OWNERS.search(text, s.start, cm.start)
    ):
        return Owner(common_parent(ctx.doc.gaz, _recent_owners(ctx)), "total", None)
    return None  # one organization so far (`이 대학원은 … A, B, C 네 곳에 모두 17편`): its total over venues


def _rest_owner(ctx: SentenceContext, cm: CountMatch) -> Owner | None:
    """The owner of the rest of an earlier count (`나머지 여섯 편은`): that count's organization, or the one the
    rest's clause names as its own (`나머지 한 편은 국내 B 연구진이`)."""
    rest = remainder_of(ctx, cm) if is_remainder(ctx.text, ctx.s, cm) else None
    if rest is None:
        return None
    # the one the rest's clause names as its writer (`나머지 한 편은 B 국내 연구진의 성과다`), not `국내` beside it
    after = (g for g in ctx.org_groups if g.start >= cm.end and owned_after_count(ctx.text, cm, g, ctx.s.end))
    named = owner_written_after(ctx, cm) or next(after, None)
    orgs = [m for m in named.members if m.kind == "org"] if named is not None else []
    if len({m.id for m in orgs}) == 1 and orgs[0].id != rest.org_id:
        return Owner(orgs[0], "unit", None)
    return Owner(rest.org, "subset", rest)


def _list_subject(ctx: SentenceContext, cm: CountMatch, nearest: Group) -> Owner | None:
    """A count in a later clause after several organizations each took their own count (`A는
    21개, B는 14개의 논문을 등재해 지난해 수(40개)에 육박했다`): the list's, so their common
    parent when the article names it, else nobody; not the last member's."""
    owned = [f for f in ctx.pending if f.sent_start == ctx.s.start]
    if len({f.org_id for f in owned}) < 2 or not owned or nearest.end > owned[-1].cm.start:
        return None
    if not LIST_CLAUSE_END.search(ctx.text, owned[-1].cm.end, cm.start):
        return None
    if SUBSET_LEAD.search(ctx.text, owned[-1].cm.end, cm.start):
        return NOBODY  # `A 4편, B 2편을 발표했고, 이 가운데 1편은`: a part of A's or of B's, no one knows
    before_last = next((f for f in reversed(owned) if f.org_id != owned[-1].org_id), None)
    if before_last is not None and _VERB_CLAUSE_END.search(ctx.text, before_last.cm.end, owned[-1].org.start):
        return None  # `A는 16건으로 … 넘어섰고, B도 9건을 올려 지난해 13편의 기록에`: B's clause, not a list
    parent = common_parent(ctx.doc.gaz, [f.org for f in owned])
    if parent is not None and parent.id in ctx.doc.named:
        return Owner(parent, "total", None)
    return NOBODY


# a clause ending in its own verb (`…넘어섰고, `), not a list's comma (`A는 21개, B는 14개`)
_VERB_CLAUSE_END = re.compile(r"(?:며|고|면서|으나|지만|는데)[,]?\s+")


def _around(ctx: SentenceContext, cm: CountMatch) -> Around:
    """The organization lists that can own a count: not objects, sources, collaborators, event
    hosts or a person's title, not a medium posted on, not inside an inclusion clause, not a country as a place (`미국에서`) or as the class of
    a record (`국내 기업 최다 7편`)."""
    excluded = ctx.inclusion.excluded
    usable = [
        g
        for g in ctx.org_groups
        if g.role not in (ROLE_OBJ, ROLE_COLLAB, ROLE_SOURCE, ROLE_EVENT, ROLE_TITLE)
        and not any(id(m) in excluded for m in g.members)
        and not (g.kind == "country" and LOCATIVE.match(ctx.text, g.end, ctx.s.end))
        and not (g.kind == "country" and HOST_PLACE.match(ctx.text, g.end, ctx.s.end))
        and not (g.kind == "country" and CLASS_RECORD.match(ctx.text, g.end, ctx.s.end))
        and not a_medium_or_giver(ctx.text, g, ctx.s.start, ctx.s.end)
    ]
    return Around([g for g in usable if g.end <= cm.start], [g for g in usable if g.start >= cm.end])


# the papers an event shows, as what the event was (`논문 70편을 한자리에서 소개하는 행사였다`)
_EVENTS_PROGRAMME = re.compile(
    r"[^.]{0,16}?(?:소개|발표|공유|선보이)(?:하는|는)\s(?:행사|자리)(?:였|이었|이다|다|로)"
)
_DESCRIPTION_DASH = re.compile(r"\s[–—-]\s|(?<=[편건개]):\s")  # `– …`, `두 편: …`


def _is_nobodys(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> bool:
    """Counts no organization owns: conference-wide totals, people's, generic statements, what a
    survey covered, a paragraph ranking professors, counts per person, an event's programme."""
    text, s = ctx.text, ctx.s
    any_org_before = any(g.kind == "org" for g in before) or bool(
        ctx.inclusion.included and ctx.inclusion.end <= cm.start
    )  # `구글로 세 학회를 합쳐 310편`: the organization whose venues are summed
    large = (cm.count or cm.count_min or 0) >= 300  # also `2000여건의 초록이 발표될 예정`: the conference's
    # `▲A 2편 – 제출 시간 데이터를 쓴 연구`: what follows the dash is the papers' content
    dash = _DESCRIPTION_DASH.search(text, cm.end, s.end)
    wide = CONF_WIDE.search(text, s.start, dash.start() if dash else s.end)
    if (
        wide is not None
        and wide.start() >= cm.end
        and (part_of_a_fact(ctx, cm) or CLAUSE_BOUNDARY.search(text, cm.end, wide.start()))
    ):  # `이 가운데 두 편은 제출 논문의 4%에만 주어지는 구두 발표에`, `두 건을 올렸고, 제출 논문 상위 4%에만 …`
        wide = None  # the session described, or a later clause's
    if not any_org_before and (wide is not None or (large and owner_written_after(ctx, cm) is None)):
        return True  # not `544개 발표한 구글`: a large count of the organization its clause modifies
    anchor = before[-1].end if before else s.start
    rest = text[cm.end : s.end]
    org_near = any(g.kind == "org" for g in ctx.org_groups)
    return bool(
        is_not_owned(text, s, cm, anchor, org_near, ctx.state.facts, org_before=any_org_before)
        or (PERSON_BEFORE.search(text, anchor, cm.start) and not part_of_a_stated_count(ctx, cm))
        or is_unnamed_members(s, text, cm, ctx.counts)  # `A 논문 2편·B 1편`, B unknown
        or PERSON_AFTER.match(rest)
        or unnamed_speakers_we(text, s, cm)  # `한 경쟁사 관계자는 "우리도 3편을 …"`
        or generic_subject(text, anchor, cm.start, bool(before))  # `한 기업이 10편 이상을 내는 경우는 드물다`
        or GENERIC_RARITY.match(rest)
        or SURVEY_OBJECT.match(rest)  # `논문 2천여 건 전수조사`: what a survey covered
        or country_written_after(ctx, cm)  # `아홉 편이 한국 연구진의 손에서 나왔다`: the country's
        or _EVENTS_PROGRAMME.match(rest) is not None  # `논문 70편을 소개하는 행사였다`: an event's programme
        or (ctx.state.person_ranking == (s.field, s.para) and not before)  # `교수 개별로는 … 15편`
    )


# a genitive of a thing that is not papers (`B의 표적항암제`), not of papers or researchers (`B의 논문`, `B의 연구진`)
_GEN_OF_A_THING = re.compile(
    r"\s*의\s*(?!논문|연구|초록|성과|실적|몫|팀|랩|교수|[가-힣]*(?:연구진|연구팀))[가-힣]"
)


def _owner_before(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> Owner:
    """The owner among the lists written before a count: a university for its departments, a
    common parent or a joint paper for a list, the parent named before for a group-wide total,
    else the nearest organization."""
    doc, text, state = ctx.doc, ctx.text, ctx.state
    g = before[-1]
    subjects = [h for h in before[:-1] if h.kind == "org" and h.role == ROLE_SUBJ and len(h.ids()) == 1]
    if subjects and (
        (g.kind == "country" and g.role == ROLE_BARE)
        or (g.kind == "org" and g.role == ROLE_GEN and _GEN_OF_A_THING.match(text, g.end))
    ):  # `A는 중국 위암 임상 결과 등 네 건`, `A는 B의 표적항암제 … 병용 임상 등 다섯 건`: a modifier
        return Owner(subjects[-1].members[0], "unit", None)
    university = university_of_departments(doc, text, g, cm.start)
    if university is not None:
        return Owner(university, "subset", None)
    own_self = subjects[-1].members[0] if subjects else state.subject
    if (
        own_self is not None
        and g.kind == "org"
        and _ITSELF_AND.search(text, max(ctx.s.start, g.start - 16), g.start)
    ):
        return Owner(own_self, "total", None)  # `A는 자사와 자회사 B가 … 347편`: A's with its unit's
    if len(g.ids()) > 1 and g.kind == "org":
        members = [m for m in g.members if m.kind == "org"]
        unit = unit_in_apposition(doc, text, members)
        if unit is not None:
            return Owner(unit, "unit", None)  # `SKT 'T-브레인'`: the company's unit, named after it
        if unit_written_after(text, members):
            return Owner(members[0], "subset", None)  # `전남대병원 순환기내과는`: a part of the hospital's
        if (
            ctx.s.headline
            and len(members) > 1
            and _HEADLINE_TOPIC.fullmatch(text, members[0].end, members[1].start)
            and is_ancestor(doc.gaz, members[0].id, members[1].id)
        ):
            return Owner(members[1], "unit", None)  # `네이버, 클로바 두 편`: the headline's topic, its unit
        owner = joint_owner(doc.gaz, members)
        if owner is not None and owner not in members and owner.id not in doc.named:
            owner = None  # never a parent the article does not name
        joint_words = JOINT.search(text, g.end, cm.start) and not DISTRIBUTIVE.search(text, g.end, cm.start)
        if joint_words and (owner is None or owner not in members):
            return NOBODY  # a joint paper: each organization's
        return Owner(owner, "total", None)
    if AFFILIATE_WORDS.search(text, g.end, cm.start) or WHOLE_WORDS.search(text, g.end, cm.start):
        # `LG는 LG AI연구원이 7편, LG전자가 2편을 발표해 그룹 전체로 9편`: the parent named before
        outer = [m for h in before for m in h.members if is_ancestor(doc.gaz, m.id, g.members[0].id)]
        if (
            not outer
            and state.subject is not None
            and is_ancestor(doc.gaz, state.subject.id, g.members[0].id)
        ):
            outer = [state.subject]
        return Owner((outer[0] if outer else g.members[0]), "total", None)
    if len(before) > 1 and unit_written_after(text, [before[-2].members[-1], g.members[0]]):
        return Owner(before[-2].members[-1], "subset", None)  # `… 천안병원 소화기내과 췌담도팀이`
    return Owner(g.members[0], "unit", None)


def _recent_owners(ctx: SentenceContext) -> list[EntityMention]:
    """The organizations counted last, then those the sentence before names (`라인이 발표한 논문까지 더하면
    네이버 측 논문은 14개. 두 회사는 …`): whom `두 회사` may mean."""
    return [*ctx.state.recent_orgs, *ctx.named_before]


def _collective_window(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> str:
    """The words between the last owner before the count and the count, where a collective word
    (`두 회사가`) may stand; none when the words count the conferences just listed."""
    if venues_counted(ctx, cm):
        return ""
    return ctx.text[max(ctx.s.start, (before[-1].end if before else ctx.s.start)) : cm.start]


# the subject itself listed with what follows (`자사와 자회사 B가`, `자사 및 계열사 B의`)
_ITSELF_AND = re.compile(
    r"(?<![가-힣])(?:자사|당사|본사)\s?(?:와|과|및|·|,)\s?(?:[가-힣]{1,6}\s)?(?:자회사|계열사|관계사)?\s?$"
)
# owners written as several (`두 회사는`, `양사는`, `이들은`): not the one organization named so far
# a headline's topic set off by a comma (`네이버, 클로바 두 편`)
_HEADLINE_TOPIC = re.compile(r"\s*,\s*")
# a collective of the organization just named (`두 회사`, `의 AI 연구 계열사 두 곳이`)
_ITS_COLLECTIVE = re.compile(rf"\s*(?:의\s?)?(?:[^\s.,]+\s){{0,3}}?(?:{COLLECTIVE.pattern})")
_PLURAL_OWNERS = re.compile(
    r"(?:두|세|네|여러|양)\s?(?:회사|기업|업체|곳|기관|대학|학교|병원|연구소|팀)(?:은|는|이|가|도|모두)|양사|양교|이들"
)
_PLURAL_OWNERS_OF = re.compile(
    rf"{_PLURAL_OWNERS.pattern}|(?:두|세|네)\s?(?:회사|기업|곳|기관)의\s"
)  # `두 회사의 논문은`
_EACH = re.compile(rf"{DISTRIBUTIVE.pattern}|나란히|똑같이|동일하게")


def _owner_otherwise(ctx: SentenceContext, cm: CountMatch, after: list[Group]) -> Owner:
    """With no organization before the count: one after it in its clause (not a class it is
    compared within; for a list, their common parent the article names, else nobody), else the
    headline's or the current subject."""
    text, s, state = ctx.text, ctx.s, ctx.state
    if (referred := referred_owner(ctx, cm)) is not None:
        return referred  # `이 회사가 낸 논문 가운데 13편이 … 인텔 등을 앞질렀다`
    if _EVENTS_PAPERS_TOPIC.search(text, s.start, cm.start):
        return NOBODY  # `이번 학회 하이라이트 세션에 오른 논문은 모두 4편인데, A는 …`: the session's papers
    if after:
        g = after[0]
        if not CLAUSE_BOUNDARY.search(text, cm.end, g.start) and not COMPARISON_CLASS.match(
            text, g.end, s.end
        ):
            each = "씩" in text[cm.start : cm.end + 1] or _EACH.search(text, cm.start, min(s.end, g.end + 8))
            if len(g.ids()) > 1 and g.kind == "org" and not each:  # `7편을 A와 B가 가져갔다`: together
                return _named_total(ctx, [m for m in g.members if m.kind == "org"])
            return Owner(g.members[0], "unit", None)
    if regions_before(ctx, cm):
        return NOBODY  # `유럽과 북미를 합친 101편이`: the regions' count, not the carried subject's
    if s.field == "title" and state.title_subject is not None:
        return Owner(state.title_subject, "unit", None)
    if (line := line_owner(ctx)) is not None:
        return Owner(line, "unit", None)  # `▲3위 KAIST – 13건. 회로 부문만 따로 떼면 9건으로`: the line's
    if state.conference_topic == (s.field, s.para) and statistics_go_on(ctx, cm):
        return NOBODY  # `1361편이 통과했다. … 구두 발표까지 가는 논문은 104편`: the conference's statistics go on
    if state.subject is not None and not EVENT_TOPIC.match(text, s.start, cm.start):
        return Owner(state.subject, "unit", None)
    return NOBODY  # `이 학술대회는 … 230개의 업체들이`: the event is the sentence's topic, not the subject


# the papers of the event or one of its sessions as the topic, counted (`하이라이트 세션에 오른 논문은 모두`)
_EVENTS_PAPERS_TOPIC = re.compile(
    r"(?:학회|대회|세션|트랙|부문)(?:에|에서)?\s(?:[가-힣]+\s){0,2}?(?:오른|발표된|발표되는|채택된|실린|선정된)\s"
    r"논문(?:은|는)\s(?:모두\s|총\s)?$"
    r"|(?:세션|트랙)(?:에서는|에선|에는)\s(?:모두|총)\s$"  # `하이라이트 세션에서는 모두 4개 논문이 발표되는데`
)


def _named_total(ctx: SentenceContext, members: list[EntityMention]) -> Owner:
    """A count of a list of organizations together: the total of the one that owns them all (one of
    them, or their common parent) when the article names it, else nobody's."""
    owner = joint_owner(ctx.doc.gaz, members)
    return Owner(owner if owner is not None and owner.id in ctx.doc.named else None, "total", None)


def _distinct(members: list[EntityMention]) -> tuple[EntityMention, ...]:
    """The members of a list, each organization once."""
    return tuple(dict((m.id, m) for m in members).values())
