"""Real saved pages of Korean news sites (../shared/fixtures/real), checked against hand-annotated fields.

The pages are served by the replay server under their real URLs and read by a real `scrapy crawl
urls`. Naver pages go through the naver adapter; the chosun page (no adapter) through the generic
parser. The generic parser is also run directly on every article page, since site adapters fall
back to it field by field. Skips when ../shared is absent.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from crawler.pages.article import ArticlePage
from tests.crawler.fixtures import PERMISSIVE_ROBOTS
from tests.support.crawl import run_crawl
from tests.support.replay import Page, ReplayServer

pytestmark = pytest.mark.shared
CRAWLED = ("naver_003_2024-05-30.html.gz", "naver_607_2023-11-02.html.gz", "chosun_2020-08-27.html.gz")
ARTICLES = (
    *CRAWLED,
    "mk_2025-06-04.html.gz",
    "hankookilbo_2025-05-15.html.gz",
    "hankookilbo_2026-01-29.html.gz",
    "hankookilbo_2026-07-12.html.gz",
)


def read_annotations(shared: Path) -> dict[str, Any]:
    return dict(json.loads((shared / "fixtures" / "real" / "expected.json").read_text(encoding="utf-8")))


def saved_page(shared: Path, name: str) -> bytes:
    return gzip.decompress((shared / "fixtures" / "real" / name).read_bytes())


def assert_matches_annotation(record: dict[str, Any], expected: dict[str, Any], where: str) -> None:
    """Each annotated field equal; body snippets present, the first near the start, the last near the end."""
    for name in ("title", "published_at", "modified_at", "authors", "publisher", "section"):
        if name in expected:
            assert record[name] == expected[name], f"{where}: {name}"
    text = record["text"]
    snippets = expected.get("body_contains", [])
    for snippet in snippets:
        assert snippet in text, f"{where}: body lacks {snippet!r}"
    if len(snippets) >= 2:
        assert text.index(snippets[0]) < 0.25 * len(text), f"{where}: body does not start at the lede"
    if snippets:
        end = text.rindex(snippets[-1]) + len(snippets[-1])
        assert end > 0.9 * len(text), f"{where}: body runs past the article's end"
    for unwanted in expected.get("body_excludes", []):
        assert unwanted not in text, f"{where}: body has {unwanted!r}"


def test_urls_spider_on_real_naver_and_chosun_pages(
    shared_dir: Path, replay: ReplayServer, tmp_path: Path
) -> None:
    real = read_annotations(shared_dir)
    for name in (*CRAWLED, "yonhap_listing_2025-12-01.html.gz"):
        url = real[name]["url"]
        replay.add(url, Page(saved_page(shared_dir, name)))
        replay.add(f"https://{url.split('/')[2]}/robots.txt", Page(PERMISSIVE_ROBOTS, "text/plain"))
    urls = [real[name]["url"] for name in (*CRAWLED, "yonhap_listing_2025-12-01.html.gz")]

    result = run_crawl(
        "urls", tmp_path / "out.jsonl", mirror=replay.url, stdin="\n".join(urls), args={"file": "-"},
        settings={"EXTRACT_ENABLED": "0"},
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-3000:]
    records = {r["url"]: r for r in result.records}
    assert sorted(records) == sorted(real[name]["url"] for name in CRAWLED), (
        "the listing page is not an article"
    )
    for name in CRAWLED:
        record = records[real[name]["url"]]
        assert record["site"] == ("naver" if name.startswith("naver") else "generic")
        assert_matches_annotation(record, real[name]["expected"], name)


@pytest.mark.parametrize("name", ARTICLES)
def test_generic_parser_on_every_real_article(shared_dir: Path, name: str) -> None:
    info = read_annotations(shared_dir)[name]
    expected = dict(info["expected"])
    if name.startswith("naver"):
        expected.pop("publisher")  # `뉴시스 | 네이버` is read by the naver adapter, not the generic parser
    record = ArticlePage(info["url"], saved_page(shared_dir, name).decode("utf-8")).record().to_item()
    assert_matches_annotation(record, expected, name)
