"""Totals over conferences: summed over the parts before them or over a breakdown after them."""

from __future__ import annotations

import bisect
import itertools
import re

from extract.linking.cues import TOTAL_WORD
from extract.linking.state import Doc, Fact, State
from extract.linking.venue_cues import GENERIC_VENUE
from extract.matcher import EntityMention
from extract.numerals import CountMatch

_TOTAL_BEFORE = re.compile(r"(?:총|모두|합계|도합)\s*$")


def sum_of_parts(state: State, pending: list[Fact], fact: Fact, text: str, window_start: int) -> None:
    """A total after counts of the same organization at named conferences is summed over all of
    them (`ICLR(4편)과 ICML(6편)에서 모두 10편`, `ACL 3편, EMNLP 2편 등 총 5편`): the total's
    conferences are theirs, when the parts add up to it (or fall short of it after 등). Without a
    total word, the parts must be in its sentence and add up exactly (`ACL에 3편, EMNLP에 2편을
    발표해 올해 5편`)."""
    if fact.cm.count is None:
        return
    said_total = bool(TOTAL_WORD.search(text, window_start, fact.cm.start))
    parts: list[Fact] = []
    total = 0
    for f in itertools.chain(reversed(pending), reversed(state.facts)):
        if (
            f.org_id != fact.org_id
            or f.cm.count is None
            or f.compared
            or not f.conf_ids
            or f.field != fact.field
        ):
            break
        parts.append(f)
        total += f.cm.count
        if total >= fact.cm.count:
            break
    confs = tuple(dict.fromkeys(c for f in reversed(parts) for c in f.conf_ids))
    if len(parts) < 2 or len(confs) < 2:
        return
    in_sentence = all(any(f is p for p in pending) for f in parts)
    listed = in_sentence and "등" in text[window_start : fact.cm.start]
    if total != fact.cm.count and not (said_total and listed and total < fact.cm.count):
        return
    if not said_total and not in_sentence:
        return  # without 총/모두, only parts written in the same sentence (`3편, 2편을 발표해 5편`)
    years = {f.year for f in parts}
    if fact.year_source in ("word", "conference") and years != {fact.year}:
        return  # `지난해 ICLR 4편, ICML 6편 … 올해 10편`: other years' counts
    fact.conf_ids = confs
    if len(years) == 1:
        fact.year = years.pop()


def sum_from_breakdown(doc: Doc, facts: list[Fact]) -> None:
    """A total followed by its breakdown by conference (`모두 10편(ICLR 4편, ICML 6편)`, `논문 20편을
    냈다. 학회별로는 ACL 9편, EMNLP 8편, NAACL 3편이다`) is summed over those conferences when
    the parts (in its sentence or the next) add up to it and it named none of them itself (or
    only some, and no unnamed venue: `주요 학회에 총 61편` keeps none); parts the text dates only by
    publication take the year written for the total."""
    starts = {name: [s.start for s in doc.sentences if s.field == name] for name in doc.fields}
    for i, total in enumerate(facts):
        if total.cm.count is None or total.compared:
            continue
        field_starts = starts.get(total.field, [])
        k = bisect.bisect_left(field_starts, total.sent_end)
        sentences = {total.sent_start, field_starts[k] if k < len(field_starts) else -1}
        parts: list[Fact] = []
        added = 0
        for f in itertools.islice(facts, i + 1, None):
            if (
                f.org_id != total.org_id
                or f.field != total.field
                or f.sent_start not in sentences
                or f.cm.count is None
                or f.compared
                or len(f.conf_ids) != 1
                or any(p.conf_ids == f.conf_ids for p in parts)
            ):
                break
            parts.append(f)
            added += f.cm.count
            if added >= total.cm.count:
                break
        confs = tuple(p.conf_ids[0] for p in parts)
        if len(parts) < 2 or added != total.cm.count or not set(total.conf_ids) < set(confs):
            continue
        if total.year_source in ("word", "conference"):
            # `지난해 모두 25편. CVPR 8편, …`: parts dated only by publication are the total's
            for p in parts:
                if p.year_source == "published":
                    p.year, p.year_source = total.year, "carried"
        if GENERIC_VENUE.search(doc.fields[total.field], total.sent_start, total.cm.start):
            continue  # `주요 학회에 총 61편. 학회별로는 …`: the total names its venues as unnamed
        total.conf_ids = confs
        years = {p.year for p in parts}
        if len(years) == 1 and total.year_source not in ("word", "conference"):
            total.year = years.pop()


def listed_sum_parts(pending: list[Fact], text: str, cm: CountMatch) -> list[EntityMention] | None:
    """The organizations whose counts, written before it in its sentence, a count after a total word
    adds up (`삼성전자가 4편, 하이닉스가 2편, 서울대가 1편으로 총 7편`), else None."""
    if cm.count is None or not _TOTAL_BEFORE.search(text, max(0, cm.start - 8), cm.start):
        return None
    parts = [f for f in pending if f.cm.end <= cm.start and f.cm.count is not None]
    if len({f.org_id for f in parts}) < 2 or sum(f.cm.count or 0 for f in parts) != cm.count:
        return None
    return [f.org for f in parts]
