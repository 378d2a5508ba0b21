"""Mentions: one row per paper-count fact of every article, with the article it comes from."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from output.facts.records import InputFact, InputRecord
from output.schema import KST

EPOCH = datetime(1970, 1, 1, tzinfo=KST)

# accepted / presented / published (and a count whose relation the text does not say) are one
# family: the papers an organization has at a conference. The others are different numbers.
RELATION_FAMILY: dict[str | None, str] = {
    None: "accepted",
    "accepted": "accepted",
    "presented": "accepted",
    "published": "accepted",
    "submitted": "submitted",
    "oral": "oral",
    "spotlight": "spotlight",
    "award": "award",
}

FactKey = tuple[str, tuple[str, ...], int | None, str, str]


def reported_at(record: InputRecord) -> datetime | None:
    """When the article reported its facts: its publication time, else when it was fetched."""
    return record.published_at or record.crawled_at


def outlet_of(record: InputRecord) -> str:
    """The publisher's name, or the domain of the article's URL (without `www.`) when it has none."""
    if record.publisher and record.publisher.strip():
        return record.publisher.strip()
    host = urlsplit(record.canonical_url or record.url).hostname or record.url
    return host.removeprefix("www.")


def fact_key(fact: InputFact) -> FactKey:
    """What makes two mentions the same fact: organization, conference set, year, relation family, scope."""
    conferences = tuple(sorted(set(fact.conferences)))
    return (fact.organization_id, conferences, fact.year, RELATION_FAMILY[fact.relation], fact.scope)


def fact_id(key: FactKey) -> str:
    """A stable 16-hex-digit id for a fact key."""
    text = json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def mention_rows(record: InputRecord, ids: dict[FactKey, str] | None = None) -> list[dict[str, Any]]:
    """The mention rows of one record, in the order of its paper_counts."""
    ids = {} if ids is None else ids
    article = {
        "article_id": record.id,
        "url": record.url,
        "site": record.site,
        "publisher": record.publisher,
        "outlet": outlet_of(record),
        "published_at": record.published_at,
        "crawled_at": record.crawled_at,
        "title": record.title,
    }
    rows = []
    for fact in record.paper_counts:
        key = fact_key(fact)
        if key not in ids:
            ids[key] = fact_id(key)
        rows.append(
            {
                **article,
                "fact_id": ids[key],
                "organization_id": fact.organization_id,
                "organization": fact.organization,
                "organization_en": fact.organization_en,
                "conferences": list(key[1]),
                "year": fact.year,
                "count": fact.count,
                "count_min": fact.count_min,
                "count_max": fact.count_max,
                "count_text": fact.count_text,
                "qualifier": fact.qualifier,
                "relation": fact.relation,
                "scope": fact.scope,
                "confidence": fact.confidence,
                "evidence": fact.evidence.text,
                "evidence_field": fact.evidence.field,
                "evidence_start": fact.evidence.start,
                "evidence_end": fact.evidence.end,
            }
        )
    return rows


def build_mentions(records: list[InputRecord]) -> list[dict[str, Any]]:
    """Every mention row of every record, ordered by publication time, article id and position."""
    ids: dict[FactKey, str] = {}
    ordered = sorted(records, key=lambda r: (reported_at(r) is None, reported_at(r) or EPOCH, r.id))
    rows: list[dict[str, Any]] = []
    for record in ordered:
        rows.extend(mention_rows(record, ids))
    return rows
