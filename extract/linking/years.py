"""The year of a count: next to its conference, a year word, the conference's year elsewhere, carried, or published."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.linking.cues import BREAKDOWN, COMPARED, CUMULATIVE, MILESTONE, RECORD, SUBSET_LEAD, YEARLY
from extract.linking.editions import year_named_before
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact, State, reference_fact
from extract.linking.venue_cues import SINGULAR_ANAPHOR
from extract.linking.year_words import (
    A_YEAR_LATER,
    COUNT_OF_YEAR_AFTER,
    EDITION_BEFORE_NAMED,
    EDITION_RANK,
    EVENT_DATED,
    GENITIVE_BASE,
    PAST_ATTRIBUTE,
    PREVIOUS_EDITION,
    SAME_AS,
    SAME_PERIOD,
    SAME_PERIOD_WORD,
    SPAN_OF_ATTRIBUTE,
    THEN,
    THIS_TIME,
    TREND_END_BEFORE,
    YEAR_AT_COUNT,
    YEAR_WORD,
    dated_after,
    last_year_word,
    reference_year,
    resolve_year_word,
    year_written_before,
)
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts


def year_word_between(
    doc: Doc, state: State, text: str, a: int, b: int, confs: tuple[str, ...], orgs: tuple[int, ...] = ()
) -> int | None:
    """The year of the last year word between `a` and `b` (`올해`, `전년도`, `2021년`), or None; a
    year word of a past attribute of an organization starting at one of `orgs` is skipped."""
    last = None
    for m in YEAR_WORD.finditer(text, a, b):
        if not EVENT_DATED.match(text, m.end()) and any(
            m.end() < o < b and PAST_ATTRIBUTE.search(text, m.end(), o) for o in orgs
        ):
            continue
        previous_edition = m.group(1).replace(" ", "") in (*PREVIOUS_EDITION, "지난해", "작년", "전년")
        if previous_edition and any(m.end() < o < b and EDITION_RANK.match(text, m.end(), o) for o in orgs):
            continue  # `지난 대회 1위 인텔은 7편`, `지난해 1위 인텔은`: the rank's edition, not the count's
        if (
            COMPARED.match(text, m.end())
            or GENITIVE_BASE.match(text, m.end())
            or SAME_AS.match(text, m.end())
        ):
            continue  # `지난해보다 10편 늘어난 45편`, `올해의 세 배인 6편`, `지난해와 같은 10편`: a base's year
        last = m
    if last is None or THIS_TIME.search(text, last.end(), b):  # `직전 대회에서 … 없었지만 이번에는 7편`
        return None
    return _year_of(doc, state, text, last, confs)


def _year_of(doc: Doc, state: State, text: str, word: re.Match[str], confs: tuple[str, ...]) -> int | None:
    """The year a matched YEAR_WORD stands for, counted from the fact before where it needs one."""
    prev = reference_fact(state)
    same = word.group(1).replace(" ", "") in SAME_PERIOD
    last_year = prev.year if prev else None
    if same and state.conf_ref_after_fact and state.conf_ref_year is not None:
        last_year = state.conf_ref_year  # `2017년 'NIPS 2017' 당시 … 같은 해`: the year written last
    if _dated_since_last_fact(state):
        last_year = state.edition_year  # `2020년 대회다. A는 한 해 전 7편에서`: the year before that edition
    if same and state.period is not None and state.period[:2] == (state.field, state.para):
        last_year = state.period[2]  # `1년 전만 해도 사정은 달랐다. 그해 A는 5편`: the year the paragraph set
    if (same or word.group(1) == "이듬해") and state.entry is not None and state.entry[0] == state.field:
        last_year = state.entry[1] - (0 if same else 1)  # `그해 …`, `이듬해 …` in an entry: the entry's year
    # `2023년에 … 연구를 했다. 그해 EMNLP에 두 편이`: the year written since the last fact
    if same and (written := year_written_before(text, word.start(), prev, state.field)) is not None:
        last_year = written
    after = text[word.end() : word.end() + 12]
    return resolve_year_word(word.group(1), word.group(2), doc, confs, last_year, after)


def _dated_since_last_fact(state: State) -> bool:
    """Whether the article dated an edition after its last fact (`… 2020년 대회다.`)."""
    return (
        state.edition_year is not None and not state.pending and state.edition_after_facts == len(state.facts)
    )


def _year_word_at_count(
    doc: Doc, state: State, text: str, start: int, cm: CountMatch, confs: tuple[str, ...]
) -> int | None:
    """The year of a year word written right before the count, after its conference's own year
    (`ICLR 2026에서 전년(5편) 대비`: the 5 is the year before's), or None."""
    last = last_year_word(text, start, cm.start)
    if last is None or not YEAR_AT_COUNT.fullmatch(text, last.end(), cm.start):
        return None
    return _year_of(doc, state, text, last, confs)


def _same_period_trend_end(
    doc: Doc, text: str, s: Sentence, cm: CountMatch, confs: tuple[str, ...]
) -> int | None:
    """The year of a trend's last count over `같은 기간` (`같은 기간 12편에서 9편으로 줄었다`): the span
    ends at the conference's edition the article writes, else at publication, not at its start."""
    before = text[s.start : cm.start]
    if not TREND_END_BEFORE.search(before) or not SAME_PERIOD_WORD.search(before):
        return None
    years = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    return years.pop() if len(years) == 1 else doc.pub_year


def _undated_trend_end(
    doc: Doc, state: State, text: str, s: Sentence, cm: CountMatch, confs: tuple[str, ...]
) -> int | None:
    """The year of a trend's last count when the only year word dates its first (`지난해 5편에서
    9편으로 늘었다`): the current one (the edition the article dated last, else the reference year)."""
    start = TREND_END_BEFORE.search(text, s.start, cm.start)
    last = last_year_word(text, s.start, cm.start)
    if start is None or last is None or last.end() > start.start():
        return None
    return state.edition_year if state.edition_year is not None else reference_year(doc, confs)


# a count that opens its line and is described after a colon (`- 5편: 지난해 같은 학회의 KAIST 실적`)
_DESCRIBED_AFTER = re.compile(r"\s?:\s")
_THIS_EDITION_NAMED = re.compile(r"(?<![가-힣])이번(?:에(?![가-힣])|에는|엔|\s?(?:대회|학회|학술대회|행사))")


def _pending_of(state: State, fact: Fact | None) -> bool:
    """Whether the fact is one of the sentence being linked (not of an earlier one)."""
    return fact is not None and any(fact is f for f in state.pending)


def _edition_year(
    doc: Doc,
    state: State,
    text: str,
    s: Sentence,
    cm: CountMatch,
    confs: tuple[str, ...],
    conf_mention: EntityMention,
) -> tuple[int | None, str]:
    """The year of a count whose conference is written with its edition: a year word at the count, the
    article's edition where the count is this time's (`ISSCC 2019에서 1위였던 인텔은 이번에 7편`), else the
    edition written."""
    own = _year_word_at_count(doc, state, text, max(conf_mention.end, s.start), cm, confs)
    if own is not None:
        return own, "word"
    this = _THIS_EDITION_NAMED.search(text, conf_mention.end, cm.start)
    edition = doc.conf_years.get(conf_mention.id)
    if this is not None and edition not in (None, conf_mention.year):
        return edition, "article"
    return conf_mention.year, "conference"


def year_for(
    doc: Doc,
    state: State,
    text: str,
    s: Sentence,
    cm: CountMatch,
    confs: tuple[str, ...],
    conf_mention: EntityMention | None,
    window_start: int,
    conf_source: str = "own",
    counts: Sequence[CountMatch] = (),
) -> tuple[int | None, str]:
    """The year of a count and where it came from (see Fact.year_source); `counts` are the sentence's,
    in order.

    Order: the year written next to its conference, a year word before it in its clause (or
    in its sentence, unless the count is compared with an earlier one: `12편보다 많은 15편`),
    the conference's year elsewhere in the article, the year of an unnamed-venue total in the
    previous sentence (`지난해 학회에 총 61편. 학회별로는 NeurIPS(24편)…`), the previous fact's
    year for a part of it (`이 가운데 … 5편`), else the publication year."""
    if (recorded := _year_recorded_after(doc, state, text, cm, confs)) is not None:
        return recorded, "word"  # `다섯 편에 그쳤던 지난해의 여섯 배`: the count is that year's
    if conf_mention is not None and conf_mention.year:
        return _edition_year(doc, state, text, s, cm, confs, conf_mention)
    if (spanned := _span_or_clause_year(doc, state, text, s, cm, confs)) is not None:
        return spanned
    orgs = tuple(e.start for e in s.entities if e.kind == "org")
    ref = reference_fact(state)
    if (later := _a_year_after(state, ref, text, window_start, cm)) is not None:
        return later, "word"  # `지난해 9편을 … 1년 만에 13건으로 끌어올렸다`: the year after
    y = year_word_between(doc, state, text, window_start, cm.start, confs, orgs)
    if y is None and _DESCRIBED_AFTER.match(text, cm.end, s.end):
        y = year_word_between(doc, state, text, cm.end, s.end, confs, orgs)  # `- 5편: 지난해(2019년) …`
    this = _THIS_EDITION_NAMED.search(text, window_start, cm.start)
    editions = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    if this is not None and len(editions) == 1 and not last_year_word(text, this.end(), cm.start):
        return editions.pop(), "article"  # `당시 기관 순위 정상이던 인텔은 이번 대회에서 7편`: this edition
    if (
        y is None
        and (
            conf_source == "prev"
            or (conf_source in ("anaphor", "other") and _LIST_GAP.fullmatch(text, window_start, cm.start))
        )
        and _pending_of(state, ref)
        and ref is not None
        and ref.conf_ids == confs
        and not THIS_TIME.search(text, window_start, cm.start)  # `작년 대회 땐 7편 … 이번엔 7편`
    ):
        return ref.year, "inherited"  # `ECR 2024에서 구연 4건, 포스터 3건 등 모두 7건`: one edition
    if y is None and not COMPARED.match(text, window_start, cm.start):
        # a year word before the sentence's first count dates them all (`지난해 A는 10편, B는 5편`); one
        # after it dated the count it stood before (`16건으로 지난해 실적(13건)을 넘었고, B는 9건`)
        end = counts[0].start if counts and counts[0].start < cm.start else cm.start
        if not THIS_TIME.search(text, end, cm.start):  # `작년 대회 땐 7편 … 이번엔 7편`
            y = year_word_between(doc, state, text, s.start, end, confs, orgs)
    if y is not None:
        return y, "word"
    return _year_from_context(doc, state, text, s, cm, confs, conf_source, ref)


def _year_recorded_after(
    doc: Doc, state: State, text: str, cm: CountMatch, confs: tuple[str, ...]
) -> int | None:
    """The year of a year word the count is told as the record of (`3편이던 2021년`), or None."""
    rel = COUNT_OF_YEAR_AFTER.match(text, cm.end)
    word = YEAR_WORD.match(text, rel.end()) if rel is not None else None
    return _year_of(doc, state, text, word, confs) if word is not None else None


def _a_year_after(state: State, ref: Fact | None, text: str, window_start: int, cm: CountMatch) -> int | None:
    """The year after the fact just counted, for a count `1년 만에` (a year later) in the same sentence."""
    if ref is None or ref.year is None or not _pending_of(state, ref):
        return None
    return ref.year + 1 if A_YEAR_LATER.search(text, window_start, cm.start) else None


def _referred_year(
    state: State,
    text: str,
    s: Sentence,
    cm: CountMatch,
    confs: tuple[str, ...],
    conf_source: str,
    ref: Fact | None,
) -> tuple[int | None, str] | None:
    """The year of the edition the sentence refers to or the article dated last, if any."""
    # `같은 대회 B도 여섯 편`: the edition just counted, not one dated before
    anaphor = conf_source == "anaphor" and SINGULAR_ANAPHOR.search(text, s.start, cm.start)
    if (
        anaphor
        and ref is not None
        and ref.year is not None
        and ref.sent_start != state.prev_sentence_start
        and EDITION_BEFORE_NAMED.search(text, state.prev_sentence_start, s.start)
    ):
        return ref.year - 1, "carried"  # `… 1년 전 대회(29편)보다 줄었다. 그 대회에서 A는 13편`: that edition
    if anaphor and ref is not None and ref.conf_ids == confs:
        return ref.year, "inherited"
    if confs and state.edition_year is not None:
        return state.edition_year, "carried"  # the edition the article dated last (`2014년 대회에는`)
    if state.period is not None and state.period[:2] == (s.field, s.para):
        return state.period[2], "carried"  # `흐름이 바뀐 것은 지난해다. EMNLP에서 …`: the year dated before
    # `지난해 열린 CHI 2023 … A는 당시 21편`, `ICML 2017에서 B는 44편이었다. 당시 33편이던 C`: the edition
    # the sentence before named, or counted
    if confs and THEN.search(text, s.start, cm.start):
        if confs == state.conf_ref and state.conf_ref_after_fact and state.conf_ref_year is not None:
            return state.conf_ref_year, "carried"
        if ref is not None and ref.conf_ids == confs and ref.sent_start == state.prev_sentence_start:
            return ref.year, "inherited"
    return None


# the next entry of a list of counts (`A가 26편, B가 19편`): a comma and a name, no verb ending a clause
_LIST_GAP = re.compile(r"\s?[,·]\s?[^,.]{1,24}?(?:이|가|은|는|도)?\s?")


def _year_from_context(
    doc: Doc,
    state: State,
    text: str,
    s: Sentence,
    cm: CountMatch,
    confs: tuple[str, ...],
    conf_source: str,
    ref: Fact | None,
) -> tuple[int | None, str]:
    """The year of a count whose clause writes none: the edition referred to (`같은 대회`, `당시`), the
    one the article dated last, the conference's year in the article, the fact before's, else the
    publication year."""
    if state.entry is not None and state.entry[0] == s.field:
        return state.entry[1], "carried"  # `2015년 | A가 13편으로 1위. B는 9편으로 …`: the entry's year
    referred = _referred_year(state, text, s, cm, confs, conf_source, ref)
    if referred is not None:
        return referred
    if (
        conf_source == "carried"
        and ref is not None
        and ref.conf_ids == confs
        and ref.year_source == "conference"
        and ref.sent_start == state.prev_sentence_start
    ):
        # `EMNLP 2021에서 일곱 편을 … 메인 콘퍼런스에 채택된 한 편`: that edition
        return ref.year, "inherited"
    if conf_source == "carried" and (named := year_named_before(doc, s, confs)) is not None:
        return named, "carried"  # `… 인터스피치 2021에서도 같은 그림이 나왔다. A는 9편`: that edition
    years = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    if confs and len(years) == 1:
        return years.pop(), "article"
    if confs and conf_source in ("anaphor", "prev", "carried") and ref is not None and ref.conf_ids == confs:
        return ref.year, "inherited"  # the same conferences as the fact before: the same edition
    last = state.facts[-1] if state.facts else None
    if (
        confs
        and last is not None
        and last.year_source == "word"
        and not last.conf_ids
        and not YEARLY.search(text, last.sent_start, last.cm.start)
        and last.field == s.field
        and last.sent_end <= s.start
        and not text[last.sent_end : s.start].strip()
        and (BREAKDOWN.search(text, s.start, cm.start) or text[s.start : cm.start].rstrip().endswith("("))
    ):  # `지난해 학회에 총 61편. 학회별로는 NeurIPS(24편)…`: the total's breakdown
        return last.year, "carried"
    if confs and conf_source == "carried" and confs == state.conf_ref and state.conf_ref_year is not None:
        return state.conf_ref_year, "carried"  # `지난해 EMNLP에서 한국은 33편. 이중 A가 9편`
    if last is not None and last.field == s.field and SUBSET_LEAD.match(text, s.start, cm.start):
        return last.year, "carried"  # `이 가운데 … 5편`: part of what was just counted
    if _continues_unnamed_venue(s, text, cm, confs, last):
        return last.year if last is not None else None, "carried"
    if not confs and state.tally is not None and state.tally[0] == s.field:
        return state.tally[1], "carried"  # `2021년 집계에 따르면 …. 1위 구글은 544편`
    return doc.pub_year, "published"


# the span written before, referred to (`이 기간`, `그 기간`, `해당 기간`)
_THIS_SPAN = re.compile(r"(?<![가-힣])(?:이|그|해당)\s?기간(?:에|에는|동안|중|\s)")
# a span in a clause describing the organization referred to after it (`… 매년 채택돼 온 이 회사는`)
_SPAN_OF_REFERENT = re.compile(
    r"[가-힣]\s?(?:온|던)\s+(?:이|그|해당)\s?(?:회사|기업|업체|대학|학교|기관|연구소|연구원|병원)(?:은|는|이|가)\s"
)


def _span_or_clause_year(
    doc: Doc, state: State, text: str, s: Sentence, cm: CountMatch, confs: tuple[str, ...]
) -> tuple[int | None, str] | None:
    """No year for a count over a span (`출범 이후 지금까지 총 234편`, `설립 3년 만에 100편`), the
    year of the past clause it describes (`13편이었던 지난해 실적`), a trend's last year, or None."""
    since = CUMULATIVE.search(text, s.start, cm.start)
    if since is not None and any(
        e.kind == "org"
        and since.end() <= e.start < cm.start
        and SPAN_OF_ATTRIBUTE.search(text, since.end(), e.start)
        for e in s.entities
    ):
        since = None  # `최근 10년간 정상을 지켜온 아이멕이 11건으로`: the span describes the organization
    if since is not None and _SPAN_OF_REFERENT.search(text, since.end(), cm.start):
        since = None  # `2017년부터 매년 채택돼 온 이 회사는 작년 학회에서 7편`: it describes the company
    last = last_year_word(text, since.end(), cm.start) if since is not None else None
    if since is not None and last is not None and find_counts(text, since.end(), last.start()):
        return None  # `출범 후 넉 달 동안 8편을 실었지만, 올해는 … 20편`: the span is the earlier count's
    if last is not None and YEAR_AT_COUNT.fullmatch(text, last.end(), cm.start):
        return None  # `2017년부터 매년 … 지난해 7개에 이어 올해 11개`: the year written at the count
    if since is not None and not RECORD.match(text, since.end(), cm.start):
        return None, "cumulative"  # not a record (`참가 이래 최다인`)
    if not confs and MILESTONE.search(text, s.start, cm.start):
        return None, "cumulative"
    if _THIS_SPAN.search(text, s.start, cm.start) and CUMULATIVE.search(text, max(0, s.start - 400), s.start):
        return (
            None,
            "cumulative",
        )  # `2005년부터 10년 동안 실린 논문을 … 1위 A는 이 기간 142편`: over that span
    if (dated := dated_after(text, s.end, cm)) is not None:
        return _year_of(doc, state, text, dated, confs), "word"
    end_year = _same_period_trend_end(doc, text, s, cm, confs) or _undated_trend_end(
        doc, state, text, s, cm, confs
    )
    return None if end_year is None else (end_year, "word")


def _continues_unnamed_venue(
    s: Sentence, text: str, cm: CountMatch, confs: tuple[str, ...], last: Fact | None
) -> bool:
    """`A는 지난해 주요 학회에서 85편을 발표했다. B는 40편, C는 60편이다.`: with no venue named, a
    sentence right after a dated count that names no year of its own and counts for other organizations
    goes on counting the same period (the same organization's next count may be another period's);
    sentences of its paragraph without counts may stand between."""
    orgs = [e.id for e in s.entities if e.kind == "org" and e.end <= cm.start]
    return (
        not confs
        and last is not None
        and bool(orgs)
        and last.org_id not in orgs
        and not last.conf_ids
        and last.year_source in ("word", "carried", "inherited")
        and last.field == s.field
        and last.sent_end <= s.start
        and "\n" not in text[last.sent_end : s.start]  # its paragraph; sentences without counts between
        and not find_counts(text, last.sent_end, s.start)
    )
