"""The conferences of a count: written in its clause, anaphoric (`두 학회`), this one, or carried."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.linking.context import SentenceContext
from extract.linking.cues import CUMULATIVE, MILESTONE, RECORD, SINCE, YEARLY
from extract.linking.headline_venues import added_in_title, one_conference_so_far, title_confs
from extract.linking.roles import Group, group_mentions
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact, State, last_fact
from extract.linking.tally import detail_of_a_tally
from extract.linking.timeline import in_timeline_entry
from extract.linking.venue_cues import (
    ANAPHOR_NUMBER,
    BARE_VENUE,
    CLASS_BEFORE,
    CLASS_OF_VENUES,
    COMPANION_AFTER,
    CONF_AS_TOPIC,
    GENERAL_VENUE,
    GENERIC_VENUE,
    HELD_VENUE,
    IN_PARENS_AFTER,
    LAST_NAMED,
    MAIN_TRACK,
    NAMED_SET,
    PLACE_AFTER,
    PLURAL_ANAPHOR,
    PLURAL_VENUE,
    RANK_AT_VENUE,
    RANKED_BY_COUNTS,
    SECTION_MARK,
    SINGULAR_ANAPHOR,
    SUPERLATIVE_VENUE,
    THIS_CONF,
    THIS_TIMES_COUNT,
    VENUE_AS_TIME,
    VENUE_OF_PAPERS,
    VENUE_PLACE,
    VENUE_SIDE,
    YEAR_SO_FAR,
)
from extract.linking.venue_lists import (
    conference_list_of,
    confs_named_before,
    described_conference,
    named_next,
    told_of_an_earlier_item,
    venues_listed_next,
)
from extract.linking.year_words import YEAR_WORD
from extract.matcher import EntityMention
from extract.numerals import CountMatch

# the conference a count's clause modifies (`19편을 발표했다는 'X'`, `3편이 채택된 X`)
ADNOMINAL_PAPER_VERB = re.compile(
    r"^\s*(?:을|를|이|가)?\s*(?:논문을?\s*)?(?:발표|채택|게재|등재|선정|통과)"
    r"(?:했다는|한|된|됐다는|되었다는|된다는|시킨|받은)\s*['‘“\"「]*$"
)


PAPER_VERB = re.compile(r"\s*(?:모두\s*)?(?:게재|채택|발표|선정|실렸|실린|등재)")


# a conference as the place of the sentence's count (`… 양대 학회로 꼽히는 VLSI 심포지엄에서도 A는 9편`)
_PLACE_OF_COUNT = re.compile(
    r"\s*(?:\([^()]{0,30}\))?\)?\s*(?:심포지엄|학회|학술대회)?\s*(?:에서도|에서는|에선)\s"
)
# a sentence whose topic is the article's own conference (`이 학회는 …`, `해당 학술대회는 …`)
_TOPIC_IS_THIS_CONF = re.compile(rf"\s*['‘\"“]?\s*{THIS_CONF.pattern}\s*(?:은|는|도)\s")

ConfChoice = tuple[tuple[str, ...], EntityMention | None, str]


def companions(doc: Doc, s: Sentence, text: str, groups: Sequence[Group]) -> set[str]:
    """Conferences a sentence names only as the company of the article's own in a class of them
    (`IEDM과 함께 양대 학회로 꼽힌다`, `세계 3대 학회인 A, B, C`, `A와 더불어 3대 학술대회로 불린다`),
    or in a sentence about the article's own (`이 학회는 A, B와 함께 … 자리다`):
    none when the article has no conference of its own, never that one."""
    topic = next((g for g in groups if g.kind == "conf" and CONF_AS_TOPIC.match(text, g.end, s.end)), None)
    own = set(doc.main_confs) or ({m.id for m in topic.members} if topic is not None else set())
    if not own:
        return set()  # `NAACL은 EMNLP, ACL과 함께 …`: with no conference of the article's, the topic's
    if not CLASS_OF_VENUES.search(text, s.start, s.end) and not _TOPIC_IS_THIS_CONF.match(
        text, s.start, s.end
    ):
        return set()
    out: set[str] = set()
    for g in groups:
        if (
            g.kind != "conf"
            or VENUE_OF_PAPERS.match(text, g.end, s.end)
            or _PLACE_OF_COUNT.match(text, g.end, s.end)
        ):
            continue  # `양대 학회인 NIPS와 ICML에 낸 논문 수는`, `… 양대 학회로 꼽히는 B에서도 A는 9편`: the venue
        in_class = CLASS_BEFORE.search(text[max(s.start, g.start - 40) : g.start])
        if in_class or COMPANION_AFTER.match(text, g.end, s.end):
            out.update(m.id for m in g.members)
    return out - own


def referred_conferences(doc: Doc, s: Sentence, text: str) -> tuple[str, ...]:
    """The conferences a sentence refers to for later counts: those it names, less the company of
    the article's own conference in a class aside (then the article's own, the aside's subject)."""
    ids = tuple(dict.fromkeys(e.id for e in s.entities if e.kind == "conf"))
    if not ids:
        return ids
    others = companions(doc, s, text, group_mentions(text, s.entities, s.end, ("conf",)))
    kept = tuple(i for i in ids if i not in others)
    return kept or doc.main_confs


