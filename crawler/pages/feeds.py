"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds → `FeedEntry`s, with dates in KST.

Dates: RFC 822 with a zone, `GMT` that really means KST for some sites (`gmt_is_kst`), ISO
8601, or no zone at all (= KST).

A hostile document (entity declarations, excessive depth: `crawler.pages.xmlguard`) is refused
whole. One bad entry (a link that is no usable URL, `http://[::1/x`; a date no calendar holds,
year 9999) is left out and described in `problems` (`entry 3: …`); the others are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from crawler.masking import UrlError, masked_excerpt, split_url
from crawler.pages.fields import clean_whitespace, parse_kst_datetime
from crawler.pages.xmlguard import DiscoveryError, HostileXml, safe_root

if TYPE_CHECKING:
    import feedparser

__all__ = [
    "DiscoveryError",
    "FeedEntry",
    "HostileXml",
    "entry_date",
    "entry_url",
    "parse_feed",
    "parse_feed_date",
]

LATEST_PLAUSIBLE_YEAR = 2100  # a feed or sitemap date after this is a bad entry, not an article's date

_ZONE_GMT = re.compile(r"\s*(?:GMT|UTC|UT|Z|\+0000|\+00:00)\s*$", re.IGNORECASE)


def parse_feed_date(text: str | None, *, gmt_is_kst: bool = False) -> datetime | None:
    """A feed date in KST: RFC 822 (`+0900`, `GMT`), ISO 8601, or no zone (read as KST).

    `gmt_is_kst` is for feeds that write KST wall-clock times but label them GMT. A date KST
    cannot hold raises OverflowError (`entry_date` makes it a bad entry).
    """
    text = clean_whitespace(text)
    if not text:
        return None
    if gmt_is_kst and _ZONE_GMT.search(text):
        text = _ZONE_GMT.sub("", text)
        if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
            text = text.replace("T", " ")
    return parse_kst_datetime(text, strict=True)


def entry_date(text: str | None, *, gmt_is_kst: bool = False) -> datetime | None:
    """`parse_feed_date` for one entry: ValueError (quoting a short prefix) for a date out of range."""
    try:
        value = parse_feed_date(text, gmt_is_kst=gmt_is_kst)
    except OverflowError:
        value = datetime.max
    if value is not None and value.year > LATEST_PLAUSIBLE_YEAR:
        raise ValueError(f"date {masked_excerpt(text or '')} is out of range")
    return value


# An absolute http(s) link with a plain host, no port and only printable ASCII, and nothing urljoin
# rewrites: urljoin and urlsplit would give it back unchanged (a sitemap's 50,000 entries are nearly all so).
_PLAIN_LINK = re.compile(r"https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:[/?#][!-~]*)?\Z")
# what urljoin would rewrite: an empty query or fragment (`…?`, `…?#x`, `…#`), parameters (`;`), a
# dot segment, a backslash
_REWRITTEN_BY_URLJOIN = re.compile(r"[?#]\Z|\?#|;|/\.|\\")


def entry_url(base_url: str, link: str) -> str:
    """An entry's link made absolute; ValueError (masked, quoting a short prefix) when it is no usable URL."""
    link = link.strip()
    if _PLAIN_LINK.match(link) and not _REWRITTEN_BY_URLJOIN.search(link):
        return link
    try:
        url = urljoin(base_url, link)
        parts = urlsplit(url)
        if parts.hostname and parts.port != 0:  # .port raises for a port out of range
            return url
    except ValueError:
        pass
    try:  # a bad link: split_url says why without quoting a credential
        split_url(link if "://" in link else urljoin(base_url, link))
        reason = "it names no usable host"
    except (UrlError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, UrlError) else "it cannot be parsed"
    raise ValueError(f"link {masked_excerpt(link)} is not a usable URL ({reason})")


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
    return safe_root(body, what)


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


def parse_feed(
    body: bytes, *, base_url: str = "", gmt_is_kst: bool = False, problems: list[str] | None = None
) -> list[FeedEntry]:
    """The entries of an RSS 2.0, RSS 1.0 or Atom feed, in document order (duplicates dropped).

    feedparser reads the entries; the document is first checked to be XML with a feed's root
    (and no attack: HostileXml), so a page that is not a feed is an error naming it (feedparser
    would read it as an empty feed). A bad entry is left out and described in `problems`.
    """
    root = _xml_root(body, f"feed {base_url or ''}".strip())
    if _local(root.tag) not in {"rss", "feed", "rdf", "channel"}:
        raise DiscoveryError(f"feed {base_url} has root <{_local(root.tag)}>, not rss, feed or rdf")
    import feedparser  # imported by the first feed read: a URL-list crawl never needs it

    parsed = feedparser.parse(
        body.lstrip(b"\xef\xbb\xbf \t\r\n"), sanitize_html=False, resolve_relative_uris=False
    )
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries, start=1):
        link = _entry_link(entry)
        if not link:
            continue
        try:
            url = entry_url(base_url, link)
            published_at = entry_date(entry.get("published") or entry.get("updated"), gmt_is_kst=gmt_is_kst)
        except ValueError as exc:
            if problems is not None:
                problems.append(f"entry {number}: {exc}")
            continue
        if url in seen:
            continue
        seen.add(url)
        entries.append(
            FeedEntry(url=url, title=clean_whitespace(entry.get("title")) or None, published_at=published_at)
        )
    return entries
