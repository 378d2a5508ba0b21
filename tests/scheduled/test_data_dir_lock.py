"""One run per data dir: a second run meets the lock, says who holds it, writes nothing, exits 75.

The lock is a `flock` on `OUTPUT_DIR/.run.lock` (crawler/runs/lock.py): the kernel drops it when
its holder dies, SIGKILL included. The crawl tests hold the lock from this process, as a running
crawl would, so the second run always meets it (two real crawls may or may not overlap).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.runs.exit import DATA_DIR_LOCKED_EXIT_CODE
from crawler.runs.lock import LOCK_NAME, DataDirLocked, lock_data_dir
from tests.scheduled.ndsoft_site import NdSoftSite
from tests.scheduled.runner import NEWS_ARGS, SPIDER, run_scheduled
from tests.support.crawl import REPO_ROOT
from tests.support.replay import ReplayServer

HOLDER = "pid 4242 on testhost, run 20261203T100000-abcd, since 2026-12-03T10:00:00+09:00"


def test_a_second_lock_is_refused_naming_the_holder_and_freed_on_close(tmp_path: Path) -> None:
    fd = lock_data_dir(tmp_path, HOLDER)
    with pytest.raises(DataDirLocked) as caught:
        lock_data_dir(tmp_path, "someone else")
    assert f"the data dir {tmp_path} is in use by another run ({HOLDER})" in str(caught.value)
    os.close(fd)
    os.close(lock_data_dir(tmp_path, "next run"))


def test_the_lock_dies_with_its_process(tmp_path: Path) -> None:
    script = (
        "import sys, time; from pathlib import Path; from crawler.runs.lock import lock_data_dir\n"
        f"lock_data_dir(Path({str(tmp_path)!r}), 'child'); print('locked', flush=True); time.sleep(600)"
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(DataDirLocked, match=r"\(child\)"):
            lock_data_dir(tmp_path, "parent")
    finally:
        child.kill()
        child.wait(timeout=30)
    os.close(lock_data_dir(tmp_path, "parent"))


def test_a_run_over_a_locked_data_dir_does_nothing_and_exits_75(replay: ReplayServer, tmp_path: Path) -> None:
    NdSoftSite(replay, 5)
    data = tmp_path / "data"
    first = run_scheduled(SPIDER, data, replay.url, args=NEWS_ARGS)
    assert first.returncode == 0, first.stderr[-3000:]
    before = sorted(p.relative_to(data) for p in data.rglob("*") if p.name != LOCK_NAME)
    store_before = (data / "seen.sqlite3").read_bytes()
    requests_before = len(replay.requests)

    fd = lock_data_dir(data, HOLDER)
    try:
        second = run_scheduled(SPIDER, data, replay.url, args={**NEWS_ARGS, "refetch": "1"})
    finally:
        os.close(fd)

    assert second.returncode == DATA_DIR_LOCKED_EXIT_CODE, second.stderr[-3000:]
    assert f"the data dir {data} is in use by another run ({HOLDER})" in second.stderr
    assert sorted(p.relative_to(data) for p in data.rglob("*") if p.name != LOCK_NAME) == before
    assert (data / "seen.sqlite3").read_bytes() == store_before
    assert len(replay.requests) == requests_before  # not even robots.txt or a feed

    third = run_scheduled(SPIDER, data, replay.url, args=NEWS_ARGS)  # the lock is free again
    assert third.returncode == 0, third.stderr[-3000:]
    assert not third.records  # all five were written by the first run, and only by it
