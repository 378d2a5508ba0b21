"""The two tables of the facts dataset, `mentions` and `facts`: pydantic models, the one source of truth.

The checked-in JSON Schemas (`output/schemas/mentions-1.json`, `facts-1.json`), the Hugging Face
`datasets` features (`*.features.json`) and the pyarrow schema the Parquet files are written with
are all derived from these models; `python -m output.facts.tables` regenerates the files (`make
schema`) and a test keeps them equal. Bump TABLES_VERSION's minor part for additive changes, the
major part (and the file names) for breaking ones.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from output.features import KST_TIMESTAMP, feature_of
from output.schema import FieldName, Qualifier, Relation, Scope

TABLES_VERSION = "1.0"
TIMEZONE = "Asia/Seoul"
Family = Literal["accepted", "submitted", "oral", "spotlight", "award"]
Rule = Literal[
    "unanimous",
    "exact_over_approximate",
    "later_report_over_forecast",
    "more_outlets",
    "later_report",
    "approximate_only",
    "forecast_only",
]
Status = Literal["agreed", "conflict", "superseded"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MentionRow(_Row):
    """One paper-count fact as one article states it, with the article it comes from."""

    article_id: str = Field(
        description="The article record's `id` (SHA-1 of its canonical URL): joins to it."
    )
    url: str = Field(description="The article's URL as fetched.")
    site: str = Field(description="Site adapter key of the article, or `generic`.")
    publisher: str | None = Field(description="Publisher name as the site writes it.")
    outlet: str = Field(
        description="The publisher, or the URL's domain (without www.) when the page names none."
    )
    published_at: AwareDatetime | None = Field(description="The article's publication time (KST).")
    crawled_at: AwareDatetime | None = Field(description="When the article was fetched (KST).")
    title: str = Field(description="The article's headline.")
    fact_id: str = Field(description="Id of the consolidated fact this mention belongs to: joins to facts.")
    organization_id: str = Field(description="Id of the organization the count belongs to.")
    organization: str = Field(description="Canonical Korean name of that organization.")
    organization_en: str | None = Field(description="Canonical English name, when known.")
    conferences: list[str] = Field(
        description="Canonical conference names, sorted; empty when none is named."
    )
    year: int | None = Field(description="Conference year; null when unknown.")
    count: int | None = Field(description="The number of papers when it is one number, else null.")
    count_min: int | None = Field(description="Lower bound of the count.")
    count_max: int | None = Field(description="Upper bound of the count; null when open-ended.")
    count_text: str = Field(description="The count as written.")
    qualifier: Qualifier = Field(description="exact, approx, at_least, range or forecast.")
    relation: Relation | None = Field(description="What happened to the papers, when the text says.")
    scope: Scope = Field(description="unit, total (includes affiliates) or subset.")
    confidence: float | None = Field(
        description="The extractor's confidence (0..1); null before record schema 1.1."
    )
    evidence: str = Field(description="The sentence or clause the fact was read from.")
    evidence_field: FieldName = Field(
        description="Which article field the evidence offsets index: text or title."
    )
    evidence_start: int = Field(description="Start offset of the evidence in that field.")
    evidence_end: int = Field(description="End offset (exclusive) of the evidence in that field.")


class FactRow(_Row):
    """One fact consolidated over every article that reports it (docs/facts.md has the rules)."""

    fact_id: str = Field(
        description="Stable id of the fact: a hash of its key (organization, conferences, year, relation, scope)."
    )
    organization_id: str = Field(description="Id of the organization.")
    organization: str = Field(description="Canonical Korean name of the organization.")
    organization_en: str | None = Field(description="Canonical English name, when known.")
    conferences: list[str] = Field(
        description="The conference set, sorted; empty when the articles name none."
    )
    year: int | None = Field(description="Conference year; null when unknown.")
    relation: Family = Field(
        description="accepted (accepted, presented, published or unsaid: one family), submitted, oral, spotlight or award."
    )
    scope: Scope = Field(description="unit, total (includes affiliates) or subset, as in the mentions.")
    count: int | None = Field(
        description="The chosen number of papers (null when no mention gives a number)."
    )
    qualifier: Qualifier = Field(description="Qualifier of the mentions the count was chosen from.")
    rule: Rule = Field(description="Why this count was chosen (docs/facts.md).")
    status: Status = Field(
        description="agreed; conflict (more than one exact count seen); superseded (a later report replaced an earlier forecast)."
    )
    counts_seen: list[int] = Field(description="Every distinct number the mentions give, ascending.")
    mentions: int = Field(description="How many mentions (article facts) the row consolidates.")
    outlets: list[str] = Field(
        description="Distinct outlets (publisher, or domain when none), in order of first report."
    )
    article_ids: list[str] = Field(description="Ids of the reporting articles, in order of publication.")
    urls: list[str] = Field(description="URLs of the reporting articles, in the order of article_ids.")
    first_reported: AwareDatetime | None = Field(
        description="Earliest publication time among the articles (KST)."
    )
    last_reported: AwareDatetime | None = Field(
        description="Latest publication time among the articles (KST)."
    )
    confidence: float | None = Field(
        description="Highest extractor confidence among the mentions; null when none has one."
    )


TABLES: dict[str, type[_Row]] = {"mentions": MentionRow, "facts": FactRow}
MAJOR = TABLES_VERSION.split(".")[0]


def schema_file_name(table: str, features: bool = False) -> str:
    """`mentions-1.json`, `facts-1.features.json`…: the checked-in file names."""
    return f"{table}-{MAJOR}.features.json" if features else f"{table}-{MAJOR}.json"


def json_schema(table: str) -> dict[str, Any]:
    """The JSON Schema of one table's rows, as checked in under output/schemas/."""
    schema = TABLES[table].model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = schema_file_name(table)
    schema["version"] = TABLES_VERSION
    return schema


