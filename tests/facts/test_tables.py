"""The table schemas: checked-in JSON Schemas and features equal the models; rows validate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow as pa
import pytest

from output.facts.build import build_dataset
from output.facts.tables import TABLES, arrow_schema, features_dict, json_schema, schema_file_name
from output.facts.writers import write_tables
from tests.facts.records import sample_records, write_jsonl

SCHEMAS = Path(__file__).resolve().parents[2] / "output" / "schemas"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_checked_in_schemas_match_the_models(table: str) -> None:
    on_disk = json.loads((SCHEMAS / schema_file_name(table)).read_text(encoding="utf-8"))
    assert on_disk == json_schema(table), "regenerate with `make schema`"
    features = json.loads((SCHEMAS / schema_file_name(table, features=True)).read_text(encoding="utf-8"))
    assert features == features_dict(table), "regenerate with `make schema`"
    assert list(features) == list(TABLES[table].model_fields) == arrow_schema(table).names
    for name, prop in on_disk["properties"].items():
        assert prop.get("description"), f"{table}.{name} has no description"


def test_arrow_types_keep_lists_and_kst() -> None:
    facts = arrow_schema("facts")
    assert facts.field("outlets").type == pa.list_(pa.string())
    assert facts.field("counts_seen").type == pa.list_(pa.int64())
    assert facts.field("first_reported").type == pa.timestamp("s", tz="Asia/Seoul")
    assert not facts.field("fact_id").nullable and facts.field("count").nullable
    assert arrow_schema("mentions").field("confidence").type == pa.float64()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_jsonl_rows_validate_against_the_checked_in_schema(table: str, tmp_path: Path) -> None:
    dataset = build_dataset([write_jsonl(tmp_path / "in.jsonl", sample_records())])
    write_tables({"mentions": dataset.mentions, "facts": dataset.facts}, tmp_path / "out", "jsonl")
    schema = json.loads((SCHEMAS / schema_file_name(table)).read_text(encoding="utf-8"))
    lines = (tmp_path / "out" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
