"""Sitemaps: a sitemap index or urlset (gzip or not), news-sitemap dates and titles included.

A sitemap is read as a stream with the hardened reader of `crawler.pages.xmlguard` (a hostile
document is refused whole), and only up to `max_entries` entries: past them reading stops and
the document says it was `truncated`. One bad entry (a `<loc>` that is no usable URL, a date no
calendar holds) is left out and described in `problems` (`entry 7: …`); the others are read.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import lxml.etree

from crawler.pages.feeds import entry_date, entry_url
from crawler.pages.fields import clean_whitespace
from crawler.pages.xmlguard import DiscoveryError, safe_events

MAX_SITEMAP_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class SitemapEntry:
    """One `<url>` or `<sitemap>` of a sitemap: location, last modification, news date and title."""

    url: str
    lastmod: datetime | None = None
    published_at: datetime | None = None
    title: str | None = None

    @property
    def when(self) -> datetime | None:
        """The best known time of the entry: the news publication date, else lastmod."""
        return self.published_at or self.lastmod


@dataclass(frozen=True)
class SitemapDocument:
    """A parsed sitemap: `kind` is `sitemapindex` (entries are sitemaps) or `urlset` (pages)."""

    kind: str
    entries: list[SitemapEntry]
    truncated: bool = False  # it had more than the `max_entries` read

    @property
    def is_index(self) -> bool:
        """True for a sitemap index."""
        return self.kind == "sitemapindex"


def _local_name(element: lxml.etree._Element) -> str:
    """A tag without its namespace (`{…sitemap/0.9}url` → `url`); "" for comments and the like."""
    tag = element.tag
    return tag.partition("}")[2] or tag if isinstance(tag, str) else ""


def _entry_fields(element: lxml.etree._Element) -> dict[str, str]:
    """The child texts of one `<url>`/`<sitemap>`, and `news_*` from its `<news:news>` part."""
    fields: dict[str, str] = {}
    for child in element:
        name = _local_name(child)
        if name == "news":
            for part in child.iter():
                key = _local_name(part)
                if key in {"publication_date", "title"} and part.text and part.text.strip():
                    fields[f"news_{key}"] = part.text.strip()
        elif name and name != "link":
            fields[name] = child.text.strip() if child.text else ""
    return fields


def _sitemap_entries(xml: bytes, what: str) -> tuple[str, Iterator[dict[str, str]]]:
    """The root's name and the fields of each entry, read as a stream (entries freed once read).

    The parser never resolves entities or fetches anything, and refuses hostile documents
    (`crawler.pages.xmlguard`).
    """
    events = safe_events(xml, what)
    try:
        _, root = next(events)
    except StopIteration as exc:
        raise DiscoveryError(f"{what} is not XML") from exc

    def entries() -> Iterator[dict[str, str]]:
        for event, element in events:
            if event == "end" and _local_name(element) in {"url", "sitemap"}:
                yield _entry_fields(element)
                element.clear()
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]

    return _local_name(root), entries()


def sitemap_body(body: bytes, what: str = "sitemap") -> bytes:
    """The XML of a sitemap response, gunzipped when needed (refusing bombs over 50 MB)."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
                body = stream.read(MAX_SITEMAP_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise DiscoveryError(f"{what} is a broken gzip file: {exc}") from exc
        if len(body) > MAX_SITEMAP_BYTES:
            raise DiscoveryError(f"{what} is larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")


def parse_sitemap(
    body: bytes, *, base_url: str = "", problems: list[str] | None = None, max_entries: int | None = None
) -> SitemapDocument:
    """A sitemap index or urlset, with lastmod and news publication dates in KST.

    At most `max_entries` entries are read (the document is then `truncated`); a bad entry is
    left out and described in `problems`.
    """
    what = f"sitemap {base_url}".strip()
    xml = sitemap_body(body, what)
    if not xml:
        raise DiscoveryError(f"{what} is empty")
    kind, items = _sitemap_entries(xml, what)
    if kind not in {"urlset", "sitemapindex"}:
        raise DiscoveryError(f"{what} has root <{kind}>, not urlset or sitemapindex")
    entries: list[SitemapEntry] = []
    for number, item in enumerate(items, start=1):
        if max_entries is not None and len(entries) >= max_entries:
            return SitemapDocument(kind=kind, entries=entries, truncated=True)
        if not item.get("loc"):
            continue
        try:
            entry = SitemapEntry(
                url=entry_url(base_url, item["loc"]),
                lastmod=entry_date(item.get("lastmod")),
                published_at=entry_date(item.get("news_publication_date")),
                title=clean_whitespace(item.get("news_title")) or None,
            )
        except ValueError as exc:
            if problems is not None:
                problems.append(f"entry {number}: {exc}")
            continue
        entries.append(entry)
    return SitemapDocument(kind=kind, entries=entries)
