"""Distributed crawls end to end: a real redis-server, a 500-article replay site, worker processes.

Each test seeds the crawl with `scrapy seed`, runs workers as separate `scrapy crawl` processes
(one given the password in REDIS_URL, the other through REDIS_PASSWORD) and checks what the
replay server served and what the workers wrote.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis

from crawler.distributed.config import ClusterKeys
from tests.distributed.cluster import (
    SPIDER,
    SlowReplayServer,
    lines_written,
    output_files,
    read_records,
    redis_server_binary,
    running_redis,
    scrapy_command,
    seed,
    start_worker,
    wait_until,
)
from tests.distributed.conftest import PASSWORD, RedisServer
from tests.scheduled.ndsoft_site import FEED_URL, NdSoftSite, article_url, listing_url
from tests.support.crawl import REPO_ROOT
from tests.support.replay import route_key

ARTICLES = 500


def wait_all(procs: list[subprocess.Popen[str]], timeout: float) -> list[int]:
    """Exit codes of all processes; kills them and fails when one is still running after `timeout`."""
    deadline = time.monotonic() + timeout
    codes = []
    for proc in procs:
        try:
            codes.append(proc.wait(timeout=max(0.1, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            for other in procs:
                other.kill()
            pytest.fail(f"a worker did not exit within {timeout}s")
    return codes


def logs_of(*paths: Path) -> str:
    """All the workers' output, for assertions and failure messages."""
    return "\n".join(path.read_text("utf-8", errors="replace") for path in paths)


def assert_clean_logs(text: str) -> None:
    """No password, no scrapy-redis or project warnings, no tracebacks."""
    assert PASSWORD not in text
    assert "Traceback" not in text, text[-3000:]
    warnings = [
        line
        for line in text.splitlines()
        if "Warning" in line and ("scrapy_redis" in line or "crawler/" in line)
    ]
    assert warnings == []


def settings_for(server: SlowReplayServer, data_dir: Path, redis_url: str) -> dict[str, str]:
    """Worker settings: the replay site as mirror, the test's data dir, the test Redis."""
    return {"MIRROR_URL": server.url, "OUTPUT_DIR": str(data_dir), "REDIS_URL": redis_url}


