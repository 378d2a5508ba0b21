"""`scrapy crawl urls` against the replay server: a real scrapy process, pages under their real URLs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.spiders.url_list import BadLine
from crawler.spiders.urls import UrlEntry, read_url_lines, reason_key
from tests.crawler.fixtures import assert_record_matches, load_fixtures
from tests.support.crawl import CrawlResult, run_crawl
from tests.support.replay import Page, ReplayServer

FIXTURES = load_fixtures()
NO_EXTRACTION = {"EXTRACT_ENABLED": "0"}


def stat(result: CrawlResult, name: str) -> int:
    """A counter from the stats Scrapy dumps at the end of the run (0 when absent)."""
    found = re.search(rf"'{re.escape(name)}': (\d+)", result.stderr)
    return int(found.group(1)) if found else 0


def by_url(result: CrawlResult) -> dict[str, dict[str, object]]:
    return {str(record["url"]): record for record in result.records}


def test_url_file_gives_every_fixture_record_and_reports_bad_lines(
    replay: ReplayServer, tmp_path: Path
) -> None:
    for fixture in FIXTURES.values():
        fixture.serve(replay)
    replay.add("https://www.techhanbit.example/news/gone", Page(b"gone", "text/plain", 404))
    lines = [
        "# articles for the test",
        "",
        *[f.url for f in FIXTURES.values()],
        "ftp://files.example/article.txt",
        "not a url",
        "   ",
        "https://www.techhanbit.example/news/gone   # removed page",
        FIXTURES["jsonld_article"].url,
    ]
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_crawl(
        "urls",
        tmp_path / "out.jsonl",
        mirror=replay.url,
        args={"file": str(url_file)},
        settings=NO_EXTRACTION,
    )

    assert result.returncode == 4, result.stderr[-3000:]  # the 404 and two bad lines gave no record
    records = by_url(result)
    articles = [f for f in FIXTURES.values() if f.record is not None]
    assert sorted(records) == sorted(f.url for f in articles)
    for fixture in articles:
        assert fixture.record is not None
        assert_record_matches(records[fixture.url], fixture.record)
    # bad lines are reported with their line numbers, and the good ones are all there
    assert (
        f"line {len(FIXTURES) + 3} of {url_file}: not an http(s) URL: 'ftp://files.example/article.txt'"
        in result.stderr
    )
    assert f"line {len(FIXTURES) + 4} of {url_file}: not an http(s) URL: 'not a url'" in result.stderr
    assert stat(result, "urls/invalid") == 2
    assert stat(result, "urls/duplicate") == 1
    assert stat(result, "urls/read") == len(FIXTURES) + 1
    assert stat(result, "urls/parsed") == len(articles)
    assert stat(result, "urls/skipped/listing") == 1
    assert stat(result, "urls/failed/http-404") == 1
    summary = re.search(
        r"urls summary: read (\d+), invalid lines 2, duplicates 1, fetched (\d+), parsed (\d+)", result.stderr
    )
    assert summary and summary.groups() == (str(len(FIXTURES) + 1), str(len(FIXTURES)), str(len(articles)))
    assert "skipped: listing 1; failed: http-404 1" in result.stderr
    gone = "https://www.techhanbit.example/news/gone"
    assert f"line {len(FIXTURES) + 6} of {url_file}: {gone} failed: http-404" in result.stderr


def test_urls_argument_and_stdin(replay: ReplayServer, tmp_path: Path) -> None:
    og, naver = FIXTURES["og_meta_article"], FIXTURES["naver_article"]
    og.serve(replay)
    naver.serve(replay)

    from_arg = run_crawl(
        "urls", tmp_path / "a.jsonl", mirror=replay.url, args={"urls": f"{og.url},{naver.url},nope"},
        settings=NO_EXTRACTION,
    )  # fmt: skip
    from_stdin = run_crawl(
        "urls", tmp_path / "b.jsonl", mirror=replay.url, args={"file": "-"},
        stdin=f"# from a pipe\n{naver.url}\n\n{og.url}\n", settings=NO_EXTRACTION,
    )  # fmt: skip

    assert from_arg.returncode == 4, from_arg.stderr[-3000:]  # `nope` is no URL
    assert from_stdin.returncode == 0, from_stdin.stderr[-3000:]
    for result in (from_arg, from_stdin):
        assert sorted(by_url(result)) == sorted([og.url, naver.url])
        assert og.record is not None and naver.record is not None
        assert_record_matches(by_url(result)[og.url], og.record)
        assert_record_matches(by_url(result)[naver.url], naver.record)
    assert "item 3 of -a urls: not an http(s) URL: 'nope'" in from_arg.stderr


def test_robots_txt_is_obeyed_and_reported(replay: ReplayServer, tmp_path: Path) -> None:
    naver = FIXTURES["naver_article"]
    replay.add(naver.url, Page(naver.body, naver.content_type))
    replay.add("https://n.news.naver.com/robots.txt", Page(b"User-agent: *\nDisallow: /\n", "text/plain"))

    result = run_crawl(
        "urls", tmp_path / "out.jsonl", mirror=replay.url, args={"urls": naver.url}, settings=NO_EXTRACTION
    )

    assert result.returncode == 2, result.stderr[-3000:]  # the only URL could not be fetched
    assert result.records == []
    assert stat(result, "urls/failed/robots") == 1
    assert replay.hits()["n.news.naver.com/mnews/article/999/0000012345"] == 0


def test_http_proxy_environment_is_honoured(replay: ReplayServer, tmp_path: Path) -> None:
    page = FIXTURES["visible_only_article"]  # an http:// URL: fetched through the proxy, no mirror
    page.serve(replay)

    result = run_crawl(
        "urls", tmp_path / "out.jsonl", args={"urls": page.url}, settings=NO_EXTRACTION,
        env={"http_proxy": replay.proxy, "no_proxy": ""},
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-3000:]
    assert page.record is not None
    assert_record_matches(by_url(result)[page.url], page.record)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({}, "urls: nothing to read: give -a file=PATH"),
        ({"file": "/nonexistent/urls.txt"}, "urls: cannot read the URL list /nonexistent/urls.txt"),
    ],
)
def test_no_input_is_a_clear_error(tmp_path: Path, args: dict[str, str], message: str) -> None:
    result = run_crawl("urls", tmp_path / "out.jsonl", args=args, settings=NO_EXTRACTION)
    assert result.returncode == 2
    assert message in result.stderr


def test_url_list_lines_comments_and_bad_lines() -> None:
    lines = [
        "\ufeffhttps://a.example/1",
        "  # comment",
        "",
        "https://b.example/2  # note",
        "b.example/3",
        "mailto:x@y",
    ]
    found = list(read_url_lines(lines, "list.txt"))
    assert found == [
        UrlEntry("https://a.example/1", "list.txt", 1),
        UrlEntry("https://b.example/2", "list.txt", 4),
        BadLine(5, "'b.example/3'", "not an http(s) URL"),
        BadLine(6, "'mailto:x@y'", "not an http(s) URL"),
    ]
    assert found[1].where == "line 4 of list.txt"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("reason", "key"),
    [
        ("listing", "listing"),
        ("no-body", "no-body"),
        ("not an article URL of this site (/x)", "not-an-article-url-of-this-site"),
    ],
)
def test_skip_reasons_become_stats_keys(reason: str, key: str) -> None:
    assert reason_key(reason) == key
