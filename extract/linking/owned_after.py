"""Owners written around a count rather than before it as its subject: the organization an
adnominal clause modifies (`8편을 낸 A보다`), and the one a parenthesized count follows (`A(8편)`)."""

from __future__ import annotations

import re

from extract.linking.context import SentenceContext
from extract.linking.cues import CLAUSE_BOUNDARY, HOST_PLACE, LOCATIVE, OWNER_AFTER, PAREN_COUNT_OPEN
from extract.linking.roles import GEN_COMPARED, ROLE_COLLAB, ROLE_EVENT, ROLE_SOURCE, ROLE_TITLE, Group
from extract.linking.sentences import line_span
from extract.matcher import EntityMention
from extract.numerals import CountMatch


def parenthesized_owner(ctx: SentenceContext, cm: CountMatch) -> EntityMention | None:
    """`고려대(8편)보다`, `A(8편)·B(5편)`: a count in parentheses right after an organization is that
    organization's, whatever it does in the sentence (a comparison base, an object), unless it
    names an event it hosts or a source."""
    excluded = ctx.inclusion.excluded
    for g in ctx.org_groups:
        if g.role in (ROLE_EVENT, ROLE_SOURCE, ROLE_TITLE) or g.end > cm.start:
            continue
        for m in g.members:
            if (
                m.kind in ("org", "country")  # `아시아(99편)`: a region's, no organization's
                and id(m) not in excluded
                and PAREN_COUNT_OPEN.fullmatch(ctx.text, m.end, cm.start)
            ):
                return m
    return None


# a count in parentheses after the tally of a name (`일본 한 나라 전체의 채택 건수(34편)`, `A의 논문 수(12편)`)
_TALLY_OF = re.compile(r"[^,.()]{0,14}?의\s(?:[가-힣]+\s)?(?:채택|발표|논문)?\s?(?:건수|편수|수)\s?\(\s?$")


def tally_owner(ctx: SentenceContext, cm: CountMatch) -> EntityMention | None:
    """The organization or country whose tally a parenthesized count gives (`일본 한 나라 전체의 채택
    건수(34편)에 맞먹는다`: Japan's, not the sentence's subject)."""
    for g in reversed(ctx.org_groups):
        if g.end <= cm.start and len(g.ids()) == 1 and _TALLY_OF.fullmatch(ctx.text, g.end, cm.start):
            return g.members[0]
    return None


def _modified_after(ctx: SentenceContext, cm: CountMatch) -> list[Group]:
    """The lists after a count that an adnominal clause can modify (`8편을 낸 A`, `8편을 낸 A보다`,
    `8편을 낸 A와 함께`): any role but an event host or a source."""
    excluded = ctx.inclusion.excluded
    return [
        g
        for g in ctx.org_groups
        if g.start >= cm.end
        and g.role not in (ROLE_EVENT, ROLE_SOURCE, ROLE_TITLE)
        and not any(id(m) in excluded for m in g.members)
    ]


def owner_written_after(ctx: SentenceContext, cm: CountMatch) -> Group | None:
    """The organizations a count is written for when they come after it: an adnominal clause
    (`8편이 채택된 A`, `8편을 낸 A보다`) or the count as topic (`10편은 A, 12편은 B`)."""
    text, after = ctx.text, _modified_after(ctx, cm)
    modified = next((g for g in ctx.org_groups if g.start >= cm.end and g.kind == "org"), None)
    if modified is not None and _GENITIVE_OF_COUNT.fullmatch(text, cm.end, modified.start):
        return modified  # `12편의 인텔을 포함해 두 곳`: the count names Intel's papers, whatever Intel does after
    if not after or after[0].kind != "org" or after[0].start - cm.end > 30:
        return None
    if GEN_COMPARED.match(text, after[0].end):
        return None  # `20편은 B의 두 배`: B is the comparison base, not the owner
    if after[0].role == ROLE_COLLAB and _TOPIC_GAP.fullmatch(text, cm.end, after[0].start):
        return None  # `다른 1편은 B와 함께 진행한 연구로`: B is the partner of the work, not its owner
    # `국내 논문 가운데 30편을 서울대가 냈다`: the object first, its owner the subject after
    if (
        len(after[0].ids()) == 1
        and _OBJECT_GAP.fullmatch(text, cm.end, after[0].start)
        and _SUBJECT_VERB.match(text, after[0].end, ctx.s.end)
    ):
        return after[0]
    if len(after[0].ids()) == 1 and came_from(text, cm, after[0], ctx.s.end):
        return after[0]  # `이 가운데 12편이 KAIST에서, 10편이 네이버에서 나왔다`: where the papers came from
    return after[0] if OWNER_AFTER.fullmatch(text, cm.end, after[0].start) else None


