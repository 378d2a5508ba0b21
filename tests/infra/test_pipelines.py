"""The extraction pipeline: records extracted in batches by a worker process, kept when extraction fails."""

from __future__ import annotations

import asyncio
import logging
import sys
import types
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from crawler.pipelines import ExtractionPipeline

ARTICLE = "네이버 클로바는 ICLR 2025에서 논문 4편이 채택됐다고 밝혔다."
OTHER = "다온전자는 새 반도체 공장을 짓는다고 밝혔다. 논문 이야기는 없다."


def record(number: int, text: str) -> dict[str, Any]:
    """A record as the spider yields it, before extraction."""
    return {"url": f"https://www.example.co.kr/news/{number}", "title": "연구 소식", "text": text}


def pipeline_for(**settings: Any) -> ExtractionPipeline:
    """An extraction pipeline with these settings, its crawler's stats open."""
    crawler = get_crawler(settings_dict={"EXTRACT_ENABLED": True, **settings})
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return ExtractionPipeline.from_crawler(crawler)


async def extract_all(pipeline: ExtractionPipeline, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item through the pipeline at once (as a crawl hands them over), then the pipeline closed."""
    try:
        return list(await asyncio.gather(*(pipeline.process_item(item) for item in items)))
    finally:
        pipeline.close_spider()


def test_records_are_extracted_in_batches_by_a_worker_process() -> None:
    pipeline = pipeline_for(EXTRACT_BATCH_SIZE=2, EXTRACT_BATCH_WAIT=0.1)
    items = [record(1, ARTICLE), record(2, OTHER), record(3, ARTICLE)]

    done = asyncio.run(extract_all(pipeline, items))

    facts = [item["paper_counts"] for item in done]
    assert [len(f) for f in facts] == [1, 0, 1]
    assert (facts[0][0]["count"], facts[0][0]["conferences"], facts[0][0]["year"]) == (4, ["ICLR"], 2025)
    # one full batch of two, then the third alone once it had waited EXTRACT_BATCH_WAIT
    stats = pipeline.crawler.stats
    assert stats is not None
    assert stats.get_value("extract/batches") == 2
    assert stats.get_value("extract/largest_batch") == 2
    assert stats.get_value("extract/paper_counts") == 2
    assert stats.get_value("extract/worker_cpu_seconds") > 0  # it loaded Kiwi and extracted


def test_a_killed_worker_process_is_replaced_and_no_record_is_lost(caplog: pytest.LogCaptureFixture) -> None:
    pipeline = pipeline_for(EXTRACT_BATCH_SIZE=1)
    pipeline.worker.start()
    process = pipeline.worker.process
    assert process is not None
    process.kill()  # as the kernel's OOM killer would
    process.wait()

    with caplog.at_level(logging.ERROR, logger="crawler.extraction"):
        done = asyncio.run(extract_all(pipeline, [record(1, ARTICLE)]))

    # the batch that met the dead worker was tried again (alone) on the new one
    assert len(done[0]["paper_counts"]) == 1
    assert "the extraction worker process died" in caplog.text
    assert pipeline.crawler.stats is not None
    assert pipeline.crawler.stats.get_value("extract/worker_restarts") == 1


def test_past_its_restart_budget_the_run_goes_on_without_extraction(caplog: pytest.LogCaptureFixture) -> None:
    pipeline = pipeline_for(EXTRACT_BATCH_SIZE=1, EXTRACT_WORKER_RESTARTS=0)
    pipeline.worker.start()
    process = pipeline.worker.process
    assert process is not None
    process.kill()
    process.wait()
    items = [record(1, ARTICLE), record(2, ARTICLE)]

    with caplog.at_level(logging.ERROR, logger="crawler.extraction"):
        done = asyncio.run(extract_all(pipeline, items))

    assert done == items  # kept, without extraction fields: `scrapy reextract` fills them in
    assert caplog.text.count("EXTRACT_WORKER_RESTARTS") == 1
    assert pipeline.crawler.stats is not None
    assert pipeline.crawler.stats.get_value("extract/failed") == 2


def test_a_run_without_articles_never_starts_the_worker() -> None:
    pipeline = pipeline_for()

    pipeline.close_spider()

    assert pipeline.worker.process is None and pipeline.worker.batches_sent == 0


def test_a_worker_never_given_a_batch_is_stopped_at_once() -> None:
    pipeline = pipeline_for()
    pipeline.worker.start()
    process = pipeline.worker.process
    assert process is not None

    pipeline.close_spider()  # no waiting for Kiwi to load

    assert process.returncode is not None


def test_one_record_whose_extraction_fails_costs_only_its_own_fields(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def extraction_fields(items: list[dict[str, Any]], **_: Any) -> list[dict[str, Any]]:
        if any("폭발" in item["text"] for item in items):
            raise RuntimeError("tokenizer exploded")
        return [{"organizations": [], "conferences": [], "paper_counts": []} for _ in items]

    worker = types.SimpleNamespace(extraction_fields=extraction_fields)
    monkeypatch.setitem(sys.modules, "extract.worker", worker)
    pipeline = pipeline_for(EXTRACT_WORKER="thread", EXTRACT_BATCH_SIZE=3)
    items = [record(1, OTHER), record(2, "폭발하는 본문"), record(3, OTHER)]

    with caplog.at_level(logging.ERROR, logger="crawler.pipelines"):
        done = asyncio.run(extract_all(pipeline, [dict(item) for item in items]))

    assert "paper_counts" in done[0] and "paper_counts" in done[2]
    assert done[1] == items[1]
    assert "extraction failed for https://www.example.co.kr/news/2" in caplog.text
    assert pipeline.crawler.stats is not None
    assert pipeline.crawler.stats.get_value("extract/failed") == 1


def test_an_unknown_worker_kind_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="EXTRACT_WORKER must be one of process, thread, not 'gpu'"):
        pipeline_for(EXTRACT_WORKER="gpu")
