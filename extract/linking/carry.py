"""What a sentence leaves for the ones after it: the organization they go on about (the conferences they
refer to are `venue_carry.py`'s)."""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteers
from extract.linking.cues import COPULA, COUNTRY_GROUP, EVENT_AS_PLACE, EVENT_TOPIC
from extract.linking.lineage import joint_owner, unit_written_after
from extract.linking.roles import (
    ROLE_COLLAB,
    ROLE_EVENT,
    ROLE_GEN,
    ROLE_OBJ,
    ROLE_SOURCE,
    ROLE_SUBJ,
    ROLE_TITLE,
    Group,
    record_owner,
)
from extract.linking.sentences import Sentence
from extract.linking.speaker import ANNOUNCES
from extract.linking.state import Doc, Fact, State
from extract.matcher import EntityMention
from extract.numerals import find_counts


def subject_after_parallel_counts(
    doc: Doc, state: State, facts: list[Fact], about: EntityMention | None
) -> None:
    """After a sentence giving counts to several organizations, none a unit of another (`A가 4편,
    B가 2편을 올렸다`), a later count that names no owner is not the first one's: it is the parent
    they all belong to when the article was about it (`네이버` over its labs), else nobody's."""
    owners = {f.org_id for f in facts if not f.joint}
    separate = {o for o in owners if not any(o != p and p in doc.lineage(o) for p in owners)}
    if len(separate) < 2:
        return
    if about is not None and all(about.id != o and about.id in doc.lineage(o) for o in separate):
        state.subject = state.last_subject = about
    else:
        state.subject = state.last_subject = None
    if (
        facts[0].field == "title"
    ):  # `인텔 12편·필립스 9편 이어 KAIST 7편`: the body's subject is not the first
        state.title_subject = state.subject


def subject_after_rows(doc: Doc, state: State, facts: list[Fact], orgs: set[str]) -> None:
    """After a run of table rows or list items of several organizations (`| MIT | 4.6편 |` ⏎ `| UCLA | 3.6편 |`,
    averages that gave no fact too), the last row's organization does not go on as the subject."""
    subject_after_parallel_counts(doc, state, facts, state.title_subject)
    if len(orgs) > 1 and state.subject is not None and state.subject.id in orgs:
        state.subject = state.last_subject = None
    elif len(orgs) == 1 and facts and all(f.org.id in orgs for f in facts):
        # `4위 LG AI연구원 7편` ⏎ `출범 2년 차에 …`: the paragraph under one item is its organization's
        state.subject = state.last_subject = facts[-1].org


def _first_subject(s: Sentence, text: str, groups: list[Group], excluded: set[int]) -> Group | None:
    """The sentence's first organization subject, else its first subject of another kind."""
    first_subj: Group | None = None
    for g in groups:
        if g.role == ROLE_SUBJ and not any(id(m) in excluded for m in g.members):
            if COPULA.match(text, g.end, s.end) and (g.kind != "org" or find_counts(text, s.start, g.start)):
                continue  # `…, ICLR(9편)이다`, `두 번째는 17편이 채택된 B다`: a predicate, not a new subject
            if g.kind == "org":
                return g
            if first_subj is None:
                first_subj = g
    return first_subj


def _conference_owner(groups: list[Group], subject: Group, excluded: set[int]) -> EntityMention | None:
    """`KAIST의 누적 NeurIPS 논문이`: the organization whose conference is the subject, written before it."""
    owner = [
        g
        for g in groups
        if g.kind == "org"
        and g.role == ROLE_GEN
        and g.end <= subject.start
        and subject.start - g.end <= 12
        and not any(id(m) in excluded for m in g.members)
    ]
    return next(m for m in owner[-1].members if m.kind == "org") if owner else None


def _candidates(text: str, s: Sentence, groups: list[Group]) -> list[Group]:
    """The lists that can be a sentence's subject: not a department (`컴퓨터공학과가 8편`: the article stays about its
    university), not an example (`넷플릭스 '오징어 게임'처럼`), not a conference's organizer (`ACM이 여는 CHI 2023이`)."""
    groups = [g for g in groups if not all(m.kind == "org" and m.department for m in g.members)]
    groups = [g for g in groups if not (g.kind == "org" and _AS_AN_EXAMPLE.match(text, g.end, s.end))]
    return [g for g in groups if not (g.kind == "org" and _ORGANIZES.match(text, g.end, s.end))]


# an organization named as an example or a likeness (`넷플릭스 '오징어 게임'처럼`, `구글처럼`, `A 같은 기업`)
_AS_AN_EXAMPLE = re.compile(r"\s?(?:['‘\"“][^'’\"”]{1,20}['’\"”])?\s?(?:처럼|같이|같은|만큼)(?![가-힣])")


