"""URL-list runs judged as URL lists: exit status, the one-line summary, the report, re-runs.

Real `scrapy crawl urls` processes against the replay server. Exit statuses
(crawler.spiders.url_outcomes): 0 every URL gave a record or an accepted reason, 4 some failed,
2 none could be fetched.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.spiders.url_outcomes import judge_url_list
from tests.crawler.fixtures import load_fixtures
from tests.scheduled.runner import run_scheduled
from tests.support.crawl import run_crawl
from tests.support.replay import Page, ReplayServer, route_key

FIXTURES = load_fixtures()
NO_EXTRACTION = {"EXTRACT_ENABLED": "0"}
ARTICLES = [f for f in FIXTURES.values() if f.record is not None][:3]
GONE = "https://www.techhanbit.example/news/gone"


def url_file(tmp_path: Path, *urls: str) -> Path:
    """A URL list with these URLs, one a line."""
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return path


def serve_articles(replay: ReplayServer) -> None:
    """The three article fixtures of these tests, and a page that is gone."""
    for fixture in ARTICLES:
        fixture.serve(replay)
    replay.add(GONE, Page(b"gone", "text/plain", 404))


def test_every_url_recorded_exits_0_and_the_report_counts_them(replay: ReplayServer, tmp_path: Path) -> None:
    serve_articles(replay)
    listing = FIXTURES["listing_page"]  # not an article: an accepted reason
    listing.serve(replay)
    urls = [f.url for f in ARTICLES] + [listing.url]
    out = tmp_path / "out.jsonl"

    result = run_crawl("urls", out, mirror=replay.url, args={"file": str(url_file(tmp_path, *urls))},
                       settings=NO_EXTRACTION)  # fmt: skip

    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.records) == len(ARTICLES)
    report = json.loads((tmp_path / "out.report.json").read_text("utf-8"))
    assert report["output"] == str(out)  # the feed file, not "no output file"
    assert report["totals"]["fetched"] == len(urls)
    assert report["totals"]["parsed"] == len(ARTICLES)
    assert report["totals"]["written"] == len(result.records)  # what the feed exporter wrote
    assert report["totals"]["failed"] == 0
    assert "crawl failed" not in result.stderr


def test_some_urls_failed_exits_4_with_a_summary_naming_them(replay: ReplayServer, tmp_path: Path) -> None:
    serve_articles(replay)
    urls = url_file(tmp_path, *(f.url for f in ARTICLES), GONE)

    result = run_crawl("urls", tmp_path / "out.jsonl", mirror=replay.url, args={"file": str(urls)},
                       settings=NO_EXTRACTION)  # fmt: skip

    assert result.returncode == 4, result.stderr[-3000:]
    assert len(result.records) == len(ARTICLES)
    assert (
        f"crawl failed: 1 of {len(ARTICLES) + 1} listed URL(s) gave no record (http-404 1): "
        f"line {len(ARTICLES) + 1} of {urls}: {GONE} (http-404)"
    ) in result.stderr
    report = json.loads((tmp_path / "out.report.json").read_text("utf-8"))
    assert report["totals"]["failed"] == 1
    assert report["totals"]["fetched"] == len(ARTICLES)


def test_no_url_reachable_exits_2_quickly_without_tracebacks(tmp_path: Path) -> None:
    urls = url_file(tmp_path, "https://a.example/1", "https://a.example/2", "https://b.example/3")

    # Scrapy's own delays and retries (no test shortcuts): a host found down is not retried per URL.
    result = run_crawl("urls", tmp_path / "out.jsonl", mirror="http://127.0.0.1:9/", args={"file": str(urls)},
                       settings={**NO_EXTRACTION, "DOWNLOAD_DELAY": "0.5", "AUTOTHROTTLE_ENABLED": "1",
                                 "RETRY_BACKOFF_BASE": "1", "LOG_LEVEL": "INFO"})  # fmt: skip

    assert result.returncode == 2, result.stderr[-3000:]
    assert (
        "crawl failed: none of the 3 listed URL(s) could be fetched (connection-refused 3)" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert result.records == []


def test_a_rerun_skips_recorded_urls_and_refetch_fetches_them(replay: ReplayServer, tmp_path: Path) -> None:
    serve_articles(replay)
    urls = {"file": str(url_file(tmp_path, *(f.url for f in ARTICLES)))}
    data = tmp_path / "data"

    first = run_scheduled("urls", data, replay.url, args=urls)
    again = run_scheduled("urls", data, replay.url, args=urls)
    hits_after_again = replay.hits()
    refetched = run_scheduled("urls", data, replay.url, args={**urls, "refetch": "1"})

    assert first.returncode == 0, first.stderr[-3000:]
    assert len(first.records) == len(ARTICLES)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"({len(ARTICLES)} recorded by earlier runs; -a refetch=1 fetches them again)" in again.stderr
    assert "returned no articles" not in again.stderr  # no site health check for a URL list
    assert all(hits_after_again[route_key(f.url)] == 1 for f in ARTICLES)  # not fetched again
    assert again.report["totals"]["skipped"] == len(ARTICLES)
    assert refetched.returncode == 0, refetched.stderr[-3000:]
    assert all(replay.hits()[route_key(f.url)] == 2 for f in ARTICLES)


def test_the_verdict_counts_failures_and_accepted_reasons() -> None:
    ok = {"urls/read": 3, "urls/fetched": 2, "urls/parsed": 1, "urls/skipped/listing": 1}
    assert judge_url_list(ok, []) is None
    some = {**ok, "urls/failed/http-404": 1}
    verdict = judge_url_list(some, ["line 3 of l.txt: https://x.kr/3 (http-404)"])
    assert verdict is not None and verdict.code == 4
    assert (
        verdict.message
        == "1 of 3 listed URL(s) gave no record (http-404 1): line 3 of l.txt: https://x.kr/3 (http-404)"
    )
    none = {"urls/read": 2, "urls/failed/dns": 2}
    verdict = judge_url_list(none, [f"line {n} of l.txt: https://x.kr/{n} (dns)" for n in (1, 2)])
    assert verdict is not None and verdict.code == 2
    assert verdict.message.startswith("none of the 2 listed URL(s) could be fetched (dns 2): line 1 of l.txt")
    recorded = {"urls/read": 2, "urls/skipped/already-recorded": 1, "urls/failed/dns": 1}
    assert judge_url_list(recorded, ["x"]).code == 4  # type: ignore[union-attr]
    many = [f"u{n}" for n in range(8)]
    verdict = judge_url_list({"urls/read": 9, "urls/fetched": 1, "urls/failed/dns": 8}, many)
    assert verdict is not None and verdict.message.endswith("u4; and 3 more (each logged above)")
    invalid = {"urls/read": 1, "urls/fetched": 1, "urls/parsed": 1, "urls/invalid": 1}
    assert judge_url_list(invalid, ["line 2 of l.txt: not an http(s) URL: 'x'"]).code == 4  # type: ignore[union-attr]
