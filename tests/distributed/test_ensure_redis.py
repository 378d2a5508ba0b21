"""scripts/ensure-redis.sh: quiet when Redis is there, a plain message when it cannot install it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.distributed.cluster import ENSURE_REDIS, RedisServer


def test_quiet_and_successful_when_redis_server_is_installed(redis_server: RedisServer) -> None:
    done = subprocess.run(["bash", str(ENSURE_REDIS)], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_says_what_to_do_when_redis_server_and_apt_get_are_missing(tmp_path: Path) -> None:
    # An empty PATH: no redis-server, no apt-get (bash itself is called by its full path).
    done = subprocess.run(
        ["/bin/bash", str(ENSURE_REDIS)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": str(tmp_path)},
    )
    assert done.returncode == 1
    assert "redis-server is missing and apt-get is not available" in done.stderr
