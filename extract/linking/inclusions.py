"""Owners of counts around an inclusion clause (`A와 B를 포함하면 총 N`, `라인까지 합치면 14편`): a count
inside the clause is the included unit's, a sum of the included list is theirs together, and the total
after it is of whom the others are added to."""

from __future__ import annotations

import re

from extract.linking.context import UNITS_OF_PARENT, SentenceContext
from extract.linking.cues import GROUP_OF_ORGS
from extract.linking.lineage import joint_owner, named_parent
from extract.linking.roles import ROLE_COLLAB, ROLE_SUBJ, Group
from extract.linking.subsets import NOBODY, Owner
from extract.numerals import CountMatch

# a list as the subject of the summing verb: `A와 B는 합쳐서`, `A·B·C 연구진은 세 회사를 합쳐`
_SUMMED_SUBJECT = re.compile(
    r"\s*(?:연구진|연구팀|연구원들)?\s*(?:은|는|이|가|도)\s+(?:모두\s+|둘이\s+|함께\s+)?"
    r"(?:(?:두|세|네|다섯|여러)\s?(?:회사|기업|곳|기관|대학|팀)(?:을|를|이|가)?\s+)?\S{0,6}"
    # or counted as a group whose papers are summed (`A와 B 두 회사의 올해 논문을 합하면`, `양사의`), not
    # added to another's (`A와 B의 논문까지`, `A와 B의 논문을 포함하면`)
    rf"|\s*{GROUP_OF_ORGS}\s?의\s"
    r"(?:(?!까지)[^.]){0,30}?(?:을|를)?\s*\S{0,6}"
)

# a country as the clause's topic (`한국은`, `우리나라에서는`), not a modifier of a name (`프랑스 소재 연구소`)
_COUNTRY_TOPIC = re.compile(r"\s?(?:은|는|에서는|에서도|에선|의\s경우)(?![가-힣])")


def included_owner(ctx: SentenceContext, cm: CountMatch) -> Owner | None:
    """A count inside the inclusion clause is the included unit's: `네이버랩스가 발표한 논문 4편을
    포함하면`, `자회사 카카오브레인이 낸 3편까지 합치면`, `라인(3편)과 NLE(2편)을 포함하면`."""
    inclusion = ctx.inclusion
    if inclusion.end < 0 or cm.end > inclusion.end:
        return None
    inner = [e for e in inclusion.included if e.end <= cm.start]
    collab = {id(m) for g in ctx.org_groups if g.role == ROLE_COLLAB for m in g.members}
    if inner and id(inner[-1]) in collab:
        return NOBODY  # `B와 공동으로 쓴 논문 2편을 포함해 9편`: joint papers, not B's own
    return Owner(inner[-1], "unit", None) if inner else None


def combined_list_owner(ctx: SentenceContext) -> Owner | None:
    """`A와 B는 합쳐서 9편`: the included organizations are themselves the subject that is summed,
    so the count is their combined one: the total of the one containing the others (`네이버와
    네이버랩스는 합쳐서`), else nobody's (neither A's nor B's, nor an earlier subject's total)."""
    included = [e for e in ctx.inclusion.included if e.kind == "org"]
    if len({e.id for e in included}) < 2:
        return None
    if not _SUMMED_SUBJECT.fullmatch(ctx.text, included[-1].end, ctx.inclusion.end):
        return None
    owner = joint_owner(ctx.doc.gaz, included)
    if owner is not None and owner in included:
        return Owner(owner, "total", None)
    return NOBODY  # a common parent not in the list has more units than the ones summed


def total_owner(ctx: SentenceContext, before: list[Group]) -> Owner:
    """The owner of a total after an inclusion clause (`A와 B를 포함하면 총 N`)."""
    between = [g for g in before if g.start >= ctx.inclusion.end]
    if between:
        return Owner(between[-1].members[0], "total", None)
    summed_over = next((g for g in before if UNITS_OF_PARENT.match(ctx.text, g.end, ctx.inclusion.end)), None)
    if summed_over is not None and summed_over.kind == "org":
        return Owner(summed_over.members[-1], "total", None)  # `A의 두 AI 자회사를 합치면 25건`: A's
    included = {id(e) for e in ctx.inclusion.included}
    country = next((g for g in before if g.kind == "country" and _COUNTRY_TOPIC.match(ctx.text, g.end)), None)
    if country is not None and included and all(country.end <= e.start for e in ctx.inclusion.included):
        return Owner(country.members[0], "unit", None)  # `한국은 A와 B가 낸 논문을 합쳐 18편`: the country's
    # not an included one written bare (`…9편, 라인 합치면 14편`): the total is of whom it is added to
    subj = [g for g in before if g.role == ROLE_SUBJ and g.kind == "org" and id(g.members[0]) not in included]
    if subj:
        return Owner(subj[-1].members[0], "total", None)  # the clause's own: `A 16편, B는 계열사 합쳐 22편`
    included_ids = {e.id for e in ctx.inclusion.included}
    subject, headline = ctx.state.subject, ctx.state.title_subject  # the one the others are added to
    if (
        (subject is None or subject.id in included_ids)
        and headline is not None
        and included_ids - {headline.id}
    ):
        return Owner(headline, "total", None)  # `1위는 네이버…9편, 라인 합치면 14편`: not the one added
    if ctx.state.subject is not None:
        if ctx.inclusion.affiliate and not ctx.inclusion.included:
            # `관계사 합치면 열일곱 편` after a unit's count: the group the unit belongs to, when named
            parent = named_parent(ctx.doc, ctx.state.subject)
            if parent is not None:
                return Owner(parent, "total", None)
        return Owner(ctx.state.subject, "total", None)
    if ctx.inclusion.included:
        return Owner(ctx.inclusion.included[0], "total", None)
    return Owner(None, "total", None)
