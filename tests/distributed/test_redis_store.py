"""The Redis seen-store keeps the SQLite store's contract: the same tests, run against Redis.

The test functions are the scheduled-run tests' own (tests/scheduled/test_store.py); only the
`store` fixture differs. A masked URL from the add-on opens the store too.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
import redis

from crawler.store import open_store
from crawler.store.redis_store import RedisSeenStore
from crawler.store.redis_url import remember_url
from tests.distributed.conftest import PASSWORD, RedisServer
from tests.scheduled.test_store import (  # noqa: F401 (collected here with the Redis `store`)
    article,
    test_a_sites_articles_since_a_date,
    test_an_article_is_found_by_any_spelling_of_its_url,
    test_forget_makes_urls_and_a_site_new_again,
    test_forgetting_removes_the_article_its_keys_count_and_hash,
    test_recording_again_keeps_the_first_time,
    test_runs_and_their_synced_offset_move_with_the_articles,
    test_the_first_article_owns_a_content_hash,
)
from tests.support.crawl import REPO_ROOT


@pytest.fixture
def store_location(redis_server: RedisServer) -> str:
    """The `store` fixture's store, as `--store` takes it."""
    return f"{redis_server.url}?prefix=test"


@pytest.fixture
def store(store_location: str, redis_db: redis.Redis) -> Iterator[RedisSeenStore]:
    """A Redis seen-store on the empty test database."""
    opened = RedisSeenStore.from_url(store_location)
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


def test_scrapy_store_forgets_a_whole_site_in_redis_batch_by_batch(
    store: RedisSeenStore, store_location: str, redis_db: redis.Redis
) -> None:
    urls = [f"https://www.bloter.net/news/articleView.html?idxno={n}" for n in range(2500)]
    store.record(
        [article(url, site="bloter", content_hash=f"{n:040x}") for n, url in enumerate(urls)],
        [(f"https://n.news.naver.com/mnews/article/002/{n:010d}", url) for n, url in enumerate(urls)],
    )
    store.record([article()])
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "store", "--store", store_location, "forget", "--site", "bloter"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "forgot 2500 article(s)" in done.stdout
    assert store.site_counts() == {"aitimes": 1}
    assert redis_db.hlen("test:store:keys") == 1 and redis_db.hlen("test:store:hashes") == 1
    assert PASSWORD not in done.stdout + done.stderr
