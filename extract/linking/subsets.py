"""Who owns a count (`Owner`), and the owner of a count written as a part of another: of an earlier
fact (`9편 중 5편`, `그 가운데 4편`), or of an aggregate that gave no fact (`33편이었고, 그중 9편이 A
논문이었다`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.linking.context import SentenceContext
from extract.linking.cues import CLAUSE_BOUNDARY, JOINT, OWNER_AFTER, POOL_OPENING, SUBSET, SUBSET_LEAD
from extract.linking.owned_after import came_from, papers_came_from
from extract.linking.parts import tracks_each
from extract.linking.roles import Group
from extract.linking.state import Fact, last_fact
from extract.linking.year_words import PERIOD_HEADING
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts, parse_number
from output.schema import Scope


@dataclass(frozen=True)
class Owner:
    """Who owns a count: the organization (None: nobody), the scope, the fact it is a subset of,
    and for a joint paper of a list (`A와 B가 공동 논문 1편`) each organization of the list."""

    org: EntityMention | None
    scope: Scope = "unit"
    parent: Fact | None = None
    joint: tuple[EntityMention, ...] = ()


NOBODY = Owner(None)


# a count a change starts from (`지난해 일곱 편에서 네 편이 더 늘었다`, `7편에서 11편으로`)
_CHANGE_BASE = re.compile(
    r"\s*에서\s(?:[^.]{0,30}?(?:늘었|늘어|증가|줄었|줄어|감소|불어났|뛰었|많아졌|적어졌)|[^.,]{0,20}?(?:편|건|개)\s?(?:으로|로))"
)


@dataclass(frozen=True)
class Around:
    """The organization lists a count can belong to: those usable before it and after it."""

    before: list[Group]
    after: list[Group]


def subset_owner(ctx: SentenceContext, cm: CountMatch, around: Around) -> Owner | None:
    """A part of an earlier fact (`9편 중 5편`, `그 가운데 4편`): its own organization when one is
    written next to it, else the earlier fact's, as a subset."""
    text, s = ctx.text, ctx.s
    sub = _subset_lead(ctx, cm)
    if sub is None:
        return None
    earlier = _earlier_facts(ctx, cm)
    n = parse_number(sub.group(1)) if sub.group(1) else None  # `9편 중`, `네 편 가운데`
    if n is not None:  # `7편 중 5편` in the body: a whole the body counted, not the headline's
        earlier = [f for f in earlier if f.field == s.field]
    parent, bases = _parent_of(text, earlier, n)
    parent = _whole_of_parts(ctx, earlier, parent) if n is None else parent
    # `이 중` after a sentence whose count gave no fact (an aggregate); not after a remark with no count
    # (`13편을 발표했다. 참가 이후 가장 많은 숫자다. 이 중 1편은 구두 발표다`)
    if (
        parent is None
        and not ctx.country_counted  # `한국 논문은 세 편이었고, 그중 두 편이 A 연구였다`: the country's pool
        and (n is None or not _AWARD_POOL.search(text, max(s.start, sub.start() - 12), sub.end()))
    ):
        return None  # no whole to be a part of
    # a pool of prize-winning papers written here (`수상 논문 네 편 가운데 두 편은`: award slots, no fact) is
    # an aggregate, as is a count before `이 중` that gave no fact
    of_aggregate = parent is not None and n is None and _of_aggregate(ctx, parent, bases, sub.start())
    own = [g for g in around.before if g.start >= cm.start - 40 and g.kind == "org"]
    if SUBSET_LEAD.match(text, sub.start()):  # `A 5편, B 3편을 냈고, 이 가운데`: B is no part's own
        own = [g for g in own if not any(g.end <= c.start < sub.start() for c in ctx.counts)]
    after = _in_clause_after(text, cm, around.after)
    if not own and any(e.kind == "country" and sub.start() <= e.start < cm.start for e in s.entities):
        return NOBODY  # `이 가운데 한국 연구진의 논문은 14편`: the country's part, no organization's
    if parent is None:  # `A의 수상 논문 네 편 가운데 두 편은`: A owns the pool, no part of its own
        lead = re.search(r"가운데|중", sub.group(0))
        own = [g for g in own if g.start >= (sub.start() + lead.end() if lead else sub.end())]
    if parent is None or of_aggregate:
        # `이 중` refers to a count that gave no fact (an aggregate), in the sentence just before or
        # earlier in this one: a part with its own organization is that one's (`총 106건. 이 중 삼성은
        # 32건`; after it as the owner of its papers, `그중 9편이 A 논문이었다`), else nobody's (`…1361편이 채택됐다. 이중 구두발표는 104편`)
        named = own[-1] if own else next((g for g in after if owned_after_count(text, cm, g, s.end)), None)
        return Owner(named.members[0]) if named is not None else NOBODY
    after = _named_owners(text, after, s.end) or after
    own = own or after
    if own:
        org = own[0].members[0] if own[0] in around.after else own[-1].members[0]
        if n is not None and org.department and parent.org_id not in ctx.doc.lineage(org.id):
            # `20편 가운데 11편이 전기전자공학부에서`: the pool's school's, not the one the department was put under
            return Owner(parent.org, "subset", parent)
        # `A가 준비한 논문 가운데 세 편은`: a part of A's own count; another's is a count of its own
        its_own = next(
            (f for f in reversed(earlier) if f.org_id == org.id and (n is None or f.cm.count == n)), None
        )
        if _right_after(ctx, parent, sub) and parent.org_id in ctx.doc.lineage(org.id)[1:]:
            its_own = parent  # `5편(이 가운데 AI대학원 2편)`: a unit's part of the count just written
        return Owner(org, "subset", its_own) if its_own is not None else Owner(org, "unit", parent)
    listed = {f.org_id for f in _listed_with(ctx, parent, earlier)}
    if n is None and len(listed) > 1:
        # `A 5편, B 3편을 냈고, 이 가운데 2편은`, or after `▲A 5편` ⏎ `▲B 3편`: a part of A's or of B's, unsaid
        return NOBODY
    return Owner(parent.org, "subset", parent)


