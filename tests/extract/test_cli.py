"""The JSON Lines CLI: pass-through, order, streaming, hostile lines, limits, exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from extract import extract_many
from extract.api import DEFAULT_MIN_CONFIDENCE
from extract.cli import Options, main, process, run
from output.schema import Extraction

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


def _process(data: bytes, **options: int) -> tuple[int, list[bytes], str]:
    out, err = io.BytesIO(), io.StringIO()
    status = process(io.BytesIO(data), out, err, Options(**options))
    return status, out.getvalue().split(b"\n")[:-1], err.getvalue()


def _strict(line: bytes) -> dict[str, Any]:
    """A line as JSON that Python's own extensions (NaN, Infinity) would not pass."""
    obj = json.loads(line.decode("utf-8"), parse_constant=lambda name: pytest.fail(f"{name} in output"))
    assert isinstance(obj, dict)
    return obj


GOOD = json.dumps({"id": "g", "text": "구글은 ICML에서 논문 9편을 냈다."}, ensure_ascii=False).encode()
HOSTILE = {
    b'{"id": 1, "text": NaN}': "NaN is not a JSON number",
    b'{"id": 1, "text": "a", "n": -Infinity}': "-Infinity is not a JSON number",
    b'{"text": "a", "n": 1e400}': "out of range for a float",
    b'{"text": "a", "n": ' + b"7" * 5000 + b"}": "integer of more than 4,300 digits",
    b"[" * 100_000: "nested too deeply",
    b'{"text": "' + b"\\ud800" + b'"}': "lone surrogate '\\ud800'",
    b'{"text": "a", "x": ["\\udfff"]}': "lone surrogate '\\udfff'",
    '{"text": "한글'.encode() + b"\xff\xfe" + b'"}': "not UTF-8: byte 0xff at byte 17",
    b'{"text": "a"': "not JSON: Expecting",
    b"null": "not a JSON object but a NoneType",
    b'{"title": "t"}': "no string field `text`",
}


def test_hostile_json_gets_a_per_line_error_and_the_other_lines_are_kept() -> None:
    lines = [GOOD]
    for hostile in HOSTILE:
        lines += [hostile, GOOD]
    status, out, err = _process(b"\n".join(lines) + b"\n", batch_size=5)
    assert status == 1
    assert len(out) == len(lines)
    rows = [_strict(line) for line in out]
    for number, (row, reason) in enumerate(zip(rows[1::2], HOSTILE.values(), strict=True)):
        assert reason in str(row["error"]), (number, row)
        assert f"line {2 * number + 2}: " in err
    assert all(row["id"] == "g" and row["paper_counts"] for row in rows[0::2])


def test_a_lone_surrogate_escape_inside_a_pair_or_after_a_backslash_is_fine() -> None:
    lines = [
        json.dumps({"text": "웃음 😀 끝", "x": "\\ud800"}).encode(),  # a pair, and an escaped backslash
    ]
    status, out, err = _process(b"\n".join(lines) + b"\n")
    assert (status, err) == (0, "")
    assert _strict(out[0])["text"] == "웃음 😀 끝"


def test_one_failing_item_costs_only_its_own_line() -> None:
    def extractor(items: list[dict[str, Any]]) -> Sequence[Extraction]:
        if any("폭발" in item["text"] for item in items):
            raise RuntimeError("simulated crash in the extractor")
        return extract_many(items)

    texts = ["구글은 ICML에서 논문 9편을 냈다.", "폭발 문장", "메타는 CVPR에서 논문 3편을 냈다."]
    data = b"".join(json.dumps({"text": t}, ensure_ascii=False).encode() + b"\n" for t in texts)
    out, err = io.BytesIO(), io.StringIO()
    status = process(io.BytesIO(data), out, err, Options(batch_size=64), extractor)
    rows = [_strict(line) for line in out.getvalue().splitlines()]
    assert status == 1 and len(rows) == 3
    assert rows[0]["paper_counts"] and rows[2]["paper_counts"]
    assert rows[1]["error"] == "extraction failed: RuntimeError: simulated crash in the extractor"
    assert err.getvalue() == "line 2: extraction failed: RuntimeError: simulated crash in the extractor\n"


