"""Discovery as pure functions: feed and listing times, feeds, sitemaps, and the news spider's arguments."""

from __future__ import annotations

import gzip
import re
from datetime import datetime

import pytest

from crawler.pages.feeds import DiscoveryError, parse_feed, parse_feed_date
from crawler.pages.listing import in_window, parse_listing_time, replace_query
from crawler.pages.registry import all_sites
from crawler.pages.sitemaps import parse_sitemap
from crawler.spiders.news_options import (
    SpiderArgumentError,
    archive_sitemap_urls,
    parse_bound,
    parse_count,
    select_sites,
)
from output.schema import KST


def kst(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=KST)


# --- times ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gmt_is_kst", "expected"),
    [
        ("Fri, 20 Nov 2026 11:47:00 +0900", False, kst(2026, 11, 20, 11, 47)),
        ("Fri, 20 Nov 2026 02:47:00 GMT", False, kst(2026, 11, 20, 11, 47)),
        ("Fri, 20 Nov 2026 11:47:00 GMT", True, kst(2026, 11, 20, 11, 47)),
        ("2026-11-20T02:47:00Z", False, kst(2026, 11, 20, 11, 47)),
        ("2026-11-20T11:47:00+09:00", False, kst(2026, 11, 20, 11, 47)),
        ("2026-11-20 11:47:00", False, kst(2026, 11, 20, 11, 47)),
        ("", False, None),
        (None, False, None),
    ],
)
def test_feed_dates_are_kst(text: str | None, gmt_is_kst: bool, expected: datetime | None) -> None:
    assert parse_feed_date(text, gmt_is_kst=gmt_is_kst) == expected


NOV_21 = kst(2026, 11, 21, 12, 0)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("11-20 23:26", NOV_21, kst(2026, 11, 20, 23, 26)),
        ("12-01 23:26", NOV_21, kst(2025, 12, 1, 23, 26)),  # no December 2026 yet
        ("12-31 23:50", kst(2027, 1, 1, 0, 10), kst(2026, 12, 31, 23, 50)),  # seen in January
        ("11-22 08:00", NOV_21, kst(2026, 11, 22, 8, 0)),  # a day ahead: clock skew, same year
        ("02-29 10:00", kst(2029, 3, 1, 9, 0), kst(2028, 2, 29, 10, 0)),  # the last leap year
        ("11.20 09:05", NOV_21, kst(2026, 11, 20, 9, 5)),
        ("09:30", NOV_21, kst(2026, 11, 21, 9, 30)),
        ("23:30", NOV_21, kst(2026, 11, 20, 23, 30)),  # later than now today: yesterday
        ("5분 전", NOV_21, kst(2026, 11, 21, 11, 55)),
        ("3시간 전", NOV_21, kst(2026, 11, 21, 9, 0)),
        ("2026.11.18 10:21", NOV_21, kst(2026, 11, 18, 10, 21)),
        ("속보", NOV_21, None),
        ("", NOV_21, None),
    ],
)
def test_listing_times_get_the_right_year(text: str, now: datetime, expected: datetime | None) -> None:
    assert parse_listing_time(text, now) == expected


def test_window_is_half_open_and_unknown_times_are_inside() -> None:
    since, until = kst(2026, 11, 1), kst(2026, 11, 11)

    assert in_window(kst(2026, 11, 1), since, until)
    assert not in_window(kst(2026, 11, 11), since, until)
    assert not in_window(kst(2026, 10, 31, 23, 59), since, until)
    assert in_window(None, since, until)
    assert in_window(kst(2000, 1, 1), None, None)


# --- feeds ---------------------------------------------------------------------------------------

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>예시 IT 뉴스</title>
<entry><title>연구소, 저전력 추론 칩 설계 공개</title>
<link rel="alternate" href="/news/articleView.html?idxno=501"/><link rel="enclosure" href="/a.jpg"/>
<published>2026-11-20T10:00:00+09:00</published></entry>
<entry><title>같은 기사</title><link href="https://www.example.kr/news/articleView.html?idxno=501"/></entry>
</feed>""".encode()

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://www.example.kr/news/7"><title>위성 통신 시험 성공</title><dc:date>2026-11-19T08:00:00+09:00</dc:date></item>
</rdf:RDF>""".encode()


