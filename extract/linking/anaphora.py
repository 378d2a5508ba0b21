"""An organization referred to by its kind (`이 회사가 낸 논문 가운데 13편`, `이 대학의 발표 논문은
14편`): the current subject when it is of that kind, else the one organization of that kind the
sentence before names (`최다 기록은 스탠퍼드대에 돌아갔다. 이 대학의 발표 논문은 14편으로 …`), else the
headline's subject of that kind, else no one (the subject is a company, the text speaks of a
university). A campus paper's `본교` is the headline's one university, else no one named; `이 학부`
is a part of the university of the department the sentence before named."""

from __future__ import annotations

import re

from extract.department_words import DEPT_WORD
from extract.departments import UNIVERSITY_WORD
from extract.gazetteer import Gazetteers
from extract.linking.context import SentenceContext
from extract.linking.subsets import NOBODY, Owner
from extract.matcher import EntityMention
from extract.numerals import CountMatch

# the organization referred to as `이 회사`, `이 학교`, `같은 대학` before the count
_THIS_ORG = re.compile(
    r"(?<![가-힣])(?:이|그|같은|해당)\s?(?P<kind>회사|기업|업체|대학|학교|연구원|연구소|기관)"
    r"(?:(?:가|이|는|은|의|도)(?![가-힣])|\s(?=논문|연구\s?성과|실적|성과))"  # also `이 학교 논문은`
)
# a campus paper's own university (`본교는 10편을`, `본교에서 채택된 논문은`): the headline's one university
_OUR_SCHOOL = re.compile(
    r"(?<![가-힣])(?:본교|(?:우리|저희)\s?(?:학교|대학)|본\s?대학)(?:는|은|가|이|의|에서|도)?(?![가-힣])"
)
# a department referred back to (`이 학부에서만 11편`, `이 학과는`, `이 학부 한 곳에서`): a part of its university's count
_THIS_DEPARTMENT = re.compile(
    r"(?<![가-힣])(?:이|같은|해당)\s?(?:학부|학과|대학원|단과대)(?:는|은|가|이|의|에서|도|\s한\s?곳)"
)
_INSTITUTES = frozenset({"institute", "lab", "government", "nonprofit"})
# the gazetteer's types each word can name; 기관 names any
_KINDS: dict[str, frozenset[str] | None] = {
    "회사": frozenset({"company", "lab"}),
    "기업": frozenset({"company", "lab"}),
    "업체": frozenset({"company"}),
    "대학": frozenset({"university"}),
    "학교": frozenset({"university"}),
    "연구원": _INSTITUTES | {"company"},
    "연구소": _INSTITUTES | {"company"},
    "기관": None,
}
_INSTITUTE_FORM = re.compile(r"(?:연구소|연구원|연구기관|Institute)$")


def org_type(gaz: Gazetteers, org: EntityMention) -> str | None:
    """The kind of an organization: its gazetteer type, else what its form says (대학교, 연구소), else None."""
    entry = gaz.organizations.get(org.id)
    if entry is not None:
        return entry.type
    if UNIVERSITY_WORD.search(org.text):
        return "university"
    return "institute" if _INSTITUTE_FORM.search(org.text) else None


def referred_owner(ctx: SentenceContext, cm: CountMatch) -> Owner | None:
    """The owner a kind word before the count refers to, NOBODY when none of that kind is in reach,
    or None when the clause has no such word; a count opening its sentence as the topic (`40건은 두 자회사의
    성과를 합친 숫자로, A와 B가 각각`) is the same count stated last, its owner's."""
    if _COUNT_AS_TOPIC.fullmatch(ctx.text, ctx.s.start, cm.start) and _TOPIC_AFTER.match(ctx.text, cm.end):
        same = [f for f in ctx.state.facts if f.cm.count is not None and f.cm.count == cm.count]
        if same and not same[-1].joint and same[-1].org.id == same[-1].org_id:
            return Owner(same[-1].org, same[-1].scope, None)
    return referred_before(ctx, cm.start)


# a count opening its sentence (`40건은`, `이 40건은`, `이번 13편은`) as its topic
_COUNT_AS_TOPIC = re.compile(r"\s*(?:['\"‘“]\s*)?(?:(?:이|이번|그|총|이들)\s)?")
_TOPIC_AFTER = re.compile(r"(?:은|는)\s")