def confs_for(ctx: SentenceContext, cm: CountMatch) -> ConfChoice:
    """Conferences of a count, the one mention giving them, and where they came from: `own`
    (written for it), `anaphor` (`두 학회`, `이들 학회`, `같은 학회`: the previous fact's),
    `carried` (the previous sentence's fact), else `other`."""
    span_start = _span_start(ctx, cm)
    opened = max(ctx.window_start, span_start)
    in_window = [[m for m in g.members if opened <= m.start and m.end <= cm.start] for g in ctx.conf_groups]
    in_window = [ms for ms in in_window if ms]
    # `A는 B와 함께 양대 학회로 꼽히며 …`, `B, C와 함께 3대 학회로 불리는 이 대회에서`: the article's conference
    if in_window:
        others = companions(ctx.doc, ctx.s, ctx.text, ctx.conf_groups)
        kept = [ms for ms in in_window if not all(m.id in others for m in ms)]
        in_window = kept
    named_set = [m for m in NAMED_SET.finditer(ctx.text, opened, cm.start) if m.group("venue")]
    if in_window and named_set and named_set[-1].start() > in_window[-1][-1].end:
        in_window = []  # `CVPR 성과가 더해지면서 … 학회 여섯 곳에서 42편`: the six the article lists
    if in_window:
        ms = in_window[-1]
        ids = tuple(dict.fromkeys(m.id for m in ms))
        return ids, (ms[-1] if len(ids) == 1 else None), "own"
    text, s = ctx.text, ctx.s
    window = text[ctx.window_start : cm.start]
    if not NAMED_SET.search(window) and NAMED_SET.search(text, s.start, ctx.window_start):
        window = text[s.start : cm.start]  # `3대 AI 학회 채택 논문은 총 106건으로 A(32건), B(28건)`
    anaphoric = _anaphoric_confs(ctx.doc, ctx.state, s, window, cm.start)
    if anaphoric:
        return anaphoric, None, "anaphor"
    if _NAMED_SET_AT_COUNT.search(window) and not THIS_CONF.search(window):
        return (), None, "other"  # `양대 학회에서 나란히 9편씩`, no list of two anywhere: none named
    if MILESTONE.search(window) or (span_start > s.start and not RECORD.match(text, span_start, cm.start)):
        return (), None, "other"  # `설립 3년 만에 논문 100편`: all its papers since, no one conference
    if (listed := venues_listed_next(ctx.doc, s, cm.count)) and ctx.prev_confs is None:
        return listed, None, "ahead"  # `…모두 42편이다. 학회는 A, B, C 세 곳이다.`
    return (
        (_named_after(ctx, cm) if ctx.prev_confs is None else None)
        or _venue_described(ctx, window)
        or _from_sentence(ctx, cm, window, span_start)
        or _carried(ctx, cm)
    )


def _span_start(ctx: SentenceContext, cm: CountMatch) -> int:
    """Where the span a count covers starts when it is written as one (`EMNLP에서 발표한 이후 …
    20건`): conferences of the starting event, before it, are not the count's."""
    opened = ctx.s.start
    for since in SINCE.finditer(ctx.text, ctx.s.start, cm.start):
        opened = since.end()
    return opened


