"""A real redis-server for the distributed tests: installed by scripts/ensure-redis.sh, started once.

The server listens on 127.0.0.1 at a free port, with a password (so every crawl test also checks
that the password never reaches a log), no persistence, and its own temp dir; it is stopped at
the end of the session. Each test starts from an empty database.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from tests.conftest import REPO_ROOT

ENSURE_REDIS = REPO_ROOT / "scripts" / "ensure-redis.sh"
PASSWORD = "s3cret-Pa55word"


@dataclass(frozen=True)
class RedisServer:
    """Where the test Redis listens and how to log in."""

    port: int
    password: str

    @property
    def url(self) -> str:
        """URL with the password in it."""
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    @property
    def bare_url(self) -> str:
        """URL without the password (give it through REDIS_PASSWORD)."""
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        """A client on the test database."""
        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password)


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _redis_server_binary() -> str:
    if shutil.which("redis-server") is None:
        done = subprocess.run(["bash", str(ENSURE_REDIS)], capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            pytest.skip(
                f"redis-server missing and {ENSURE_REDIS.name} could not install it: {done.stderr[-500:]}"
            )
    found = shutil.which("redis-server")
    assert found, "ensure-redis.sh succeeded but redis-server is not on PATH"
    return found


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A redis-server of our own for the whole session."""
    binary = _redis_server_binary()
    workdir: Path = tmp_path_factory.mktemp("redis")
    server = RedisServer(free_port(), PASSWORD)
    args = [binary, "--port", str(server.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    args += ["--dir", str(workdir), "--requirepass", PASSWORD, "--loglevel", "warning"]
    log = workdir / "redis-server.log"
    with log.open("wb") as handle:
        proc = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT)
    client = server.client()
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                err = log.read_text("utf-8", errors="replace")
                pytest.fail(f"redis-server did not start on port {server.port}: {err}")
            time.sleep(0.05)
    try:
        yield server
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def redis_db(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A client on an empty test database."""
    client = redis_server.client()
    client.flushdb()
    yield client
    client.close()
