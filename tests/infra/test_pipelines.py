"""The extraction pipeline keeps a record whose extraction fails, and says so."""

from __future__ import annotations

import asyncio
import importlib
import logging
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from crawler.pipelines import ExtractionPipeline


def test_a_record_whose_extraction_fails_is_kept_and_counted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_extract(text: str, **_: Any) -> None:
        raise RuntimeError("tokenizer exploded")

    # the real package with its extract() broken: the pipeline also imports extract.limits from it
    monkeypatch.setattr(importlib.import_module("extract"), "extract", broken_extract)
    crawler = get_crawler(settings_dict={"EXTRACT_ENABLED": True})
    crawler.stats.open_spider()
    pipeline = ExtractionPipeline.from_crawler(crawler)
    item = {"url": "https://www.example.co.kr/1", "text": "본문", "organizations": [], "paper_counts": []}

    with caplog.at_level(logging.ERROR, logger="crawler.pipelines"):
        kept = asyncio.run(pipeline.process_item(dict(item)))

    assert kept == item
    assert crawler.stats.get_value("extract/failed") == 1
    assert "extraction failed for https://www.example.co.kr/1" in caplog.text
