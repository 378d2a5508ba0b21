"""Item pipelines: add the extraction fields, then validate every record against the schema."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from pydantic import ValidationError
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import Response

from crawler.batches import Batches
from crawler.extraction import ExtractionUnavailable, ExtractionWorker
from crawler.runs.meta import ARTICLE, page_kind
from output.schema import EXTRACTION_FIELDS, ArticleRecord

logger = logging.getLogger(__name__)


class ExtractionPipeline:
    """Run the Kiwi-based extractor over each record's title and body, in batches, in a worker.

    Records wait for a batch of EXTRACT_BATCH_SIZE or at most EXTRACT_BATCH_WAIT seconds
    (crawler/batches.py); those that wait while the worker is busy go together, up to
    EXTRACT_BATCH_MAX_SIZE. They are extracted by a worker process or thread (EXTRACT_WORKER,
    crawler/extraction.py) while the crawl goes on fetching and parsing. A record whose extraction
    fails is kept without extraction fields (`scrapy reextract` can fill them in).
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("EXTRACT_ENABLED", True):
            raise NotConfigured("EXTRACT_ENABLED is off")
        self.crawler = crawler
        # longer texts are cut at a paragraph boundary before extraction (extract/limits.py)
        self.max_chars = max(1, settings.getint("EXTRACT_MAX_CHARS", 50_000))
        self.worker = ExtractionWorker(
            str(settings.get("EXTRACT_WORKER") or "process"),
            min_confidence=min_confidence(settings.get("EXTRACT_MIN_CONFIDENCE")),
            restarts=settings.getint("EXTRACT_WORKER_RESTARTS", 3),
        )
        size = settings.getint("EXTRACT_BATCH_SIZE", 16)
        self.batches: Batches[dict[str, Any], dict[str, Any]] = Batches(
            self.worker.extract,
            size=size,
            wait=settings.getfloat("EXTRACT_BATCH_WAIT", 0.5),
            max_size=max(size, settings.getint("EXTRACT_BATCH_MAX_SIZE", 64)),
        )
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        """Build the pipeline; EXTRACT_ENABLED=0 switches it off."""
        return cls(crawler)

    def response_received(self, response: Response, request: Request) -> None:
        """Start the worker with the run's first article page: it loads Kiwi while the page is parsed."""
        if page_kind(request) == ARTICLE and 200 <= response.status < 300:
            self.worker.start()

    async def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """Add `organizations`, `conferences` and `paper_counts` to the item."""
        self.worker.start()  # a record from elsewhere (no article page): start it now
        text = str(item.get("text") or "")
        # the extractor's package is imported only for a text too long for it: otherwise the crawl's
        # own process never loads it (the worker process extracts)
        cut = (
            importlib.import_module("extract.limits").cut_point(text, self.max_chars)
            if len(text) > self.max_chars
            else None
        )
        if cut is not None:  # the kept part is a prefix: every offset found is an offset in the whole text
            logger.warning("%s: %s (EXTRACT_MAX_CHARS)", item.get("url"), cut.note("text", self.max_chars))
            text = text[: cut.kept]
            self._count("extract/text_cut")
        try:
            found = await self.batches.run(
                {"text": text, "title": item.get("title"), "published_at": item.get("published_at")}
            )
        except ExtractionUnavailable:  # said once, when the worker was given up
            self._count("extract/failed")
            return item
        except Exception:  # the record is still worth keeping: `scrapy reextract` can fill it in later
            logger.exception(
                "extraction failed for %s: record kept without extraction fields", item.get("url")
            )
            self._count("extract/failed")
            return item
        for name in EXTRACTION_FIELDS:
            item[name] = found[name]
        self._count("extract/paper_counts", len(found["paper_counts"]))
        return item

    def close_spider(self) -> None:
        """Stop the worker; record how the records were batched and the worker's CPU time."""
        self.worker.close()
        if self.crawler.stats is not None and self.batches.count:
            self.crawler.stats.set_value("extract/batches", self.batches.count)
            self.crawler.stats.set_value("extract/largest_batch", self.batches.largest)
            self.crawler.stats.set_value("extract/worker_restarts", self.worker.restarts)
            if self.worker.kind == "process":  # the crawl bench reads it: the crawl's own CPU is the rest
                self.crawler.stats.set_value("extract/worker_cpu_seconds", round(self.worker.cpu_seconds, 3))

    def _count(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)


def min_confidence(raw: object) -> float | None:
    """EXTRACT_MIN_CONFIDENCE as a number between 0 and 1; None (unset) keeps the extractor's default."""
    if raw in (None, ""):
        return None
    try:
        value = float(str(raw))
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"EXTRACT_MIN_CONFIDENCE must be between 0 and 1, not {raw!r}")
    return value


class RecordValidationPipeline:
    """Drop (and log, naming the field) any item that does not satisfy the record schema."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordValidationPipeline:
        """Build the pipeline."""
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """Return the item in schema order, or raise DropItem naming what is wrong."""
        try:
            record = ArticleRecord.model_validate(item)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("records/invalid")
            raise DropItem(f"invalid record for {item.get('url')}: {problems}") from exc
        return record.to_item()