# `9편이 A 논문이었다`, `9편은 A의 몫이다`: the organization after a part, as the owner of its papers
_PART_SUBJECT_GAP = re.compile(r"\s?(?:이|가|은|는)\s")
_OWNER_PREDICATE = re.compile(
    r"['’\"”]?(?:\([^()]{0,40}\))?\s?"
    r"(?:\s?(?:(?:국내|해외|현지|본사|한국|미국|유럽)\s?)?(?:연구진|연구팀|연구원들))?"  # `B (국내) 연구진의 작품이다`
    r"(?:의\s?|(?:이|가)\s(?:낸|쓴|발표한|거둔|내놓은)\s)?"  # `B의 성과다`, `B가 낸 성과다`
    r"(?:[A-Za-z가-힣]{1,8}\s)?"  # a field or kind of the papers (`B가 발표한 NLP 논문이었다`)
    r"(?:(?:논문|연구|몫|것|성과|작품|결과물)(?:\s?(?:성과|결과|결실))?(?:이었|였|이다|이며|이고|으로|입니다|이|다)"
    r"|(?<=[진팀들])(?:이|가)\s(?:직접\s)?(?:썼|작성했|냈|내놓았|발표했))"  # `B 연구진이 썼다`
)


# a pool of prize-winning papers (`수상 논문 네 편 가운데`, `우수 논문 9편 중`)
_AWARD_POOL = re.compile(
    r"(?:수상|우수|최우수|상을\s?받은)\s?(?:논문|작)?\s?\S+\s?(?:편|건|개)\s?(?:가운데|중)"
)


def _listed_with(ctx: SentenceContext, parent: Fact, earlier: list[Fact]) -> list[Fact]:
    """The facts listed with `parent`: of its sentence, or of its run of rows or list items when the part
    is written after that run (`▲A 5편` ⏎ `▲B 3편` ⏎ `이 가운데 2편은`)."""
    doc, field = ctx.doc, parent.field
    if (
        field != ctx.s.field
        or not doc.in_listed_line(field, parent.sent_start)
        or doc.in_listed_line(field, ctx.s.start)
    ):
        return [f for f in earlier if f.field == field and f.sent_start == parent.sent_start]
    run = doc.listed_run_start(field, parent.sent_start)
    return [f for f in earlier if f.field == field and run <= f.sent_start <= parent.sent_start]


def _of_aggregate(ctx: SentenceContext, parent: Fact, bases: list[Fact], at: int) -> bool:
    """Whether `이 중` at `at` refers to a count that gave no fact: in the sentence just before (not a
    change's base, `지난해 다섯 편에서 네 편 늘었다`), or earlier in this one."""
    state = ctx.state
    before = (
        parent.sent_end < state.prev_sentence_start
        and bool(find_counts(ctx.prev_text))
        and not any(b.sent_start == state.prev_sentence_start for b in bases)
    )
    return before or _aggregate_before(ctx, parent, at)


