"""An organization reporting its own count with the subject left out (`카카오브레인에 따르면, … 15건의 논문을
등재했다`): the source owns it when the article is about it, its unit or its parent."""

from __future__ import annotations

import re

from extract.linking.context import SentenceContext
from extract.linking.lineage import unit_by_kind_word
from extract.linking.roles import ROLE_SOURCE, Group
from extract.linking.subsets import Owner
from extract.numerals import CountMatch


def self_report(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> Owner | None:
    """`카카오브레인에 따르면, … 15건의 논문을 등재했다`, subject left out: an organization the article
    is about (the current subject, its unit or its parent) reporting its own count."""
    sources = [g for g in ctx.org_groups if g.role == ROLE_SOURCE and g.kind == "org" and g.end <= cm.start]
    if not sources or len(sources[-1].ids()) != 1:
        return None
    src = sources[-1].members[0]
    if before and before[-1].end > src.end:
        return None  # a subject written after the source owns the count (`업계에 따르면 A는 …`)
    doc, state = ctx.doc, ctx.state
    subjects = [e for e in (state.subject, state.title_subject) if e is not None]
    about = [e.id for e in subjects]
    about += [m.id for g in before for m in g.members if m.kind == "org"]  # `카카오 AI 기업 카카오브레인에`
    if not any(a == src.id or a in doc.lineage(src.id) or src.id in doc.lineage(a) for a in about):
        return None
    # `LG에 따르면 연구원이`: its unit
    unit = unit_by_kind_word(doc, src, subjects, ctx.text, src.end, cm.start)
    return Owner(unit or src, "unit", None)


# the reporter's own papers (`자사 논문 19편`, `당사 논문`), the reporter left as the subject
_OWN_PAPERS = re.compile(r"(?<![가-힣])(?:자사|당사)\s?(?:의\s)?(?:논문|연구|초록)\s?$")


def own_papers_of_subject(ctx: SentenceContext, cm: CountMatch, before: list[Group]) -> Owner | None:
    """`회사 측은 … 자사 논문 19편이 채택돼 B(18편)를 앞섰다`: the current subject's count, no organization written
    before it in the sentence."""
    subject = ctx.state.subject
    if subject is None or any(g.kind == "org" for g in before):
        return None
    if not _OWN_PAPERS.search(ctx.text, max(ctx.s.start, cm.start - 12), cm.start):
        return None
    return Owner(subject, "unit", None)