def update_subject(
    state: State,
    s: Sentence,
    text: str,
    groups: list[Group],
    excluded: set[int],
    gaz: Gazetteers | None = None,
) -> None:
    """The current subject after a sentence: its first organization subject (not a department), a
    conference's owner, or none."""
    state.country_heading = False
    groups = _candidates(text, s, groups)
    if _PERSON_PREDICATE.search(text, s.start, s.end) or _PERSONS_LAB_TOPIC.search(text, s.start, s.end):
        # `1위는 … 레빈 교수다. 올해 12편을 냈다.`, `B 교수 연구실도 …`: the person goes on
        state.subject = None
        return
    first_subj = _first_subject(s, text, groups, excluded)
    if first_subj is not None and _whole_in_passing(text, s, first_subj):
        return  # `… 논문까지 더하면 네이버 전체로는 17건`: the whole's holder, an aside; the subject goes on
    lead = text[s.start : s.start + 3]
    initial = next(
        (g for g in groups if g.start - s.start <= max(2, len(lead) - len(lead.lstrip("'\"‘“[(")))), None
    )
    members = [m for m in first_subj.members if m.kind == "org"] if first_subj is not None else []
    if first_subj is not None and first_subj.kind == "org" and unit_written_after(text, members):
        state.subject = state.last_subject = members[0]  # `KAIST 정보보호대학원이`: the university's unit
    elif first_subj is not None and first_subj.kind == "org" and len(first_subj.ids()) > 1:
        # `LG·삼성·현대차·카카오도 동참`: a list as subject names no one owner for later counts, unless one
        # member owns the others (`네이버와 네이버클라우드는`)
        state.subject = _holder_of(gaz, members)
        state.subject_list = tuple(members)  # what `두 회사가`, `양사는` refer to after it
    elif first_subj is not None and first_subj.kind == "org":
        org = next(m for m in first_subj.members if m.kind == "org")
        state.subject = state.last_subject = org
        state.subject_list = ()
    elif first_subj is not None:
        state.subject = _conference_owner(groups, first_subj, excluded)
    elif (whose := record_owner(s, text, groups)) is not None:
        state.subject = state.last_subject = whose  # `또 다른 계열사인 B의 성적도 가파르다`: B's papers next
    elif (
        initial is not None
        and initial.kind == "org"
        and initial.role not in (ROLE_OBJ, ROLE_SOURCE, ROLE_COLLAB, ROLE_EVENT, ROLE_TITLE)
    ):
        _opening_subject(state, gaz, [m for m in initial.members if m.kind == "org"])
    elif initial is not None and (
        (initial.kind in ("conf", "country") and initial.role in (ROLE_GEN, ROLE_SUBJ))
        or (initial.kind == "country" and COUNTRY_GROUP.match(text, initial.end, s.end))
    ):
        state.subject = None  # `중국의 논문 채택 수는 …`: the sentence is about a country or a conference
        # `■ 한국 전체 CHI 논문 수` ⏎ `2019년 | 23편`: the rows under a heading over a country are the country's
        if s.headline and initial.kind == "country":
            state.last_subject, state.country_heading = None, True
    elif initial is not None and initial.kind == "org" and initial.role == ROLE_EVENT:
        state.subject = None  # `A 학술대회는 …`: the sentence is about A's event, whose papers are not A's
    elif (named := _identified(text, s, groups) or _genitive_topic(text, s, groups)) is not None:
        state.subject = state.last_subject = named  # `가장 많은 기관은 A였다. 20건으로 …`: A goes on
    elif not groups:
        person_as_subject(state, s, text)


# a whole made by adding others (`B 논문까지 더하면`, `계열사를 합치면`): its holder is told of in passing
_SUMMED_WITH = re.compile(r"(?:더하면|합치면|포함하면|합하면|더할\s?경우|합칠\s?경우|포함할\s?경우)\s")
_WHOLE_OF = re.compile(r"\s?(?:그룹\s?)?전체(?:로는|로|는|가|의)(?![가-힣])")


def _whole_in_passing(text: str, s: Sentence, subject: Group) -> bool:
    """Whether the sentence's subject holds a whole made by adding others to what was counted (`B 논문까지
    더하면 A 전체로는 17건`)."""
    summed = _SUMMED_WITH.search(text, s.start, s.end)
    return summed is not None and summed.end() <= subject.start and bool(_WHOLE_OF.match(text, subject.end))


def _opening_subject(state: State, gaz: Gazetteers | None, listed: list[EntityMention]) -> None:
    """The subject a sentence's opening organization leaves; a list (`A, B, C 등 계열사 5곳도 …`) names no one
    owner, unless one member owns the others."""
    head = _holder_of(gaz, listed) if len({m.id for m in listed}) > 1 else listed[0]
    state.subject_list = tuple(listed) if len(listed) > 1 else state.subject_list
    state.subject = head
    state.last_subject = head or state.last_subject


