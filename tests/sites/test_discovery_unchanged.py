"""Feeds, sitemaps, listings and canonical URLs of every fixture, as the code before the move to
feedparser, tldextract and the sites' URL forms read them (tests/fixtures/discovery-before.json).

Each page's links, each feed's and sitemap's entries and each listing's items must come out as
they did; the snapshot was written by the hand-written readers the libraries replaced (fixtures
added later are not in it).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from crawler.pages.feeds import DiscoveryError, parse_feed
from crawler.pages.listing import ListingPage
from crawler.pages.registry import site_for_url
from crawler.pages.sitemaps import parse_sitemap
from crawler.pages.urls import canonicalize
from output.schema import KST

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BEFORE: dict[str, dict[str, Any]] = json.loads((FIXTURES / "discovery-before.json").read_text("utf-8"))
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=KST)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def page_url(path: Path) -> tuple[str, str]:
    """The real URL and Content-Type a fixture is served with."""
    expected = path.with_name(path.stem + ".expected.json")
    meta = json.loads(expected.read_text("utf-8")) if expected.exists() else {}
    default = "application/xml" if path.suffix == ".xml" else "text/html"
    return meta.get("url") or f"https://example.com/{path.stem}", meta.get("content_type") or default


def read_xml(body: bytes, url: str) -> tuple[dict[str, Any], list[str]]:
    """A document's feed and sitemap readings (or their errors), and the URLs they name."""
    site = site_for_url(url)
    found: dict[str, Any] = {}
    urls: list[str] = []
    try:
        entries = parse_feed(body, base_url=url, gmt_is_kst=bool(site and site.feed_gmt_is_kst))
        found["feed"] = [[e.url, e.title, iso(e.published_at)] for e in entries]
        urls += [e.url for e in entries]
    except DiscoveryError as exc:
        found["feed"] = f"error: {exc}"
    try:
        document = parse_sitemap(body, base_url=url)
        found["sitemap"] = [
            document.kind,
            [[e.url, iso(e.lastmod), iso(e.published_at), e.title] for e in document.entries],
        ]
        urls += [e.url for e in document.entries]
    except DiscoveryError as exc:
        found["sitemap"] = f"error: {exc}"
    return found, urls


def read_html(text: str, url: str) -> tuple[dict[str, Any], list[str]]:
    """A page read as its site's listing, and every link it holds."""
    site = site_for_url(url)
    page_class = (
        site.listing_page
        if site and site.listing_page
        else ListingPage.for_articles(site.article_url if site else None)
    )
    listing = page_class(url, text, now=NOW)
    found = {
        "listing": [[i.url, i.title, iso(i.published_at)] for i in listing.items()],
        "next": listing.next_page(),
    }
    links = Selector(text=text).css("a::attr(href), link::attr(href)").getall()
    return found, [urljoin(url, href) for href in links]


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_fixture_reads_as_before(name: str) -> None:
    path = FIXTURES / name
    url, content_type = page_url(path)
    body = path.read_bytes()
    if path.suffix == ".xml":
        found, urls = read_xml(body, url)
    else:
        text = HtmlResponse(url, body=body, headers={"Content-Type": content_type}).text
        found, urls = read_html(text, url)
    found["canonical_urls"] = {u: canonicalize(u) for u in urls}

    assert found == BEFORE[name]
