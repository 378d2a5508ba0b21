"""Loud when a site breaks: the run exits non-zero and the report names the site and the fields."""

from __future__ import annotations

from pathlib import Path

from tests.scheduled.ndsoft_site import NdSoftSite
from tests.scheduled.runner import NEWS_ARGS, SPIDER, run_scheduled
from tests.support.replay import ReplayServer

SITE_HEALTH_EXIT = 2


def test_a_template_change_that_loses_the_date_fails_the_run(replay: ReplayServer, tmp_path: Path) -> None:
    site = NdSoftSite(replay, 20)
    assert run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS).returncode == 0
    site.redesign()
    site.add(8)

    broken = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)

    assert broken.returncode == SITE_HEALTH_EXIT
    [problem] = broken.report["problems"]
    assert problem.startswith("site aitimes is incomplete: missing fields date (date 0% of 8 article pages")
    assert f"crawl failed: {problem}" in broken.stderr
    assert broken.report["sites"]["aitimes"]["completeness"] == {"title": 1.0, "date": 0.0, "body": 1.0}
    assert len(broken.records) == 8  # what could be read is still written


def test_a_list_redesign_with_new_article_urls_fails_the_run_as_no_articles(
    replay: ReplayServer, tmp_path: Path
) -> None:
    site = NdSoftSite(replay, 20)
    assert run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS).returncode == 0
    site.break_listing()
    site.add(5)

    broken = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)

    assert broken.returncode == SITE_HEALTH_EXIT
    [problem] = broken.report["problems"]
    assert problem.startswith(
        "site aitimes returned no articles: no article links found on 1 listing/feed page"
    )
    assert "feed: http 404" in problem and "20 recorded articles from previous runs" in problem
    assert "crawl failed: site aitimes returned no articles" in broken.stderr


def test_a_first_run_of_a_site_with_nothing_is_not_an_alarm(replay: ReplayServer, tmp_path: Path) -> None:
    """No history in the store: a site that gives nothing yet is reported, not failed."""
    result = run_scheduled(SPIDER, tmp_path, replay.url, args=NEWS_ARGS)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.report["sites"]["aitimes"]["page_failures"] == {"feed: http 404": 1, "listing: http 404": 1}
