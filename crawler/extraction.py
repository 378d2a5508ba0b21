"""Where a crawl's extraction runs: a worker process (the default) or a worker thread.

EXTRACT_WORKER = "process": `python -m extract.worker` (extract/worker.py), started as the crawl
command starts (crawler/prestart.py, EXTRACT_WORKER_PRESTART), else with the run's first article (a
run that finds none then never loads Kiwi), loads Kiwi (seconds of CPU during which it holds its
GIL) while the crawl goes on starting, fetching and parsing, then extracts one batch per request
line with Kiwi's threads on all cores. The crawl's own process keeps its GIL for fetching and
parsing and never holds the model. If the worker dies
(killed, out of memory), a new one is started for the next batch, up to EXTRACT_WORKER_RESTARTS
times in a run; after that the run goes on without extraction (records are kept, and `scrapy
reextract` fills them in). A worker that was never given a batch is stopped at once at the end.

EXTRACT_WORKER = "thread": the same batches in a thread of the crawl's process (for runs inside a
process that already holds a Kiwi: one per process).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import resource
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from crawler.prestart import adopt, spawn_worker

logger = logging.getLogger(__name__)

WORKER_KINDS = ("process", "thread")


class ExtractionUnavailable(Exception):
    """The worker died more often than EXTRACT_WORKER_RESTARTS allows: no more extraction this run."""


class WorkerDied(Exception):
    """The worker process ended while it had a batch."""


class ExtractionWorker:
    """Runs `extract.worker.extraction_fields` over batches in a worker process or thread."""

    def __init__(self, kind: str, *, min_confidence: float | None = None, restarts: int = 3) -> None:
        if kind not in WORKER_KINDS:
            raise ValueError(f"EXTRACT_WORKER must be one of {', '.join(WORKER_KINDS)}, not {kind!r}")
        self.kind = kind
        self.options: dict[str, float] = {} if min_confidence is None else {"min_confidence": min_confidence}
        self.restarts_left = restarts
        self.restarts = 0
        # a worker the crawl command started early (crawler/prestart.py): it may have loaded Kiwi already
        self.process: subprocess.Popen[str] | None = adopt() if kind == "process" else None
        self.batches_sent = 0
        self.cpu_seconds = 0.0  # user + system time of the worker processes that ended (waited for)
        self.requests_sent = 0  # to a worker process: the id of the last one
        self.gave_up: ExtractionUnavailable | None = None
        # one thread: it talks to the process (blocking pipe I/O), or runs the extractor itself
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")

    def start(self) -> None:
        """Start the worker process (it loads Kiwi now); nothing to start for a thread."""
        if self.kind != "process" or self.process is not None or self.gave_up is not None:
            return
        self.process = spawn_worker()

    async def extract(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The extraction fields of each item, computed by the worker."""
        if self.gave_up is not None:
            raise self.gave_up
        self.start()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, self._extract_now, items)

    def _extract_now(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One batch, start to end (in the worker thread, one batch after the other)."""
        if self.gave_up is not None:
            raise self.gave_up
        self.batches_sent += 1
        try:
            return self._answer(items)
        except WorkerDied as exc:
            self._replace(exc)  # here, before the next batch is sent
        try:  # the batch once more, on the new worker; if that one dies too, each record is tried alone
            return self._answer(items)
        except WorkerDied as exc:
            self._replace(exc)
            raise

    def _answer(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.kind == "thread":
            worker = importlib.import_module("extract.worker")  # the extractor: loaded on first use
            return list(worker.extraction_fields(items, **self.options))
        process = self.process
        if process is None or process.stdin is None or process.stdout is None:
            raise WorkerDied("no worker process")
        self.requests_sent += 1
        request_id = self.requests_sent
        request = json.dumps({"id": request_id, "items": items, **self.options}, default=_json_value)
        try:
            process.stdin.write(request + "\n")
            process.stdin.flush()
            line = process.stdout.readline()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerDied(f"{type(exc).__name__}: {exc}") from exc
        if not line:
            raise WorkerDied(f"it ended with exit status {process.wait()}")
        try:
            answer = json.loads(line)
        except ValueError:
            answer = {}
        if not isinstance(answer, dict) or answer.get("id") != request_id:  # out of step: never guess
            raise WorkerDied(f"it answered batch {request_id} out of step: {line[:80]!r}")
        if "error" in answer:
            raise RuntimeError(f"the extractor failed on this batch: {answer['error']}")
        return list(answer["results"])

    def _replace(self, exc: BaseException) -> None:
        """The worker process died: start another one (within the run's restart budget)."""
        self._stop(kill=True)
        if self.restarts_left <= 0:
            self.gave_up = ExtractionUnavailable(
                f"the extraction worker process died {self.restarts + 1} times (EXTRACT_WORKER_RESTARTS): "
                "the run's other records are written without extraction fields"
            )
            logger.error("%s", self.gave_up)
            raise self.gave_up from exc
        self.restarts_left -= 1
        self.restarts += 1
        logger.error("the extraction worker process died (%s): starting a new one", exc)
        self.start()

    def close(self) -> None:
        """Stop the worker: at the end of its input once it has had batches, at once if it never had one."""
        self._stop(kill=self.batches_sent == 0)
        self.thread.shutdown(wait=True)

    def _stop(self, *, kill: bool) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if kill:
            process.kill()
        elif process.stdin is not None:
            try:
                process.stdin.close()
            except OSError:
                process.kill()
        before = _children_cpu()
        process.wait()
        self.cpu_seconds += _children_cpu() - before
        if process.stdout is not None:
            process.stdout.close()


def _children_cpu() -> float:
    """User + system seconds of this process's children that have ended and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _json_value(value: Any) -> Any:
    """Dates and times as ISO strings (an item's `published_at` may be a datetime)."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