def test_atom_feed_links_are_absolute_and_each_once() -> None:
    entries = parse_feed(ATOM, base_url="https://www.example.kr/rss/atom.xml")

    assert [(e.url, e.title, e.published_at) for e in entries] == [
        ("https://www.example.kr/news/articleView.html?idxno=501", "연구소, 저전력 추론 칩 설계 공개", kst(2026, 11, 20, 10)),
    ]  # fmt: skip


def test_rss1_items_are_read_from_rdf_about() -> None:
    (entry,) = parse_feed(RSS1, base_url="https://www.example.kr/rss")

    assert (entry.url, entry.published_at) == ("https://www.example.kr/news/7", kst(2026, 11, 19, 8))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "feed https://www.example.kr/rss is empty"),
        (b"<html><body>moved</body></html>", "feed https://www.example.kr/rss has root <html>"),
    ],
)
def test_unreadable_feed_is_an_error_naming_it(body: bytes, message: str) -> None:
    with pytest.raises(DiscoveryError, match=re.escape(message)):
        parse_feed(body, base_url="https://www.example.kr/rss")


# --- sitemaps -------------------------------------------------------------------------------------

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.example.kr/sitemap/2026-11-20.xml</loc><lastmod>2026-11-20T23:00:00+09:00</lastmod></sitemap>
<sitemap><loc>https://www.example.kr/sitemap/2026-11-19.xml</loc></sitemap>
</sitemapindex>"""


def test_gzipped_sitemap_index_lists_its_sitemaps() -> None:
    document = parse_sitemap(gzip.compress(INDEX), base_url="https://www.example.kr/sitemap.xml.gz")

    assert document.is_index
    assert [(e.url, e.lastmod) for e in document.entries] == [
        ("https://www.example.kr/sitemap/2026-11-20.xml", kst(2026, 11, 20, 23)),
        ("https://www.example.kr/sitemap/2026-11-19.xml", None),
    ]


def test_broken_sitemap_is_an_error_naming_it() -> None:
    with pytest.raises(
        DiscoveryError, match=re.escape("sitemap https://www.example.kr/s.xml.gz is a broken gzip file")
    ):
        parse_sitemap(b"\x1f\x8b\x08\x00garbage", base_url="https://www.example.kr/s.xml.gz")


def test_replace_query_keeps_other_parameters_in_place() -> None:
    url = "https://www.example.kr/news/articleList.html?page=1&view_type=sm"

    assert replace_query(url, page="2") == "https://www.example.kr/news/articleList.html?page=2&view_type=sm"


# --- the news spider's arguments ------------------------------------------------------------------


def test_dates_bound_whole_days() -> None:
    assert parse_bound("since", "2026-11-01") == kst(2026, 11, 1)
    assert parse_bound("until", "2026-11-10", end=True) == kst(2026, 11, 11)
    assert parse_bound("since", "2026-11-01T09:30") == kst(2026, 11, 1, 9, 30)
    assert parse_bound("since", "") is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_bound("since", "last week"), "-a since='last week': expected a date like 2026-11-01"),
        (lambda: parse_count("max_articles", "ten", None), "-a max_articles='ten': expected a whole number"),
        (lambda: parse_count("max_pages", "0", 5), "-a max_pages='0': must be 1 or more"),
        (
            lambda: select_sites("yonhap,nope", all_sites()),
            "unknown site key(s) nope; known keys: aitimes",
        ),
    ],
)
def test_bad_arguments_say_which_and_why(call: object, message: str) -> None:
    with pytest.raises(SpiderArgumentError, match=re.escape(message)):
        call()  # type: ignore[operator]


def test_sites_default_to_every_crawled_site_and_keep_the_given_order() -> None:
    registered = all_sites()

    assert [s.key for s in select_sites(None, registered)] == [k for k, s in registered.items() if s.crawl]
    assert "naver" not in [s.key for s in select_sites("", registered)]
    assert [s.key for s in select_sites("zdnet, yonhap,zdnet", registered)] == ["zdnet", "yonhap"]


def test_archive_sitemaps_cover_the_backfill_period() -> None:
    template = "https://www.example.kr/sitemap/{year}/{month:02d}.xml"

    urls = archive_sitemap_urls(template, kst(2025, 12, 15), kst(2026, 2, 1))

    assert urls == [
        "https://www.example.kr/sitemap/2025/12.xml",
        "https://www.example.kr/sitemap/2026/01.xml",
    ]
