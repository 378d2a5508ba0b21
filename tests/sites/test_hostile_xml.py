"""Hostile feeds and sitemaps: attacks refused whole and named, one bad entry never costs the others."""

from __future__ import annotations

import gzip
import re
from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crawler.pages.feeds import DiscoveryError, HostileXml, entry_url, parse_feed
from crawler.pages.sitemaps import parse_sitemap
from crawler.pages.xmlguard import MAX_XML_DEPTH

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>&f;</title>
<item><title>&f;</title><link>https://news.example/1</link></item></channel></rss>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://news.example/&secret;</loc></url></urlset>"""
NESTED = b"<x>" * 5000 + b"</x>" * 5000
DEEP_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel>' + NESTED + b"</channel></rss>"
DEEP_SITEMAP = (
    b'<?xml version="1.0"?><urlset><url><loc>https://news.example/1</loc>' + NESTED + b"</url></urlset>"
)


def test_entity_expansion_is_refused_naming_the_feed() -> None:
    with pytest.raises(HostileXml, match=re.escape("feed https://news.example/rss declares XML entities")):
        parse_feed(LAUGHS, base_url="https://news.example/rss")


def test_an_external_entity_is_refused_naming_the_sitemap() -> None:
    with pytest.raises(
        HostileXml, match=re.escape("sitemap https://news.example/sm.xml declares XML entities")
    ):
        parse_sitemap(EXTERNAL, base_url="https://news.example/sm.xml")


@pytest.mark.parametrize(("parse", "body"), [(parse_feed, DEEP_FEED), (parse_sitemap, DEEP_SITEMAP)])
def test_excessive_depth_is_refused(parse: object, body: bytes) -> None:
    with pytest.raises(HostileXml, match=f"deeper than {MAX_XML_DEPTH} levels"):
        parse(body, base_url="https://news.example/x")  # type: ignore[operator]


def test_a_doctype_without_entities_is_still_read() -> None:
    rss091 = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
        b"<item><title>t</title><link>https://news.example/1</link></item></channel></rss>"
    )
    assert [e.url for e in parse_feed(rss091, base_url="https://news.example/rss")] == [
        "https://news.example/1"
    ]


def test_bad_feed_items_are_skipped_and_described() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://news.example/1</link></item>
<item><title>b</title><link>http://[::1/x</link></item>
<item><title>c</title><link>https://news.example/3</link><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>
<item><title>d</title><link>https://news.example/4</link><pubDate>Sat, 1 Jan 9999 00:00:00 +0900</pubDate></item>
<item><title>e</title><link>http://news.example:99999/5</link></item>
<item><title>f</title><link>https://news.example/6</link></item>
</channel></rss>"""
    problems: list[str] = []
    entries = parse_feed(rss, base_url="https://news.example/rss", problems=problems)

    assert [e.url for e in entries] == ["https://news.example/1", "https://news.example/6"]
    assert problems == [
        "entry 2: link 'http://[::1/x' is not a usable URL (the [IPv6] host is malformed)",
        "entry 3: date 'Fri, 31 Dec 9999 23:59:59 GMT' is out of range",
        "entry 4: date 'Sat, 1 Jan 9999 00:00:00 +0900' is out of range",
        "entry 5: link 'http://news.example:99999/5' is not a usable URL (the port is out of range 0-65535)",
    ]


def test_bad_sitemap_entries_are_skipped_and_described() -> None:
    xml = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://news.example/1</loc></url>
<url><loc>http://[::1/x</loc></url>
<url><loc>https://news.example/3</loc><lastmod>9999-12-31T23:59:59Z</lastmod></url>
<url><loc>https://news.example/4</loc></url></urlset>"""
    problems: list[str] = []
    document = parse_sitemap(xml, base_url="https://news.example/sm.xml", problems=problems)

    assert [e.url for e in document.entries] == ["https://news.example/1", "https://news.example/4"]
    assert [p.split(":", 1)[0] for p in problems] == ["entry 2", "entry 3"]


def test_a_sitemap_is_read_only_up_to_its_entry_limit() -> None:
    body = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    body += b"".join(b"<url><loc>https://news.example/%d</loc></url>" % n for n in range(1000))
    body += b"</urlset>"

    document = parse_sitemap(
        gzip.compress(body + b"</urlset>"), base_url="https://news.example/sm.xml.gz", max_entries=10
    )

    assert document.truncated and len(document.entries) == 10
    assert not parse_sitemap(body, max_entries=1000).truncated


def test_not_xml_is_still_a_discovery_error() -> None:
    with pytest.raises(DiscoveryError, match=r"is not XML|has root"):
        parse_feed(b"<html><body>moved</body></html>", base_url="https://news.example/rss")


@settings(max_examples=300, deadline=None)
@example("https://", "0", "?")  # urljoin drops an empty query, fragment or parameters
@example("https://", "news.example", "/a?#b")
@example("https://", "news.example", "/a;")
@given(
    st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "//", ""]),
    st.from_regex(r"[a-z0-9.\-]{0,12}(:[0-9]{1,6})?", fullmatch=True),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x80), max_size=20),
)
def test_the_fast_path_for_plain_links_gives_what_urljoin_gives(scheme: str, host: str, rest: str) -> None:
    """A plain absolute link skips urljoin; any link gives the same URL, or the same refusal, as the slow path."""
    link = scheme + host + rest
    base = "https://www.example.co.kr/sitemap/latest.xml"
    try:
        expected: str | None = slow_entry_url(base, link)
    except ValueError:
        expected = None
    try:
        got: str | None = entry_url(base, link)
    except ValueError:
        got = None
    assert got == expected


def slow_entry_url(base_url: str, link: str) -> str:
    """entry_url without its fast path: urljoin, then a host and a valid port."""
    url = urljoin(base_url, link.strip())
    parts = urlsplit(url)
    if parts.hostname and parts.port != 0:
        return url
    raise ValueError(link)
