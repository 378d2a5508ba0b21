"""Distributed crawls for tests and the benchmark: redis-server, a slow replay site, seed, N workers.

Workers are real `scrapy crawl` processes sharing one Redis; each writes its own file under the
given data dir (the project's writer, worker id in the file name). The site is the scheduled-run
tests' ND Soft outlet (`tests.scheduled.ndsoft_site.NdSoftSite`) served with a per-request latency.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import redis

from tests.support.crawl import REPO_ROOT
from tests.support.replay import Page, ReplayServer, route_key
from tests.support.tools import installed

ENSURE_REDIS = REPO_ROOT / "scripts" / "ensure-redis.sh"
PASSWORD = "s3cret-Pa55word"
SPIDER = "ndsoft_test"
SPIDER_MODULES = "crawler.spiders,tests.scheduled.spiders"
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "RETRY_BACKOFF_BASE": "0",
    "EXTRACT_ENABLED": "0",
    "LOG_LEVEL": "INFO",
    "LOGSTATS_INTERVAL": "5",
    "SPIDER_MODULES": SPIDER_MODULES,
    "DISTRIBUTED_POLL_INTERVAL": "0.2",
    "DISTRIBUTED_HEARTBEAT_TTL": "2",
    "DISTRIBUTED_IDLE_GRACE": "0.5",
}


class RedisUnavailable(RuntimeError):
    """redis-server is missing and scripts/ensure-redis.sh could not install it."""


@dataclass(frozen=True)
class RedisServer:
    """Where a redis-server of ours listens and how to log in."""

    port: int
    password: str

    @property
    def url(self) -> str:
        """URL with the password in it."""
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    @property
    def bare_url(self) -> str:
        """URL without the password (give it through REDIS_PASSWORD)."""
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        """A client on database 0."""
        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password)


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_server_binary() -> str:
    """Path of redis-server, installed from Debian by scripts/ensure-redis.sh when missing."""
    return installed("redis-server", ENSURE_REDIS, RedisUnavailable, timeout=600)


@contextmanager
def running_redis(workdir: Path, password: str, binary: str = "redis-server") -> Iterator[RedisServer]:
    """A redis-server on 127.0.0.1 at a free port, no persistence, files in `workdir`; stopped after."""
    server = RedisServer(free_port(), password)
    args = [binary, "--port", str(server.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    args += ["--dir", str(workdir), "--requirepass", password, "--loglevel", "warning"]
    log = workdir / "redis-server.log"
    with log.open("wb") as handle:
        proc = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT)
    client = server.client()
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RedisUnavailable(
                        f"redis-server did not start on port {server.port}: "
                        + log.read_text("utf-8", errors="replace")
                    ) from None
                time.sleep(0.05)
        yield server
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# How long a held route waits for its release at most: a test that never releases still ends.
HOLD_LIMIT = 120.0


class SlowReplayServer(ReplayServer):
    """A replay server that answers after `latency` seconds (more for routes in `slow`), like a real site.

    `hold(url)` keeps a route's answer back until the test releases it: a test waits for what it
    needs (a second worker joined) instead of guessing how long a slow page must be.
    """

    def __init__(self, latency: float = 0.0) -> None:
        super().__init__()
        self.latency = latency
        self.slow: dict[str, float] = {}
        self.held: dict[str, threading.Event] = {}

    def slow_down(self, url: str, seconds: float) -> None:
        """Answer this URL after `seconds` instead."""
        self.slow[route_key(url)] = seconds

    def hold(self, url: str) -> threading.Event:
        """Answer this URL only once the returned event is set (or after HOLD_LIMIT seconds)."""
        event = self.held[route_key(url)] = threading.Event()
        return event

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for event in self.held.values():
            event.set()  # no request thread left waiting
        super().__exit__(exc_type, exc, tb)

    def _lookup(self, raw_path: str) -> tuple[str, Page | None]:
        key, page = super()._lookup(raw_path)
        if key in self.held:
            self.held[key].wait(HOLD_LIMIT)
        time.sleep(self.slow.get(key, self.latency))  # in the request's own thread: requests overlap
        return key, page


def scrapy_command(
    command: str, settings: dict[str, str], args: dict[str, str] | None = None, spider: str = SPIDER
) -> list[str]:
    """`python -m scrapy <command> <spider> -s … -a …` (the FAST settings unless overridden)."""
    cmd = [sys.executable, "-m", "scrapy", command, spider]
    for name, value in {**FAST, **settings}.items():
        cmd += ["-s", f"{name}={value}"]
    for name, value in (args or {}).items():
        cmd += ["-a", f"{name}={value}"]
    return cmd


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment without proxies or the project's path variables, plus `extra`."""
    drop = ("TECHNEWS_SEEN_STORE", "TECHNEWS_DATA_DIR", "REDIS_URL", "REDIS_PASSWORD")
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy") and k not in drop}
    env.update(extra or {})
    return env


def seed(
    settings: dict[str, str],
    env: dict[str, str] | None = None,
    args: dict[str, str] | None = None,
    spider: str = SPIDER,
) -> subprocess.CompletedProcess[str]:
    """Run `scrapy seed` to the end."""
    return subprocess.run(
        scrapy_command("seed", settings, args, spider),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env(env),
    )


def start_worker(
    settings: dict[str, str],
    log: Path,
    env: dict[str, str] | None = None,
    args: dict[str, str] | None = None,
    spider: str = SPIDER,
) -> subprocess.Popen[str]:
    """Start one worker (`scrapy crawl`), its output going to `log`."""
    with log.open("w", encoding="utf-8") as handle:  # the child keeps its own copy of the file
        return subprocess.Popen(
            scrapy_command("crawl", settings, args, spider),
            cwd=REPO_ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            text=True,
            env=clean_env(env),
        )


def output_files(data_dir: Path) -> list[Path]:
    """The workers' JSON Lines files."""
    return sorted(data_dir.glob("*/*/*.jsonl"))


def read_records(path: Path) -> list[dict[str, Any]]:
    """Every record of a file (each line must be valid JSON)."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def wait_until(
    condition: Callable[[], object], alive: subprocess.Popen[str], what: str, limit: float = 180
) -> None:
    """Wait until `condition()` holds; fail at once when `alive` exits first.

    The bound is what the condition waits for: a worker process doing its work. `limit` only
    keeps a hung worker from hanging the suite.
    """
    deadline = time.monotonic() + limit
    while not condition():
        if alive.poll() is not None:
            raise AssertionError(f"{what}: the worker exited first (status {alive.returncode})")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {limit:.0f}s")
        time.sleep(0.05)


def lines_written(data_dir: Path) -> int:
    """Lines in all output files so far."""
    return sum(path.read_bytes().count(b"\n") for path in output_files(data_dir))
