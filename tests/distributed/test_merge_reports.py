"""Merging workers' run reports: bad files are named, counts add up across workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.distributed.report import ReportError, load_report, merge_reports


def worker_report(run_id: str, written: int, fetched: int) -> dict[str, object]:
    """A worker's report as the writer leaves it (only the parts the merge reads)."""
    site = {
        "discovered": fetched,
        "fetched": fetched,
        "parsed": written,
        "written": written,
        "examined": written,
    }
    site["completeness"] = {"title": 1.0, "published_at": 1.0, "text": 1.0}
    return {
        "run_id": run_id,
        "spider": "news",
        "started_at": "2026-11-21T06:00:00+09:00",
        "finished_at": "2026-11-21T06:05:00+09:00",
        "reason": "finished",
        "totals": {"written": written},
        "sites": {"aitimes": site},
    }


def test_counts_of_all_workers_add_up() -> None:
    merged = merge_reports([worker_report("a", 260, 270), worker_report("b", 240, 250)])
    site = merged.site("aitimes")
    assert (site.written, site.fetched) == (500, 520)
    assert merged.reason == "finished"
    assert merged.finished_at == "2026-11-21T06:05:00+09:00"


def test_a_worker_still_running_leaves_the_merged_run_unfinished() -> None:
    running = {**worker_report("b", 1, 1), "finished_at": None}
    assert merge_reports([worker_report("a", 1, 1), running]).finished_at is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read the report"),
        (json.dumps({"spider": "news"}), "not a run report"),
    ],
)
def test_an_unreadable_report_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "worker.report.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ReportError, match=message) as raised:
        load_report(path)
    assert str(path) in str(raised.value)


def test_a_missing_report_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"missing\.report\.json: cannot read"):
        load_report(tmp_path / "missing.report.json")


def test_nothing_to_merge_is_an_error() -> None:
    with pytest.raises(ReportError, match="no reports to merge"):
        merge_reports([])