def refers_by_kind(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` refers to an organization by its kind (`이 회사는`, `같은 대학의`)."""
    return _THIS_ORG.search(text, start, end) is not None


def opens_with_kind(text: str, start: int) -> bool:
    """Whether a sentence opens with an organization referred to by its kind (`이 학교의 …`)."""
    return _THIS_ORG.match(text, start) is not None


def referred_topic(ctx: SentenceContext) -> EntityMention | None:
    """The organization a sentence naming none opens with by its kind (`이 학교의 논문 실적은 늘고 있다`),
    to go on as the subject; None when it opens otherwise or refers to no one in reach."""
    opening = _THIS_ORG.match(ctx.text, ctx.s.start)
    if opening is None or ctx.state.subject is None:
        return None
    owner = referred_before(ctx, opening.end())
    return owner.org if owner is not None and owner.scope == "unit" else None


def referred_before(ctx: SentenceContext, end: int) -> Owner | None:
    """The owner a kind word before `end` refers to (see `referred_owner`)."""
    text, s, state, gaz = ctx.text, ctx.s, ctx.state, ctx.doc.gaz
    if _OUR_SCHOOL.search(text, s.start, end):
        ours = _headline_universities(ctx)
        return Owner(ours[0], "unit", None) if len(ours) == 1 else NOBODY
    if _THIS_DEPARTMENT.search(text, s.start, end):
        school = _school_of_department_before(ctx)
        return Owner(school, "subset", None) if school is not None else NOBODY
    m = _THIS_ORG.search(text, s.start, end)
    if m is None:
        return None
    kinds = _KINDS[m.group("kind")]
    if state.subject is None:  # `A는 … B(18편)를 제치고 1위 … 이 회사는 2003년 21편으로`: the topic before
        return _topic_before(ctx, kinds)
    subject_type = org_type(gaz, state.subject)
    about = state.title_subject
    # `… 로잔연방공대(15위)가 20위 안에 들었다. ⏎ 성장세도 빠르다. 이 대학이`: the headline's school
    if _headline_s_rather(ctx, kinds):
        return Owner(about, "unit", None)
    if kinds is None or subject_type is None or subject_type in kinds:
        return Owner(state.subject, "unit", None)
    before = ctx.doc.before(s)
    if before is None:
        return NOBODY
    named = [e for e in before.entities if e.kind == "org" and org_type(gaz, e) in kinds]
    if len({e.id for e in named}) == 1:
        return Owner(named[-1], "unit", None)
    # `선두는 구글이었다. … 이 학교 논문은`, `스탠퍼드대, MIT가 뒤를 이었다. 이 학교의 …`: the school the headline is about
    return Owner(about, "unit", None) if about is not None and org_type(gaz, about) in kinds else NOBODY


_TOPIC_PARTICLE = re.compile(r"(?:은|는|이|가)(?![가-힣])")


def _topic_before(ctx: SentenceContext, kinds: frozenset[str] | None) -> Owner | None:
    """The organization of that kind the sentence before has as its topic or subject (`삼성전자는`), if one."""
    before = ctx.doc.before(ctx.s)
    if before is None:
        return None
    text = ctx.doc.fields[before.field]
    topics = [
        e
        for e in before.entities
        if e.kind == "org"
        and (kinds is None or org_type(ctx.doc.gaz, e) in kinds)
        and _TOPIC_PARTICLE.match(text, e.end)
    ]
    return Owner(topics[0], "unit", None) if len({e.id for e in topics}) == 1 else None


def _headline_s_rather(ctx: SentenceContext, kinds: frozenset[str] | None) -> bool:
    """Whether a kind word means the headline's organization rather than the current subject: one of that
    kind that counted nothing and is not named in the sentence before (a school only ranked in passing)."""
    state, gaz, about, subject = ctx.state, ctx.doc.gaz, ctx.state.title_subject, ctx.state.subject
    if about is None or subject is None or kinds is None or about.id == subject.id:
        return False
    before = ctx.doc.before(ctx.s)
    named_before = before is not None and any(e.id == subject.id for e in before.entities)
    return (
        org_type(gaz, about) in kinds
        and not named_before
        and not any(f.org_id == subject.id for f in state.facts)
    )


def _school_of_department_before(ctx: SentenceContext) -> EntityMention | None:
    """The university of the department the sentence before named (`학내에서는 전기전자공학부의 기여가
    컸다. 이 학부에서만 11편`): one that sentence names (`KAIST 정보보호대학원`), else the headline's, else the
    current subject's, else none."""
    gaz = ctx.doc.gaz
    before = ctx.doc.before(ctx.s)
    if before is None:
        return None
    named_department = any(e.kind == "org" and e.department for e in before.entities)
    if not named_department and not DEPT_WORD.search(ctx.doc.fields[before.field], before.start, before.end):
        return None
    named = [e for e in before.entities if e.kind == "org" and org_type(gaz, e) == "university"]
    if named:
        return named[-1]
    for about in (ctx.state.title_subject, ctx.state.subject):
        if about is not None and org_type(gaz, about) == "university":
            return about
    return None


def _headline_universities(ctx: SentenceContext) -> list[EntityMention]:
    """The distinct universities the headline (or the body's headline lines) names."""
    found: dict[str, EntityMention] = {}
    for x in ctx.doc.sentences:
        if x.field == "title" or x.headline:
            for e in x.entities:
                if e.kind == "org" and org_type(ctx.doc.gaz, e) == "university":
                    found.setdefault(e.id, e)
    return list(found.values())
