"""Shared test fixtures: where ../shared is, and a replay server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.replay import ReplayServer

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


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
