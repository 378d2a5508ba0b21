"""Re-extraction over existing JSON Lines: new facts in, every other field and every bad line kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.crawl import REPO_ROOT

STALE = {"organizations": [], "conferences": [], "paper_counts": []}


def record(idxno: int, text: str, title: str) -> dict[str, object]:
    return {
        "schema_version": "1.0",
        "id": f"{idxno:040x}",
        "url": f"https://www.aitimes.com/news/articleView.html?idxno={idxno}",
        "title": title,
        "published_at": "2026-11-21T10:00:00+09:00",
        "text": text,
        **STALE,
    }


def test_reextract_adds_todays_facts_and_passes_bad_lines_through(tmp_path: Path) -> None:
    day = tmp_path / "news" / "2026-11-21"
    day.mkdir(parents=True)
    first = record(
        1, "네이버는 올해 NeurIPS 2026에서 논문 12편이 채택됐다고 27일 밝혔다.", "네이버, NeurIPS 논문 12편"
    )
    second = record(2, "새솔전자는 새 사옥을 판교에 열었다고 밝혔다.", "새솔전자, 판교 사옥 개소")
    (day / "r1.jsonl").write_text(
        json.dumps(first, ensure_ascii=False)
        + "\n{잘린 줄\n\n"
        + json.dumps(second, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "news.jsonl"

    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "reextract", str(tmp_path / "news"), "-o", str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert proc.returncode == 1, proc.stderr  # one bad line
    assert f"{day / 'r1.jsonl'}:2: not JSON" in proc.stderr
    assert "3 records from 1 file(s)" in proc.stderr and "1 bad line(s) passed through" in proc.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 3
    fact = lines[0]["paper_counts"][0]
    assert (fact["organization_id"], fact["conferences"], fact["year"], fact["count"]) == (
        "naver",
        ["NeurIPS"],
        2026,
        12,
    )
    assert list(lines[0]) == list(first)  # same fields, same order
    assert lines[1]["line"] == "{잘린 줄" and "error" in lines[1]
    assert {k: v for k, v in lines[2].items() if k not in STALE} == {
        k: v for k, v in second.items() if k not in STALE
    }
    assert not Path(f"{out}.part").exists()


def test_reextract_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    from crawler.reextract import main

    data = tmp_path / "a.jsonl"
    data.write_text("", encoding="utf-8")
    assert main([str(data), "-o", str(data)]) == 2
    assert main([str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "b.jsonl")]) == 2


@pytest.mark.parametrize("made", [False, True], ids=["no-data-folder", "empty-data-folder"])
def test_reextract_on_a_machine_that_never_crawled_says_how_to_get_records(
    tmp_path: Path, made: bool
) -> None:
    if made:
        (tmp_path / "data" / "news" / "2026-11-21").mkdir(parents=True)
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    proc = subprocess.run(  # the README's line, run where no crawl ever wrote
        [sys.executable, "-m", "scrapy", "reextract", "data/news", "-o", "data/reextracted.jsonl"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    [line] = proc.stderr.splitlines()
    assert line.startswith("reextract: ") and "data/news" in line and "make crawl" in line
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not (tmp_path / "data" / "reextracted.jsonl").exists()
