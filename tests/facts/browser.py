"""A real headless Chromium for the report test: installed by scripts/ensure-chromium.sh when missing."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.support.crawl import REPO_ROOT
from tests.support.tools import installed

ENSURE_CHROMIUM = REPO_ROOT / "scripts" / "ensure-chromium.sh"
# Virtual time: the page's scripts run until they are idle or this much page time has passed, so
# the budget bounds what the page may take, not how long the machine needs to get there.
VIRTUAL_TIME_MS = 30_000
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
)  # fmt: skip
CONSOLE_LINE = re.compile(r":CONSOLE(?::\d+)?\] (.*)")


class ChromiumUnavailable(RuntimeError):
    """Chromium is not installed and could not be installed; the message says why."""


def chromium_binary() -> str:
    """Path of chromium, installed from Debian by scripts/ensure-chromium.sh when missing."""
    return installed("chromium", ENSURE_CHROMIUM, ChromiumUnavailable, timeout=900)


@dataclass
class PageRun:
    """What Chromium made of a page: the DOM after its scripts ran, and the console lines it logged."""

    dom: str
    console: list[str]
    stderr: str


def open_page(binary: str, page: Path, profile: Path, *extra: str) -> PageRun:
    """Load `page` (a local file) in a fresh profile; dump the DOM or run `extra` (e.g. --screenshot)."""
    mode = list(extra) or ["--dump-dom"]
    command = [
        binary,
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--virtual-time-budget={VIRTUAL_TIME_MS}",
        *mode,
    ]
    done = subprocess.run([*command, page.resolve().as_uri()], capture_output=True, text=True, timeout=240)
    if done.returncode != 0:
        raise AssertionError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
    console = [m.group(1) for line in done.stderr.splitlines() if (m := CONSOLE_LINE.search(line))]
    return PageRun(done.stdout, console, done.stderr)
