"""The article record: one JSON Lines row per article, and the extraction fields it carries.

The pydantic models here are the single source of truth. `output/schemas/article-1.json` is
generated from them (`python -m output.schema > output/schemas/article-1.json`) and a test keeps
the two equal. Bump SCHEMA_VERSION's minor part for additive changes, the major part (and the
file name) for breaking ones.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_serializer, field_validator

SCHEMA_VERSION: Literal["1.1"] = "1.1"  # 1.1 added paper_counts[].confidence
KST = timezone(timedelta(hours=9), "KST")

FieldName = Literal["text", "title"]
Qualifier = Literal["exact", "approx", "at_least", "range", "forecast"]
Relation = Literal["accepted", "presented", "published", "submitted", "oral", "spotlight", "award"]
Scope = Literal["unit", "total", "subset"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Strict):
    """A span of the record: `record[field][start:end] == text`."""

    field: FieldName = Field(description="Which record field the offsets index: `text` or `title`.")
    start: int = Field(ge=0, description="Start offset (Python str index, code points) in that field.")
    end: int = Field(ge=0, description="End offset (exclusive) in that field.")
    text: str = Field(description="The mentioned text, equal to record[field][start:end].")


class Organization(_Strict):
    """An organization the article names."""

    id: str = Field(description="Gazetteer id, or `pattern:<normalized name>` for one found by pattern.")
    name: str = Field(description="Canonical Korean name.")
    name_en: str | None = Field(description="Canonical English name, when known.")
    source: Literal["gazetteer", "pattern"] = Field(
        description="`gazetteer` when matched against the organization list, `pattern` when recognised by form."
    )
    mentions: list[Mention] = Field(description="Every place the organization is named.")


class Conference(_Strict):
    """A conference the article names."""

    id: str = Field(
        description="Gazetteer id of the conference, or `pattern:<name>` for a Korean society's meeting found by its form."
    )
    name: str = Field(
        description="Canonical acronym (NeurIPS, ICLR, CVPR, Interspeech…), or the society's name (대한…학회) for a meeting found by its form."
    )
    year: int | None = Field(
        description="The edition's year when written next to the name or resolvable, else null."
    )
    mentions: list[Mention] = Field(description="Every place the conference is named.")


class PaperCount(_Strict):
    """A fact: an organization had a number of papers at one or more conferences in a year."""

    organization_id: str = Field(description="Id of the organization the count belongs to.")
    organization: str = Field(description="Canonical Korean name of that organization.")
    organization_en: str | None = Field(
        description="Canonical English name of that organization, when known."
    )
    organization_mention: Mention | None = Field(
        description="Where the organization is named for this fact (may be in an earlier sentence or the title)."
    )
    conferences: list[str] = Field(
        description="Canonical conference names; several for a count summed over them, empty when none is named."
    )
    year: int | None = Field(
        description="Conference year, explicit or resolved from relative words; null if unknown."
    )
    count: int | None = Field(description="The number of papers when it is one number, else null.")
    count_min: int | None = Field(description="Lower bound of the count (equal to count when exact).")
    count_max: int | None = Field(description="Upper bound of the count; null when open-ended.")
    count_text: str = Field(description="The count as written, e.g. `12개`, `두 자릿수`, `40개를 넘어섰다`.")
    qualifier: Qualifier = Field(
        description="exact, approx (약, 여), at_least (이상, 넘어), range, or forecast."
    )
    relation: Relation | None = Field(description="What happened to the papers, when the text says.")
    scope: Scope = Field(
        description="unit: the organization itself; total: explicitly includes affiliates; subset: part of its papers."
    )
    evidence: Mention = Field(description="The sentence or clause the fact was read from.")
    confidence: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How sure the extractor is of this fact (0 to 1), from the evidence that linked it; "
        "facts below the extractor's threshold are not written (see docs/extraction.md).",
    )


class Extraction(_Strict):
    """What the extractor finds in one article."""

    organizations: list[Organization] = Field(default_factory=list, description="Organizations named.")
    conferences: list[Conference] = Field(default_factory=list, description="Conferences named.")
    paper_counts: list[PaperCount] = Field(default_factory=list, description="Linked paper-count facts.")


EXTRACTION_FIELDS: tuple[str, ...] = tuple(Extraction.model_fields)


def _to_kst(value: datetime | None) -> datetime | None:
    return value.astimezone(KST) if value is not None else None


class ArticleRecord(_Strict):
    """One article as the crawler writes it (schema version 1)."""

    schema_version: Literal["1.0", "1.1"] = Field(
        default=SCHEMA_VERSION,
        description="Version of this record schema: 1.1 writes `confidence` on every fact; 1.0 records still load.",
    )
    id: str = Field(pattern=r"^[0-9a-f]{40}$", description="Stable id: SHA-1 hex of the canonical URL.")
    url: str = Field(description="The URL as fetched (after redirects).")
    canonical_url: str = Field(
        description="Canonical URL: the page's own, normalized, tracking parameters dropped."
    )
    site: str = Field(description="Site adapter key, or `generic` when no adapter knows the site.")
    publisher: str | None = Field(description="Publisher name as the site writes it (e.g. 연합뉴스).")
    title: str = Field(min_length=1, description="Headline without the site suffix.")
    subtitle: str | None = Field(description="Sub-headline, when the page has one.")
    authors: list[str] = Field(description="Reporter names, without 기자 and without e-mail addresses.")
    published_at: AwareDatetime | None = Field(
        description="First publication time, ISO 8601 in KST (+09:00)."
    )
    modified_at: AwareDatetime | None = Field(description="Last modification time, ISO 8601 in KST (+09:00).")
    section: str | None = Field(description="Section as the site names it (e.g. IT/과학).")
    language: str = Field(default="ko", description="BCP 47 language of the body.")
    text: str = Field(
        description="Body as plain text, paragraphs separated by newlines, boilerplate removed."
    )
    content_hash: str = Field(
        pattern=r"^[0-9a-f]{40}$",
        description="SHA-1 of the normalized body: equal for one story under two URLs.",
    )
    crawled_at: AwareDatetime = Field(description="When the page was fetched, ISO 8601 in KST (+09:00).")
    parser: str = Field(description="Which adapter and layout version produced the record, `key/version`.")
    organizations: list[Organization] = Field(
        default_factory=list, description="See Extraction.organizations."
    )
    conferences: list[Conference] = Field(default_factory=list, description="See Extraction.conferences.")
    paper_counts: list[PaperCount] = Field(default_factory=list, description="See Extraction.paper_counts.")

    @field_validator("published_at", "modified_at", "crawled_at")
    @classmethod
    def _kst(cls, value: datetime | None) -> datetime | None:
        return _to_kst(value)

    @field_serializer("published_at", "modified_at", "crawled_at")
    def _iso(self, value: datetime | None) -> str | None:
        return value.isoformat(timespec="seconds") if value is not None else None

    def to_item(self) -> dict[str, Any]:
        """The record as a plain dict in schema order, ready for a feed exporter."""
        return self.model_dump(mode="json")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ArticleRecord, as checked in under output/schemas/."""
    schema = ArticleRecord.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "article-1.json"
    return schema


def main() -> None:
    """Print the JSON Schema (used to regenerate output/schemas/article-1.json)."""
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
