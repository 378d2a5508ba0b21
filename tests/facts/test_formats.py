"""Every output format loads in pandas, DuckDB and Hugging Face datasets with the declared types."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from output.facts.build import build_dataset
from output.facts.tables import features_dict
from output.facts.writers import LIST_SEPARATOR, write_tables
from tests.facts.records import sample_records, write_jsonl

SCHEMAS = Path(__file__).resolve().parents[2] / "output" / "schemas"
KST = timedelta(hours=9)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus written in every format, one folder per format."""
    folder = tmp_path_factory.mktemp("facts")
    dataset = build_dataset([write_jsonl(folder / "in.jsonl", sample_records())])
    for fmt in ("parquet", "csv", "jsonl", "duckdb"):
        write_tables({"mentions": dataset.mentions, "facts": dataset.facts}, folder / fmt, fmt)
    return folder


def naver_row(frame: pd.DataFrame) -> pd.Series:
    """The conflicting Naver ICLR 2026 fact of the sample corpus."""
    return frame[frame["organization_id"] == "naver"].iloc[0]


def test_parquet_in_pandas_keeps_lists_ints_and_kst(outputs: Path) -> None:
    facts = pd.read_parquet(outputs / "parquet" / "facts.parquet")
    row = naver_row(facts)
    assert list(row["counts_seen"]) == [11, 12] and row["status"] == "conflict"
    assert str(facts["first_reported"].dt.tz) == "Asia/Seoul"
    assert row["first_reported"].utcoffset() == KST
    assert str(facts["year"].dtype) == "int64" and str(facts["count"].dtype) == "int64"
    mentions = pd.read_parquet(outputs / "parquet" / "mentions.parquet")
    assert set(mentions["fact_id"]) == set(facts["fact_id"])
    assert str(mentions["confidence"].dtype) == "float64"


def test_csv_is_flat_and_loads_with_declared_types(outputs: Path) -> None:
    facts = pd.read_csv(
        outputs / "csv" / "facts.csv",
        dtype={"year": "Int64", "count": "Int64", "mentions": "int64", "confidence": "float64"},
        parse_dates=["first_reported", "last_reported"],
        keep_default_na=False,
        na_values={"year": [""], "count": [""], "confidence": [""]},
    )
    row = naver_row(facts)
    assert row["counts_seen"] == f"11{LIST_SEPARATOR}12"
    assert row["outlets"].split(LIST_SEPARATOR) == ["가상경제", "나래일보", "dasom-news.example"]
    assert row["first_reported"].utcoffset() == KST
    assert str(facts["count"].dtype) == "Int64"


def test_duckdb_reads_every_format_with_declared_types(outputs: Path) -> None:
    con = duckdb.connect()
    expected = ("BIGINT[]", "VARCHAR[]", "TIMESTAMP WITH TIME ZONE", "BIGINT")
    for source in (
        f"read_parquet('{outputs / 'parquet' / 'facts.parquet'}')",
        f"read_json('{outputs / 'jsonl' / 'facts.jsonl'}', columns={duckdb_columns()})",
    ):
        types = con.execute(
            f"SELECT typeof(counts_seen), typeof(outlets), typeof(first_reported), typeof(count) FROM {source} LIMIT 1"
        ).fetchone()
        assert types == expected, source
    con.execute(f"ATTACH '{outputs / 'duckdb' / 'facts.duckdb'}' AS f (READ_ONLY)")
    joined = con.execute(
        "SELECT f.status, list_sort(list(DISTINCT m.count)) FROM f.facts f JOIN f.mentions m USING (fact_id) "
        "WHERE f.organization_id = 'naver' GROUP BY f.status"
    ).fetchall()
    assert joined == [("conflict", [11, 12])]
    csv_counts = con.execute(
        f"SELECT string_split(counts_seen, ';')::BIGINT[] FROM read_csv('{outputs / 'csv' / 'facts.csv'}', "
        "all_varchar=true) WHERE organization_id = 'naver'"
    ).fetchone()
    assert csv_counts == ([11, 12],)


def duckdb_columns() -> str:
    """DuckDB column types for read_json, from the facts features."""
    types = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE"}
    columns = {}
    for name, feature in features_dict("facts").items():
        if feature.get("_type") == "List":
            columns[name] = types[feature["feature"]["dtype"]] + "[]"
        elif feature["dtype"].startswith("timestamp"):
            columns[name] = "TIMESTAMPTZ"
        else:
            columns[name] = types[feature["dtype"]]
    return "{" + ", ".join(f"'{n}': '{t}'" for n, t in columns.items()) + "}"


@pytest.mark.parametrize(("fmt", "builder"), [("parquet", "parquet"), ("jsonl", "json")])
@pytest.mark.parametrize("table", ["facts", "mentions"])
def test_datasets_loads_with_the_checked_in_features(
    outputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, builder: str, table: str
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets.disable_progress_bars()
    features = datasets.Features.from_dict(json.loads((SCHEMAS / f"{table}-1.features.json").read_text()))
    ds = datasets.load_dataset(
        builder, data_files=str(outputs / fmt / f"{table}.{fmt}"), features=features, split="train",
        cache_dir=str(tmp_path / "c"),
    )  # fmt: skip
    assert ds.features == features
    first = ds[0]
    assert first["published_at" if table == "mentions" else "first_reported"].utcoffset() == KST
    assert isinstance(first["conferences"], list)
