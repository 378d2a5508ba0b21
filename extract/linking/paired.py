"""Counts paired with the members of a list by `각각`: one fact per year (`2017년과 2018년에는 각각
12건과 19건`), per organization (`A·B가 각각 15건, 25건`) or per conference (`CVPR과 ICCV에서 각각
10편, 8편`)."""

from __future__ import annotations

import re

from extract.linking.context import SentenceContext
from extract.linking.distributive import pair_collective, pair_distributive, pair_years
from extract.linking.facts import make_fact
from extract.linking.years import year_for, year_word_between
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts
from output.schema import Scope


def link_year_pairs(
    ctx: SentenceContext,
    idx: int,
    cm: CountMatch,
    org: EntityMention | None,
    scope: Scope,
    joint: tuple[EntityMention, ...],
) -> bool:
    """`2017년과 2018년에는 각각 12건과 19건`: one fact per year; whether the count was taken."""
    if org is None or org.kind == "country" or joint:
        return False
    year_pairs = pair_years(ctx.text, ctx.s, cm, ctx.counts, idx, ctx.org_groups + ctx.conf_groups)
    if not year_pairs:
        return False
    for j, start, end in year_pairs:
        f = make_fact(ctx, ctx.counts[j], org, org.id, scope)
        written = re.match(r"(?:19|20)\d{2}", ctx.text[start:end])
        year = (
            int(written.group())
            if written
            else year_word_between(ctx.doc, ctx.state, ctx.text, start, end + 1, f.conf_ids)
        )
        f.year, f.year_source = year, "word"
        ctx.pending.append(f)
        ctx.done.add(j)
    ctx.prev_confs = ctx.pending[-1].conf_ids
    return True


def link_distributive(
    ctx: SentenceContext, idx: int, cm: CountMatch, org: EntityMention | None, scope: Scope
) -> bool:
    """`A·B가 각각 15건, 25건`, `CVPR과 ICCV에서 각각 10편, 8편`: one fact per member of the list;
    whether the count was taken."""
    dist = pair_distributive(ctx.text, ctx.s, cm, ctx.counts, idx, ctx.org_groups, ctx.conf_groups)
    if dist is None:
        dist = pair_collective(
            ctx.text, ctx.s, cm, ctx.counts, idx, ctx.org_groups, _counted_apart(ctx), _named_uncounted(ctx)
        )
    if dist is None:
        return False
    kind, members, idxs = dist
    years = len(pair_years(ctx.text, ctx.s, cm, ctx.counts, idx, ctx.conf_groups))
    editions = [g for g in ctx.conf_groups if g.end <= cm.start]
    if editions:  # `ICML 2024와 ICML 2025에서`: one conference, a list of its editions
        years = max(years, len({m.year for m in editions[-1].members if m.year}))
    if kind == "org" and years == len(idxs):
        ctx.done.update(idxs)  # `A와 B는 2024년과 2025년 ICML에서 각각 20편, 30편`: two lists, no one reading
        return True
    for k, (member, j) in enumerate(zip(members, idxs, strict=False)):
        cmj = ctx.counts[j]
        if kind == "org":
            f = make_fact(ctx, cmj, member, member.id, "unit")
        elif org is None:
            continue
        else:
            f = make_fact(ctx, cmj, org, org.id, scope)
            f.conf_ids = (member.id,)
            f.year, f.year_source = _member_year(ctx, members, k, cmj)
        f.paired = ctx.counts[idxs[0]].start
        ctx.pending.append(f)
        ctx.done.add(j)
    ctx.prev_confs = ctx.pending[-1].conf_ids if ctx.pending else ctx.prev_confs
    return True


def _member_year(
    ctx: SentenceContext, members: list[EntityMention], k: int, cm: CountMatch
) -> tuple[int | None, str]:
    """The year of a conference list member's count: its own year word (`지난해 열린 NeurIPS와
    올해 열린 AAAI에서 각각`), else the usual year of a count."""
    member = members[k]
    own_start = members[k - 1].end if k else ctx.window_start
    if not member.year:
        own_year = year_word_between(ctx.doc, ctx.state, ctx.text, own_start, member.start, (member.id,))
        if own_year is not None:
            return own_year, "word"
    return year_for(
        ctx.doc,
        ctx.state,
        ctx.text,
        ctx.s,
        cm,
        (member.id,),
        member if member.year else None,
        ctx.window_start,
        counts=ctx.counts,
    )


def _counted_apart(ctx: SentenceContext) -> list[EntityMention]:
    """The organizations the article counted last, less a parent of another of them (`두 회사` after
    `A의 자회사 B와 C`, and A's sum of the two, are B and C)."""
    recent = ctx.state.recent_orgs
    ids = {o.id for o in recent}
    return [o for o in recent if not any(o.id in ctx.doc.lineage(i)[1:] for i in ids)]


def _named_uncounted(ctx: SentenceContext) -> list[EntityMention]:
    """The organizations the sentence before (same paragraph) names when it counts nothing."""
    before = ctx.doc.before(ctx.s)
    if before is None or before.para != ctx.s.para or find_counts(ctx.text, before.start, before.end):
        return []
    return ctx.named_before
