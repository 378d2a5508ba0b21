"""External programs the tests run for real (redis-server, chromium), installed by the project's
`scripts/ensure-*.sh` when missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def installed(command: str, script: Path, error: type[Exception], timeout: float) -> str:
    """Path of `command`, running `script` to install it when it is not on PATH; raises `error`
    with the script's last words when it cannot be had."""
    if shutil.which(command) is None:
        done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise error(f"{command} missing and {script.name} could not install it: {done.stderr[-500:]}")
    found = shutil.which(command)
    if not found:
        raise error(f"{script.name} succeeded but {command} is not on PATH")
    return found
