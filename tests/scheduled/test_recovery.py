"""Recovery of a crashed run: its file repaired, its unsynced records marked seen, once."""

from __future__ import annotations

import fcntl
import json
from pathlib import Path

from crawler.runs.recovery import recover_runs
from crawler.store import CRASHED, RUNNING, RunRow, SqliteSeenStore


def line(idxno: int) -> bytes:
    record = {
        "id": f"{idxno:040x}",
        "canonical_url": f"https://www.aitimes.com/news/articleView.html?idxno={idxno}",
        "site": "aitimes",
        "title": f"시험 기사 {idxno}호",
        "content_hash": f"{idxno + 1000:040x}",
    }
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def crashed_run(tmp_path: Path, content: bytes, synced: int) -> tuple[SqliteSeenStore, Path]:
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    output = tmp_path / "news" / "2026-11-21" / "r1.jsonl"
    output.parent.mkdir(parents=True)
    output.write_bytes(content)
    store.start_run(
        RunRow("r1", "news", "2026-11-21T10:00:00+09:00", output=str(output), synced_offset=synced)
    )
    return store, output


def test_unsynced_records_are_marked_and_a_torn_line_is_quarantined(tmp_path: Path) -> None:
    torn = line(4)[:25]
    store, output = crashed_run(tmp_path, line(1) + line(2) + line(3) + torn, synced=len(line(1)))

    notes = recover_runs(store)

    assert output.read_bytes() == line(1) + line(2) + line(3)
    assert Path(f"{output}.quarantine").read_bytes() == torn + b"\n"
    assert [
        store.contains(f"https://www.aitimes.com/news/articleView.html?idxno={n}") for n in (2, 3, 4)
    ] == [
        True,
        True,
        False,
    ]
    [run] = store.runs()
    assert (run.status, run.synced_offset, run.summary["recovered"]) == (CRASHED, output.stat().st_size, 2)
    assert "2 unsynced record(s)" in notes[0] and "25 bytes moved to r1.jsonl.quarantine" in notes[0]
    assert recover_runs(store) == []  # nothing left to do: the run is closed


def test_everything_after_an_invalid_line_is_quarantined(tmp_path: Path) -> None:
    store, output = crashed_run(tmp_path, line(1) + b"\x00\x00\x00\n" + line(2), synced=0)
    recover_runs(store)
    assert output.read_bytes() == line(1)
    assert Path(f"{output}.quarantine").read_bytes() == b"\x00\x00\x00\n" + line(2)
    # article 2 was not marked: the next run fetches and writes it again, once
    assert not store.contains("https://www.aitimes.com/news/articleView.html?idxno=2")


def test_a_run_that_still_holds_its_file_is_left_alone(tmp_path: Path) -> None:
    store, output = crashed_run(tmp_path, line(1) + line(2)[:10], synced=0)
    with output.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert recover_runs(store) == []
    assert store.runs(status=RUNNING)
    assert output.read_bytes() == line(1) + line(2)[:10]


def test_a_run_killed_before_its_file_existed_is_closed(tmp_path: Path) -> None:
    store = SqliteSeenStore(tmp_path / "seen.sqlite3")
    store.start_run(RunRow("r0", "news", "2026-11-21T10:00:00+09:00", output=str(tmp_path / "gone.jsonl")))
    assert "before it wrote any record" in recover_runs(store)[0]
    assert store.runs()[0].status == CRASHED


def test_the_empty_file_of_a_run_killed_before_its_first_batch_is_removed(tmp_path: Path) -> None:
    store, output = crashed_run(tmp_path, b"", synced=0)

    notes = recover_runs(store)

    assert not output.exists()
    assert notes == [f"run r1 was interrupted before it wrote any record: its empty file {output} removed"]
    assert store.runs()[0].status == CRASHED
