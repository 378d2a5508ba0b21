"""The Redis seen-store keeps the SQLite store's contract: the same tests, run against Redis.

The test functions are the scheduled-run tests' own (tests/scheduled/test_store.py); only the
`store` fixture differs. A masked URL from the add-on opens the store too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from crawler.store import open_store
from crawler.store.redis_store import RedisSeenStore
from crawler.store.redis_url import remember_url
from tests.distributed.conftest import PASSWORD, RedisServer
from tests.scheduled.test_store import (  # noqa: F401 (collected here with the Redis `store`)
    article,
    test_an_article_is_found_by_any_spelling_of_its_url,
    test_recording_again_keeps_the_first_time,
    test_runs_and_their_synced_offset_move_with_the_articles,
    test_the_first_article_owns_a_content_hash,
)


@pytest.fixture
def store(redis_server: RedisServer, redis_db: redis.Redis) -> Iterator[RedisSeenStore]:
    """A Redis seen-store on the empty test database."""
    opened = RedisSeenStore.from_url(f"{redis_server.url}?prefix=test")
    yield opened
    opened.close()


def test_open_store_takes_a_masked_url_and_never_shows_the_password(
    redis_server: RedisServer, redis_db: redis.Redis
) -> None:
    masked = remember_url(redis_server.url)
    opened = open_store(f"{masked}?prefix=crawl")
    try:
        assert isinstance(opened, RedisSeenStore)
        assert PASSWORD not in opened.location and "****" in opened.location
        opened.record([article()])
        assert opened.site_counts() == {"aitimes": 1}
        assert redis_db.exists("crawl:store:articles")
    finally:
        opened.close()


def test_the_password_can_come_from_the_environment(
    redis_server: RedisServer, redis_db: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDIS_PASSWORD", PASSWORD)
    opened = open_store(f"{redis_server.bare_url}?prefix=env")
    try:
        assert opened.site_counts() == {}
    finally:
        opened.close()
