"""Hugging Face `datasets` features: the checked-in file equals the model's, and files whose rows
would make `datasets` guess different column types load together with them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from output.features import KST_TIMESTAMP, UnsupportedSchema, feature_of, features_dict
from output.schema import KST, ArticleRecord
from tests.output.test_schema import example_record

FEATURES_FILE = Path(__file__).resolve().parents[2] / "output" / "schemas" / "article-1.features.json"


def test_checked_in_features_match_the_model() -> None:
    on_disk = json.loads(FEATURES_FILE.read_text(encoding="utf-8"))
    assert on_disk == features_dict(), "regenerate with `make schema`"
    assert list(on_disk) == list(ArticleRecord.model_fields)


def test_optional_values_lists_and_nested_records() -> None:
    features = features_dict()
    assert features["published_at"] == features["crawled_at"] == KST_TIMESTAMP
    facts = features["paper_counts"]
    assert facts["_type"] == "List"
    assert facts["feature"]["count"] == {"dtype": "int64", "_type": "Value"}
    assert facts["feature"]["conferences"] == {
        "feature": {"dtype": "string", "_type": "Value"},
        "_type": "List",
    }
    assert facts["feature"]["evidence"]["start"] == {"dtype": "int64", "_type": "Value"}


def test_a_construct_without_a_column_type_names_its_path() -> None:
    with pytest.raises(UnsupportedSchema, match=r"record\.odd: no datasets type"):
        feature_of(
            {"type": "object", "properties": {"odd": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}},
            {},
        )


def test_files_that_disagree_on_guessed_types_load_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets.disable_progress_bars()
    with_facts = example_record().to_item()
    without_facts = example_record(paper_counts=[], subtitle=None, authors=[]).to_item()
    without_facts["id"] = "2" * 40
    first, second = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    first.write_text(json.dumps(without_facts, ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps(with_facts, ensure_ascii=False) + "\n", encoding="utf-8")
    features = datasets.Features.from_dict(json.loads(FEATURES_FILE.read_text(encoding="utf-8")))

    ds = datasets.load_dataset(
        "json",
        data_files=[str(first), str(second)],
        features=features,
        split="train",
        cache_dir=str(tmp_path / "c"),
    )

    assert ds.num_rows == 2
    assert ds[0]["paper_counts"] == []
    assert ds[1]["paper_counts"][0]["organization_en"] == "Kakao Brain"
    assert ds[1]["paper_counts"][0]["count"] == 3
    assert ds[1]["published_at"] == datetime(2026, 6, 1, 9, 30, tzinfo=KST)
    assert ds[1]["published_at"].utcoffset() == timedelta(hours=9)
