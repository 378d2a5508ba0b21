"""What a person sees of a run: Scrapy's chatter at DEBUG unless asked for, the summary at WARNING.

Real `scrapy crawl urls` processes against the replay server, at the log level of the
environment (TECHNEWS_LOG_LEVEL) or of the command line (`-L`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crawler.runs.progress import ProgressCounts, format_seconds, progress_line
from tests.crawler.fixtures import load_fixtures
from tests.support.crawl import REPO_ROOT
from tests.support.replay import ReplayServer

FIXTURE = load_fixtures()["og_meta_article"]
MISSING = "https://www.techhanbit.example/news/missing"


def crawl(replay: ReplayServer, tmp_path: Path, *options: str, level: str = "INFO") -> str:
    """Run a two-URL list (one article, one 404) with these options; what it printed."""
    FIXTURE.serve(replay)
    cmd = [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"urls={FIXTURE.url},{MISSING}", *options]
    for name, value in {
        "MIRROR_URL": replay.url,
        "OUTPUT_DIR": str(tmp_path),
        "EXTRACT_ENABLED": "0",
    }.items():
        cmd += ["-s", f"{name}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["TECHNEWS_LOG_LEVEL"] = level
    done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 4, done.stderr[-3000:]
    return done.stdout + done.stderr


def test_scrapy_chatter_is_debug_and_a_failed_url_is_one_line(replay: ReplayServer, tmp_path: Path) -> None:
    text = crawl(replay, tmp_path)

    for chatter in (
        "Scrapy 2.",
        "Enabled downloader middlewares",
        "Overridden settings",
        "Dumping Scrapy stats",
    ):
        assert chatter not in text
    assert "Traceback" not in text
    assert [line for line in text.splitlines() if MISSING in line and "crawl failed" not in line] == [
        line for line in text.splitlines() if f"{MISSING} failed: http-404" in line
    ]
    assert "urls summary: read 2" in text
    assert len(text.splitlines()) <= 15, text


def test_the_summary_survives_warning_and_a_level_asked_for_shows_everything(
    replay: ReplayServer, tmp_path: Path
) -> None:
    quiet = crawl(replay, tmp_path / "quiet", level="WARNING")
    everything = crawl(replay, tmp_path / "all", "-L", "INFO")

    assert "urls summary: read 2" in quiet
    assert "(urls, finished): 2 discovered, 1 fetched, 1 parsed, 1 written" in quiet
    assert "crawl failed: 1 of 2 listed URL(s) gave no record (http-404 1)" in quiet
    assert "INFO:" not in quiet
    assert "Dumping Scrapy stats" in everything and "Enabled downloader middlewares" in everything


def test_a_progress_line_has_the_total_rate_and_eta() -> None:
    line = progress_line(ProgressCounts(done=150, known=600, records=140, facts=12, errors=3), elapsed=30.0)

    assert line == "progress: 150/600 pages (25%), 5.0 pages/s, ETA 1m30s, 140 records, 12 facts, 3 errors"
    assert format_seconds(3725) == "1h02m" and format_seconds(42) == "42s"