def _holder_of(gaz: Gazetteers | None, members: list[EntityMention]) -> EntityMention | None:
    """The member of a list that owns the others (`네이버와 네이버클라우드는`: 네이버), else none."""
    holder = joint_owner(gaz, members) if gaz is not None else None
    return holder if holder is not None and any(m.id == holder.id for m in members) else None


def person_as_subject(state: State, s: Sentence, text: str) -> None:
    """`정 교수는 …`: a researcher as the subject; the counts the next sentences leave without a
    subject are the person's, not the organization's carried so far."""
    if _PERSON_SUBJECT.match(text, s.start, s.end):
        state.subject = None


# a researcher as the sentence's subject (`정 교수는`, `권현 소령은`, `김 연구원이`), no organization's head
_PERSON_SUBJECT = re.compile(
    r"(?:[가-힣]{2,4}\s)?[가-힣]{1,3}\s?(?:교수|박사|연구원|연구자|학생|박사과정생|소령|대위|중위|중령|씨)"
    r"(?:은|는|이|가)\s"
)


# a person as the predicate of the sentence (`1위는 … 레빈 교수다.`)
_PERSON_PREDICATE = re.compile(
    r"\s(?:[가-힣]{2,4}\s)?(?:교수|박사|연구원|연구자)(?:다|였다|이다|이었다)\.?['\"”’]?\s*$"
)
# a professor's lab as the topic (`미시간대 블라우 교수 연구실도 빠지지 않는다`)
_PERSONS_LAB_TOPIC = re.compile(r"교수\s?(?:연구실|연구팀|팀|랩|그룹)(?:은|는|도)\s")
_ORGANIZES = re.compile(  # also `IEEE와 컴퓨터 비전 파운데이션(CVF)이 함께 주최하며`
    r"\s?(?:\([^()]{0,20}\))?\s?(?:이|가)\s(?:매년\s|해마다\s|함께\s|공동으로\s|공동\s)?"
    r"(?:여는\s|연\s|(?:주최|주관|개최)(?:하는|한|하며|하고|한다|해\s|해온|해\s?온))"
)
# the topic an organization owns, with the sentence's count after it (`올해 A의 성적표는 21편이다`)
_OWNED_TOPIC = re.compile(r"\s?의\s(?:[^\s.,]+\s){0,2}?[가-힣A-Za-z]+(?:은|는)\s")


def _genitive_topic(text: str, s: Sentence, groups: list[Group]) -> EntityMention | None:
    """The organization whose record is the sentence's topic (`올해 A의 성적표는 정규 논문 21편이다`)."""
    first = next((g for g in groups if g.kind == "org"), None)
    if first is None or first.role != ROLE_GEN or len(first.ids()) != 1:
        return None
    topic = _OWNED_TOPIC.match(text, first.end, s.end)
    # `회사별로는 A의 몫이 컸다. 이 회사는 …`: A's papers next
    share = _OWNED_SHARE.match(text, first.end, s.end)
    if share is None and (topic is None or not find_counts(text, topic.end(), s.end)):
        return None
    return next(m for m in first.members if m.kind == "org")


_OWNED_SHARE = re.compile(
    r"\s?의\s(?:몫|비중|기여|역할)(?:이|가)\s(?:[가-힣]+\s)?(?:컸|크다|가장|많았|두드러)"
)


# the organization a sentence identifies (`채택 논문이 가장 많은 기관은 A였다`): its topic a kind of
# organization, the name in the predicate
_IDENTIFYING_TOPIC = re.compile(
    r"(?:곳|기관|기업|대학|회사|업체|주인공|정상|선두|1위)(?:은|는)\s|(?:사례|예)(?:가|는)\s"
)
# the organization itself, or its lab or team (`대표적인 사례가 A대의 B 교수 연구실이다`)
_IDENTIFIED_END = re.compile(
    r"\s*(?:의\s[^.]{0,40}?(?:연구실|연구팀|팀|랩|연구진|연구소|연구그룹))?(?:이었다|였다|이다|다)\.?\s*$"
)


def _identified(text: str, s: Sentence, groups: list[Group]) -> EntityMention | None:
    """The one organization a sentence names as the answer to its topic, else None."""
    last = max((g for g in groups if g.kind != "conf"), key=lambda g: g.end, default=None)
    if (
        last is None
        or last.kind != "org"
        or len(last.ids()) != 1
        or not _IDENTIFIED_END.match(text, last.end, s.end)
    ):
        return None
    if not _IDENTIFYING_TOPIC.search(text, s.start, last.start) or find_counts(text, s.start, last.start):
        return None  # `두 번째로 많은 곳은 17편이 채택된 B다`: a ranking aside, the article goes on with A
    return next((m for m in last.members if m.kind == "org"), None)


