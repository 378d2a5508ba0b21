"""Every site adapter on pages written in its site's markup: articles, non-articles, listings, feeds, sitemaps.

The fixtures are in tests/fixtures/sites/<site key>/ (see tests/sites/fixtures.py). Each test
reads one page the way the `news` spider does and compares every field with the expected file.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.pages.article import NotAnArticle, page_for
from crawler.pages.feeds import parse_feed
from crawler.pages.listing import ListingPage
from crawler.pages.registry import all_sites
from crawler.pages.site import Site
from crawler.pages.sitemaps import parse_sitemap
from output.schema import KST
from tests.sites.fixtures import SiteFixture, assert_record_fields, load_site_fixtures

ARTICLES = load_site_fixtures("article")
NOT_ARTICLES = load_site_fixtures("not_article")
LISTINGS = load_site_fixtures("listing")
FEEDS = load_site_fixtures("feed")
SITEMAPS = load_site_fixtures("sitemap")


def iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


@pytest.mark.parametrize("fixture", ARTICLES, ids=lambda f: f.id)
def test_article_page_gives_every_field(fixture: SiteFixture) -> None:
    key, page = page_for(fixture.url, fixture.text())
    assert key == fixture.site, f"{fixture.url} is not read by the {fixture.site} adapter"

    record = page.record(site=key, crawled_at=datetime(2026, 11, 21, 12, 0, tzinfo=KST)).to_item()

    assert_record_fields(record, {"url": fixture.url, **fixture.expected["record"]}, fixture.id)


@pytest.mark.parametrize("fixture", NOT_ARTICLES, ids=lambda f: f.id)
def test_page_that_is_not_an_article_is_refused_with_its_reason(fixture: SiteFixture) -> None:
    key, page = page_for(fixture.url, fixture.text())
    assert key == fixture.site

    with pytest.raises(NotAnArticle) as refused:
        page.record(site=key)

    assert refused.value.reason == fixture.expected["reason"]


@pytest.mark.parametrize("fixture", LISTINGS, ids=lambda f: f.id)
def test_listing_page_gives_article_links_times_and_next_page(fixture: SiteFixture) -> None:
    site = all_sites()[fixture.site]
    page_class = site.listing_page or ListingPage.for_articles(site.article_url)
    now = datetime.fromisoformat(fixture.expected["now"])

    page = page_class(fixture.url, fixture.text(), now=now)

    got = [{"url": i.url, "title": i.title, "published_at": iso(i.published_at)} for i in page.items()]
    assert got == fixture.expected["items"]
    assert page.article_links() == [item["url"] for item in fixture.expected["items"]]
    assert page.next_page() == fixture.expected["next_page"]


@pytest.mark.parametrize("fixture", FEEDS, ids=lambda f: f.id)
def test_feed_gives_entries_with_kst_dates(fixture: SiteFixture) -> None:
    site = all_sites()[fixture.site]

    entries = parse_feed(fixture.body, base_url=fixture.url, gmt_is_kst=site.feed_gmt_is_kst)

    got = [{"url": e.url, "title": e.title, "published_at": iso(e.published_at)} for e in entries]
    assert got == fixture.expected["entries"]
    assert all(site.is_article_url(entry.url) for entry in entries)


@pytest.mark.parametrize("fixture", SITEMAPS, ids=lambda f: f.id)
def test_sitemap_gives_entries(fixture: SiteFixture) -> None:
    document = parse_sitemap(fixture.body, base_url=fixture.url)

    assert document.kind == fixture.expected["sitemap_kind"]
    got = [
        {"url": e.url, "lastmod": iso(e.lastmod), "published_at": iso(e.published_at), "title": e.title}
        for e in document.entries
    ]
    assert got == fixture.expected["entries"]


CRAWLED = [site for site in all_sites().values() if site.crawl]


@pytest.mark.parametrize("site", CRAWLED, ids=lambda s: s.key)
def test_every_crawled_site_has_fixtures_for_its_pages_and_sources(site: Site) -> None:
    kinds = {f.kind for f in load_site_fixtures() if f.site == site.key}
    assert "article" in kinds, f"{site.key}: no article fixture"
    if site.feeds:
        assert "feed" in kinds, f"{site.key}: no feed fixture"
    if site.sitemaps:
        assert "sitemap" in kinds, f"{site.key}: no sitemap fixture"
    if site.listing_page is not None:
        assert "listing" in kinds, f"{site.key}: no listing fixture"


def test_every_layout_of_every_adapter_has_an_article_fixture() -> None:
    parsers = {f.expected["record"]["parser"] for f in ARTICLES}
    for site in CRAWLED:
        for layout in getattr(site.article_page, "layouts", ()):
            assert f"{site.article_page.key}/{layout.version}" in parsers, (
                f"{site.key}: layout {layout.version}"
            )
