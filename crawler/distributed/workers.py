"""Workers of a distributed crawl: heartbeat, recovery of dead workers, and when to stop.

scrapy-redis 0.9.1 stops a worker after it has been idle for MAX_IDLE_TIME_BEFORE_CLOSE, timed
per process from import time: a worker whose queue is briefly empty while another worker is
still parsing a listing page quits too early. Here a worker stops only when the whole crawl is
done: the shared queue is empty and no worker (alive, or dead and not yet recovered) has a
request in flight, and that has held for DISTRIBUTED_IDLE_GRACE seconds.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import redis
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.task import LoopingCall

from crawler.distributed.config import DistributedConfig, distributed_config, is_distributed
from crawler.distributed.queue import RedisScheduler, WorkerInfo, engine_slot
from crawler.runs.context import run_context
from crawler.runs.exit import REDIS_LOST_EXIT_CODE, fail_run
from crawler.runs.recovery import recover_run
from crawler.store import RUNNING

logger = logging.getLogger(__name__)

EXIT_REDIS_LOST = REDIS_LOST_EXIT_CODE


class StartRequestsGate:
    """Spider middleware: workers do not run the spider's start(); `scrapy seed` does, once."""

    def __init__(self, role: str) -> None:
        self.role = role

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StartRequestsGate:
        """Active only in distributed crawls."""
        if not is_distributed(crawler):
            raise NotConfigured
        return cls(distributed_config(crawler).role)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """Pass start requests through when seeding; a worker takes its requests from the queue."""
        if self.role != "seed":
            return
        async for item_or_request in start:
            yield item_or_request


class ClusterCoordinator:
    """Extension: every POLL_INTERVAL, heartbeat, finish done requests, recover the dead, poll the queue."""

    def __init__(self, crawler: Crawler, config: DistributedConfig) -> None:
        self.crawler = crawler
        self.config = config
        self.loop: LoopingCall | None = None
        self.quiet_since: float | None = None
        self.redis_down_since: float | None = None
        self.last_recovery = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterCoordinator:
        """Active only in distributed crawls."""
        if not is_distributed(crawler):
            raise NotConfigured
        coordinator = cls(crawler, distributed_config(crawler))
        crawler.signals.connect(coordinator.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(coordinator.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(coordinator.spider_closed, signal=signals.spider_closed)
        return coordinator

    @property
    def scheduler(self) -> RedisScheduler:
        """The running RedisScheduler."""
        engine = self.crawler.engine
        scheduler = engine.scheduler if engine is not None else None
        if not isinstance(scheduler, RedisScheduler):
            raise RuntimeError(f"distributed crawl without RedisScheduler (SCHEDULER is {type(scheduler)})")
        return scheduler

    def spider_opened(self, spider: Spider) -> None:
        """Start the poll loop (workers only; a seeder stops as soon as its start requests are pushed)."""
        if self.config.role == "seed":
            return
        self.loop = LoopingCall(self.tick)
        self.loop.start(self.config.poll_interval, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Stop the poll loop."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def tick(self) -> None:
        """One poll: heartbeat, finish done requests, recover dead workers, wake the engine."""
        try:
            self._tick()
            self.redis_down_since = None
        except redis.RedisError as exc:
            self._redis_failed(exc)

    def _tick(self) -> None:
        scheduler = self.scheduler
        engine = self.crawler.engine
        assert engine is not None
        slot = engine_slot(engine)
        scheduler.heartbeat()
        scheduler.finish(slot.inprogress)
        now = time.monotonic()
        if now - self.last_recovery >= self.config.heartbeat_ttl / 3:
            self.last_recovery = now
            self.recover_dead_workers()
        # The engine only looks at its scheduler after a download or every 5 s; ask it now, so an
        # idle worker picks up requests another worker just pushed, and re-runs the idle check.
        slot.nextcall.schedule()

    def recover_dead_workers(self) -> int:
        """Settle each dead worker's output file (same host), then requeue its in-flight requests."""
        recovered = 0
        for worker in self.scheduler.dead_workers():
            if self.settle_output(worker):
                recovered += max(0, self.scheduler.requeue_dead(worker.worker_id))
        return recovered

    def settle_output(self, worker: WorkerInfo) -> bool:
        """Mark seen what a dead worker wrote but had not marked; False when its process still runs.

        Records a worker flushed to its file but had not yet marked seen when it died would be
        written again by whoever fetches its requeued requests. On the dead worker's own host (or
        a shared disk) its file can be read: the writer's crash recovery marks that tail seen
        first, and holds off while the file is still locked by a live process. On another host
        the file is out of reach: the requests are requeued anyway (nothing is lost; a record
        flushed in the last milliseconds before the kill may then appear twice, and the worker's
        host settles the file at its next start).
        """
        if not worker.run_id or worker.host != socket.gethostname():
            return True
        context = run_context(self.crawler)
        if not context.uses_store:
            return True
        run = next((r for r in context.store.runs(status=RUNNING) if r.run_id == worker.run_id), None)
        if run is None:
            return True
        note = recover_run(context.store, run)
        if note is None:
            logger.info(
                "Worker %s missed its heartbeat but still holds its file: not recovered", worker.worker_id
            )
            return False
        logger.warning("%s", note)
        return True

    def spider_idle(self, spider: Spider) -> None:
        """Keep the worker open until the whole crawl is done; a seeder closes right away."""
        if self.config.role == "seed":
            return
        try:
            done = self._crawl_done()
            self.redis_down_since = None
        except redis.RedisError as exc:
            self._redis_failed(exc)
            done = False
        if not done:
            raise DontCloseSpider

    def _crawl_done(self) -> bool:
        scheduler = self.scheduler
        engine = self.crawler.engine
        assert engine is not None
        scheduler.finish(engine_slot(engine).inprogress)
        self.recover_dead_workers()
        queued, inflight = scheduler.snapshot()
        if queued or inflight or not self.config.exit_when_done:
            self.quiet_since = None
            return False
        now = time.monotonic()
        if self.quiet_since is None:
            self.quiet_since = now
        if now - self.quiet_since < self.config.idle_grace:
            return False
        logger.info("Crawl done: the shared queue is empty and no worker has a request in flight")
        return True

    def _redis_failed(self, exc: redis.RedisError) -> None:
        now = time.monotonic()
        if self.redis_down_since is None:
            self.redis_down_since = now
            logger.error("Redis at %s failed: %s (retrying)", self.config.masked_url, exc)
            return
        if now - self.redis_down_since >= self.config.heartbeat_ttl:
            reason = f"lost Redis at {self.config.masked_url} for {self.config.heartbeat_ttl:.0f}s: {exc}"
            fail_run(self.crawler.stats, EXIT_REDIS_LOST, reason)
            if self.loop is not None and self.loop.running:
                self.loop.stop()
            engine = self.crawler.engine
            if engine is not None:
                deferred_from_coro(engine.close_spider_async(reason="redis_lost"))