def subject_of_owned_counts(
    doc: Doc, state: State, pending: list[Fact], names_orgs: bool, s: Sentence
) -> None:
    """The one owner of a sentence's counts goes on as the subject when the sentence names no
    organization (`이 학교 논문은 3건에서 7건으로`), or when its parent only reported them (`A는 사내 조직
    B가 … 14편을 발표했다고 밝혔다`: B goes on, not A)."""
    owners = {(f.org_id, f.org.id) for f in pending}
    if len(owners) != 1 or pending[0].org.id != pending[0].org_id:
        return
    owner = pending[0].org
    if not names_orgs or (
        state.subject is not None
        and state.subject.id in doc.lineage(owner.id)[1:]
        and ANNOUNCES.search(doc.fields[s.field], s.start, s.end) is not None
    ):
        state.subject = owner


def continued_text(state: State, s: Sentence, last_text: str) -> str:
    """The sentence before, across a paragraph break, when this one goes on about the same subject:
    it names no organization but the current subject (`이로써 A는 … 실적(9건)을 넘어섰다`, `2016년
    2건이던 것이 …` with the subject left out). One-sentence paragraphs are how news is often written."""
    if s.headline or any(
        e.kind == "org" and (state.subject is None or e.id != state.subject.id) for e in s.entities
    ):
        return ""
    return last_text


def _org_ids(s: Sentence) -> set[str]:
    """The distinct organizations a sentence names."""
    return {e.id for e in s.entities if e.kind == "org"}


def note_conference_topic(
    state: State, s: Sentence, text: str, gave_facts: bool, papers: int, unowned: int
) -> None:
    """Remember a paragraph whose last paper counts were all no organization's (`유효 논문 5025편이
    접수돼 1361편이 통과했다`), or whose sentence is about the event (`올해 30회째인 이 학술대회는`):
    the conference's statistics or programme, which the next count may go on with."""
    names_org = any(e.kind == "org" for e in s.entities)
    if gave_facts:
        state.conference_topic = None
    elif EVENT_TOPIC.match(text, s.start, s.end) or (papers and unowned == papers and not names_org):
        state.conference_topic = (s.field, s.para)
    elif not papers and EVENT_AS_PLACE.match(text, s.start, s.end) and len(_org_ids(s)) >= 2:
        # `올해 학술대회에는 A, B, C 등이 논문을 냈다`: who took part; what is counted next is the conference's
        state.conference_topic = (s.field, s.para)
    elif names_org:
        state.conference_topic = None


_HEADLINE_LABEL = re.compile(r"\s*[\[【][^\]】\n]{1,20}[\]】]")


def title_subject(org_groups: list[Group], text: str) -> EntityMention | None:
    """The organization a headline is about: its first list of one organization, past a section's label
    (`[링크드인 PICK] …`) and a person's title (`전 A 장관 B 교수팀`); a list (`르네사스·도쿄공대 2건씩`) names none."""
    label = _HEADLINE_LABEL.match(text)
    first = next(
        (g for g in org_groups if g.role != ROLE_TITLE and (label is None or g.start >= label.end())),
        None,
    )
    if first is None or len(first.ids()) != 1:
        return None
    return next((m for m in first.members if m.kind == "org"), None)


# a sentence set inside the article's own organization (`학내에서 가장 두드러진 곳은`, `교내에서는`, `사내에서는`)
_INSIDE_THE_HOST = re.compile(r"\s*['\"‘“]?(?:학내|교내|사내|원내|학교\s?안|회사\s?안)(?:에서|에선)")


def back_to_the_host(state: State, s: Sentence, text: str) -> None:
    """`서울대가 17편으로 뒤를 이었다. 학내에서 가장 두드러진 곳은 …`: a sentence set inside the article's own
    organization goes back to the headline's subject, not the rival named last."""
    if s.field == "text" and state.title_subject is not None and _INSIDE_THE_HOST.match(text, s.start):
        state.subject = state.last_subject = state.title_subject


def interviewee(doc: Doc, state: State) -> EntityMention | None:
    """Whom an interview's answers speak for: the headline's organization, or the body's first subject when it is a
    unit of that or the headline has none (`[문답으로 본 LG의 AI 성적표]` ⏎ `LG AI연구원이 …`: the institute's)."""
    head, body = state.title_subject, state.body_subject
    if body is not None and (head is None or head.id in doc.gaz.ancestors(body.id)):
        return body
    return head
