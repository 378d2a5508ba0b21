"""`make help` names every target of the Makefile (each .PHONY one)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.support.crawl import REPO_ROOT


def test_make_help_lists_every_target() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    phony = re.search(r"^\.PHONY: (.+)$", (REPO_ROOT / "Makefile").read_text("utf-8"), re.M)
    assert phony is not None
    shown = subprocess.run(["make", "--no-print-directory", "help"], cwd=REPO_ROOT, capture_output=True,
                           text=True, timeout=60, check=True).stdout  # fmt: skip
    listed = {line.split()[1] for line in shown.splitlines() if line.startswith("make ")}
    assert set(phony.group(1).split()) - listed == set()
