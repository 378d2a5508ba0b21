"""Bad input: each bad line is named as FILE:LINE and skipped; everything else is written; exit 1."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from output.facts.build import run
from tests.facts.records import fact, record, write_jsonl
from tests.support.crawl import REPO_ROOT


def inputs(tmp_path: Path) -> Path:
    """A folder of two files: good records, and good records around four bad lines."""
    folder = tmp_path / "news" / "2026-02-25"
    folder.mkdir(parents=True)
    write_jsonl(folder / "a.jsonl", [record(1, [fact(count=12)])])
    wrong_version = json.dumps(record(3, [fact(count=99)], version="2.0"), ensure_ascii=False)
    no_title = record(4, [fact(count=98)])
    del no_title["title"]
    write_jsonl(
        folder / "b.jsonl",
        [record(2, [fact("kakao", 5)], publisher="나래일보", host="news.narae-daily.example")],
        extra_lines=("{not json", wrong_version, "[1, 2]", json.dumps(no_title, ensure_ascii=False)),
    )
    (folder / "run.report.json").write_text("{}", encoding="utf-8")  # not a record file: ignored
    return tmp_path / "news"


def test_bad_lines_are_named_skipped_and_the_rest_is_written(tmp_path: Path) -> None:
    err = io.StringIO()
    status = run([inputs(tmp_path)], tmp_path / "out", "parquet", tmp_path / "report.html", err=err)

    assert status == 1
    bad = tmp_path / "news" / "2026-02-25" / "b.jsonl"
    messages = err.getvalue()
    assert f"facts: {bad}:2: not JSON" in messages
    assert f"facts: {bad}:3: unknown schema version '2.0'" in messages
    assert f"facts: {bad}:4: not an article record" in messages
    assert f"facts: {bad}:5: not an article record: title: Field required" in messages
    assert "4 input problem(s)" in messages
    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")
    assert sorted(facts["organization_id"]) == ["kakao", "naver"]
    assert (tmp_path / "report.html").stat().st_size > 0


def test_scrapy_facts_exits_non_zero_after_writing(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "scrapy", "facts", str(inputs(tmp_path)), "-o", str(tmp_path / "out"),
               "--format", "csv"]  # fmt: skip
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "b.jsonl:3: unknown schema version '2.0'" in done.stderr
    assert len(pd.read_csv(tmp_path / "out" / "mentions.csv")) == 2


def test_a_missing_input_file_is_named(tmp_path: Path) -> None:
    err = io.StringIO()
    missing = tmp_path / "nowhere.jsonl"
    assert run([missing], tmp_path / "out", "jsonl", err=err) == 1
    assert f"facts: {missing}: cannot read" in err.getvalue()
    assert (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8") == ""
