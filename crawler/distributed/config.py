"""Distributed crawling on scrapy-redis: one shared request queue, any number of workers.

Switched on by the `DistributedAddon` (listed in settings.ADDONS) when a crawl gets a Redis URL:

    scrapy seed news -s REDIS_URL=redis://redis-host:6379/0     # push the start requests once
    scrapy crawl news -s REDIS_URL=redis://redis-host:6379/0    # on every worker, as many as you like

Settings (all `-s NAME=VALUE`):
- `REDIS_URL`: switches the crawl to the shared queue. `DISTRIBUTED=1` with no `REDIS_URL`
  setting takes the URL from the `REDIS_URL` environment variable; `DISTRIBUTED=0` forces a local
  crawl. The password comes from the URL or the `REDIS_PASSWORD` environment variable and is
  never logged (the URL is logged and kept in the settings with the password masked).
- `DISTRIBUTED_KEY_PREFIX` (`technews`): namespace of the Redis keys (one crawl per prefix+spider).
- `DISTRIBUTED_WORKER_ID`: defaults to `host-pid-random`; it names the worker's output file.
- `DISTRIBUTED_HEARTBEAT_TTL` (15 s): a worker silent for that long is dead and its in-flight
  requests go back to the queue. `DISTRIBUTED_POLL_INTERVAL` (0.5 s): how often an idle worker
  looks at the queue. `DISTRIBUTED_IDLE_GRACE` (2 s): how long the whole cluster must stay quiet
  (empty queue, nothing in flight anywhere) before workers exit. `DISTRIBUTED_EXIT_WHEN_DONE`
  (on): off keeps workers waiting for the next `scrapy seed`.

The pieces: `crawler.distributed.queue` (scheduler, queue with in-flight ledger, dupefilter),
`crawler.distributed.workers` (heartbeat, recovery of dead workers, when to stop) and
`crawler.commands.seed`. This module imports neither redis nor scrapy-redis, so local crawls run
without the `distributed` extra installed.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from scrapy.crawler import Crawler
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from crawler.masking import UrlError, split_url
from crawler.runs.context import run_context
from crawler.store.redis_url import DistributedConfigError, connect, mask_url, remember_url
from output.schema import KST

if TYPE_CHECKING:
    import redis

Role = Literal["worker", "seed"]


def make_worker_id() -> str:
    """A worker id unique across machines and restarts: `host-pid-random`, safe in file names."""
    host = re.sub(r"[^A-Za-z0-9.]+", "-", socket.gethostname()).strip("-.") or "host"
    return f"{host}-{os.getpid()}-{secrets.token_hex(3)}"


@dataclass(frozen=True)
class ClusterKeys:
    """The Redis keys of one distributed crawl (prefix + spider name)."""

    prefix: str
    spider: str

    @property
    def base(self) -> str:
        """Common prefix of every key of this crawl."""
        return f"{self.prefix}:{self.spider}"

    @property
    def queue(self) -> str:
        """Sorted set of serialized requests waiting to be fetched (score = -priority)."""
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:
        """Set of request fingerprints already scheduled in this crawl."""
        return f"{self.base}:dupefilter"

    @property
    def workers(self) -> str:
        """Set of registered worker ids."""
        return f"{self.base}:workers"

    def heartbeat(self, worker_id: str) -> str:
        """String key with a TTL: present while the worker is alive."""
        return f"{self.base}:heartbeat:{worker_id}"

    @property
    def worker_info(self) -> str:
        """Hash of worker id → JSON with its host, pid and run id."""
        return f"{self.base}:worker-info"

    @property
    def inflight_prefix(self) -> str:
        """Prefix of the per-worker in-flight hashes."""
        return f"{self.base}:inflight:"

    def inflight(self, worker_id: str) -> str:
        """Hash of the requests a worker has taken from the queue and not finished."""
        return f"{self.inflight_prefix}{worker_id}"


@dataclass(frozen=True)
class DistributedConfig:
    """Everything a distributed crawl needs to know, resolved once from settings and environment."""

    url: str
    password: str | None
    key_prefix: str
    worker_id: str
    role: Role
    heartbeat_ttl: float
    poll_interval: float
    idle_grace: float
    exit_when_done: bool

    @property
    def masked_url(self) -> str:
        """The Redis URL as it may appear in logs."""
        return mask_url(self.url)

    def keys(self, spider: str) -> ClusterKeys:
        """The Redis keys of this crawl for a spider."""
        return ClusterKeys(self.key_prefix, spider)

    def connect(self) -> redis.Redis:
        """A Redis client (bytes responses) for this config; raises a clear error when unreachable."""
        return connect(self.url, self.password)

    @classmethod
    def from_settings(cls, settings: BaseSettings, environ: Mapping[str, str]) -> DistributedConfig | None:
        """The config of a distributed crawl, or None when the crawl is local."""
        switch = settings.get("DISTRIBUTED")
        url = settings.get("REDIS_URL") or ""
        if switch is not None and str(switch).strip() != "" and not settings.getbool("DISTRIBUTED"):
            return None
        if not url:
            if switch is None or str(switch).strip() == "":
                return None
            url = environ.get("REDIS_URL", "")
            if not url:
                raise DistributedConfigError(
                    "DISTRIBUTED=1 needs a Redis URL: set -s REDIS_URL=redis://host:6379/0 "
                    "or the REDIS_URL environment variable"
                )
        try:
            scheme = split_url(url, "REDIS_URL").scheme
        except UrlError as exc:  # its message shows the URL masked and quotes nothing of it
            raise DistributedConfigError(str(exc)) from None
        if scheme not in {"redis", "rediss", "unix"}:
            raise DistributedConfigError(
                f"REDIS_URL must start with redis://, rediss:// or unix://, got {mask_url(url)!r}"
            )
        role = str(settings.get("DISTRIBUTED_ROLE") or "worker")
        if role not in ("worker", "seed"):
            raise DistributedConfigError(f"DISTRIBUTED_ROLE must be worker or seed, got {role!r}")
        ttl = _positive(settings, "DISTRIBUTED_HEARTBEAT_TTL", 15.0)
        poll = _positive(settings, "DISTRIBUTED_POLL_INTERVAL", 0.5)
        if poll * 3 > ttl:
            raise DistributedConfigError(
                f"DISTRIBUTED_HEARTBEAT_TTL ({ttl}) must be at least 3 × DISTRIBUTED_POLL_INTERVAL ({poll})"
            )
        worker_id = str(settings.get("DISTRIBUTED_WORKER_ID") or "") or make_worker_id()
        if not re.fullmatch(r"[A-Za-z0-9._-]+", worker_id):
            raise DistributedConfigError(
                f"DISTRIBUTED_WORKER_ID may hold letters, digits, '.', '_' and '-' only: {worker_id!r}"
            )
        return cls(
            url=url,
            password=environ.get("REDIS_PASSWORD") or None,
            key_prefix=str(settings.get("DISTRIBUTED_KEY_PREFIX") or "technews"),
            worker_id=worker_id,
            role=role,  # type: ignore[arg-type]
            heartbeat_ttl=ttl,
            poll_interval=poll,
            idle_grace=settings.getfloat("DISTRIBUTED_IDLE_GRACE", 2.0),
            exit_when_done=settings.getbool("DISTRIBUTED_EXIT_WHEN_DONE", True),
        )


def _positive(settings: BaseSettings, name: str, default: float) -> float:
    value = settings.getfloat(name, default)
    if value <= 0:
        raise DistributedConfigError(f"{name} must be positive, got {value}")
    return value


def silence_scrapy_redis_warnings() -> None:
    """Hide the deprecation warnings scrapy-redis 0.9.1 raises on Scrapy 2.19, and only those.

    Its Scheduler passes `spider=` to the stats collector; the project's subclasses do not, but
    code paths we don't override (and future scrapy-redis releases) may. The filter matches the
    message and the scrapy_redis modules, so the project's own deprecations still surface.
    """
    warnings.filterwarnings(
        "ignore",
        message=r"Passing a 'spider' argument to StatsCollector\.",
        category=ScrapyDeprecationWarning,
        module=r"scrapy_redis(\.|$)",
    )


class DistributedAddon:
    """Scrapy add-on: turns a crawl into a scrapy-redis worker (or seeder) when REDIS_URL is set.

    It runs with the final settings (after `-s`), so the switch sees command-line options.
    """

    def __init__(self) -> None:
        self.config: DistributedConfig | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedAddon:
        """Build the add-on (Scrapy calls this before `update_settings`)."""
        return cls()

    def update_settings(self, settings: BaseSettings) -> None:
        """Point the scheduler, dupefilter and coordinator at Redis when the crawl is distributed."""
        fixed_id = bool(settings.get("DISTRIBUTED_WORKER_ID"))
        self.config = DistributedConfig.from_settings(settings, os.environ)
        if self.config is None:
            return
        silence_scrapy_redis_warnings()
        config = self.config
        # The real URL stays in this process (remember_url); settings and logs see it masked.
        masked = remember_url(config.url)
        priority = max(settings.getpriority("REDIS_URL") or 0, settings.getpriority("DISTRIBUTED") or 0)
        settings.set("REDIS_URL", masked, priority=priority)
        settings.set("DISTRIBUTED_WORKER_ID", config.worker_id, priority=priority)
        settings.set("SCHEDULER", "crawler.distributed.queue.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "crawler.distributed.queue.RedisDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings["EXTENSIONS"]["crawler.distributed.workers.ClusterCoordinator"] = 0
        settings["SPIDER_MIDDLEWARES"]["crawler.distributed.workers.StartRequestsGate"] = 1
        # One seen-store for all workers: Redis, under the crawl's key prefix.
        joiner = "&" if "?" in masked else "?"
        _set_unless_user_set(settings, "SEEN_STORE", f"{masked}{joiner}prefix={config.key_prefix}")
        # Each worker writes its own file: its id goes into the run id, hence the file name. A
        # fixed id may be restarted within the same second: a random suffix keeps the files apart.
        stamp = datetime.now(KST).strftime("%Y%m%dT%H%M%S")
        suffix = f"-{secrets.token_hex(2)}" if fixed_id else ""
        _set_unless_user_set(settings, "RUN_ID", f"{stamp}-{config.worker_id}{suffix}")
        # A record is durable and marked seen before its request leaves the worker's in-flight
        # hash, so a killed worker loses nothing buffered: the writer flushes every record.
        _set_unless_user_set(settings, "WRITER_BATCH_SIZE", 1)
        # A worker sees only its share of each site, so site health is judged on the merged
        # report (`scrapy merge-reports`), not per worker.
        _set_unless_user_set(settings, "HEALTH_CHECK", False)
        if config.role == "seed":
            # A seed run fetches nothing and records nothing: no feeds, pipelines, writer or report.
            settings.set("FEEDS", {}, priority="cmdline")
            settings.set("ITEM_PIPELINES", {}, priority="cmdline")
            settings.set("OUTPUT_WRITER", False, priority="cmdline")


def _set_unless_user_set(settings: BaseSettings, name: str, value: object) -> None:
    """Override the project default of a setting, but not what a user gave with -s or a spider."""
    priority = settings.getpriority(name)
    if priority is None or priority <= SETTINGS_PRIORITIES["project"]:
        settings.set(name, value, priority="project")


def distributed_config(crawler: Crawler) -> DistributedConfig:
    """The distributed config of a running crawl; raises when the crawl is not distributed."""
    addon = crawler.get_addon(DistributedAddon)
    if addon is None or addon.config is None:
        raise DistributedConfigError(
            "this crawl is not distributed: add crawler.distributed.DistributedAddon to ADDONS "
            "and set REDIS_URL"
        )
    return addon.config


def current_run_id(crawler: Crawler) -> str:
    """The id of this worker's run (it names the output file), from the project's run context."""
    return run_context(crawler).run_id


def is_distributed(crawler: Crawler) -> bool:
    """True when the crawl runs on the shared Redis queue."""
    addon = crawler.get_addon(DistributedAddon)
    return addon is not None and addon.config is not None
