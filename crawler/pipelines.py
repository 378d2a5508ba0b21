"""Item pipelines: add the extraction fields, then validate every record against the schema."""

from __future__ import annotations

import asyncio
import importlib
import logging
from typing import Any

from pydantic import ValidationError
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from output.schema import EXTRACTION_FIELDS, ArticleRecord

logger = logging.getLogger(__name__)


class ExtractionPipeline:
    """Run the Kiwi-based extractor over each record's title and body (off the reactor thread)."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("EXTRACT_ENABLED", True):
            raise NotConfigured("EXTRACT_ENABLED is off")
        self.crawler = crawler
        # longer texts are cut at a paragraph boundary before extraction (extract/limits.py)
        self.max_chars = max(1, crawler.settings.getint("EXTRACT_MAX_CHARS", 50_000))
        # facts below this confidence are not written; unset: the extractor's default (docs/extraction.md)
        threshold = crawler.settings.get("EXTRACT_MIN_CONFIDENCE")
        self.options: dict[str, float] = {}
        if threshold not in (None, ""):
            value = crawler.settings.getfloat("EXTRACT_MIN_CONFIDENCE")
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"EXTRACT_MIN_CONFIDENCE must be between 0 and 1, not {threshold!r}")
            self.options["min_confidence"] = value

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        """Build the pipeline; EXTRACT_ENABLED=0 switches it off."""
        return cls(crawler)

    async def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """Add `organizations`, `conferences` and `paper_counts` to the item."""
        extract = importlib.import_module("extract").extract  # loaded on first use: Kiwi is heavy
        text = str(item.get("text") or "")
        cut = importlib.import_module("extract.limits").cut_point(text, self.max_chars)
        if cut is not None:  # the kept part is a prefix: every offset found is an offset in the whole text
            logger.warning("%s: %s (EXTRACT_MAX_CHARS)", item.get("url"), cut.note("text", self.max_chars))
            text = text[: cut.kept]
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("extract/text_cut")
        try:
            extraction = await asyncio.to_thread(
                extract,
                text,
                title=item.get("title"),
                published_at=item.get("published_at"),
                **self.options,
            )
        except Exception:  # the record is still worth keeping: `scrapy reextract` can fill it in later
            logger.exception(
                "extraction failed for %s: record kept without extraction fields", item.get("url")
            )
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("extract/failed")
            return item
        found = extraction.model_dump(mode="json")
        for name in EXTRACTION_FIELDS:
            item[name] = found[name]
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("extract/paper_counts", len(found["paper_counts"]))
        return item


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
