"""What a document says as a whole, read once before its sentences: its conferences and their years,
whether it names venues or papers at all, its organizations, the events it hosts, its table rows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.linking.ambiguous import counts_by_citations
from extract.linking.cues import PAPER_WORD, VENUE
from extract.linking.editions import edition_years
from extract.linking.pasted_rows import table_rows
from extract.linking.sentences import Sentence
from extract.linking.state import Doc
from extract.linking.timeline import in_timeline_entry
from extract.linking.unclear import event_hosts
from extract.linking.venue_cues import ALSO_AT, COUNTED_VENUES, NAMED_SET

# what medical and bio meetings count instead of papers (`포스터 22건`, `초록 5건`, `연제`)
_PRESENTED_ITEM = re.compile(r"포스터|초록|연제|채택|투고")  # beside a conference: papers, not named so


def prepared(doc: Doc) -> bool:
    """Fill in what the document says as a whole; False when it names no conference or venue at all."""
    doc.conf_years = conference_years(doc.sentences, doc.fields)
    doc.main_confs = main_conferences(doc.sentences)
    for conf, year in edition_years(doc).items():  # a year written next to the conference wins
        doc.conf_years.setdefault(conf, year)
    doc.has_conf = any(e.kind == "conf" for s in doc.sentences for e in s.entities)
    doc.has_paper_word = any(
        PAPER_WORD.search(t) or (doc.has_conf and _PRESENTED_ITEM.search(t)) for t in doc.fields.values()
    )
    doc.names_venues = doc.has_conf or any(
        NAMED_SET.search(t) or COUNTED_VENUES.search(t) for t in doc.fields.values()
    )
    if not doc.names_venues and not any(VENUE.search(t) for t in doc.fields.values()):
        return False  # no conference, no 학회 or 학술대회 anywhere: journal papers or all publications
    doc.unit_parents = {e.id: e.parent for s in doc.sentences for e in s.entities if e.parent}
    doc.named = {e.id for s in doc.sentences for e in s.entities if e.kind == "org"}
    doc.event_hosts = event_hosts(doc)
    doc.counts_citations = any(
        counts_by_citations(t, [s for s in doc.sentences if s.field == f]) for f, t in doc.fields.items()
    )
    doc.table_rows = table_rows([s for s in doc.sentences if s.field == "text"], doc.fields.get("text", ""))
    return True


def conference_years(sentences: Sequence[Sentence], fields: dict[str, str]) -> dict[str, int]:
    """The edition of each conference the article is about: the one year its headline writes next to it
    (`ISSCC 2020 논문 13편`), else the year written most often next to it, not in passing (`ASCO 2019에서도`)."""
    seen: dict[str, dict[int, int]] = {}
    headline: dict[str, set[int]] = {}
    for s in sentences:
        text = fields[s.field]
        for e in s.entities:
            genitive = _YEAR_OF.match(text, e.end) if e.kind == "conf" else None  # `(ISSCC)의 2026년 논문`
            year = e.year or (int(genitive.group(1)) if genitive else None)
            if not year or ALSO_AT.match(text, e.end) or _EDITION_BEFORE_NAMED.search(text, s.start, e.start):
                continue  # none, in passing (`ASCO 2019에서도`), or the edition before (`직전 대회인 ISSCC 2025`)
            if in_timeline_entry(text, e.start):
                continue  # `▲2018년 = … EMNLP 2018에서`: that entry's edition, not the article's
            seen.setdefault(e.id, {}).setdefault(year, 0)
            seen[e.id][year] += 1
            if s.field == "title":
                headline.setdefault(e.id, set()).add(year)
    years = {cid: max(ys, key=lambda y: ys[y]) for cid, ys in seen.items()}
    years.update({cid: next(iter(ys)) for cid, ys in headline.items() if len(ys) == 1})
    return years


_YEAR_OF = re.compile(r"\)?\s?의\s?((?:19|20)\d{2})\s?년")
_EDITION_BEFORE_NAMED = re.compile(r"(?:직전|지난|이전|앞선)\s?(?:대회|학회|행사)(?:인|였던|의)?\s*['‘]?$")


def main_conferences(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The article's own conference (`이번 학회`): the headline's only one, or the lead's only one; not one named
    only further down (`… CHI 2023에서 최우수 논문으로 뽑혔다` closing a review of all venues)."""
    title = {e.id for s in sentences if s.field == "title" for e in s.entities if e.kind == "conf"}
    if len(title) == 1:
        return tuple(title)
    lead = [e.id for s in sentences[:3] for e in s.entities if e.kind == "conf"]
    if len(set(lead)) == 1:
        return (lead[0],)
    return ()