@pytest.mark.slow
def test_two_workers_fetch_every_page_once_and_write_it_once(
    redis_server: RedisServer, redis_db: redis.Redis, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with SlowReplayServer(latency=0.02) as server:
        NdSoftSite(server, ARTICLES)
        # The first listing page is slow: while one worker waits for it, the other has nothing to
        # do, and must not stop (the crawl is not done, a request is in flight elsewhere).
        server.slow_down(listing_url(1), 1.5)
        settings = settings_for(server, data_dir, redis_server.url)
        seeded = seed(settings)
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        assert "seeded 2 requests" in seeded.stdout
        assert (
            "start workers with: scrapy crawl ndsoft_test -s 'REDIS_URL=redis://:****@127.0.0.1:"
            in seeded.stdout
        )

        a = start_worker(settings, tmp_path / "a.log")
        b = start_worker(
            settings_for(server, data_dir, redis_server.bare_url),
            tmp_path / "b.log",
            {"REDIS_PASSWORD": PASSWORD},
        )
        codes = wait_all([a, b], timeout=90)
        hits = server.hits()

    logs = logs_of(tmp_path / "a.log", tmp_path / "b.log")
    assert codes == [0, 0], logs[-4000:]
    assert_clean_logs(logs + seeded.stdout + seeded.stderr)
    assert "redis://:****@127.0.0.1" in logs  # the URL is logged, masked

    # Every article, listing page and the feed fetched exactly once across both workers.
    pages = [article_url(n) for n in range(1, ARTICLES + 1)]
    pages += [listing_url(p) for p in range(1, ARTICLES // 20 + 1)] + [FEED_URL]
    assert {url: hits[route_key(url)] for url in pages if hits[route_key(url)] != 1} == {}

    # Each worker wrote its own file; together they hold every article once.
    files = output_files(data_dir)
    assert len(files) == 2
    per_file = [read_records(path) for path in files]
    assert all(len(records) > 0 for records in per_file), [len(r) for r in per_file]
    ids = Counter(record["id"] for records in per_file for record in records)
    assert len(ids) == ARTICLES
    assert max(ids.values()) == 1

    # The merged run report counts every article once and judges the crawl healthy.
    reports = sorted(str(p) for p in data_dir.glob("*/*/*.report.json"))
    assert len(reports) == 2
    merged_path = tmp_path / "merged.json"
    merged = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "merge_reports",
            *reports,
            "-o",
            str(merged_path),
            "-s",
            f"REDIS_URL={redis_server.url}",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert merged.returncode == 0, merged.stderr[-3000:]
    assert f"{ARTICLES} written" in merged.stdout
    assert PASSWORD not in merged.stdout + merged.stderr
    # Neither the workers' files and reports nor what they left in Redis hold the password.
    leaks = [
        path for path in data_dir.rglob("*") if path.is_file() and PASSWORD.encode() in path.read_bytes()
    ]
    leaks += [path for path in [merged_path] if PASSWORD in path.read_text("utf-8")]
    assert leaks == []
    stored = [key for key in redis_db.scan_iter() if PASSWORD.encode() in (redis_db.dump(key) or b"")]
    assert stored == []


@pytest.mark.slow
def test_a_killed_worker_loses_nothing_and_nothing_is_written_twice(
    redis_server: RedisServer, redis_db: object, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with SlowReplayServer(latency=0.03) as server:
        NdSoftSite(server, ARTICLES)
        settings = settings_for(server, data_dir, redis_server.url)
        assert seed(settings).returncode == 0
        victim = start_worker(settings, tmp_path / "victim.log")
        survivor = start_worker(settings, tmp_path / "survivor.log")
        wait_until(lambda: lines_written(data_dir) >= 120, victim, "the victim writes 120 records")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        # A worker restarted in its place (a new id) joins the survivor.
        restarted = start_worker(settings, tmp_path / "restarted.log")
        codes = wait_all([survivor, restarted], timeout=90)

    logs = logs_of(tmp_path / "survivor.log", tmp_path / "restarted.log")
    assert codes == [0, 0], logs[-4000:]
    assert_clean_logs(logs)
    assert "is gone" in logs  # someone noticed the dead worker and requeued its requests

    files = output_files(data_dir)
    # the victim's file and the survivor's; the restarted worker's only when work was still left
    # when it joined (under a CPU load the survivor may finish first: not a failure)
    assert len(files) in (2, 3), files
    ids = Counter(record["id"] for path in files for record in read_records(path))  # every line valid JSON
    assert len(ids) == ARTICLES, f"{ARTICLES - len(ids)} articles lost"
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.slow
def test_an_idle_worker_waits_while_another_worker_still_has_work(
    redis_server: RedisServer, redis_db: redis.Redis, tmp_path: Path
) -> None:
    """Worker B joins with an empty queue while A waits for the only listing page: B stays."""
    data_dir = tmp_path / "data"
    keys = ClusterKeys("technews", SPIDER)
    with SlowReplayServer(latency=0.1) as server:
        site = NdSoftSite(server, 60)
        server.remove(FEED_URL)  # the listing is the only way to the articles
        listing = server.hold(listing_url(1))  # answered once B has joined and the second seed ran
        settings = settings_for(server, data_dir, redis_server.url)
        assert seed(settings).returncode == 0
        a = start_worker({**settings, "DISTRIBUTED_WORKER_ID": "worker-a"}, tmp_path / "a.log")
        # A has taken both seeded requests: the queue is empty, the listing is in flight.
        wait_until(
            lambda: not redis_db.zcard(keys.queue) and redis_db.hlen(keys.inflight("worker-a")),
            a,
            "worker A takes the seeded requests",
        )
        b = start_worker({**settings, "DISTRIBUTED_WORKER_ID": "worker-b"}, tmp_path / "b.log")
        wait_until(lambda: redis_db.hexists(keys.worker_info, "worker-b"), b, "worker B joins")
        # A second seed during the crawl (cron firing again) adds nothing the crawl has scheduled.
        again = seed(settings)
        assert b.poll() is None, "worker B stopped while worker A still had the listing in flight"
        listing.set()
        codes = wait_all([a, b], timeout=90)
        hits = server.hits()

    logs = logs_of(tmp_path / "a.log", tmp_path / "b.log")
    assert codes == [0, 0], logs[-4000:]
    assert_clean_logs(logs)
    assert again.returncode == 0 and "seeded 0 requests" in again.stdout, again.stdout + again.stderr
    assert "2 already scheduled in this crawl" in again.stdout
    b_log = (tmp_path / "b.log").read_text("utf-8")
    assert "Crawl done" in b_log  # B stopped because the crawl was done, not because it was idle
    # B was idle while A waited for the listing, and still did its share afterwards.
    written = {path.name: len(read_records(path)) for path in output_files(data_dir)}
    b_files = [name for name in written if "worker-b" in name]
    assert len(b_files) == 1 and written[b_files[0]] > 0, written
    assert sum(written.values()) == site.count
    assert all(hits[route_key(article_url(n))] == 1 for n in range(1, site.count + 1))


@pytest.mark.slow
def test_a_worker_restarted_under_its_id_takes_back_its_own_requests(
    redis_server: RedisServer, redis_db: redis.Redis, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with SlowReplayServer(latency=0.05) as server:
        site = NdSoftSite(server, 100)
        settings = {**settings_for(server, data_dir, redis_server.url), "DISTRIBUTED_WORKER_ID": "crawler-1"}
        assert seed(settings).returncode == 0
        first = start_worker(settings, tmp_path / "first.log")
        wait_until(lambda: lines_written(data_dir) >= 20, first, "the worker writes 20 records")
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        # What the dead worker held is fixed now: nobody else runs under its id.
        left_in_flight = redis_db.hlen(ClusterKeys("technews", SPIDER).inflight("crawler-1"))
        assert left_in_flight > 0, "the worker held no request when it was killed"
        # Restarted at once under the same id (as a service manager would): no other worker is there.
        restarted = start_worker(settings, tmp_path / "restarted.log")
        codes = wait_all([restarted], timeout=60)

    log = (tmp_path / "restarted.log").read_text("utf-8")
    assert codes == [0], log[-3000:]
    assert_clean_logs(log)
    # Whether the restart still met the old heartbeat ("waiting up to …") depends on how fast the
    # new process starts compared with the 2 s TTL; taking back the dead worker's requests does not.
    assert f"{left_in_flight} of its own earlier requests requeued" in log
    ids = Counter(record["id"] for path in output_files(data_dir) for record in read_records(path))
    assert len(ids) == site.count, f"{site.count - len(ids)} articles lost"
    assert max(ids.values()) == 1


@pytest.mark.slow
def test_a_worker_that_loses_redis_stops_with_status_3_and_a_masked_url(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with SlowReplayServer(latency=0.1) as server:
        NdSoftSite(server, 100)
        with running_redis(tmp_path, PASSWORD, redis_server_binary()) as own_redis:
            settings = settings_for(server, data_dir, own_redis.url)
            assert seed(settings).returncode == 0
            worker = start_worker(settings, tmp_path / "worker.log")
            wait_until(lambda: lines_written(data_dir) >= 10, worker, "the worker writes 10 records")
        lost_at = time.monotonic()  # redis-server is stopped here; the heartbeat TTL is 2 s
        code = wait_all([worker], timeout=30)[0]
        waited = time.monotonic() - lost_at

    log = (tmp_path / "worker.log").read_text("utf-8")
    assert code == 3, log[-3000:]
    assert waited < 15
    assert f"lost Redis at redis://:****@127.0.0.1:{own_redis.port}/0" in log
    assert PASSWORD not in log
    assert all(read_records(path) for path in output_files(data_dir))  # what was written stays valid


def test_seed_without_redis_url_says_what_is_missing() -> None:
    done = subprocess.run(
        scrapy_command("seed", {}), cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "scrapy seed needs a Redis URL" in done.stderr + done.stdout
