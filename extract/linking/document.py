"""What a document says as a whole, read once before its sentences: its conferences and their years,
whether it names venues or papers at all, its organizations, the events it hosts, its table rows."""

from __future__ import annotations

import re

from extract.linking.ambiguous import CITATION_MEASURE
from extract.linking.conferences import conference_years, main_conferences
from extract.linking.cues import PAPER_WORD, VENUE
from extract.linking.editions import edition_years
from extract.linking.pasted_rows import table_rows
from extract.linking.state import Doc
from extract.linking.unclear import event_hosts
from extract.linking.venue_cues import COUNTED_VENUES, NAMED_SET

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
    doc.counts_citations = any(CITATION_MEASURE.search(t) for t in doc.fields.values())
    doc.table_rows = table_rows([s for s in doc.sentences if s.field == "text"], doc.fields.get("text", ""))
    return True
