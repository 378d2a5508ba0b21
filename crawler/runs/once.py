"""Each story once per run, also when Scrapy's feed exporter writes (`-o`/`-O`).

The project writer (`crawler.runs.writer`) already writes a canonical URL once and leaves out a
second URL of a story it has (same content hash). A one-off run hands its records to Scrapy's
feed exporter instead, so this pipeline does the same there: a record whose canonical URL this
run already passed on, or whose content hash a record of the same site already had (the same
story under two URLs, two spellings of one URL in a list), is counted as skipped and left out.
`WRITE_DUPLICATES=1` lets the second URL of a story through, as it does for the writer.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.runs.context import run_context
from crawler.runs.report import ALREADY_RECORDED, DUPLICATE_CONTENT
from crawler.runs.writer import SkippedRecord

logger = logging.getLogger(__name__)


class OnceInRunPipeline:
    """Item pipeline for runs without the project writer: each canonical URL and story once."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = run_context(crawler)
        if self.context.writer_enabled:
            raise NotConfigured("the project writer writes each story once itself")
        self.canonical_urls: set[str] = set()
        self.stories: dict[tuple[str, str], str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OnceInRunPipeline:
        """Build the pipeline; NotConfigured when the project writer writes this run."""
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        """The item, unless its canonical URL or its story was already passed on in this run."""
        record = ItemAdapter(item)
        canonical = str(record.get("canonical_url") or "")
        site = str(record.get("site") or "generic")
        counters = self.context.report.site(site)
        if canonical in self.canonical_urls:
            counters.skipped[ALREADY_RECORDED] += 1
            logger.info("%s is %s again in this run: written once", record.get("url"), canonical)
            raise SkippedRecord(f"already written in this run: {canonical}", log_level="DEBUG")
        story = (site, str(record.get("content_hash") or ""))
        first = self.stories.get(story) if story[1] else None
        if first is not None and not self.context.write_duplicates:
            counters.skipped[DUPLICATE_CONTENT] += 1
            logger.info("duplicate content: %s is the story already written as %s", record.get("url"), first)
            raise SkippedRecord(f"duplicate content of {first}: {record.get('url')}", log_level="DEBUG")
        self.canonical_urls.add(canonical)
        self.stories.setdefault(story, canonical)
        return item
