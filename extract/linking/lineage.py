"""Organizations related through the gazetteer's parents: the owner a list or a unit's count goes
to (a parent covering them all, a university over its departments, a unit written after its parent)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.gazetteer import Gazetteers
from extract.linking.cues import DEPARTMENTS_TOGETHER, OTHER_DEPARTMENTS
from extract.linking.roles import Group
from extract.linking.state import Doc, ancestor_chain, is_ancestor
from extract.matcher import EntityMention


def mention_at(gaz: Gazetteers, org_id: str, at: EntityMention) -> EntityMention:
    """A gazetteer organization as a mention written at another mention's place."""
    entry = gaz.organizations[org_id]
    return EntityMention(
        "org", org_id, entry.name, entry.name_en, "gazetteer", at.start, at.end, at.text, field=at.field
    )


def lift_total(gaz: Gazetteers, org: EntityMention, included: Sequence[EntityMention]) -> str:
    """The organization a total belongs to: the nearest ancestor covering the included ones."""
    inc = [e.id for e in included if e.kind == "org" and e.id != org.id]
    if not inc or all(is_ancestor(gaz, org.id, i) for i in inc):
        return org.id
    chain = ancestor_chain(gaz, org.id)
    if chain and any(not any(i == a or is_ancestor(gaz, a, i) for a in chain) for i in inc):
        return org.id  # `A는 B 대학과 공동 연구한 논문을 포함해 12편`: B is a partner, not a sister unit
    for anc in chain:
        if all(i == anc or is_ancestor(gaz, anc, i) for i in inc):
            return anc
    return chain[-1] if chain else org.id


def university_of_departments(doc: Doc, text: str, g: Group, count_start: int) -> EntityMention | None:
    """For a count of several departments of one university (`기계공학부와 산업공학과가 5편`,
    `산업공학과 등 나머지 학과가`, `AI대학원 20편·타 학과 10편`), that university: the count is part of the university's, and
    no single department's."""
    members = [m for m in g.members if m.kind == "org"]
    parents = {m.parent for m in members}
    if not members or not all(m.department for m in members) or len(parents) != 1:
        return None
    if (
        len(g.ids()) < 2
        and not DEPARTMENTS_TOGETHER.match(text, g.end, count_start)
        and not OTHER_DEPARTMENTS.search(text, g.end, count_start)
    ):
        return None
    parent = next(iter(parents))
    return next((e for s in doc.sentences for e in s.entities if e.id == parent), None)


def joint_owner(gaz: Gazetteers, members: list[EntityMention]) -> EntityMention | None:
    """Who owns a count written for a list of organizations: one that contains the others, or
    their nearest common parent; None for unrelated organizations (a joint count)."""
    ids = list(dict.fromkeys(m.id for m in members))
    for m in members:
        if all(i == m.id or is_ancestor(gaz, m.id, i) for i in ids):
            return m
    chains = [[i, *ancestor_chain(gaz, i)] for i in ids]
    for anc in chains[0]:
        if all(anc in c for c in chains[1:]) and anc in gaz.organizations:
            return mention_at(gaz, anc, members[0])
    return None


_APPOSITION_GAP = re.compile(r"\s*['‘\"“]?\s*")


def unit_in_apposition(doc: Doc, text: str, members: list[EntityMention]) -> EntityMention | None:
    """A parent followed by its unit with no word between (`SKT 'T-브레인'`, `네이버 클로바`): the unit."""
    if len(members) != 2:
        return None
    parent, unit = members
    if parent.id == unit.id or parent.id not in doc.lineage(unit.id)[1:]:
        return None
    return unit if _APPOSITION_GAP.fullmatch(text, parent.end, unit.start) else None


def named_parent(doc: Doc, org: EntityMention) -> EntityMention | None:
    """The nearest parent of an organization that the article names, as a mention at its place."""
    for anc in doc.lineage(org.id)[1:]:
        if anc in doc.named and anc in doc.gaz.organizations:
            return mention_at(doc.gaz, anc, org)
    return None


def common_parent(gaz: Gazetteers, recent: list[EntityMention]) -> EntityMention | None:
    """The nearest parent of the last two distinct organizations mentioned, else None."""
    distinct: list[EntityMention] = []
    for e in reversed(recent):
        if all(d.id != e.id for d in distinct):
            distinct.append(e)
        if len(distinct) == 2:
            break
    if len(distinct) < 2:
        return None
    a, b = distinct
    chain_a = [a.id, *ancestor_chain(gaz, a.id)]
    chain_b = {b.id, *ancestor_chain(gaz, b.id)}
    for anc in chain_a:
        if anc in chain_b and anc in gaz.organizations:
            return mention_at(gaz, anc, a)
    return None


def unit_written_after(text: str, members: list[EntityMention]) -> bool:
    """A listed organization and, right after it (a space, or departments between), a department or a
    name found by form (`전남대병원 순환기내과`, `KAIST 전산학부`, `… 천안병원 소화기내과 췌담도팀`): the
    second is a unit of the first."""
    if len(members) != 2 or members[0].source != "gazetteer":
        return False
    first, second = members
    gap = text[first.end : second.start]
    return (second.department or second.source == "pattern") and _UNIT_CHAIN.fullmatch(gap) is not None


# between an organization and its unit: a space, or the departments between (`순천향대 천안병원
# 소화기내과 췌담도팀`)
_UNIT_CHAIN = re.compile(r"(?:\s[가-힣]{1,10}(?:과|학과|학부|센터|교실|실))*\s")


# the kind word a unit's name ends with, written bare as its short name (`연구원이`, `연구소는`)
_KIND_WORD = re.compile(r"(?<![가-힣A-Za-z])(연구원|연구소|연구센터|랩)(?:이|가|은|는|의)\s")


def unit_by_kind_word(
    doc: Doc, parent: EntityMention, about: Sequence[EntityMention], text: str, start: int, end: int
) -> EntityMention | None:
    """`LG에 따르면 연구원이 … 20편` in an article about LG AI연구원: the parent's unit the article is about,
    named by the kind word its name ends with, between `start` and `end`."""
    for m in _KIND_WORD.finditer(text, start, end):
        unit = next(
            (a for a in about if is_ancestor(doc.gaz, parent.id, a.id) and a.name.endswith(m.group(1))), None
        )
        if unit is not None:
            return unit
    return None
