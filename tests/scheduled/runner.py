"""Run a real scheduled `scrapy crawl` (the project's writer, no -O) and read what it left.

`run_scheduled()` runs to the end; `start_scheduled()` returns the process so a test can kill it.
Both use fast loopback settings (no delays, no autothrottle, no extraction unless asked) and put
the output and the seen-store under the test's own `data_dir`. The tests run the project's real
job, `scrapy crawl news` with `NEWS_ARGS` (the replayed ND Soft outlet `aitimes`, every list page);
`tests.scheduled.spiders` stays loadable for tests of other spiders following the same conventions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.scheduled.spiders import SPIDER_MODULES
from tests.support.crawl import REPO_ROOT

SPIDER = "news"
# The replayed outlet only, and every page of its list (25 pages of 20 for 500 articles): the first
# run is a backfill, later runs walk the same pages and request only what the store does not hold.
NEWS_ARGS = {"sites": "aitimes", "max_pages": "30"}
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "RETRY_BACKOFF_BASE": "0",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "EXTRACT_ENABLED": "0",
    "LOG_LEVEL": "INFO",
    "PROGRESS_INTERVAL": "1",
    "SPIDER_MODULES": SPIDER_MODULES,
}


@dataclass
class ScheduledRun:
    """What one scheduled run printed and wrote."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    output: Path | None
    records: list[dict[str, Any]]
    report: dict[str, Any]


def crawl_command(
    spider: str, data_dir: Path, mirror: str, args: dict[str, str] | None, settings: dict[str, str] | None
) -> list[str]:
    """The `scrapy crawl` command line of a scheduled test run."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    chosen = {**FAST, "MIRROR_URL": mirror, "OUTPUT_DIR": str(data_dir), **(settings or {})}
    for name, value in chosen.items():
        cmd += ["-s", f"{name}={value}"]
    for name, value in (args or {}).items():
        cmd += ["-a", f"{name}={value}"]
    return cmd


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.pop("TECHNEWS_SEEN_STORE", None)
    env.pop("TECHNEWS_DATA_DIR", None)
    return env


def start_scheduled(
    spider: str,
    data_dir: Path,
    mirror: str,
    *,
    args: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """Start a scheduled run in the background (stdout/stderr to files in data_dir)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "crawl.log").open("a", encoding="utf-8")
    return subprocess.Popen(
        crawl_command(spider, data_dir, mirror, args, settings),
        cwd=REPO_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        env=_env(),
    )


def run_scheduled(
    spider: str,
    data_dir: Path,
    mirror: str,
    *,
    args: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
    timeout: float = 120,
) -> ScheduledRun:
    """Run a scheduled crawl to the end; return its newest output file's records and its report."""
    before = set(output_files(data_dir)) | set(report_files(data_dir))
    started = time.monotonic()
    proc = subprocess.run(
        crawl_command(spider, data_dir, mirror, args, settings),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(),
    )
    seconds = time.monotonic() - started
    new_outputs = [p for p in output_files(data_dir) if p not in before]
    new_reports = [p for p in report_files(data_dir) if p not in before]
    output = new_outputs[-1] if new_outputs else None
    report = json.loads(new_reports[-1].read_text("utf-8")) if new_reports else {}
    return ScheduledRun(
        proc.returncode,
        proc.stdout,
        proc.stderr,
        seconds,
        output,
        read_records(output) if output else [],
        report,
    )


def output_files(data_dir: Path) -> list[Path]:
    """Every run's JSON Lines file under data_dir, oldest first."""
    return sorted(data_dir.glob("*/*/*.jsonl"), key=lambda p: p.name)


def report_files(data_dir: Path) -> list[Path]:
    """Every run report under data_dir, oldest first."""
    return sorted(data_dir.glob("*/*/*.report.json"), key=lambda p: p.name)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of one JSON Lines file (every line must be valid JSON)."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def count_lines(data_dir: Path) -> int:
    """Lines written so far in all output files under data_dir."""
    total = 0
    for path in output_files(data_dir):
        try:
            total += path.read_bytes().count(b"\n")
        except FileNotFoundError:
            continue
    return total