# the venues after a count, listed as examples of its place (`51건이 A·B·C 등 유수 AI 학회에 실렸다`, `A·B를 비롯한
# 주요 학회에`) or as the class they make up (`38편을 A·B·C, 이른바 세계 3대 AI 학회에 실었다`)
_LISTED_PLACE_AFTER = re.compile(
    r"\s*(?:등(?:의)?|(?:을|를)\s?비롯한|,\s?(?:이른바|소위|곧|즉))\s(?:[가-힣A-Za-z\d]{1,8}\s){0,3}?"
    r"(?:학회|학술대회|콘퍼런스|컨퍼런스)들?\s?(?:에서|에)(?![가-힣])"
)


def _named_after(ctx: SentenceContext, cm: CountMatch) -> ConfChoice | None:
    """A conference written right after the count: as its place (`5편을 ICML에서`), the
    conference the count's clause modifies (`19편을 발표했다는 'X'`), or where the count ranks its
    owner (`9편으로 ISSCC 최다`)."""
    text, s = ctx.text, ctx.s
    after = [g for g in ctx.conf_groups if g.start >= cm.end and g.start - cm.end <= 50]
    if not after:
        return None
    gap, rest = text[cm.end : after[0].start], text[after[0].end : s.end]
    closed = re.match(r"[^()]*\)", rest)
    if (
        IN_PARENS_AFTER.match(gap)
        and closed
        and not any(cm.end < c.start < after[0].end + closed.end() for c in ctx.counts)
    ):
        ids = tuple(after[0].ids())  # `51건(CVPR·ACL·AAAI 등)`: the count's venues, in its brackets
        return ids, (after[0].members[-1] if len(ids) == 1 else None), "own"
    place = PLACE_AFTER.match(rest) or _LISTED_PLACE_AFTER.match(rest)
    as_place = place is not None and re.match(r"^[^,.]{0,25}?$", gap)
    # `논문 4편이 … 최고 학회 중 하나인 ECCV 2020에 게재됐다`: the place of the count's own verb
    verb_place = place is not None and "," not in gap and PAPER_VERB.match(rest, place.end())
    # `2004년 22편, 2005년 17건으로 VLSI학회 최다 논문 기업`: the counts that rank it at the conference after
    ranked = RANKED_BY_COUNTS.fullmatch(gap) and RANK_AT_VENUE.match(rest)
    if not as_place and not verb_place and not ranked and not ADNOMINAL_PAPER_VERB.match(gap):
        return None
    ids = tuple(after[0].ids())
    return ids, (after[0].members[-1] if len(ids) == 1 else None), "own"


def _glossed(doc: Doc, fact: Fact) -> bool:
    """Whether the fact's venues are written in parentheses right after its count (`51건 (ICLR·CVPR 등)`): they
    are that count's own, not carried to the next line's (`2위 B — 16건`)."""
    text = doc.fields[fact.field]
    return (
        fact.conf_source == "own" and IN_PARENS_AFTER.match(text[fact.cm.end : fact.cm.end + 4]) is not None
    )


def _venue_described(ctx: SentenceContext, window: str) -> ConfChoice | None:
    """A venue described, not named, before the count: none for unnamed or general venues
    (`25개 학회`, `주요 학회들`, `국내외 저명 학회에`), the conference a singular description
    refers to (`세계 최고 학회에서`)."""
    if not GENERIC_VENUE.search(window) or THIS_CONF.search(window):
        return None
    the_one = len(ctx.doc.main_confs) == 1
    if the_one and (BARE_VENUE.match(ctx.text, ctx.s.start) or VENUE_AS_TIME.search(window)):
        # `학회에서는 A가 2편을`, `학회 직전 …`: the article's one conference
        return ctx.doc.main_confs, None, "anaphor"
    if not describes_a_venue(window, 0, len(window)):
        return None  # `학회 측 자료에 따르면`: the organizers of the article's conference, as a source
    general = GENERAL_VENUE.search(window) and not SUPERLATIVE_VENUE.search(window)
    if general or PLURAL_VENUE.search(window) or NAMED_SET.search(window) or not VENUE_PLACE.search(window):
        return (), None, "other"
    # `지난 5년 동안 최고 권위 학회에 채택된 347편`, `지난 한 해 최고 권위의 AI 학회에서 … 100건`: top venues
    # over years or over a year, no one edition
    if CUMULATIVE.search(window) or YEARLY.search(window):
        return (), None, "other"
    described = described_conference(ctx.doc, ctx.s)
    return described, None, ("anaphor" if described else "other")


