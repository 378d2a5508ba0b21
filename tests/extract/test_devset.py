"""The development-set score (../shared/eval/dev) must stay at or above F1 0.90."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval" / "dev"
SCORER = SHARED / "tools" / "score_facts.py"


@pytest.mark.shared
@pytest.mark.slow
def test_dev_set_f1() -> None:
    if not EVAL.is_dir() or not SCORER.is_file():
        pytest.skip(f"{EVAL} is absent (it exists only on the team's machines)")
    cmd = [
        sys.executable,
        str(SCORER),
        "--articles", str(EVAL / "articles"),
        "--gold", str(EVAL / "gold.jsonl"),
        "--aliases", str(EVAL / "aliases.json"),
        "--cmd", f"{shlex.quote(sys.executable)} -m extract",
        "--min-f1", "0.9",
        "--verbose",
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False, timeout=600)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, f"{summary}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
