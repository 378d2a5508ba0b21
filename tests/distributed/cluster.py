"""Run a distributed crawl for tests and the benchmark: a slow replay site, `scrapy seed`, N workers.

Workers are real `scrapy crawl` processes sharing one Redis; each writes its own file under the
given data dir (the project's writer, worker id in the file name). The site is the scheduled-run
tests' ND Soft outlet (`tests.scheduled.ndsoft_site.NdSoftSite`) served with a per-request latency.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.support.crawl import REPO_ROOT
from tests.support.replay import Page, ReplayServer, route_key

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


class SlowReplayServer(ReplayServer):
    """A replay server that answers after `latency` seconds (more for routes in `slow`), like a real site."""

    def __init__(self, latency: float = 0.0) -> None:
        super().__init__()
        self.latency = latency
        self.slow: dict[str, float] = {}

    def slow_down(self, url: str, seconds: float) -> None:
        """Answer this URL after `seconds` instead."""
        self.slow[route_key(url)] = seconds

    def _lookup(self, raw_path: str) -> tuple[str, Page | None]:
        key, page = super()._lookup(raw_path)
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


def lines_written(data_dir: Path) -> int:
    """Lines in all output files so far."""
    return sum(path.read_bytes().count(b"\n") for path in output_files(data_dir))