def _is_datetime(annotation: Any) -> bool:
    """True for datetime, AwareDatetime and their optional forms."""
    candidates = [annotation, *get_args(annotation)]
    return any(
        c in (datetime, AwareDatetime) or (get_origin(c) is not None and datetime in get_args(c))
        for c in candidates
    )


def features_dict(table: str) -> dict[str, Any]:
    """The table's columns in `datasets.Features.to_dict()` form, in column order."""
    schema = json_schema(table)
    features: dict[str, Any] = feature_of(schema, schema.get("$defs", {}), table)
    for name, field in TABLES[table].model_fields.items():
        if _is_datetime(field.annotation):
            features[name] = KST_TIMESTAMP
    return features


_ARROW_VALUES = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}


def _arrow_type(feature: dict[str, Any]) -> pa.DataType:
    if feature.get("_type") == "List":
        return pa.list_(_arrow_type(feature["feature"]))
    if feature == KST_TIMESTAMP:
        return pa.timestamp("s", tz=TIMEZONE)
    return _ARROW_VALUES[feature["dtype"]]


def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema the table is written with (from the same features)."""
    fields = TABLES[table].model_fields
    return pa.schema(
        [
            pa.field(name, _arrow_type(feature), nullable=_nullable(fields[name].annotation))
            for name, feature in features_dict(table).items()
        ],
        metadata={"table": table, "version": TABLES_VERSION},
    )


def _nullable(annotation: Any) -> bool:
    return type(None) in get_args(annotation)


def main(argv: list[str] | None = None) -> None:
    """Print a table's JSON Schema or features (used to regenerate output/schemas/)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("table", choices=sorted(TABLES))
    parser.add_argument("--features", action="store_true", help="print the datasets features instead")
    args = parser.parse_args(argv)
    found = features_dict(args.table) if args.features else json_schema(args.table)
    print(json.dumps(found, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
