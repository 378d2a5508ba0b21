"""Shared test fixtures: where ../shared is, a replay server, and a checkout nothing writes into.

Every `scrapy` process a test starts inherits TECHNEWS_DATA_DIR pointing at a temporary directory,
so a test that forgets OUTPUT_DIR still writes nowhere near the checkout; and the session fails
when it leaves a new file in the checkout (`git status`, ignored files included).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support.replay import ReplayServer

# Property tests run the same examples every time (`make test` is never flaky, a busy machine
# never trips a deadline); HYPOTHESIS_PROFILE=explore draws new ones each run, to look for bugs.
settings.register_profile("repeatable", derandomize=True, deadline=None, database=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
# What tools write on purpose (caches, the venv, the installed package's metadata) is not checked.
NOT_CHECKED = [".venv", "**/__pycache__/**", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"]
NOT_CHECKED += ["*.egg-info/**"]

_data_dir = Path(tempfile.mkdtemp(prefix="technews-test-data-"))
os.environ["TECHNEWS_DATA_DIR"] = str(_data_dir)
os.environ.pop("TECHNEWS_SEEN_STORE", None)


def checkout_files() -> set[str] | None:
    """Every file git reports in the checkout (changed, untracked or ignored); None without git."""
    if shutil.which("git") is None or not (REPO_ROOT / ".git").exists():
        return None
    excluded = [f":!{pattern}" for pattern in NOT_CHECKED]
    done = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all", "--", ".", *excluded],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return set(done.stdout.splitlines()) if done.returncode == 0 else None


_before = checkout_files()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the session when the tests left new files in the checkout; remove the temp data dir."""
    shutil.rmtree(_data_dir, ignore_errors=True)
    after = checkout_files()
    if _before is None or after is None:
        return
    new = sorted(after - _before)
    if new:
        print("\ntests wrote into the checkout (use a tmp dir):\n  " + "\n  ".join(new))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder beside the repository; skips the test when a clone has none."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (it exists only on the team's machines)")
    return SHARED


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    """A running replay server on 127.0.0.1, stopped after the test."""
    with ReplayServer() as server:
        yield server