def test_a_line_over_the_byte_limit_is_skipped_to_its_end_and_reported() -> None:
    long_line = json.dumps({"text": "가" * 10_000}, ensure_ascii=False).encode()
    status, out, _ = _process(GOOD + b"\n" + long_line + b"\n" + GOOD, max_line_bytes=4096)
    assert status == 1 and len(out) == 3
    rows = [_strict(line) for line in out]
    assert rows[1]["error"] == f"line too long: {len(long_line):,} bytes (limit --max-line-bytes)"
    assert len(str(rows[1]["line"])) < 100  # a short escaped prefix, not the line
    assert rows[0]["paper_counts"] and rows[2]["paper_counts"]  # the last line has no newline


def test_a_long_text_is_cut_at_a_paragraph_boundary_with_a_note() -> None:
    first = "구글은 ICML에서 논문 9편을 냈다.\n" * 30
    text = first + "메타는 CVPR에서 논문 3편을 냈다.\n" * 30
    status, out, err = _process(json.dumps({"text": text}).encode() + b"\n", max_chars=len(first) + 5)
    assert status == 0
    row = _strict(out[0])
    assert row["text"] == text  # the record keeps the whole text
    (note,) = row["extract_notes"]
    assert f"first {len(first) - 1:,} of {len(text):,} characters (cut at a paragraph boundary)" in note
    assert {f["organization"] for f in row["paper_counts"]} == {"구글"}
    assert err.startswith("note: line 1: text longer than")


def test_answers_stream_back_before_the_next_line_is_written() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "extract"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for number in range(3):
            proc.stdin.write(
                json.dumps({"n": number, "text": "메타는 CVPR에서 3편을 냈다."}).encode() + b"\n"
            )
            proc.stdin.flush()
            assert _strict(proc.stdout.readline())["n"] == number  # blocks until that answer is written
        proc.stdin.write(b"{bad\n")
        proc.stdin.close()
        assert "error" in _strict(proc.stdout.readline())
        assert proc.wait(timeout=60) == 1
    finally:
        proc.kill()
        proc.wait()


def _cli(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, cwd=ROOT, timeout=120, **kwargs
    )


def test_could_not_run_is_status_2_and_says_why(tmp_path: Path) -> None:
    closed = _cli(stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2 and b"could not run: stdin is closed" in closed.stderr
    missing = _cli(str(tmp_path / "absent.jsonl"))
    assert missing.returncode == 2 and b"cannot open" in missing.stderr and b"No such file" in missing.stderr
    folder = _cli(str(tmp_path))
    assert folder.returncode == 2 and b"Is a directory" in folder.stderr
    assert _cli("--batch-size", "0").returncode == 2


def test_module_entry_point_reads_a_file_and_a_non_utf8_line_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    last = json.dumps({"text": "삼성전자는 ISSCC 2021에서 10편을 발표했다."}, ensure_ascii=False).encode()
    path.write_bytes(b"\xef\xbb\xbf" + GOOD + b"\n" + b'{"text": "\xc3\x28"}\n' + last + b"\n")
    proc = _cli(str(path))
    assert proc.returncode == 1
    rows = [_strict(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 3 and rows[0]["paper_counts"]
    assert rows[2]["paper_counts"][0]["count"] == 10
    assert rows[1]["error"] == "not UTF-8: byte 0xc3 at byte 11"
    assert proc.stderr.decode() == "line 2: not UTF-8: byte 0xc3 at byte 11\n"


# Our own sentence: LG's count sits next to two rivals and no conference, so its confidence is low.
LOW_CONFIDENCE = {
    "text": "카카오와 네이버가 경쟁하는 가운데 LG는 올해 AI 학회에 논문 7편을 냈다.",
    "published_at": "2025-03-02",
}


def test_min_confidence_zero_writes_every_candidate_the_default_leaves_out() -> None:
    line = json.dumps(LOW_CONFIDENCE, ensure_ascii=False).encode() + b"\n"
    _, (default_line,), _ = _process(line)
    every = _cli("--min-confidence", "0", input=line)
    assert every.returncode == 0, every.stderr.decode()
    kept, candidates = _strict(default_line)["paper_counts"], _strict(every.stdout)["paper_counts"]
    assert len(candidates) > len(kept)
    assert all(fact["confidence"] < DEFAULT_MIN_CONFIDENCE for fact in candidates if fact not in kept)
    assert ("lg", 7) in [(f["organization_id"], f["count"]) for f in candidates]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "high"])
def test_a_min_confidence_outside_0_to_1_is_an_argument_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--min-confidence", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --min-confidence: must be" in err and f"got {value!r}" in err
