"""The sentence walk: every count of every sentence linked to an organization, conferences and a year."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.linking.affiliates import owner_id
from extract.linking.ambiguous import Interview
from extract.linking.anaphora import opens_with_kind, referred_topic
from extract.linking.breakdowns import (
    fold_breakdowns,
    parts_by_track,
    parts_in_lines,
    parts_in_sentence,
    parts_of_previous,
    venues_in_lines,
)
from extract.linking.carry import (
    back_to_the_host,
    continued_text,
    interviewee,
    note_conference_topic,
    person_as_subject,
    subject_after_parallel_counts,
    subject_after_rows,
    subject_of_owned_counts,
    title_subject,
    update_subject,
)
from extract.linking.confidence import assign_confidence
from extract.linking.context import SentenceContext, inclusion_of
from extract.linking.counts import continues_papers, is_paper_count
from extract.linking.cues import (
    PERSON_RANKING,
    SUBMITTED_ALL_ACCEPTED,
    SUBMITTED_ONLY,
    SUBMITTED_THEN_ACCEPTED,
    SUBMITTED_THEN_REJECTED,
    SURVEY,
    UNLISTED_EDITION,
    UNNAMED_PLACES_AFTER,
)
from extract.linking.distributive import each_conference, in_bare_run
from extract.linking.document import prepared
from extract.linking.duplicates import clean_facts
from extract.linking.editions import heading_period_goes_on, then_period
from extract.linking.facts import make_fact
from extract.linking.headers import listed_under
from extract.linking.organizations import resolve_org
from extract.linking.paired import link_distributive, link_year_pairs
from extract.linking.parts import is_unselected_part, tracks_each
from extract.linking.pasted_rows import row_count
from extract.linking.remention import is_broken_down
from extract.linking.roles import (
    ROLE_SOURCE,
    ROLE_SUBJ,
    group_mentions,
)
from extract.linking.sentences import Sentence
from extract.linking.speaker import ANNOUNCES, RELAYS, reports_only, speaker_of_we, speaks_for_unit
from extract.linking.state import Doc, Fact, State
from extract.linking.subsets import remainder_of
from extract.linking.table_parts import parts_of_table
from extract.linking.tables import bare_numbers_of_row, read_columns
from extract.linking.timeline import enter_line
from extract.linking.totals import sum_from_breakdown, sum_of_parts
from extract.linking.unclear import exceeds_its_whole, is_event_count
from extract.linking.unstated import (
    is_a_persons_count,
    is_each_of_unnamed_things,
    is_hypothetical,
    is_in_a_correction,
    is_modified_venue_total,
    is_others_count,
    is_remainder,
    is_theirs,
    is_unit_comparison,
    restates_an_unowned_count,
)
from extract.linking.venue_carry import update_conf_ref, venues_given_back
from extract.linking.wholes import is_aggregate_count, is_conference_total
from extract.linking.year_words import cleft_period, edition_dated, is_undated_trend_start, tally_period
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts
from output.schema import Scope


def link(doc: Doc) -> list[Fact]:
    """Every paper-count fact of the document, cleaned of duplicates."""
    return _read_sentences(doc) if prepared(doc) else []


def _read_sentences(doc: Doc) -> list[Fact]:
    """Link the document sentence by sentence, carrying the subject, conferences and years along."""
    state = State()
    one_conference = len({e.id for s in doc.sentences for e in s.entities if e.kind == "conf"}) == 1
    prev_text = last_text = ""
    interview = Interview.of(doc)
    rows_from: int | None = None  # the facts before the table (or list) being read, if one is
    run_orgs: set[str] = set()  # the organizations its rows name
    for s in doc.sentences:
        text = doc.fields[s.field]
        row = s.field == "text" and doc.in_listed_line(s.field, s.start)
        if row:
            rows_from = len(state.facts) if rows_from is None else rows_from
            run_orgs.update(e.id for e in s.entities if e.kind == "org")
        elif rows_from is not None:  # rows or items of several organizations: none goes on
            subject_after_rows(doc, state, state.facts[rows_from:], run_orgs)
            rows_from, run_orgs = None, set()
        if s.field != state.field:
            state.field = s.field
            last_text = ""
            if s.field == "text" and state.title_subject is not None:
                state.subject = state.title_subject
        if s.para != state.para:
            if state.subject is None and state.last_subject is not None:
                state.subject = state.last_subject
            state.para = s.para
            enter_line(doc, s, state)  # a timeline's entry: its year, and the timeline's subject again
            prev_text = ""
            interview.new_paragraph()  # an answer's paragraph: the question its topic
            if interview.answers_the_interviewee() and s.field == "text" and state.subject is not None:
                # the interviewee, not the last organization another answer named
                state.subject = interviewee(doc, state) or state.subject
            elif interview.answers_of_a_country():
                state.subject = None  # `Q. 한국 성적은 어떤가.` ⏎ `A. … 직전 대회의 25편에서`: the country's
        if one_conference and (dated := edition_dated(text, s.start, s.end)) is not None:
            state.edition_year = dated  # `2014년 대회에는 …`: the sentences after go on with it
            state.edition_after_facts = len(state.facts)
        venues_given_back(state, s, text)
        back_to_the_host(state, s, text)
        heading_period_goes_on(doc, state, s)
        _link_sentence(doc, state, s, text, f"{prev_text} {interview.asked}".strip(), last_text)
        interview.read(doc, s)
        if (period := cleft_period(text, s.start, s.end, doc.pub_year) or then_period(doc, s)) is not None:
            # `흐름이 바뀐 것은 지난해다. …`, `… ISSCC 2014 때와 … 당시에는`; a heading's year: the lines after it
            state.period = (s.field, s.para + int(s.headline and s.field == "text"), period)
        if (tally := tally_period(text, s.start, s.end, doc.pub_year)) is not None:
            state.tally = (s.field, tally)  # `2021년 집계에 따르면 …`: the year of what the article counts
        update_conf_ref(doc, state, s, text)
        if s.field == "text" and state.body_subject is None:
            state.body_subject = state.subject
        prev_text = last_text = text[s.start : s.end]
        state.prev_sentence_start = s.start
    return _over_the_document(doc, state.facts)


def _over_the_document(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """The facts after the passes that read the whole document (breakdowns, listed parts, table
    columns), cleaned of duplicates, each with its confidence."""
    sum_from_breakdown(doc, facts)
    table_parts, restated = parts_of_table(doc, facts)
    parts = parts_in_lines(doc, facts) + table_parts
    at = {(p.field, p.cm.start) for p in parts} | {("text", start) for start in restated}
    facts = [f for f in facts if (f.field, f.cm.start) not in at] + parts
    fold_breakdowns(doc, facts)
    venues_in_lines(doc, facts)
    facts = clean_facts(doc, read_columns(doc, facts))
    assign_confidence(doc, facts)
    return facts


def _link_sentence(
    doc: Doc, state: State, s: Sentence, text: str, prev_text: str, last_text: str = ""
) -> None:
    """Link every count of one sentence, then update the current subject."""
    counts = find_counts(text, s.start, s.end)
    if not counts and s.field == "text":  # table rows: `2 마이크로소프트 (미국) 414 3위`, `삼성전자 | 7 | 13`
        in_row = [cm for cm in (row_count(text, s),) if cm is not None] if s.start in doc.table_rows else []
        counts = in_row or bare_numbers_of_row(text, s.start, s.end)
    context_text = prev_text or continued_text(state, s, last_text)
    if PERSON_RANKING.search(text, s.start, s.end):
        state.person_ranking = (s.field, s.para)
    if not counts and not s.entities:
        person_as_subject(state, s, text)
        note_conference_topic(state, s, text, False, 0, 0)
        # `이 학교의 논문 실적은 늘고 있다. … 2011년 3건에서`: the school goes on
        if opens_with_kind(text, s.start):
            state.subject = referred_topic(_context(doc, state, s, text, prev_text, counts)) or state.subject
        return  # most sentences: nothing to link and no subject to update but a person
    ctx = _context(doc, state, s, text, prev_text, counts)
    if s.headline and s.field == "title" and state.title_subject is None:
        state.title_subject = title_subject(ctx.org_groups, text)
    state.pending = ctx.pending
    prev_end = s.start
    papers = 0
    for idx, cm in enumerate(counts):
        ctx.window_start = prev_end
        if idx in ctx.done:
            prev_end = cm.end
            continue
        # `투자 유치는 3건` in a new paragraph: no paper count, whatever the paragraph before said
        paper_context = context_text if continues_papers(text, s, cm) else ""
        if not is_paper_count(doc, text, s, ctx.sent, cm, paper_context, ctx.inclusion.end):
            if _JOURNAL_MIXED.search(text, max(s.start, cm.start - 30), cm.start):
                prev_end = (
                    cm.end
                )  # `A, B 등 다섯 곳의 학회·저널에 8편을 실었고, 올해는 … 20편`: its venues end there
            continue
        prev_end = cm.end
        papers += 1
        _link_count(ctx, idx, cm)
    state.pending = []
    note_conference_topic(state, s, text, bool(ctx.pending), papers, ctx.unowned)
    if not ctx.pending and prev_text and state.facts and papers == len(counts):  # no team or demo counts
        previous = state.facts[-1]
        if previous.field == s.field and previous.sent_start == state.prev_sentence_start:
            ctx.pending.extend(parts_of_previous(s, text, counts, previous))
    elif state.facts and papers == len(counts):
        ctx.pending[:] = parts_by_track(s, text, counts, state.facts[-1]) or ctx.pending
    last = state.facts[-1] if state.facts and state.facts[-1].field == s.field else None
    parts_in_sentence(text, ctx.pending, last)  # `… 5편은 메인 3편, 파인딩스 1편, 인더스트리 1편으로`
    for f in ctx.pending:
        state.facts.append(f)
        if not state.recent_orgs or state.recent_orgs[-1].id != f.org_id:
            state.recent_orgs.append(f.org if f.org.id == f.org_id else replace(f.org, id=f.org_id))
    _next_subject(ctx, bool(counts))


def _next_subject(ctx: SentenceContext, counted: bool) -> None:
    """The subject the sentences after this one carry: the sentence's own, unless its speaker only
    reports (a parent's spokesperson, a ministry or agency), or it counted a country's papers."""
    doc, state, s, text = ctx.doc, ctx.state, ctx.s, ctx.text
    about = state.subject or state.title_subject
    update_subject(state, s, text, ctx.org_groups + ctx.conf_groups, ctx.inclusion.excluded, doc.gaz)
    announces = not counted and ANNOUNCES.search(text, s.start, s.end) is not None  # `LG는 … 밝혔다`
    if state.subject is not None and speaks_for_unit(doc, about, state.subject, state.facts, announces):
        state.subject = state.last_subject = about  # the parent's spokesperson: the article stays on its unit
    if state.subject is not None and reports_only(doc, state.subject):
        state.subject = ctx.pending[-1].org if ctx.pending else about  # `IITP가 정리한 KAIST의 논문 수는`
    if ctx.country_counted and not ctx.pending:
        state.subject = None  # `중국권 채택 논문은 59편이다. 전년 29편에서 …`: the region goes on
    subject_of_owned_counts(doc, state, ctx.pending, bool(ctx.org_groups), s)
    subject_after_parallel_counts(doc, state, ctx.pending, about)


def _context(
    doc: Doc, state: State, s: Sentence, text: str, prev_text: str, counts: list[CountMatch]
) -> SentenceContext:
    """The sentence's lists of names with their roles, and its inclusion clause."""
    groups = group_mentions(text, s.entities, s.end, ("org", "country", "conf"))
    if counts and (survey := SURVEY.search(text, s.start, counts[-1].start)) is not None:
        for g in groups:  # `A가 … 조사한 결과 …`: A reports the counts, it does not own them
            if g.kind == "org" and g.role == ROLE_SUBJ and g.end <= survey.start():
                g.role = ROLE_SOURCE
    return SentenceContext(doc, state, s, text, prev_text, counts, groups, inclusion_of(text, s))


def _link_count(ctx: SentenceContext, idx: int, cm: CountMatch) -> None:
    """The facts of one paper count: its organization's, each of a distributive list's, or each
    joint author's."""
    text, s = ctx.text, ctx.s
    if _nobodys_count(ctx, cm) or restates_an_unowned_count(ctx.state, ctx.pending, text, s, cm):
        _note_unowned(ctx, cm)
        return
    owner = resolve_org(ctx, cm)
    if owner.org is None and not owner.joint:
        _note_unowned(ctx, cm)
    if owner.org is not None and (speaker := speaker_of_we(text, s, cm)) is not None:
        owner = replace(owner, org=speaker)  # `A 관계자는 "… 우리 ACL 논문 4편도 …"`: A's
    relays = RELAYS.search(text, s.start, cm.start) is not None  # `LG는 이같이 밝히며 … 여섯 편`
    if owner.org is not None and speaks_for_unit(
        ctx.doc, ctx.state.subject, owner.org, ctx.state.facts, relays
    ):
        owner = replace(owner, org=ctx.state.subject)  # `삼성전자 관계자는 … 4편을 냈다고`: 삼성리서치's
    org, scope, parent, joint = owner.org, owner.scope, owner.parent, owner.joint
    if is_unselected_part(text, s, cm, scope, parent):
        return  # `이 가운데 하나는 폐암 연구다`: a part that is no subset of the count before
    if org is not None and is_event_count(ctx.doc, s, text, org):
        return  # the papers of the organization's own event
    if link_year_pairs(ctx, idx, cm, org, scope, joint) or link_distributive(ctx, idx, cm, org, scope):
        return
    if in_bare_run(ctx.counts, ctx.text, idx):
        return  # `같은 기간 서울대는 15편, 12편, 18편을 냈다`: counts nothing pairs with a conference or year
    for member in joint:
        f = make_fact(ctx, cm, member, member.id, "unit")
        f.joint = True
        ctx.prev_confs = f.conf_ids
        ctx.pending.append(f)
    if org is not None and org.kind == "country":
        ctx.country_counted = True
    if joint or org is None or org.kind == "country" or reports_only(ctx.doc, org):
        return  # a ministry or a funding agency reports others' papers, none of its own
    org_id = owner_id(ctx.doc.gaz, text, org, scope, ctx.inclusion.included)
    org_id, scope = _lab_of_university(ctx, org, org_id, scope)
    fact = make_fact(ctx, cm, org, org_id, scope, parent)
    if not fact.conf_ids and UNLISTED_EDITION.search(text, s.start, s.end):
        return  # `'Agents4Science 2025'에 3편`: a conference the gazetteer lacks, not one left unnamed
    if fact.cm.count == 1 and fact.conf_source == "own" and len(fact.conf_ids) > 1:
        return  # `ACL, ICML, ICASSP에 논문 1건`: one paper is no total over conferences; each, or unclear
    if exceeds_its_whole(fact, ctx.state.facts + ctx.pending):
        return  # `A는 9편. 구두 발표 논문은 전체 120편`: the conference's orals, not A's
    if not any(ctx.window_start <= e.start and e.end <= cm.start for g in ctx.conf_groups for e in g.members):
        sum_of_parts(ctx.state, ctx.pending, fact, text, ctx.window_start)
    ctx.prev_confs = fact.conf_ids
    if len(fact.conf_ids) > 1 and each_conference(text, s, cm):
        ctx.pending.extend(replace(fact, conf_ids=(c,)) for c in fact.conf_ids)  # `두 학회에서 각각 9건씩`
        return
    if fact.scope == "subset" and (tracks := tracks_each(text, s, cm)) > 1:
        fact.copies = tracks
        ctx.pending.extend(replace(fact) for _ in range(tracks - 1))  # `파인딩스와 인더스트리에 한 편씩`
    ctx.pending.append(fact)


def _note_unowned(ctx: SentenceContext, cm: CountMatch) -> None:
    ctx.unowned += 1
    if cm.count is not None:
        ctx.state.unowned_counts.add(cm.count)  # for a later `이번 일곱 편` restating it


def _nobodys_count(ctx: SentenceContext, cm: CountMatch) -> bool:
    """Whether a count is no organization's papers: a country's or the conference's whole,
    submissions, the start of a trend, a supposition, a remainder, someone else's."""
    text, s = ctx.text, ctx.s
    if is_aggregate_count(text, s, cm, ctx.groups, ctx.counts):
        ctx.country_counted = any(g.kind == "country" and g.end <= cm.start for g in ctx.groups)
        return True
    counted = _counted(ctx.state, ctx.pending)
    if is_conference_total(text, s, cm, ctx.groups, counted) and not _under_header(ctx):
        return True
    if UNNAMED_PLACES_AFTER.match(text, cm.end, s.end):
        return True  # `2편씩 낸 곳도 네 곳 있었다`: places the text does not name
    if SUBMITTED_THEN_ACCEPTED.match(text, cm.end, s.end) and not SUBMITTED_ALL_ACCEPTED.match(
        text, cm.end, s.end
    ):
        return True  # `5편을 제출해 3편이 채택됐다`: the submissions, not papers of the conference
    if SUBMITTED_ONLY.match(text, cm.end, s.end) or SUBMITTED_THEN_REJECTED.match(text, cm.end, s.end):
        return True  # `40편을 제출했으나 결과는 다음 달`: submissions whose acceptance is not written
    if is_undated_trend_start(text, s, cm):
        return True  # `같은 기간 23건에서 41건으로`: the start of a span whose first year is not written
    # `채택된다면 20편이 된다`, `나머지 5편은`, `A가 후원한 ICASSP에는 3000편`: no one's papers
    if is_remainder(text, s, cm) and remainder_of(ctx, cm) is None:
        return True  # `나머지 5편은 해외 연구소에서 나왔다`, after a whole that gave no fact
    rules = (
        is_hypothetical,
        is_modified_venue_total,
        is_theirs,
        is_unit_comparison,
        is_a_persons_count,
        is_broken_down,
        is_each_of_unnamed_things,
        is_in_a_correction,
        is_others_count,
    )
    return any(rule(text, s, cm) for rule in rules)


_JOURNAL_MIXED = re.compile(r"학회\s?[·ㆍ,/]\s?(?:저널|학술지)|(?:저널|학술지)\s?[·ㆍ,/]\s?학회")


def _under_header(ctx: SentenceContext) -> bool:
    """Whether the sentence is a bullet under its subject's header (`■ A` ⏎ `- 학회에 실린 논문 11건`)."""
    subject = ctx.state.subject
    return (
        subject is not None and subject.field == ctx.s.field and listed_under(ctx.text, subject, ctx.s.start)
    )


# a lab or team named by its own name (`AX랩`, `DIAL 연구실`), not a professor's (`김 교수 연구실`)
_LAB_NAME = re.compile(r"(?:랩|랩실|연구실|연구팀|연구그룹)$")
_LAB_WORD_AFTER = re.compile(
    r"\s?(?:연구실|랩실|랩|연구팀|연구그룹)(?![가-힣])|\s?(?:연구실|랩|연구팀)(?:이|은|는|도|의)"
)


def _lab_of_university(
    ctx: SentenceContext, org: EntityMention, org_id: str, scope: Scope
) -> tuple[str, Scope]:
    """A university's lab written with the university (`연세대 AX랩`, `고려대 산업공학과 DMQA 연구실`):
    its count is a part of the university's papers, not an organization of its own."""
    doc = ctx.doc
    parent = doc.unit_parents.get(org_id)
    if parent is None and _LAB_WORD_AFTER.match(ctx.text, org.end):
        parent = next(
            (
                e.id
                for e in ctx.s.entities
                if e.kind == "org" and e.end <= org.start and org.start - e.end <= 16 and e.id != org_id
            ),
            None,
        )
    elif parent is not None and not _LAB_NAME.search(org.name):
        return org_id, scope
    entry = doc.gaz.organizations.get(parent) if parent is not None else None
    if parent is None or entry is None or entry.type != "university":
        return org_id, scope
    return parent, ("subset" if scope == "unit" else scope)


def _counted(state: State, pending: list[Fact]) -> int:
    """Papers the article has counted so far (this sentence's facts included)."""
    return sum(f.cm.count or f.cm.count_min or 0 for f in (*state.facts, *pending))