def _earlier_facts(ctx: SentenceContext, cm: CountMatch) -> list[Fact]:
    """The facts a part may be of: those before it, this sentence's too (`15편을 냈는데 이 중 13편이`), none
    before a dated section's heading line in between (`▲ 지난해, EMNLP 2021`)."""
    s, text = ctx.s, ctx.text
    headings = [
        x.start
        for x in ctx.doc.sentences
        if x.headline
        and x.field == s.field
        and x.start < s.start
        and PERIOD_HEADING.match(text, x.start, x.end)
    ]
    return [
        f
        for f in (*ctx.state.facts, *(f for f in ctx.pending if f.cm.end <= cm.start))
        if not any(f.sent_end <= h for h in headings)
    ]


def _parent_of(text: str, earlier: list[Fact], n: int | None) -> tuple[Fact | None, list[Fact]]:
    """The fact a part refers to, the last one (of `n` papers, if the lead gives it), and the earlier facts
    that are a change's base or a comparison's (`그중` after `11편을 낸다. 지난해 일곱 편에서 네 편 늘었다`, or
    after `지난해 … 일곱 편보다 네 편 늘어난`, is a part of this time's 11, not of the base 7)."""
    bases = [
        f for f in earlier if n is None and (f.compared or _CHANGE_BASE.match(text, f.cm.end, f.sent_end))
    ]
    fitting = [f for f in reversed(earlier) if n is None or f.cm.count == n]
    if n is not None:  # `30편 가운데 20편` after the 30 twice: the reading that has its conferences
        fitting.sort(key=lambda f: not f.conf_ids)
    base_ids = {id(f) for f in bases}
    return next((f for f in fitting if id(f) not in base_ids), next(iter(fitting), None)), bases


def _whole_of_parts(ctx: SentenceContext, earlier: list[Fact], parent: Fact | None) -> Fact | None:
    """The whole a paragraph broke into parts (`모두 5편이다. 이 가운데 4편은 B 연구진이 썼다. 남은 한 편은 …`),
    for `이 중` opening the next paragraph: a part of the whole, not of its last part."""
    doc = ctx.doc

    def para(f: Fact) -> int:
        i = doc.sentence_index(f.field, f.sent_start)
        return doc.sentences[i].para if i is not None else -1

    if parent is None or parent.field != ctx.s.field or para(parent) == ctx.s.para:
        return parent
    text = doc.fields[parent.field]
    if not SUBSET.search(text, max(parent.sent_start, parent.cm.start - 40), parent.cm.start):
        return parent  # the last fact is no part
    same = [f for f in earlier if f.field == parent.field and para(f) == para(parent)]
    whole = same[0] if same and same[0] is not parent else None
    if whole is None or SUBSET.search(text, max(whole.sent_start, whole.cm.start - 40), whole.cm.start):
        return parent
    return whole


def _in_clause_after(text: str, cm: CountMatch, after: list[Group]) -> list[Group]:
    """The organization lists after a part in its clause, not the partners of joint work (`5편은 외부 기관과
    함께 쓴 공동 연구로, A·B와 …`)."""
    return [
        g
        for g in after
        if g.kind == "org"
        and not CLAUSE_BOUNDARY.search(text, cm.end, g.start)
        and not JOINT.search(text, cm.end, g.start)
    ]


def _named_owners(text: str, after: list[Group], sent_end: int) -> list[Group]:
    """The lists after a part that its predicate names as the owner of the papers: `그 중 4편은 A가 인수한
    B(…)의 연구 성과다`, `4편은 A가 인수한 B(옛 C)에서 나왔다` (B's, not the clause's A)."""
    return [g for g in after if _OWNER_PREDICATE.match(text, g.end) or papers_came_from(text, g, sent_end)]


def _right_after(ctx: SentenceContext, parent: Fact, sub: re.Match[str]) -> bool:
    """Whether the words introducing the part follow the parent's count at once (`5편(이 가운데`)."""
    gap = ctx.text[parent.cm.end : sub.start()]
    return (
        parent.field == ctx.s.field and parent.cm.end <= sub.start() and len(gap) <= 3 and not gap.strip("( ")
    )