def country_written_after(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether a country written after the count is where its papers came from or whom they are of
    (`아홉 편이 한국 연구진의 손에서 나왔다`, `9편이 채택된 한국`): a country's count, no organization's."""
    after = _modified_after(ctx, cm)
    if not after or after[0].kind != "country" or after[0].start - cm.end > 30:
        return False
    return came_from(ctx.text, cm, after[0], ctx.s.end) or bool(
        OWNER_AFTER.fullmatch(ctx.text, cm.end, after[0].start)
    )


def came_from(text: str, cm: CountMatch, g: Group, sent_end: int) -> bool:
    """Whether the count is the subject and the list after it where its papers came from (`12편이
    KAIST에서, 10편이 네이버에서 나왔다`)."""
    return bool(_SUBJECT_GAP.fullmatch(text, cm.end, g.start) and papers_came_from(text, g, sent_end))


def papers_came_from(text: str, g: Group, sent_end: int) -> bool:
    """Whether the organization list `g` is where papers came from (`B에서 나왔다`, `'B'(옛 C)에서
    나왔다`: a quote and an aside between)."""
    aside = _QUOTED_ASIDE.match(text, g.end)
    at = aside.end() if aside is not None else g.end
    return bool(_CAME_FROM.match(text, at) and _CAME_VERB.search(text, at, sent_end))


_QUOTED_ASIDE = re.compile(r"['’\"”]?(?:\s?\([^()\n]{0,40}\))?")


_OBJECT_GAP = re.compile(r"\s?(?:을|를)\s")
_GENITIVE_OF_COUNT = re.compile(r"\s?의\s")
_SUBJECT_GAP = re.compile(r"\s?(?:이|가|은|는)\s")
# `KAIST에서`, `한국 연구진의 손에서`, `B 연구팀으로부터`
_CAME_FROM = re.compile(
    r"(?:\s?(?:연구진|연구팀|연구자들|연구원들)(?:의\s?손)?)?(?:에서|으로부터|로부터)(?:\s|,)"
)
_CAME_VERB = re.compile(r"나왔|나온|나와|배출")
_TOPIC_GAP = re.compile(r"\s?(?:은|는)\s")
# the subject of a verb that makes the papers its own (`서울대가 냈다`, `KAIST가 발표했다`)
_SUBJECT_VERB = re.compile(
    r"(?:이|가|에서)\s(?:혼자\s|홀로\s|단독으로\s|모두\s)?(?:냈|내놓았|내놨|발표했|발표한|차지했|차지한|가져갔|썼|올렸|배출했|게재했)"
)


def regions_before(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether countries or regions stand before the count in its clause, not as a place."""
    text, end = ctx.text, ctx.s.end
    return any(
        g.kind == "country"
        and g.end <= cm.start
        and not LOCATIVE.match(text, g.end, end)
        and not HOST_PLACE.match(text, g.end, end)
        and not CLAUSE_BOUNDARY.search(text, g.end, cm.start)
        for g in ctx.org_groups
    )


def venues_counted(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether the collective word before the count counts the conferences just listed (`NIPS와
    ICML 두 곳에`), not organizations."""
    last = max((g for g in ctx.groups if g.end <= cm.start), key=lambda g: g.end, default=None)
    return last is not None and last.kind == "conf" and _PLACES_AFTER.match(ctx.text, last.end) is not None


_PLACES_AFTER = re.compile(r"\s?(?:\([^()]{0,20}\))?\s?(?:두|세|네|다섯)\s?(?:곳|군데|개\s?학회)")


def line_owner(ctx: SentenceContext) -> EntityMention | None:
    """The owner of a list line's first count, for a later sentence of the same line that names no one
    (`▲3위 KAIST – 13건. 회로 부문만 따로 떼면 9건으로 이 부문 1위다.`)."""
    text, s = ctx.text, ctx.s
    line_start = line_span(text, s.start)[0]
    if line_start == s.start or not ctx.doc.in_listed_line(s.field, line_start):
        return None
    owned = (f for f in ctx.state.facts if f.field == s.field and line_start <= f.sent_start < s.start)
    return next((f.org for f in owned if f.org.id == f.org_id and not f.joint), None)


# the unit a parent works through (`카카오는 카카오브레인을 통해 6편을`): the papers are the unit's
_THROUGH = re.compile(r"\s?(?:을|를)\s?통(?:해|하여|해서)\s")


def through_unit(ctx: SentenceContext, cm: CountMatch) -> EntityMention | None:
    """The unit or affiliate an organization earlier in the clause publishes through (`A도 부스 대신 B를
    통해 6편을 내놓았다`: B's), when B belongs to it."""
    for g in ctx.org_groups:
        if g.kind != "org" or g.end > cm.start or len(g.members) != 1:
            continue
        through = _THROUGH.match(ctx.text, g.end)
        if through is None or CLAUSE_BOUNDARY.search(ctx.text, through.end(), cm.start):
            continue
        unit = g.members[0]
        parents = ctx.doc.lineage(unit.id)[1:]
        if any(e.kind == "org" and e.id in parents and e.end <= g.start for e in ctx.s.entities):
            return unit
    return None


def genitive_owner(ctx: SentenceContext, cm: CountMatch) -> EntityMention | None:
    """`삼성전자의 13편은 인텔은 물론 …`: a count right after an organization's genitive is that organization's."""
    for e in ctx.s.entities:
        if e.kind == "org" and e.end <= cm.start and _GENITIVE_GAP.fullmatch(ctx.text, e.end, cm.start):
            return e
    return None


_GENITIVE_GAP = re.compile(r"['’”\"]?\s?의\s?")


def written_owner(ctx: SentenceContext, cm: CountMatch) -> EntityMention | None:
    """The organization written as the count's own whatever the sentence's subject: in brackets before it, the
    tally it gives, the unit it goes through, or its genitive."""
    return (
        parenthesized_owner(ctx, cm)
        or tally_owner(ctx, cm)
        or through_unit(ctx, cm)
        or genitive_owner(ctx, cm)
    )
