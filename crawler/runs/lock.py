"""One run per data dir: an exclusive `flock` on `OUTPUT_DIR/.run.lock`, held while the run lives.

A run that writes into the data dir (its own JSON Lines file, or the SQLite seen-store there)
takes the lock before anything else touches the directory: before crash recovery, before the
writer opens its file. A second run over the same directory meets the lock, logs who holds it,
reads no input, writes nothing (no file, no report, no store change) and ends with
`DATA_DIR_LOCKED_EXIT_CODE`. The kernel releases a `flock` when its process dies, SIGKILL
included, so a killed run never leaves a stale lock behind; the file itself stays (empty of
meaning once unlocked). Runs on a shared Redis store (the distributed crawl) do not lock: their
workers coordinate through Redis and each writes its own file. One-off runs (`-o`/`-O`) that
leave the store alone write nothing into the data dir and do not lock either.

The name is not `crawl.lock`: the cron line in docs/scheduling.md holds that file with
`flock -n data/crawl.lock scrapy crawl …` while the crawl runs.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.runs.context import RunContext, run_context
from crawler.runs.exit import DATA_DIR_LOCKED_EXIT_CODE, fail_run
from crawler.runs.recovery import host_and_pid, now_kst

logger = logging.getLogger(__name__)

LOCK_NAME = ".run.lock"


class DataDirLocked(RuntimeError):
    """Another live process holds the data dir's lock; the message says which and what to do."""


def lock_data_dir(directory: Path, holder: str) -> int:
    """Take the data dir's lock (the open descriptor holds it); DataDirLocked when another run has it."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        current = os.pread(fd, 400, 0).decode("utf-8", "replace").strip() or "a process that wrote nothing"
        os.close(fd)
        raise DataDirLocked(
            f"the data dir {directory} is in use by another run ({current}): this run did not start "
            f"and wrote nothing; wait for that run to end, or give this one its own -s OUTPUT_DIR=…"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{holder}\n".encode(), 0)
    return fd


def data_dir_of(context: RunContext) -> Path | None:
    """The data dir a run writes into (its file, or a local seen-store), None when it writes none there."""
    location = context.store_location
    local_store = "://" not in location or urlsplit(location).scheme.lower() == "sqlite"
    if context.writer_enabled and not local_store:
        return None  # a distributed worker: the shared Redis store keeps workers apart
    if context.writer_enabled or (context.uses_store and local_store):
        return context.output_dir
    return None


class DataDirLock:
    """Extension: hold the data dir's lock for the whole run, or keep the run from doing anything."""

    def __init__(self, crawler: Crawler, directory: Path) -> None:
        self.context = run_context(crawler)
        self.fd: int | None = None
        host, pid = host_and_pid()
        holder = f"pid {pid} on {host}, run {self.context.run_id}, since {now_kst()}"
        try:
            self.fd = lock_data_dir(directory, holder)
        except DataDirLocked as exc:
            self.context.locked_out = str(exc)
            logger.error("%s", exc)
            fail_run(crawler.stats, DATA_DIR_LOCKED_EXIT_CODE, str(exc))
        crawler.signals.connect(self.release, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DataDirLock:
        """Lock the run's data dir; NotConfigured when the run writes nothing there."""
        directory = data_dir_of(run_context(crawler))
        if directory is None:
            raise NotConfigured("this run writes nothing into a local data dir")
        return cls(crawler, directory)

    def release(self) -> None:
        """Let the next run in (the kernel would at exit anyway)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class LockedOutGate:
    """Spider middleware: a run that did not get the data dir's lock reads no start request."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LockedOutGate:
        """Build the gate."""
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The spider's start requests, or none at all when the run is locked out."""
        if self.context.locked_out:
            return
        async for output in start:
            yield output
