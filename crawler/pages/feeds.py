"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds → `FeedEntry`s, with dates in KST.

Dates: RFC 822 with a zone, `GMT` that really means KST for some sites (`gmt_is_kst`), ISO
8601, or no zone at all (= KST).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import lxml.etree

from crawler.pages.fields import clean_whitespace, parse_kst_datetime


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read at all; the message names the document."""


_ZONE_GMT = re.compile(r"\s*(?:GMT|UTC|UT|Z|\+0000|\+00:00)\s*$", re.IGNORECASE)


def parse_feed_date(text: str | None, *, gmt_is_kst: bool = False) -> datetime | None:
    """A feed date in KST: RFC 822 (`+0900`, `GMT`), ISO 8601, or no zone (read as KST).

    `gmt_is_kst` is for feeds that write KST wall-clock times but label them GMT.
    """
    text = clean_whitespace(text)
    if not text:
        return None
    if gmt_is_kst and _ZONE_GMT.search(text):
        text = _ZONE_GMT.sub("", text)
        if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
            text = text.replace("T", " ")
    return parse_kst_datetime(text)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article URL, its title and publication time."""

    url: str
    title: str | None = None
    published_at: datetime | None = None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml_root(body: bytes, what: str) -> Any:
    body = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        raise DiscoveryError(f"{what} is empty")
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{what} is not XML: {exc}") from exc
    if root is None:
        raise DiscoveryError(f"{what} is not XML")
    return root


def _entry_link(entry: feedparser.FeedParserDict) -> str | None:
    """The article URL of an entry: its (alternate) link, else a permalink guid, else its RDF about."""
    for link in entry.get("links") or []:
        href = str(link.get("href") or "").strip()
        if href and link.get("rel", "alternate") == "alternate":
            return href
    guid = str(entry.get("id") or "").strip()
    # a guid marked isPermaLink="false" is not a link; an Atom id or RDF `about` is one
    if guid.startswith("http") and entry.get("guidislink", True):
        return guid
    return None


def parse_feed(body: bytes, *, base_url: str = "", gmt_is_kst: bool = False) -> list[FeedEntry]:
    """The entries of an RSS 2.0, RSS 1.0 or Atom feed, in document order (duplicates dropped).

    feedparser reads the entries; the document is first checked to be XML with a feed's root,
    so a page that is not a feed is an error naming it (feedparser would read it as an empty feed).
    """
    root = _xml_root(body, f"feed {base_url or ''}".strip())
    if _local(root.tag) not in {"rss", "feed", "rdf", "channel"}:
        raise DiscoveryError(f"feed {base_url} has root <{_local(root.tag)}>, not rss, feed or rdf")
    parsed = feedparser.parse(
        body.lstrip(b"\xef\xbb\xbf \t\r\n"), sanitize_html=False, resolve_relative_uris=False
    )
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = _entry_link(entry)
        if not link:
            continue
        url = urljoin(base_url, link)
        if url in seen:
            continue
        seen.add(url)
        raw_date = entry.get("published") or entry.get("updated")
        entries.append(
            FeedEntry(
                url=url,
                title=clean_whitespace(entry.get("title")) or None,
                published_at=parse_feed_date(raw_date, gmt_is_kst=gmt_is_kst),
            )
        )
    return entries