def _from_sentence(ctx: SentenceContext, cm: CountMatch, window: str, span_start: int) -> ConfChoice | None:
    """Conferences the sentence gives the count otherwise: a one-conference headline's, none for
    a year's total (`1년 치`), the article's for `이번 학회`, the sentence's previous fact's, or
    the last conferences written before the count."""
    doc, s, text = ctx.doc, ctx.s, ctx.text
    yearly = YEARLY.search(window)
    if yearly and not YEAR_SO_FAR.search(window, 0, yearly.start()):  # not `2019년(10월 현재)`: a year so far
        return (), None, "other"  # `1년 치`, `지난해 연간 66건`: a year's total over all venues
    if (
        (s.field == "title" or (s.headline and _leading_line(doc, s)))
        and not ctx.conf_groups
        and len(doc.main_confs) == 1
        and title_confs(doc) == doc.main_confs
        and not added_in_title(doc)
    ):
        return doc.main_confs, None, "anaphor"  # a headline segment of a one-conference headline
    before_all = [g for g in ctx.conf_groups if span_start <= g.start and g.end <= cm.start]
    this = THIS_CONF.search(text, s.start, cm.start)
    if this is None and THIS_TIMES_COUNT.search(text, s.start, cm.start):
        # `이번 두 편은`: the count it restates (`두 편을 발표했다`), else the body's lead, not a subheadline's
        # earlier success (`지난 6월 ICML 워크숍 7편 이어`)
        body = [f for f in ctx.state.facts if f.field == "text" and not f.headline and f.conf_ids]
        same = [f.conf_ids for f in body if f.cm.count == cm.count]
        lead = same[0] if same else body[0].conf_ids if body else doc.main_confs
        if lead:
            return lead, None, "anaphor"
    # `이번 학회에서` is the article's conference; not `'ACL 2024' 채택 목록에도 … 메인 콘퍼런스 3편` (ACL's main track)
    state = ctx.state
    if (
        this is not None
        and LAST_NAMED.match(this.group())
        and not before_all
        and state.conf_ref
        and state.conf_ref_after_fact
        and state.conf_ref != doc.main_confs
    ):  # `ECCV에서도 실적은 오름세다. 2018년 대회에서 12편이던 …`: the conference just named, not the article's
        return state.conf_ref, None, "carried"
    if this is not None and doc.main_confs and not MAIN_TRACK.match(this.group()):
        return (
            doc.main_confs,
            None,
            "other",
        )  # not `메인 콘퍼런스에 채택된 한 편`: the track of the one written of
    if ctx.prev_confs is not None:
        return ctx.prev_confs, None, "prev"
    if before_all:
        ids = tuple(before_all[-1].ids())
        return ids, (before_all[-1].members[-1] if len(ids) == 1 else None), "own"
    return None


