"""The project's output writer: JSON Lines per run, fsynced in batches, then marked seen.

Each run appends to `OUTPUT_DIR/OUTPUT_PATH_TEMPLATE` (by default
`data/<spider>/<YYYY-MM-DD>/<run id>.jsonl`). Records are buffered and written in batches of
`WRITER_BATCH_SIZE` (or every `WRITER_FLUSH_SECONDS`): write, fsync, then one store transaction
marks the batch seen and moves the run's synced offset to the file's new end. So a record is
seen only once it is durably in its file, and after a crash the lines past the synced offset
are exactly the ones to mark on the next start (`crawler.runs.recovery`): nothing is lost,
nothing is written twice across runs.

Records whose URL the store already holds, and records whose content hash an earlier record
has (the same story under a second URL, e.g. syndicated), are not written: the second URL is
logged, counted as `duplicate content` and stored as a key of the first, so it is not fetched
again. `WRITE_DUPLICATES=1` writes them anyway.

With `-o`/`-O` (any FEEDS) the writer steps aside and Scrapy's feed exporter writes.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from twisted.internet import task

from crawler.masking import mask_url
from crawler.runs.context import run_context
from crawler.runs.exit import WRITE_FAILED_EXIT_CODE, fail_run
from crawler.runs.recovery import host_and_pid, now_kst
from crawler.runs.report import ALREADY_RECORDED, DUPLICATE_CONTENT
from crawler.store import RunRow, SeenStore, StoredArticle

logger = logging.getLogger(__name__)


class SkippedRecord(DropItem):
    """A record the writer leaves out on purpose: already recorded, or a duplicate story."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class JsonLinesWriter:
    """Item pipeline: append records to the run's file in fsynced batches, then mark them seen."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)
        if not self.context.writer_enabled:
            raise NotConfigured("FEEDS (-o/-O) given: Scrapy's feed exporter writes this run")
        if self.context.locked_out:
            raise NotConfigured("another run holds the data dir's lock: nothing is written")
        self.crawler = crawler
        self.batch_size = max(1, crawler.settings.getint("WRITER_BATCH_SIZE", 50))
        self.flush_seconds = crawler.settings.getfloat("WRITER_FLUSH_SECONDS", 5.0)
        self.path = self.context.output_path
        self.fd: int | None = None
        self.offset = 0
        self.resolved_path = str(self.path)  # the absolute path, once the file is open
        self.lines: list[bytes] = []
        self.articles: list[StoredArticle] = []
        self.aliases: list[tuple[str, str]] = []
        self.counts: list[tuple[str, int]] = []
        self.owner_of_key: dict[str, str] = {}
        self.owner_of_hash: dict[str, str] = {}
        self._timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesWriter:
        """Build the writer; NotConfigured when FEEDS are given."""
        return cls(crawler)

    @property
    def store(self) -> SeenStore:
        """The run's seen-store."""
        return self.context.store

    def open_spider(self) -> None:
        """Repair earlier crashed runs, open (and lock) this run's file, register the run."""
        context = self.context
        context.prepare()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held until the run ends; tells recovery "alive"
        self.offset = os.fstat(self.fd).st_size
        self.resolved_path = str(self.path.resolve())
        host, pid = host_and_pid()
        self.store.start_run(
            RunRow(
                run_id=context.run_id,
                spider=context.spider_name,
                started_at=context.report.started_at,
                output=self.resolved_path,
                synced_offset=self.offset,
                host=host,
                pid=pid,
            )
        )
        context.report.output = str(self.path)
        logger.info("writing records to %s (store %s)", self.path, mask_url(context.store_location))
        if self.flush_seconds > 0:
            self._timer = task.LoopingCall(self.flush)
            self._timer.start(self.flush_seconds, now=False)

    def process_item(self, item: Any) -> Any:
        """Buffer the record (flushing a full batch), or skip it as already recorded or duplicate."""
        # the validated record is a plain dict of JSON values already (ItemAdapter.asdict would copy it deeply)
        record = item if isinstance(item, dict) else ItemAdapter(item).asdict()
        canonical = str(record["canonical_url"])
        site = str(record.get("site") or "generic")
        report = self.context.report.site(site)
        keys = {canonical} | self.context.pending_keys.pop(canonical, set())
        owner = self._recorded_owner(keys)
        if owner is not None:
            report.skipped[ALREADY_RECORDED] += 1
            raise SkippedRecord(f"already recorded as {owner}: {record.get('url')}", log_level="DEBUG")
        content_hash = str(record.get("content_hash") or "")
        first = self.owner_of_hash.get(content_hash) or self.store.hash_owner(content_hash)
        if first is not None and first != canonical and not self.context.write_duplicates:
            report.skipped[DUPLICATE_CONTENT] += 1
            self.aliases += [(key, first) for key in keys]
            self.owner_of_key.update(dict.fromkeys(keys, first))
            logger.info("duplicate content: %s is the story already recorded as %s", record.get("url"), first)
            raise SkippedRecord(f"duplicate content of {first}: {record.get('url')}", log_level="DEBUG")
        line = json.dumps(record, ensure_ascii=False) + "\n"
        self.lines.append(line.encode("utf-8"))
        self.articles.append(
            StoredArticle(
                canonical_url=canonical,
                site=site,
                record_id=str(record.get("id") or ""),
                content_hash=content_hash,
                run_id=self.context.run_id,
                output=self.resolved_path,
                recorded_at=now_kst(),
            )
        )
        self.aliases += [(key, canonical) for key in keys if key != canonical]
        self.counts.append((site, len(record.get("paper_counts") or [])))
        self.owner_of_key.update(dict.fromkeys(keys, canonical))
        self.owner_of_hash.setdefault(content_hash, canonical)
        if len(self.lines) >= self.batch_size:
            self.flush()
        return item

    def _recorded_owner(self, keys: set[str]) -> str | None:
        """The article one of these keys already leads to (this run, or earlier runs unless refetching)."""
        for key in keys:
            owner = self.owner_of_key.get(key)
            if owner is None and not self.context.refetch:
                owner = self.store.find(key)
            if owner is not None:
                return owner
        return None

    def flush(self) -> None:
        """Write and fsync the buffered lines, then mark them seen in one store transaction."""
        if self.fd is None or not (self.lines or self.aliases):
            return
        data = b"".join(self.lines)
        try:
            _write_all(self.fd, data)
            os.fsync(self.fd)
        except OSError as exc:
            os.ftruncate(self.fd, self.offset)  # no torn line left behind; these records come next run
            logger.error("could not write %d records to %s: %s", len(self.lines), self.path, exc)
            fail_run(self.crawler.stats, WRITE_FAILED_EXIT_CODE, f"could not write to {self.path}: {exc}")
            for site, _ in self.counts:
                self.context.report.site(site).failed["write error"] += 1
            self._clear()
            return
        self.offset += len(data)
        self.store.record(self.articles, self.aliases, run_id=self.context.run_id, synced_offset=self.offset)
        for site, facts in self.counts:
            counters = self.context.report.site(site)
            counters.written += 1
            counters.facts += facts
        self._clear()

    def _clear(self) -> None:
        self.lines, self.articles, self.aliases, self.counts = [], [], [], []

    def close_spider(self) -> None:
        """Flush what is left, release the file; an empty file is removed."""
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush()
        if self.fd is None:
            return
        os.close(self.fd)
        self.fd = None
        if self.offset == 0 and self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()
            self.context.report.output = None
            self.context.report.notes.append("nothing new to write: no output file")
