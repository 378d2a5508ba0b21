"""Only new articles each run: `scrapy crawl news` against a replayed ND Soft outlet of 500 articles."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.scheduled.ndsoft_site import (
    FEED_URL,
    HOST,
    NdSoftSite,
    article_url,
    listing_url,
    paragraphs_of,
    title_of,
)
from tests.scheduled.runner import FAST, NEWS_ARGS, SPIDER, output_files, run_scheduled
from tests.support.crawl import REPO_ROOT
from tests.support.replay import ReplayServer, route_key


def article_hits(server: ReplayServer) -> Counter[str]:
    """Requests for article pages since the log was last cleared."""
    return Counter({k: v for k, v in server.hits().items() if "/news/articleView.html" in k})


def listing_hits(server: ReplayServer) -> Counter[str]:
    """Requests for list pages since the log was last cleared."""
    return Counter({k: v for k, v in server.hits().items() if "/news/articleList.html" in k})


def test_run_one_records_all_run_two_fetches_no_article_run_three_only_the_new(
    replay: ReplayServer, tmp_path: Path
) -> None:
    # No RSS here: the news spider stops walking a list at the first page with nothing new *in this
    # run*, so when the feed (newest 30) is parsed before list page 1 the walk ends there, and
    # whether run 1 saw 500 or 30 articles would depend on which response came back first.
    site = NdSoftSite(replay, 500, feed=False)

    first = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert first.returncode == 0, first.stderr[-3000:]
    assert first.output is not None and first.output.parent.parent.name == SPIDER
    assert len({r["canonical_url"] for r in first.records}) == len(first.records) == 500
    assert first.report["sites"]["aitimes"]["written"] == 500
    assert first.report["sites"]["aitimes"]["completeness"] == {"title": 1.0, "date": 1.0, "body": 1.0}
    assert first.output.with_name(f"{first.output.stem}.report.json").exists()
    assert "progress:" in first.stderr and "run report" in first.stderr

    replay.requests.clear()
    second = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert second.returncode == 0, second.stderr[-3000:]
    assert article_hits(replay) == Counter()
    assert len(listing_hits(replay)) >= 25  # every list page is fetched again (25 pages of 20)
    assert second.records == [] and second.output is None
    assert second.report["sites"]["aitimes"]["skipped"] == {"already recorded": 500}
    assert second.report["problems"] == []

    new = site.add(10)
    replay.requests.clear()
    third = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert third.returncode == 0, third.stderr[-3000:]
    assert sorted(r["canonical_url"] for r in third.records) == sorted(article_url(n) for n in new)
    assert set(article_hits(replay)) == {route_key(article_url(n)) for n in new}
    assert third.report["totals"]["written"] == 10

    every = [r["canonical_url"] for path in output_files(tmp_path) for r in map(json.loads, path.open())]
    assert len(every) == len(set(every)) == 510

    shown = subprocess.run(
        [sys.executable, "-m", "crawler.store", "--store", str(tmp_path / "seen.sqlite3"), "--json"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    summary = json.loads(shown.stdout)
    assert summary["sites"] == {"aitimes": 510}
    assert [run["summary"]["totals"]["written"] for run in summary["runs"][:3]] == [10, 0, 500]


def test_refetch_crawls_recorded_articles_again(replay: ReplayServer, tmp_path: Path) -> None:
    NdSoftSite(replay, 12)
    assert len(run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS).records) == 12
    replay.requests.clear()
    again = run_scheduled(SPIDER, tmp_path, replay.url, args={**NEWS_ARGS, "refetch": "1"})
    assert again.returncode == 0, again.stderr[-3000:]
    assert len(again.records) == 12 and len(article_hits(replay)) == 12
    assert again.report["mode"]["refetch"] is True
    by_setting = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS, settings={"REFETCH": "1"})
    assert len(by_setting.records) == 12


def test_a_story_under_a_second_url_is_recorded_once(replay: ReplayServer, tmp_path: Path) -> None:
    """Same body, second URL (syndication): logged, counted as duplicate, not written, not refetched."""
    site = NdSoftSite(replay, 6)
    copy = f"https://{HOST}/news/articleView.html?idxno=9003"
    original = replay.pages[route_key(article_url(3))].body.decode("utf-8")
    replay.add(copy, original.replace("idxno=3", "idxno=9003"))
    listing = replay.pages[route_key(listing_url(1))].body.decode("utf-8")
    extra = f'<li><h4 class="titles"><a href="/news/articleView.html?idxno=9003">{title_of(3)}</a></h4></li>'
    for url in site.list_page_urls(1):
        replay.add(url, listing.replace('id="section-list">', f'id="section-list">{extra}', 1))
    assert paragraphs_of(3)[0] in original and site.count == 6

    first = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(first.records) == 6
    assert first.report["sites"]["aitimes"]["skipped"] == {"duplicate content": 1}
    assert "duplicate content: https://www.aitimes.com/news/articleView.html?idxno=" in first.stderr

    replay.requests.clear()
    second = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert article_hits(replay) == Counter() and second.records == []
    assert replay.hits()[route_key(FEED_URL)] == 1  # feeds and lists are always fetched


def test_a_one_off_run_with_O_leaves_the_store_alone(replay: ReplayServer, tmp_path: Path) -> None:
    NdSoftSite(replay, 5)
    data = tmp_path / "data"
    for _ in range(2):
        out = tmp_path / "out.jsonl"
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            SPIDER,
            "-O",
            f"{out}:jsonlines",
            "-a",
            "sites=aitimes",
        ]
        for name, value in {**FAST, "MIRROR_URL": replay.url, "OUTPUT_DIR": str(data)}.items():
            cmd += ["-s", f"{name}={value}"]
        proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert len(out.read_text("utf-8").splitlines()) == 5
        report = json.loads((tmp_path / "out.report.json").read_text("utf-8"))
        assert report["mode"]["incremental"] is False and report["totals"]["parsed"] == 5
    assert not data.exists()


def test_max_articles_counts_only_articles_not_recorded_yet(replay: ReplayServer, tmp_path: Path) -> None:
    """A daily `-a max_articles=10` job works through the backlog: recorded ones don't use up the quota."""
    NdSoftSite(replay, 25)
    written = []
    for _ in range(3):
        run = run_scheduled(SPIDER, tmp_path, replay.url, args={**NEWS_ARGS, "max_articles": "10"})
        assert run.returncode == 0, run.stderr[-3000:]
        written.append(sorted(int(r["canonical_url"].rsplit("=", 1)[1]) for r in run.records))
    assert written == [list(range(16, 26)), list(range(6, 16)), list(range(1, 6))]


def test_a_first_run_reads_the_whole_list_when_the_feed_comes_first(
    replay: ReplayServer, tmp_path: Path
) -> None:
    """One request at a time with a delay, as on the live sites: the feed is read before list page 1."""
    NdSoftSite(replay, 60)
    serial = {"CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.05"}
    first = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS, settings=serial)
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(first.records) == 60
