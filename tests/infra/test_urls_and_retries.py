"""Small pieces every crawl relies on: canonical URLs, mirror addresses, Retry-After, the registry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from crawler.middlewares import mirror_url_for, retry_after_seconds
from crawler.pages.article import page_for
from crawler.pages.registry import all_sites
from crawler.pages.urls import canonicalize


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("http://WWW.Example.co.kr/news/1#top", "https://www.example.co.kr/news/1"),
        (
            "https://www.example.co.kr/news/articleView.html?idxno=7&utm_source=naver&fbclid=x",
            "https://www.example.co.kr/news/articleView.html?idxno=7",
        ),
        ("https://example.co.kr:443", "https://example.co.kr/"),
        ("https://example.co.kr:8443/a?b=", "https://example.co.kr:8443/a?b="),
    ],
)
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonicalize(url) == canonical


def test_mirror_address_keeps_host_path_and_query() -> None:
    got = mirror_url_for("https://www.yna.co.kr/view/AKR1?section=it", "http://127.0.0.1:8000/")
    assert got == "http://127.0.0.1:8000/www.yna.co.kr/view/AKR1?section=it"


def test_retry_after_in_seconds_and_as_a_date() -> None:
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    seconds = retry_after_seconds(later)
    assert seconds is not None and 25 <= seconds <= 31


def test_unknown_sites_get_the_generic_parser() -> None:
    key, page = page_for("https://blog.example.org/post/1", "<html><title>x</title></html>")
    assert key == "generic"
    assert page.parser_name().startswith("generic/")
    assert all(site.key == key for key, site in all_sites().items())
