"""The Python entry points: `extract` for one text, `extract_many` for a batch.

A batch is read in one Kiwi call (Kiwi's own worker threads, all cores; only the pieces whose
readings need tags, `extract.reading`); everything after that is regular expressions and
dictionary look-ups over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from extract.construct import construct
from extract.departments import attach_departments
from extract.gazetteer import Gazetteers, fold
from extract.linking import Doc, Fact, link, split_sentences, to_paper_count
from extract.linking.confidence import Evidence
from extract.matcher import EntityMention, Matcher, default_matcher
from extract.org_forms import listed_forms
from extract.reading import Reading, read_many
from extract.short_forms import short_forms_of_named
from output.schema import Conference, Extraction, Mention, Organization

Item = str | Mapping[str, Any]
OrgLookup = Callable[[str], "tuple[str, str, str | None] | None"]  # folded spelling -> (id, name, name_en)

# Facts below this confidence are not returned by default: chosen from the precision-recall curve
# that `make score` prints (docs/extraction.md). 0 returns every candidate.
DEFAULT_MIN_CONFIDENCE = 0.4


def publication_year(value: object) -> int | None:
    """The year of a `published_at` value: date, datetime, or an ISO-like string."""
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, str):
        m = re.match(r"\s*((?:19|20)\d{2})(?!\d)", value)
        if m:
            return int(m.group(1))
    return None


def publication_month(value: object) -> int | None:
    """The month of a `published_at` value (`2025-01-10` → 1), or None."""
    if isinstance(value, datetime | date):
        return value.month
    if isinstance(value, str):
        m = re.match(r"\s*(?:19|20)\d{2}[-./]\s?(\d{1,2})(?!\d)", value)
        if m and 1 <= int(m.group(1)) <= 12:
            return int(m.group(1))
    return None


def _fields(item: Item) -> tuple[str, str | None, int | None, int | None]:
    if isinstance(item, str):
        return item, None, None, None
    text = item.get("text")
    title = item.get("title")
    return (
        text if isinstance(text, str) else "",
        title if isinstance(title, str) and title.strip() else None,
        publication_year(item.get("published_at")),
        publication_month(item.get("published_at")),
    )


def extract(
    text: str,
    *,
    title: str | None = None,
    published_at: str | date | datetime | None = None,
    matcher: Matcher | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Extraction:
    """Organizations, conferences and paper-count facts of one article."""
    item = {"text": text, "title": title, "published_at": published_at}
    return extract_many([item], matcher=matcher, min_confidence=min_confidence)[0]


def extract_many(
    items: Iterable[Item], *, matcher: Matcher | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Extraction]:
    """Extractions of many articles, in order, from one batch tokenization; facts whose confidence
    is below `min_confidence` are left out (0 keeps every candidate)."""
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    return [
        extraction for extraction, _ in _extract_batch(items, matcher or default_matcher(), min_confidence)
    ]


def _extract_batch(
    items: Iterable[Item], matcher: Matcher, min_confidence: float
) -> list[tuple[Extraction, list[Fact]]]:
    prepared = [_fields(item) for item in items]
    batch: list[str] = []
    for text, title, _, _ in prepared:
        batch.append(text)
        if title is not None:
            batch.append(title)
    readings = read_many(batch)
    out: list[tuple[Extraction, list[Fact]]] = []
    for text, title, year, month in prepared:
        text_reading = next(readings)
        title_reading = next(readings) if title is not None else Reading([], [])
        out.append(
            _extract_one(matcher, text, title, (year, month), text_reading, title_reading, min_confidence)
        )
    return out


def _extract_one(
    matcher: Matcher,
    text: str,
    title: str | None,
    published: tuple[int | None, int | None],
    text_reading: Reading,
    title_reading: Reading,
    min_confidence: float,
) -> tuple[Extraction, list[Fact]]:
    text_tokens, title_tokens = text_reading.tokens, title_reading.tokens
    fields: dict[str, str] = {"text": text}
    entities: dict[str, list[EntityMention]] = {"text": matcher.find(text, text_tokens, "text")}
    if title is not None:
        fields["title"] = title
        entities["title"] = matcher.find(title, title_tokens, "title")
    entities = attach_departments(matcher.gazetteers, fields, entities)
    entities = short_forms_of_named(matcher.gazetteers, entities)  # `카카오엔터` beside 카카오엔터프라이즈
    sentences = []
    if title is not None:
        sentences += split_sentences("title", title, title_reading.sentence_starts, entities["title"])
    sentences += split_sentences("text", text, text_reading.sentence_starts, entities["text"])
    doc = Doc(
        fields=fields,
        pub_year=published[0],
        sentences=sentences,
        gaz=matcher.gazetteers,
        pub_month=published[1],
    )
    facts = [f for f in link(doc) if f.confidence >= min_confidence]
    all_entities = entities.get("title", []) + entities["text"]
    listed = listed_forms(text, text_tokens, entities["text"], matcher.org_key, "text")
    listed += _parents_written_before(matcher.gazetteers, text, entities["text"])
    if title is not None:
        listed += listed_forms(title, title_tokens, entities["title"], matcher.org_key, "title")
    return construct(
        Extraction,
        organizations=_organizations(matcher.gazetteers, all_entities + listed, matcher.org_key),
        conferences=_conferences(matcher.gazetteers, all_entities, doc.conf_years),
        paper_counts=[to_paper_count(doc, f) for f in facts],
    ), facts


def extract_with_evidence(items: Iterable[Item]) -> list[tuple[Extraction, list[Evidence]]]:
    """Every candidate fact of each article with the evidence its confidence was computed from
    (one `Evidence` per fact of `paper_counts`): for fitting and explaining the score."""
    return [
        (extraction, [f.evidence for f in facts])
        for extraction, facts in _extract_batch(items, default_matcher(), 0.0)
    ]


def _parents_written_before(gaz: Gazetteers, text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """The parent written right before its listed unit (`조지타운대 안보·유망기술센터`): the matcher names the
    unit alone, and the article names the parent too (listed among the organizations, never linked)."""
    out: list[EntityMention] = []
    for e in entities:
        entry = gaz.organizations.get(e.id) if e.kind == "org" and e.source != "pattern" else None
        parent = gaz.organizations.get(entry.parent or "") if entry is not None else None
        if parent is None:
            continue
        before = text[max(0, e.start - 24) : e.start].rstrip()
        for spelling in parent.spellings():
            if spelling and before.endswith(spelling):
                start = max(0, e.start - 24) + len(before) - len(spelling)
                out.append(replace(e, id=parent.id, name=parent.name, name_en=parent.name_en, start=start,
                                   end=start + len(spelling), text=spelling))  # fmt: skip
                break
    return out


def _mention(e: EntityMention) -> Mention:
    return construct(Mention, field=e.field, start=e.start, end=e.end, text=e.text)


def _parent_named_in(gaz: Gazetteers, e: EntityMention) -> EntityMention | None:
    """The parent written at the start of a unit found by form (`동부하이텍 반도체부문`, `삼성전자 DS부문`):
    the article names that organization too."""
    entry = gaz.organizations.get(e.parent or "")
    if entry is None or e.source != "pattern":
        return None
    for spelling in sorted(entry.spellings(), key=len, reverse=True):
        key, end = fold(spelling), 0
        while end < len(e.text) and len(fold(e.text[:end])) < len(key):
            end += 1
        if key and fold(e.text[:end]) == key:
            return replace(
                e, id=entry.id, source="gazetteer", end=e.start + end, text=e.text[:end], parent=None
            )
    return None


_FIRST_WORD = re.compile(r"([A-Za-z][A-Za-z&]+)\s+\S")


def _organizer_named_in(e: EntityMention, lookup: OrgLookup) -> EntityMention | None:
    """The organization a conference's name begins with (`USENIX Security`, `IEEE VIS`, `ACM MM`): the
    article names that society too. It is listed among the organizations, never linked to a count."""
    m = _FIRST_WORD.match(e.text) if e.kind == "conf" else None
    found = lookup(fold(m.group(1))) if m is not None else None
    if m is None or found is None:
        return None
    org_id, name, name_en = found
    return replace(
        e,
        kind="org",
        id=org_id,
        name=name,
        name_en=name_en,
        end=e.start + m.end(1),
        text=m.group(1),
        year=None,
    )


def _organizations(
    gaz: Gazetteers, entities: Sequence[EntityMention], lookup: OrgLookup | None = None
) -> list[Organization]:
    out: dict[str, Organization] = {}
    parents = [p for e in entities if e.kind == "org" and (p := _parent_named_in(gaz, e)) is not None]
    if lookup is not None:
        parents += [o for e in entities if (o := _organizer_named_in(e, lookup)) is not None]
    for e in [*entities, *parents]:
        if e.kind != "org":
            continue
        org = out.get(e.id)
        if org is None:
            entry = gaz.organizations.get(e.id)
            org = construct(
                Organization,
                id=e.id,
                name=entry.name if entry else e.name,
                name_en=entry.name_en if entry else e.name_en,
                source=e.source,
                mentions=[],
            )
            out[e.id] = org
        org.mentions.append(_mention(e))
    return list(out.values())


def _conferences(
    gaz: Gazetteers, entities: Sequence[EntityMention], years: Mapping[str, int]
) -> list[Conference]:
    out: dict[str, Conference] = {}
    for e in entities:
        if e.kind != "conf":
            continue
        conf = out.get(e.id)
        if conf is None:
            entry = gaz.conferences.get(e.id)
            conf = construct(
                Conference, id=e.id, name=entry.name if entry else e.name, year=years.get(e.id), mentions=[]
            )
            out[e.id] = conf
        conf.mentions.append(_mention(e))
    return list(out.values())
