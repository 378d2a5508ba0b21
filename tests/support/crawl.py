"""Run a real `scrapy crawl` in a subprocess against a replay server and read its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrawlResult:
    """What a crawl printed and wrote."""

    returncode: int
    stdout: str
    stderr: str
    records: list[dict[str, Any]]


def run_crawl(
    spider: str,
    out: Path,
    *,
    mirror: str | None = None,
    args: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 180,
    env: dict[str, str] | None = None,
) -> CrawlResult:
    """Run `scrapy crawl SPIDER -O out` with fast, loopback-only settings; return its records."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", f"{out}:jsonlines"]
    fast = {
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "0",
        "RETRY_BACKOFF_BASE": "0",
        "LOG_LEVEL": "INFO",
    }
    if mirror:
        fast["MIRROR_URL"] = mirror
    for name, value in {**fast, **(settings or {})}.items():
        cmd += ["-s", f"{name}={value}"]
    for name, value in (args or {}).items():
        cmd += ["-a", f"{name}={value}"]
    full_env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    full_env.update(env or {})
    proc = subprocess.run(
        cmd, cwd=REPO_ROOT, input=stdin, capture_output=True, text=True, timeout=timeout, env=full_env
    )
    records = []
    if out.exists():
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return CrawlResult(proc.returncode, proc.stdout, proc.stderr, records)
