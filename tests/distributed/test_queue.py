"""The shared queue's push: a request is marked seen and queued in one step, or not at all.

A worker killed between "mark seen" and "queue" would lose the request for the whole crawl (every
other worker thinks it is scheduled). The push is one Lua script, so a kill cannot split it; an
error inside it (here: the queue key holding the wrong type) leaves neither write behind.
"""

from __future__ import annotations

import pytest
import redis
from scrapy import Request, Spider
from scrapy_redis import picklecompat

from crawler.distributed.config import ClusterKeys
from crawler.distributed.queue import InflightPriorityQueue

KEYS = ClusterKeys("technews-test", "queue_test")


def make_queue(client: redis.Redis) -> InflightPriorityQueue:
    """The queue of one worker on the test database."""
    return InflightPriorityQueue(client, Spider(name="queue_test"), KEYS, "worker-1", picklecompat)


def test_a_push_marks_seen_and_queues_together(redis_db: redis.Redis) -> None:
    queue = make_queue(redis_db)
    request = Request("https://example.kr/news/1", priority=5)

    assert queue.push_unless_seen(request, "fp-1", KEYS.dupefilter)
    assert not queue.push_unless_seen(request, "fp-1", KEYS.dupefilter)  # seen: not queued twice
    assert queue.push_unless_seen(request, "", KEYS.dupefilter)  # dont_filter: queued, no fingerprint

    assert redis_db.smembers(KEYS.dupefilter) == {b"fp-1"}
    assert redis_db.zcard(KEYS.queue) == 1  # the same request twice is one member
    popped = queue.pop_inflight()
    assert popped is not None and popped[0].url == request.url and popped[0].priority == 5


def test_a_failed_push_leaves_the_request_unseen(redis_db: redis.Redis) -> None:
    queue = make_queue(redis_db)
    redis_db.set(KEYS.queue, "not a sorted set")  # every ZADD on it fails inside the script

    with pytest.raises(redis.ResponseError):
        queue.push_unless_seen(Request("https://example.kr/news/2"), "fp-2", KEYS.dupefilter)

    assert not redis_db.sismember(KEYS.dupefilter, "fp-2")  # a later push may still queue it
