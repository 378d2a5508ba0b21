"""The shared request queue: scrapy-redis's scheduler, queue and dupefilter, made crash-safe.

Each worker takes a request from the shared priority queue and, in the same atomic step (a Lua
script), writes it into its own in-flight hash. The entry leaves the hash only when Scrapy is
completely done with the request (callback run, items through the pipelines, new requests
pushed), so a killed worker's unfinished requests are still in Redis: `recover()` puts them back
in the queue once the worker's heartbeat has expired. The whole crawl is finished when the queue
is empty and every in-flight hash is empty, read in one atomic snapshot.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Any, cast

import redis
from scrapy import Request, Spider
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler
from scrapy.utils.python import to_unicode
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from w3lib.url import canonicalize_url

from crawler.distributed.config import ClusterKeys, DistributedConfig, current_run_id, distributed_config
from crawler.pages.urls import canonicalize

logger = logging.getLogger(__name__)

# Pop the best request and record it in the worker's in-flight hash, atomically.
# The hash field is "<score>|<sha1 of the member>", so recovery can restore the priority.
POP_INTO_INFLIGHT = """
local popped = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #popped == 0 then return false end
redis.call('ZREM', KEYS[1], popped[1])
local field = popped[2] .. '|' .. redis.sha1hex(popped[1])
redis.call('HSET', KEYS[2], field, popped[1])
redis.call('SADD', KEYS[3], ARGV[1])
return {popped[1], field}
"""

# Queue a request and mark it seen in one step, unless the shared dupefilter already holds it
# (ARGV[1] == "" queues without a fingerprint). A worker killed mid-call leaves both or neither:
# never a request marked seen that no queue holds. ZADD comes first, so an error leaves nothing.
PUSH_UNLESS_SEEN = """
if ARGV[1] ~= '' and redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
if ARGV[1] ~= '' then redis.call('SADD', KEYS[1], ARGV[1]) end
return 1
"""

# Put a worker's in-flight requests back in the queue and forget the worker. With ARGV[2] == "1"
# it runs only when the worker's heartbeat has expired (another worker recovering a dead one).
RECOVER_WORKER = """
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local entries = redis.call('HGETALL', KEYS[2])
for i = 1, #entries, 2 do
  local score = tonumber(string.match(entries[i], '^[^|]+'))
  redis.call('ZADD', KEYS[3], score, entries[i + 1])
end
redis.call('DEL', KEYS[2])
if ARGV[2] == '1' then
  redis.call('SREM', KEYS[4], ARGV[1])
  redis.call('HDEL', KEYS[5], ARGV[1])
end
return #entries / 2
"""

# Queue length and the number of in-flight requests over all registered workers, in one snapshot.
CLUSTER_SNAPSHOT = """
local inflight = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  inflight = inflight + redis.call('HLEN', ARGV[1] .. id)
end
return {redis.call('ZCARD', KEYS[1]), inflight}
"""


def engine_slot(engine: ExecutionEngine) -> Any:
    """The engine's slot: its in-progress requests and its wake-up call."""
    # Scrapy (1.x to 2.19) keeps the requests it is working on in engine._slot.inprogress (a
    # request leaves it only after its callback output went through the pipelines) and wakes
    # itself through engine._slot.nextcall. There is no public API for either; the distributed
    # tests fail loudly if a Scrapy upgrade moves them.
    slot = getattr(engine, "_slot", None)
    if slot is None or not hasattr(slot, "inprogress") or not hasattr(slot, "nextcall"):
        raise RuntimeError("this Scrapy version has no engine._slot.inprogress/nextcall")
    return slot


@dataclass(frozen=True)
class WorkerInfo:
    """Who a worker is: where it runs and which run (output file) it writes."""

    worker_id: str
    host: str = ""
    pid: int = 0
    run_id: str = ""

    def to_json(self) -> str:
        """The info as stored in Redis."""
        return json.dumps({"host": self.host, "pid": self.pid, "run_id": self.run_id})

    @classmethod
    def from_json(cls, worker_id: str, raw: bytes | str | None) -> WorkerInfo:
        """Read the stored info (missing or unreadable info gives an anonymous worker)."""
        try:
            data = json.loads(raw) if raw else {}
            return cls(
                worker_id, str(data.get("host", "")), int(data.get("pid", 0)), str(data.get("run_id", ""))
            )
        except (ValueError, TypeError, AttributeError):
            return cls(worker_id)


class InflightPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop moves the request into this worker's in-flight hash."""

    def __init__(
        self, server: redis.Redis, spider: Spider, keys: ClusterKeys, worker_id: str, serializer: Any
    ) -> None:
        super().__init__(server=server, spider=spider, key=keys.queue, serializer=serializer)
        self.keys = keys
        self.worker_id = worker_id
        self._pop = server.register_script(POP_INTO_INFLIGHT)
        self._push = server.register_script(PUSH_UNLESS_SEEN)

    def push_unless_seen(self, request: Request, fingerprint: str, dupefilter_key: str) -> bool:
        """Queue the request and add its fingerprint (empty: none) atomically; False when seen before."""
        data = self._encode_request(request)
        args = [fingerprint, -request.priority, data]
        return bool(self._push(keys=[dupefilter_key, self.keys.queue], args=args))

    def pop_inflight(self) -> tuple[Request, str] | None:
        """The next request and its in-flight field, or None when the queue is empty."""
        found = self._pop(
            keys=[self.keys.queue, self.keys.inflight(self.worker_id), self.keys.workers],
            args=[self.worker_id],
        )
        if not found:
            return None
        data, field = found
        return self._decode_request(data), to_unicode(field)


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared dupefilter, fingerprinting the project's canonical URL.

    `http://` vs `https://`, tracking parameters and host case do not make two requests, so two
    workers that meet one article under two spellings fetch it once.
    """

    def request_fingerprint(self, request: Request) -> str:
        """SHA-1 of method, canonical URL and body."""
        data = {
            "method": to_unicode(request.method),
            "url": canonicalize_url(canonicalize(request.url)),
            "body": (request.body or b"").hex(),
        }
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()

    def log(self, request: Request, spider: Spider) -> None:
        """Log a filtered request at debug level."""
        if self.debug:
            self.logger.debug("Filtered duplicate request: %(request)s", {"request": request})


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler with a per-worker in-flight ledger, and a seed role that only pushes.

    Nothing is held in the worker's memory but the ledger's mirror: every queued request lives in
    Redis, every taken one in this worker's in-flight hash until it is finished.
    """

    def __init__(self, server: redis.Redis, crawler: Crawler, config: DistributedConfig) -> None:
        super().__init__(server, persist=True, serializer=picklecompat)
        self.crawler = crawler
        self.config = config
        self.stats = crawler.stats
        self.keys: ClusterKeys | None = None
        self.inflight: dict[Request, str] = {}
        self._recover = server.register_script(RECOVER_WORKER)
        self._snapshot = server.register_script(CLUSTER_SNAPSHOT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        """Connect to the crawl's Redis (the URL and password come from the add-on, never from logs)."""
        config = distributed_config(crawler)
        return cls(config.connect(), crawler, config)

    # --- lifecycle ------------------------------------------------------------------------
    def open(self, spider: Spider) -> None:
        """Build the queue and dupefilter, register this worker, take back its own leftovers."""
        self.spider = spider
        self.keys = self.config.keys(spider.name)
        self.queue = InflightPriorityQueue(
            self.server, spider, self.keys, self.config.worker_id, self.serializer
        )
        self.df = RedisDupeFilter(
            self.server, key=self.keys.dupefilter, debug=spider.settings.getbool("DUPEFILTER_DEBUG")
        )
        if self.config.role == "seed":
            queued, inflight = self.snapshot()
            if queued == 0 and inflight == 0:
                # No crawl in progress: this seed starts a new one, whose URLs are all new again.
                self.df.clear()
            logger.info(
                "Seeding %s on %s (queue %s, in flight %s)",
                self.keys.queue,
                self.config.masked_url,
                queued,
                inflight,
            )
            return
        self.wait_for_previous_holder()
        leftovers = self.requeue_own()
        self.heartbeat()
        run_id = current_run_id(self.crawler)
        info = WorkerInfo(self.config.worker_id, socket.gethostname(), os.getpid(), run_id)
        self.server.hset(self.keys.worker_info, self.config.worker_id, info.to_json())
        logger.info(
            "Worker %s joined %s on %s (%s queued%s)",
            self.config.worker_id,
            self.keys.base,
            self.config.masked_url,
            len(self.queue),
            f", {leftovers} of its own earlier requests requeued" if leftovers else "",
        )

    def wait_for_previous_holder(self) -> None:
        """Wait (at most a heartbeat TTL) for a crashed predecessor's heartbeat under this id to expire."""
        # Only a worker restarted with a fixed DISTRIBUTED_WORKER_ID meets one; a live holder keeps
        # its heartbeat fresh, and sharing an id with it is an error.
        assert self.keys is not None
        mine = self.keys.heartbeat(self.config.worker_id)
        if not self.server.exists(mine):
            return
        logger.warning(
            "Worker id %s has a heartbeat: waiting up to %.0fs for it to expire (a restart after a crash?)",
            self.config.worker_id,
            self.config.heartbeat_ttl,
        )
        # Blocking is fine here: the spider is opening and nothing else runs in this worker yet.
        deadline = time.monotonic() + self.config.heartbeat_ttl + 1
        while self.server.exists(mine):
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"worker id {self.config.worker_id!r} is held by a live worker; choose another "
                    "DISTRIBUTED_WORKER_ID or stop the other worker"
                )
            time.sleep(min(0.2, self.config.poll_interval))

    def close(self, reason: str) -> None:
        """Leave the cluster; anything still in flight goes back to the queue for the others."""
        if self.keys is None or self.config.role == "seed":
            return
        self.inflight.clear()
        try:
            requeued = self.requeue_own()
            with self.server.pipeline() as pipe:
                pipe.srem(self.keys.workers, self.config.worker_id)
                pipe.hdel(self.keys.worker_info, self.config.worker_id)
                pipe.delete(self.keys.heartbeat(self.config.worker_id))
                pipe.execute()
        except redis.RedisError as exc:
            logger.warning(
                "Worker %s could not leave the cluster cleanly (%s): its requests still in flight go "
                "back to the queue when its heartbeat expires",
                self.config.worker_id,
                exc,
            )
            return
        if requeued:
            logger.warning(
                "Worker %s left with %s requests in flight: requeued", self.config.worker_id, requeued
            )

    # --- scheduler interface --------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        """Push to the shared queue unless the shared dupefilter has seen the request (one atomic step)."""
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        queue = cast(InflightPriorityQueue, self.queue)
        if not queue.push_unless_seen(request, fingerprint, self.df.key):
            self.df.log(request, self.spider)
            self._inc("dupefilter/filtered")
            return False
        self._inc("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        """Take the next request from the shared queue into this worker's in-flight hash."""
        if self.config.role == "seed":
            return None
        try:
            if self.crawler.engine is not None:
                # Called right after each request completes: release finished entries without delay.
                self.finish(engine_slot(self.crawler.engine).inprogress)
            popped = cast(InflightPriorityQueue, self.queue).pop_inflight()
        except redis.RedisError:
            # Redis is away: fetch nothing for now. The coordinator logs it, retries, and stops
            # the worker (exit status 3) when Redis stays away for a heartbeat TTL.
            self._inc("distributed/redis_errors")
            return None
        if popped is None:
            return None
        request, field = popped
        self.inflight[request] = field
        self._inc("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        """True when the shared queue holds requests (never for a seeder, which fetches nothing)."""
        if self.config.role == "seed":
            return False
        try:
            return len(self.queue) > 0
        except redis.RedisError:
            return False  # the idle check (ClusterCoordinator.spider_idle) handles a lost Redis

    # --- cluster bookkeeping (driven by crawler.distributed.workers.ClusterCoordinator) -----
    def finish(self, still_running: set[Request]) -> int:
        """Drop from the in-flight hash every request Scrapy is done with; returns how many."""
        done = [request for request in self.inflight if request not in still_running]
        if not done or self.keys is None:
            return 0
        fields = [self.inflight.pop(request) for request in done]
        self.server.hdel(self.keys.inflight(self.config.worker_id), *fields)
        return len(done)

    def heartbeat(self) -> None:
        """Tell the cluster this worker is alive (and registered) for another HEARTBEAT_TTL."""
        assert self.keys is not None
        ttl_ms = int(self.config.heartbeat_ttl * 1000)
        with self.server.pipeline() as pipe:
            pipe.set(self.keys.heartbeat(self.config.worker_id), "alive", px=ttl_ms)
            pipe.sadd(self.keys.workers, self.config.worker_id)
            pipe.execute()

    def dead_workers(self) -> list[WorkerInfo]:
        """Registered workers whose heartbeat has expired (killed, crashed, or cut off)."""
        assert self.keys is not None
        others = [to_unicode(w) for w in self.server.smembers(self.keys.workers)]
        others = [w for w in others if w != self.config.worker_id]
        if not others:
            return []
        with self.server.pipeline(transaction=False) as pipe:
            for worker in others:
                pipe.exists(self.keys.heartbeat(worker))
                pipe.hget(self.keys.worker_info, worker)
            answers = pipe.execute()
        dead = []
        for index, worker in enumerate(others):
            alive, info = answers[2 * index], answers[2 * index + 1]
            if not alive:
                dead.append(WorkerInfo.from_json(worker, info))
        return dead

    def requeue_dead(self, worker: str) -> int:
        """Put a dead worker's in-flight requests back in the queue and forget it (-1: it is alive)."""
        count = self._run_recover(worker, only_if_dead=True)
        if count >= 0:
            logger.warning("Worker %s is gone: %s of its requests back in the queue", worker, count)
            self._inc("distributed/recovered_requests", count)
        return count

    def requeue_own(self) -> int:
        """Put this worker's own in-flight entries back in the queue (at start and at close)."""
        return max(0, int(self._run_recover(self.config.worker_id, only_if_dead=False)))

    def snapshot(self) -> tuple[int, int]:
        """(requests queued, requests in flight on all workers), read atomically."""
        assert self.keys is not None
        queued, inflight = self._snapshot(
            keys=[self.keys.queue, self.keys.workers], args=[self.keys.inflight_prefix]
        )
        return int(queued), int(inflight)

    def _run_recover(self, worker: str, *, only_if_dead: bool) -> int:
        assert self.keys is not None
        keys = [
            self.keys.heartbeat(worker),
            self.keys.inflight(worker),
            self.keys.queue,
            self.keys.workers,
            self.keys.worker_info,
        ]
        return int(self._recover(keys=keys, args=[worker, "1" if only_if_dead else "0"]))

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)
