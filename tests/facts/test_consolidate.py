"""Consolidation rules: which count is chosen, why, and the status (docs/facts.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from output.facts.build import build_dataset
from tests.facts.records import fact, record, write_jsonl

NARAE = {"publisher": "나래일보", "host": "news.narae-daily.example"}
DASOM = {"publisher": "다솜뉴스", "host": "www.dasom-news.example"}


def facts_of(tmp_path: Path, *records: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts table built from records written to a file."""
    dataset = build_dataset([write_jsonl(tmp_path / "in.jsonl", list(records))])
    assert dataset.errors == []
    return dataset.facts


def test_one_count_everywhere_is_unanimous(tmp_path: Path) -> None:
    (row,) = facts_of(tmp_path, record(1, [fact(count=12)]), record(2, [fact(count=12)], **NARAE))
    assert (row["count"], row["rule"], row["status"]) == (12, "unanimous", "agreed")
    assert sorted(row["outlets"]) == ["가상경제", "나래일보"] and row["mentions"] == 2


def test_more_outlets_win_a_conflict(tmp_path: Path) -> None:
    (row,) = facts_of(
        tmp_path,
        record(1, [fact(count=11)], published="2026-03-02T09:00:00+09:00"),
        record(2, [fact(count=12)], **NARAE),
        record(3, [fact(count=12)], **DASOM),
    )
    assert (row["count"], row["rule"], row["status"], row["counts_seen"]) == (
        12,
        "more_outlets",
        "conflict",
        [11, 12],
    )


def test_with_as_many_outlets_the_later_report_wins(tmp_path: Path) -> None:
    (row,) = facts_of(
        tmp_path,
        record(1, [fact(count=11)], published="2026-03-02T09:00:00+09:00"),
        record(2, [fact(count=12)], **NARAE, published="2026-03-01T09:00:00+09:00"),
    )
    assert (row["count"], row["rule"], row["status"]) == (11, "later_report", "conflict")


def test_one_outlet_writing_twice_is_one_outlet(tmp_path: Path) -> None:
    (row,) = facts_of(
        tmp_path,
        record(1, [fact(count=12)]),
        record(2, [fact(count=12)], published="2026-02-20T09:00:00+09:00"),
        record(3, [fact(count=11)], **NARAE, published="2026-03-09T09:00:00+09:00"),
    )
    assert (row["count"], row["rule"], row["outlets"]) == (11, "later_report", ["가상경제", "나래일보"])


def test_exact_over_approximate(tmp_path: Path) -> None:
    approx = fact(
        count=None,
        qualifier="at_least",
        count_min=10,
        sentence="네이버는 ICLR 2026에서 논문 10편 넘게 발표했다.",
    )
    (row,) = facts_of(
        tmp_path, record(1, [approx]), record(2, [approx]), record(3, [fact(count=12)], **NARAE)
    )
    assert (row["count"], row["qualifier"], row["rule"], row["status"]) == (
        12,
        "exact",
        "exact_over_approximate",
        "agreed",
    )
    assert row["counts_seen"] == [10, 12]


def test_a_later_report_supersedes_an_earlier_forecast(tmp_path: Path) -> None:
    forecast = fact(count=20, qualifier="forecast")
    (row,) = facts_of(
        tmp_path,
        record(1, [forecast], published="2026-01-10T09:00:00+09:00"),
        record(2, [fact(count=18)], **NARAE, published="2026-02-01T09:00:00+09:00"),
    )
    assert (row["count"], row["rule"], row["status"]) == (18, "later_report_over_forecast", "superseded")


def test_without_exact_counts_approximate_then_forecast(tmp_path: Path) -> None:
    approx = fact(count=30, qualifier="approx", count_min=30)
    forecast = fact("kakao", count=9, qualifier="forecast")
    rows = {r["organization_id"]: r for r in facts_of(tmp_path, record(1, [approx, forecast]))}
    assert (rows["naver"]["count"], rows["naver"]["rule"], rows["naver"]["qualifier"]) == (
        30,
        "approximate_only",
        "approx",
    )
    assert (rows["kakao"]["count"], rows["kakao"]["rule"]) == (9, "forecast_only")


@pytest.mark.parametrize(
    ("relation", "family"), [("presented", "accepted"), ("published", "accepted"), (None, "accepted")]
)
def test_accepted_presented_published_are_one_family(
    tmp_path: Path, relation: str | None, family: str
) -> None:
    (row,) = facts_of(
        tmp_path,
        record(1, [fact(count=12, relation="accepted")]),
        record(2, [fact(count=12, relation=relation)], **NARAE),
    )
    assert row["relation"] == family and row["mentions"] == 2


def test_subsets_years_conference_sets_and_scopes_stay_apart(tmp_path: Path) -> None:
    rows = facts_of(
        tmp_path,
        record(1, [fact(count=12), fact(count=3, relation="oral"), fact(count=1, relation="award"),
                   fact(count=9, year=2025), fact(count=20, conferences=("ICLR", "ICML")),
                   fact(count=15, scope="total")]),
        record(2, [fact(count=20, conferences=("ICML", "ICLR"))], **NARAE),
    )  # fmt: skip
    assert len(rows) == 6
    both = next(r for r in rows if r["conferences"] == ["ICLR", "ICML"])
    assert both["mentions"] == 2
    assert {r["relation"] for r in rows} == {"accepted", "oral", "award"}


def test_confidence_is_optional_and_carried(tmp_path: Path) -> None:
    records = [
        record(1, [fact(confidence=0.4)], version="1.1"),
        record(2, [fact(confidence=0.9)], version="1.1", **NARAE),
        record(3, [fact("kakao")]),
    ]
    dataset = build_dataset([write_jsonl(tmp_path / "in.jsonl", records)])
    assert dataset.errors == []
    assert sorted(m["confidence"] or 0 for m in dataset.mentions) == [0, 0.4, 0.9]
    rows = {r["organization_id"]: r for r in dataset.facts}
    assert rows["naver"]["confidence"] == 0.9 and rows["kakao"]["confidence"] is None


def test_outlet_is_the_domain_when_a_page_names_no_publisher(tmp_path: Path) -> None:
    (row,) = facts_of(tmp_path, record(1, [fact()], publisher=None, host="www.dasom-news.example"))
    assert row["outlets"] == ["dasom-news.example"]


def test_a_recrawled_article_counts_once_with_its_latest_facts(tmp_path: Path) -> None:
    old = record(1, [fact(count=11)])
    new = record(1, [fact(count=12)])
    new["crawled_at"] = "2026-03-05T00:00:00+09:00"
    (row,) = facts_of(tmp_path, new, old)
    assert (row["count"], row["mentions"], row["counts_seen"]) == (12, 1, [12])