def _carried(ctx: SentenceContext, cm: CountMatch) -> ConfChoice:
    """Conferences carried from earlier sentences: the last reference that gave no fact, the
    last fact's, else the article's own (once the article has named one)."""
    doc, state, s, text = ctx.doc, ctx.state, ctx.s, ctx.text
    # a venue described, or a new section's heading (`■ 카카오 AI 계열사, 작년 학회 논문 40건`): none carried
    section = (  # not a timeline's entry (`■ 2017년: 6개로 늘었다`)
        s.headline
        and SECTION_MARK.fullmatch(text, text.rfind("\n", 0, s.start) + 1, s.start)
        and not in_timeline_entry(text, s.start)
    )
    described = (
        describes_a_venue(text, s.start, s.end)
        and not THIS_CONF.search(text, s.start, s.end)
        and not _COUNTS_TO_THE_VENUE.search(text, s.start, s.end)
    )
    held = (
        described
        and HELD_VENUE.search(text, s.start, cm.start)
        and not PLURAL_VENUE.search(text, s.start, cm.start)
    )
    if held and (dated := described_conference(doc, s)):
        return dated, None, "anaphor"  # `내년 2월 … 열리는 학회에 … 41편`: the one edition dated
    if section and one_conference_so_far(doc, state) and not YEAR_WORD.search(text, s.start, cm.start):
        # `■ B, 여덟 편으로 3위` in an article on one conference whose every count so far is of it: that one
        return doc.main_confs, None, "carried"
    if section or described or state.conf_ref_general:
        return (), None, "other"
    if (
        state.conf_ref
        and (state.conf_ref_after_fact or not state.facts)
        and not told_of_an_earlier_item(doc, s, state.conf_ref_at)
        # another year is another edition or a yearly total, unless the conferences were named as a series
        and (state.conf_ref_series or not YEAR_WORD.search(text, s.start, cm.start))
    ):
        return state.conf_ref, None, "carried"  # the last sentence that named conferences gave no fact
    if state.facts:  # `지난해 26건` after a detail of a tally over all venues: that tally's, no conference
        tally = detail_of_a_tally(doc, state, s, cm)
        # venues a later sentence gave the fact before are not yet known here (`16건이다. 지난해 13건을 넘어선
        # 셈이다. … 16건에는 A, B 등에 낸 연구가 담겼다`), and those in parentheses after its count are its own
        last = state.facts[-1]
        if tally or last.conf_source == "ahead" or _glossed(doc, last):
            return (), None, "other"
        return last.conf_ids, None, "carried"
    if (
        not ctx.conf_groups
        and not confs_named_before(doc, s.field, cm.start)
        and YEAR_WORD.search(text, s.start, cm.start)
    ):
        return (), None, "other"  # `지난해 논문 7편`, before the article names its conference
    if CUMULATIVE.search(text, s.start, cm.start):
        return (), None, "other"  # `5년간 347편`: over years, not the one conference the article is about
    return doc.main_confs, None, "other"


# the counts given to the venue, bare: the article's own (`LBW 9편, 인터랙티비티 3편을 학회에 올렸다`)
_COUNTS_TO_THE_VENUE = re.compile(r"(?:편|건|개)(?:을|를)\s(?:학회|학술대회)(?:에|에서)\s")


def describes_a_venue(text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]` describes a venue (`국제 학회에서`), not only names the article's
    conference's organizers as a source (`학회 측 자료에 따르면`)."""
    sides = [m.span() for m in VENUE_SIDE.finditer(text, a, b)]
    return any(not any(x <= m.start() < y for x, y in sides) for m in GENERIC_VENUE.finditer(text, a, b))


def _anaphoric_confs(doc: Doc, state: State, s: Sentence, window: str, pos: int) -> tuple[str, ...]:
    """Conferences of `두 학회`, `이들 학회`, `두 대회 모두`, `같은 학회` before a count: the
    previous fact's when they fit the reference, else the last ones the article named."""
    prev = last_fact(state)
    named_set = None
    for found in NAMED_SET.finditer(window):
        named_set = found
    if named_set is not None:  # `3대 AI 학회`: the list of that many the article gives, else none named
        n = ANAPHOR_NUMBER.get(named_set.group("n"), 0)
        if prev is not None and len(prev.conf_ids) == n:
            return prev.conf_ids
        return conference_list_of(doc, n) or named_next(doc, s, n)
    plural = None
    for found in PLURAL_ANAPHOR.finditer(window):
        plural = found
    if plural is not None:
        n = ANAPHOR_NUMBER.get(plural.group(1) or "", 0)
        if n and state.conf_ref_after_fact and len(state.conf_ref) == n:  # the two just named
            return state.conf_ref
        if prev is not None and (len(prev.conf_ids) == n or (not n and len(prev.conf_ids) >= 2)):
            return prev.conf_ids
        named = confs_named_before(doc, s.field, pos)
        if n and len(named) >= n:
            return tuple(reversed(named[:n]))
        return prev.conf_ids if prev is not None and len(prev.conf_ids) >= 2 else ()
    if SINGULAR_ANAPHOR.search(window) and prev is not None and prev.conf_ids:
        return prev.conf_ids
    return ()


# a set of conferences by number right before the count's own words (`양대 학회에서는 나란히 9편씩`)
_NAMED_SET_AT_COUNT = re.compile(NAMED_SET.pattern + r"[^,.]{0,20}$")


def _leading_line(doc: Doc, s: Sentence) -> bool:
    """Whether a headline-like line opens its field, before any sentence of the body (a subheadline, not a
    bullet of the body: `▲2011년 3건`)."""
    i = doc.sentence_index(s.field, s.start) or 0
    return all(x.headline for x in doc.sentences[:i] if x.field == s.field)
