"""`bench/crawl_bench.py` runs end to end on a small site and prints every figure and bar.

A smoke test only: 20 pages of generic markup (ND Soft pages go through the same code), one
round, real processes against the bench's own loopback server. No timing is asserted (a timed
number is the benchmark's to report, not a test's to judge).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.crawl import REPO_ROOT

LABELS = (
    "plain Scrapy (runspider)",
    "extraction alone (python -m extract)",
    "scrapy crawl urls, extraction off",
    "scrapy crawl urls, with extraction",
)


@pytest.mark.slow
def test_crawl_bench_prints_every_figure_and_bar(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # its scratch files go to the test's own dir
    proc = subprocess.run(
        [sys.executable, "bench/crawl_bench.py", "--pages", "20", "--rounds", "1", "--markup", "generic"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )

    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "20 pages in generic markup" in out and "issue 10's bars are judged on" in out
    for label in LABELS:
        assert re.search(
            rf"{re.escape(label)}\s+\d+\.\d pages/s\s+\d+\.\d CPU ms/page\s+peak RSS\s+\d+ MB", out
        ), out
    assert re.search(r"of which the extraction worker \d+\.\d, the crawl's own process -?\d+\.\d", out), out
    assert re.search(r"plain Kiwi load\s+peak RSS\s+\d+ MB", out), out
    bars = (
        r"crawl\+extract / min\(plain Scrapy, extraction alone\) = \d+\.\d\d \(bar >= 0\.8\)  (PASS|FAIL)",
        r"crawl without extraction / plain Scrapy = \d+\.\d\d \(bar >= 0\.5\)  (PASS|FAIL)",
        r"peak RSS crawl\+extract - plain Kiwi load = [+-]\d+ MB \(bar <= 150\)  (PASS|FAIL)",
    )
    for bar in bars:
        assert re.search(bar, out), out
    assert not list(tmp_path.iterdir()), "the bench left scratch files behind"
