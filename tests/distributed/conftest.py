"""A real redis-server for the distributed tests: installed by scripts/ensure-redis.sh, started once.

The server listens on 127.0.0.1 at a free port, with a password (so every crawl test also checks
that the password never reaches a log), no persistence, and its own temp dir; it is stopped at
the end of the session. Each test starts from an empty database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from tests.distributed.cluster import (
    PASSWORD,
    RedisServer,
    RedisUnavailable,
    free_port,
    redis_server_binary,
    running_redis,
)

__all__ = ["PASSWORD", "RedisServer", "free_port"]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A redis-server of our own for the whole session."""
    try:
        binary = redis_server_binary()
    except RedisUnavailable as exc:
        pytest.skip(str(exc))
    with running_redis(tmp_path_factory.mktemp("redis"), PASSWORD, binary) as server:
        yield server


@pytest.fixture
def redis_db(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A client on an empty test database."""
    client = redis_server.client()
    client.flushdb()
    yield client
    client.close()