def owned_after_count(text: str, cm: CountMatch, g: Group, sent_end: int) -> bool:
    """Whether the organization list `g` after a count owns it: an adnominal clause (`OWNER_AFTER`), where
    the papers came from (`12편이 KAIST에서 나왔다`), or the predicate that names the owner of the
    count's papers (`9편이 A 논문이었다`)."""
    if OWNER_AFTER.fullmatch(text, cm.end, g.start) or came_from(text, cm, g, sent_end):
        return True
    return bool(_PART_SUBJECT_GAP.fullmatch(text, cm.end, g.start) and _OWNER_PREDICATE.match(text, g.end))


def _subset_lead(ctx: SentenceContext, cm: CountMatch) -> re.Match[str] | None:
    """The words that introduce a count as a part (`9편 중`, `그 가운데`), in the 40 characters before
    it, or opening its sentence with no other count between (`5편의 논문 중 … 등 2편은`)."""
    text, s = ctx.text, ctx.s
    near = SUBSET.search(text, max(s.start, cm.start - 40), cm.start)
    if near is not None:
        return near
    opening = POOL_OPENING.match(text, s.start, cm.start)
    if opening is None or any(opening.end() <= c.start < cm.start for c in ctx.counts):
        return None
    return opening


def part_of_a_fact(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether a count is introduced as a part (`이 가운데`, `그중`) after some fact."""
    return _subset_lead(ctx, cm) is not None and bool(ctx.state.facts or ctx.pending)


def part_of_a_stated_count(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether a count is a part of a number an earlier fact gave (`30편 가운데 20편이`), whoever says it."""
    sub = _subset_lead(ctx, cm)
    n = parse_number(sub.group(1)) if sub is not None and sub.group(1) else None
    return n is not None and any(f.cm.count == n for f in [*ctx.state.facts, *ctx.pending])


def _aggregate_before(ctx: SentenceContext, parent: Fact, at: int) -> bool:
    """Whether the last count before `at` in this sentence, after the fact `parent`, gave no fact: an
    aggregate the part after it refers to (`국내 논문은 33편이었고, 그중 9편이`)."""
    start = parent.cm.end if parent.field == ctx.s.field and parent.cm.start >= ctx.s.start else ctx.s.start
    before = [c for c in ctx.counts if start <= c.start and c.end <= at]
    return bool(before) and not any(f.cm.start == before[-1].start for f in ctx.pending)


def remainder_of(ctx: SentenceContext, cm: CountMatch) -> Fact | None:
    """The fact a remainder (`나머지 여섯 편은 … 함께 수행한 연구다`) is the rest of: the last fact, in this
    sentence or the one before, the only one of its sentence, no part itself, larger than it, every
    count between them a fact's; or, after a part, the whole it was taken from when the two add up to
    it; else None (the rest of a whole that gave no fact, a conference's or a country's, or of a whole
    broken down among several, is nobody's)."""
    f = last_fact(ctx.state)
    if f is None or f.field != ctx.s.field or f.sent_start < ctx.state.prev_sentence_start:
        return None
    facts = [g for g in (*ctx.state.facts, *ctx.pending) if g.field == ctx.s.field]
    if f.cm.count is not None and cm.count is not None:
        # `30편의 출처를 보면 AI대학원이 20편. 나머지 10편은 …`: the rest of the whole the part was taken from
        # (`나머지는 파인딩스와 인더스트리 세션에 한 편씩`: a count for each of two tracks, two in all)
        rest = cm.count * tracks_each(ctx.text, ctx.s, cm)
        whole = next((g for g in reversed(facts) if _whole_of(ctx, g, f, f.cm.count + rest)), None)
        if whole is not None:
            return whole
    if f.cm.count is None or cm.count is None or cm.count >= f.cm.count or f.scope == "subset":
        return None
    if sum(g.sent_start == f.sent_start for g in facts) > 1:
        return None  # `A가 9편, B가 4편이다. 나머지 2편은`: the rest of the whole they were parts of
    claimed = {g.cm.start for g in facts}
    between = find_counts(ctx.text, f.cm.end, cm.start)
    return f if all(c.start in claimed for c in between) else None


def _whole_of(ctx: SentenceContext, g: Fact, part: Fact, count: int) -> bool:
    """Whether `g` is the whole `part` was taken from: `count` papers of the part's organization or a
    parent of it, at the same conferences and year, no part itself."""
    return (
        g is not part
        and g.scope != "subset"
        and g.cm.count == count
        and (g.conf_ids, g.year) == (part.conf_ids, part.year)
        and g.org_id in ctx.doc.lineage(part.org_id)
    )
