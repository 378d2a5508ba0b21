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
import os, subprocess, sys, threading, time

def tree_rss_kb(root):
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, total = {root}, 0
    for pid in sorted(parents):
        if parents[pid] in tree:
            tree.add(pid)
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status") as status:
                total += next((int(l.split()[1]) for l in status if l.startswith("VmRSS:")), 0)
        except OSError:
            pass
    return total

started = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
peak, done = [0], threading.Event()

def sample():
    while not done.wait(0.05):
        peak[0] = max(peak[0], tree_rss_kb(child.pid))

threading.Thread(target=sample, daemon=True).start()
_, status, usage = os.wait4(child.pid, 0)
done.set()
elapsed = time.perf_counter() - started
with open(sys.argv[1], "w") as report:
    cpu = usage.ru_utime + usage.ru_stime
    report.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss} {elapsed} {cpu} {peak[0]}")
"""


@dataclass(frozen=True)
class Measured:
    """A finished command: exit status, peak resident memory (MB), wall and CPU time (seconds).

    `peak_rss_mb` is the command's own process (from `wait4`: the largest of it and its children,
    each alone); `tree_peak_rss_mb` the largest sum over the process and its children at one
    moment (sampled every 50 ms: a crawl and its extraction worker together). CPU time counts
    the children the command waited for.
    """

    returncode: int
    peak_rss_mb: float
    seconds: float
    cpu_seconds: float
    tree_peak_rss_mb: float


def run_measured(cmd: list[str], report: Path, timeout: float, **popen: Any) -> Measured:
    """Run `cmd` to its end under a small launcher; its status, peak RSS and time (`report` is scratch)."""
    subprocess.run([sys.executable, "-c", _LAUNCHER, str(report), *cmd], timeout=timeout, check=True, **popen)
    status, kilobytes, seconds, cpu, tree_kilobytes = report.read_text().split()
    tree_mb = max(int(tree_kilobytes), int(kilobytes)) / 1024  # a run shorter than one sample has none
    return Measured(int(status), int(kilobytes) / 1024, float(seconds), float(cpu), tree_mb)
