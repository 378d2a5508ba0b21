"""Peak memory of a child process, measured cleanly.

`ru_maxrss` of a process forked from the test process counts the parent's pages it shared
before `exec` (a pytest process holding a Kiwi model makes any child look 600 MB big). So the
command is started by a small Python process that does nothing else, and that process reports
its own child's peak from `wait4`.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - started
with open(sys.argv[1], "w") as report:
    cpu = usage.ru_utime + usage.ru_stime
    report.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss} {elapsed} {cpu}")
"""


@dataclass(frozen=True)
class Measured:
    """A finished command: exit status, peak resident memory (MB), wall and CPU time (seconds)."""

    returncode: int
    peak_rss_mb: float
    seconds: float
    cpu_seconds: float


def run_measured(cmd: list[str], report: Path, timeout: float, **popen: Any) -> Measured:
    """Run `cmd` to its end under a small launcher; its status, peak RSS and time (`report` is scratch)."""
    subprocess.run([sys.executable, "-c", _LAUNCHER, str(report), *cmd], timeout=timeout, check=True, **popen)
    status, kilobytes, seconds, cpu = report.read_text().split()
    return Measured(int(status), int(kilobytes) / 1024, float(seconds), float(cpu))
