"""The JSON Lines CLI: pass-through, order, errors, exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from extract.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _run(lines: list[str], batch_size: int = 64) -> tuple[int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(io.StringIO("".join(lines)), out, err, batch_size)
    return status, [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_fields_pass_through_and_facts_are_added() -> None:
    line = json.dumps(
        {
            "id": "a1",
            "url": "https://example.test/1",
            "text": "인텔은 올해 ISSCC에서 논문 5편을 발표했다.",
            "published_at": "2023-02-20T10:00:00+09:00",
        },
        ensure_ascii=False,
    )
    status, rows, err = _run([line + "\n"])
    assert status == 0 and err == ""
    (row,) = rows
    assert row["id"] == "a1" and row["url"] == "https://example.test/1"
    assert {"organizations", "conferences", "paper_counts"} <= row.keys()
    fact = row["paper_counts"][0]  # type: ignore[index]
    assert (fact["count"], fact["year"], fact["conferences"]) == (5, 2023, ["ISSCC"])
    ev = fact["evidence"]
    assert row[ev["field"]][ev["start"] : ev["end"]] == ev["text"]  # type: ignore[index]


def test_bad_lines_are_reported_and_written_through_in_order() -> None:
    lines = [
        json.dumps({"id": 1, "text": "구글은 ICML에서 논문 9편을 냈다."}, ensure_ascii=False) + "\n",
        "{not json\n",
        json.dumps({"id": 3, "title": "제목만"}, ensure_ascii=False) + "\n",
        json.dumps([1, 2]) + "\n",
        json.dumps({"id": 5, "text": "", "published_at": None}) + "\n",
    ]
    status, rows, err = _run(lines, batch_size=2)
    assert status == 1
    assert len(rows) == 5
    assert rows[0]["id"] == 1 and "error" not in rows[0]
    assert "error" in rows[1] and rows[1]["line"] == "{not json"
    assert rows[2]["id"] == 3 and "error" in rows[2]
    assert "error" in rows[3]
    assert rows[4]["id"] == 5 and rows[4]["paper_counts"] == []
    assert "line 2:" in err and "line 3:" in err and "line 4:" in err


def test_module_entry_point_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"text": "삼성전자는 ISSCC 2021에서 10편을 발표했다."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "extract", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["paper_counts"][0]["count"] == 10


def test_blank_lines_are_written_back_as_empty_lines() -> None:
    lines = [
        json.dumps({"id": 1, "text": "구글은 ICML에서 논문 9편을 냈다."}, ensure_ascii=False) + "\n",
        "\n",
        "   \t\n",
        json.dumps({"id": 4, "text": "메타는 CVPR에서 논문 3편을 냈다."}, ensure_ascii=False) + "\n",
        "",
    ]
    out, err = io.StringIO(), io.StringIO()
    status = run(io.StringIO("".join(lines)), out, err, batch_size=2)
    assert status == 0 and err.getvalue() == ""
    written = out.getvalue().split("\n")
    assert written[1:3] == ["", ""] and written[4] == ""
    assert len(written) == 5  # four input lines, four output lines (and the final newline)
    assert json.loads(written[0])["id"] == 1 and json.loads(written[3])["id"] == 4
