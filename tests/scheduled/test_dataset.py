"""Scheduled runs make a dataset: every line validates against the checked-in schema, and a whole
`data/news/` tree of daily files loads with one glob in pandas and DuckDB."""

from __future__ import annotations

import json
from glob import glob
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd

from tests.scheduled.ndsoft_site import NdSoftSite, papers_of
from tests.scheduled.runner import NEWS_ARGS, SPIDER, output_files, run_scheduled
from tests.support.crawl import REPO_ROOT
from tests.support.replay import ReplayServer

SCHEMA = json.loads((REPO_ROOT / "output" / "schemas" / "article-1.json").read_text("utf-8"))


def test_daily_files_validate_and_load_with_one_glob(replay: ReplayServer, tmp_path: Path) -> None:
    site = NdSoftSite(replay, 30)
    # Yesterday's run, with the extractor on (the only Kiwi load of these tests): facts in the records.
    yesterday = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS, settings={"EXTRACT_ENABLED": "1"})
    assert yesterday.returncode == 0, yesterday.stderr[-3000:]
    assert yesterday.output is not None
    # The run's day folder is renamed to the day before, as if the timer had fired then.
    day = yesterday.output.parent
    day.rename(day.with_name("2026-11-20"))
    site.add(10)
    today = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert today.returncode == 0, today.stderr[-3000:]
    assert len(yesterday.records) == 30 and len(today.records) == 10

    tree = tmp_path / "news"
    assert sorted(p.parent.name for p in output_files(tmp_path)) == ["2026-11-20", day.name]
    assert len(list(tree.glob("*/*.report.json"))) == 2  # beside the data, not matched by *.jsonl
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for path in output_files(tmp_path):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            errors = [e.message for e in validator.iter_errors(json.loads(line))]
            assert not errors, f"{path}:{number}: {errors}"

    facts = sum(1 for n in range(1, 31) if papers_of(n))
    assert yesterday.report["sites"]["aitimes"]["facts"] == facts == 6

    files = sorted(glob(str(tree / "*" / "*.jsonl")))
    frame = pd.concat([pd.read_json(path, lines=True) for path in files], ignore_index=True)
    assert len(frame) == frame["canonical_url"].nunique() == 40
    assert frame["published_at"].notna().all() and (frame["site"] == "aitimes").all()

    rows, counted, papers = (
        duckdb.connect()
        .execute(
            "SELECT count(*), sum(len(paper_counts)), sum(list_sum([p.count for p in paper_counts]))"
            " FROM read_json_auto(?)",
            [str(tree / "*" / "*.jsonl")],
        )
        .fetchone()
    )  # type: ignore[misc]
    assert (rows, counted) == (40, facts)
    assert papers == sum(papers_of(n) for n in range(1, 31))
