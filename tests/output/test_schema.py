"""The record schema: the checked-in JSON Schema equals the model's, and output loads downstream."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest
from pydantic import ValidationError

from output.schema import KST, SCHEMA_VERSION, ArticleRecord, Mention, PaperCount, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "output" / "schemas" / "article-1.json"


def example_record(**changes: object) -> ArticleRecord:
    """A small valid record with one paper-count fact."""
    text = "카카오브레인은 올해 CVPR에서 논문 3편을 발표했다."
    fields: dict[str, object] = {
        "id": "0" * 40,
        "url": "https://www.example.co.kr/news/articleView.html?idxno=1",
        "canonical_url": "https://www.example.co.kr/news/articleView.html?idxno=1",
        "site": "generic",
        "publisher": "예시일보",
        "title": "카카오브레인, CVPR 논문 3편",
        "subtitle": None,
        "authors": ["김기자"],
        "published_at": datetime(2026, 6, 1, 9, 30, tzinfo=KST),
        "modified_at": None,
        "section": "IT",
        "text": text,
        "content_hash": "1" * 40,
        "crawled_at": datetime(2026, 6, 1, 10, 0, tzinfo=KST),
        "parser": "generic/1",
        "paper_counts": [
            PaperCount(
                organization_id="kakao-brain",
                organization="카카오브레인",
                organization_en="Kakao Brain",
                organization_mention=Mention(field="text", start=0, end=6, text=text[0:6]),
                conferences=["CVPR"],
                year=2026,
                count=3,
                count_min=3,
                count_max=3,
                count_text="3편",
                qualifier="exact",
                relation="presented",
                scope="unit",
                evidence=Mention(field="text", start=0, end=len(text), text=text),
            )
        ],
    }
    fields.update(changes)
    return ArticleRecord.model_validate(fields)


def test_checked_in_schema_matches_the_model() -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "regenerate with `make schema`"


def test_every_field_is_described() -> None:
    schema = json_schema()
    for name, prop in schema["properties"].items():
        assert prop.get("description"), f"field {name} has no description"
    for model, definition in schema["$defs"].items():
        for name, prop in definition["properties"].items():
            assert prop.get("description"), f"{model}.{name} has no description"


def test_record_item_is_in_schema_order_and_validates() -> None:
    item = example_record().to_item()
    assert next(iter(item)) == "schema_version"
    assert list(item) == list(ArticleRecord.model_fields)
    assert item["schema_version"] == SCHEMA_VERSION
    assert item["published_at"] == "2026-06-01T09:30:00+09:00"
    jsonschema.validate(item, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_times_in_other_zones_are_written_in_kst() -> None:
    utc = datetime.fromisoformat("2026-06-01T00:30:00+00:00")
    assert example_record(published_at=utc).to_item()["published_at"] == "2026-06-01T09:30:00+09:00"


def test_unknown_fields_and_naive_times_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        example_record(surprise=1)
    with pytest.raises(ValidationError, match="timezone"):
        example_record(published_at=datetime(2026, 6, 1, 9, 30))


def test_json_lines_load_in_pandas_and_duckdb(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    rows = [example_record(id=f"{n:040x}").to_item() for n in range(3)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert "카카오브레인" in path.read_text(encoding="utf-8"), "Hangul must be written unescaped"

    frame = pd.read_json(path, lines=True)
    assert len(frame) == 3
    assert frame.loc[0, "paper_counts"][0]["count"] == 3

    con = duckdb.connect()
    count, first_org = con.execute(
        "SELECT count(*), any_value(paper_counts[1].organization_en) FROM read_json_auto(?)", [str(path)]
    ).fetchone()  # type: ignore[misc]
    assert count == 3
    assert first_org == "Kakao Brain"
