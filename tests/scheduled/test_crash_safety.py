"""Killed at any moment, a run loses nothing and writes nothing twice; Ctrl-C stops cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from crawler.store import SqliteSeenStore
from tests.scheduled.ndsoft_site import NdSoftSite, article_url
from tests.scheduled.runner import (
    NEWS_ARGS,
    SPIDER,
    count_lines,
    output_files,
    run_scheduled,
    start_scheduled,
)
from tests.support.replay import ReplayServer

ARTICLES = 240
# Small batches and a slower crawl, so the kills land in the middle of the writing.
SLOW = {
    "WRITER_BATCH_SIZE": "10",
    "WRITER_FLUSH_SECONDS": "0.2",
    "CONCURRENT_REQUESTS": "4",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
}


def wait_for_lines(proc: subprocess.Popen[str], data_dir: Path, lines: int, timeout: float = 60) -> int:
    """Wait until the output files hold at least `lines` lines (or the run ends); how many they hold."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        found = count_lines(data_dir)
        if found >= lines:
            return found
        time.sleep(0.01)
    return count_lines(data_dir)


def all_records(data_dir: Path) -> list[dict[str, object]]:
    """Every line of every output file, each parsed as JSON (fails on a torn line)."""
    records = []
    for path in output_files(data_dir):
        raw = path.read_bytes()
        assert not raw or raw.endswith(b"\n"), f"{path} ends with a torn line"
        records += [json.loads(line) for line in raw.splitlines() if line.strip()]
    return records


def test_sigkill_at_several_points_then_a_clean_rerun_records_every_article_once(
    replay: ReplayServer, tmp_path: Path
) -> None:
    NdSoftSite(replay, ARTICLES, feed=False)  # every article found by walking the list (see test_incremental)
    killed_at = []
    for lines in (1, 40, 150):  # kill points: right after the first batch, early, late
        proc = start_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS, settings=SLOW)
        killed_at.append(wait_for_lines(proc, tmp_path, lines))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"the run ended before the kill at {lines} lines"
    # The last killed run also died in the middle of a line (a disk that lost the tail does that).
    last = output_files(tmp_path)[-1]
    with last.open("ab") as torn:
        torn.write(b'{"schema_version": "1.0", "id": "4f3a')
    before = count_lines(tmp_path)

    final = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)

    assert final.returncode == 0, final.stderr[-3000:]
    records = all_records(tmp_path)
    urls = [r["canonical_url"] for r in records]
    assert len(urls) == len(set(urls)), "an article was written twice"
    assert set(urls) == {article_url(n) for n in range(1, ARTICLES + 1)}, "an article was lost"
    # the report is consistent: what the rerun skipped is exactly what the killed runs had written
    site = final.report["sites"]["aitimes"]
    assert site["skipped"].get("already recorded", 0) == before
    assert site["written"] == len(final.records) == ARTICLES - before
    assert any("interrupted" in note for note in final.report["notes"])
    assert Path(f"{last}.quarantine").read_bytes().startswith(b'{"schema_version": "1.0", "id": "4f3a')
    assert "quarantine" in final.stderr
    assert SqliteSeenStore(tmp_path / "seen.sqlite3").site_counts() == {"aitimes": ARTICLES}
    assert killed_at == sorted(killed_at), killed_at
    print("killed at", killed_at, "lines; rerun wrote", len(final.records))


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_cleanly_and_the_next_run_resumes(
    replay: ReplayServer, tmp_path: Path, stop: signal.Signals
) -> None:
    NdSoftSite(replay, 120, feed=False)
    proc = start_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS, settings=SLOW)
    wait_for_lines(proc, tmp_path, 20)
    proc.send_signal(stop)
    assert proc.wait(timeout=60) == 0
    log = (tmp_path / "crawl.log").read_text("utf-8")
    assert "Closing spider (shutdown)" in log and "site health not judged" in log
    [report] = tmp_path.glob("*/*/*.report.json")
    assert json.loads(report.read_text("utf-8"))["reason"] == "shutdown"
    stopped = SqliteSeenStore(tmp_path / "seen.sqlite3").runs()[0]
    assert (
        stopped.status == "interrupted" and stopped.synced_offset == output_files(tmp_path)[0].stat().st_size
    )
    written = count_lines(tmp_path)

    resumed = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)

    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert len(resumed.records) == 120 - written
    urls = [r["canonical_url"] for r in all_records(tmp_path)]
    assert len(urls) == len(set(urls)) == 120
    assert "interrupted" not in " ".join(resumed.report["notes"])  # nothing to repair after Ctrl-C
