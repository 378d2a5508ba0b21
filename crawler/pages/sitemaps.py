"""Sitemaps: a sitemap index or urlset (gzip or not), news-sitemap dates and titles included."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import lxml.etree
from scrapy.utils.sitemap import Sitemap

from crawler.pages.feeds import DiscoveryError, parse_feed_date
from crawler.pages.fields import clean_whitespace

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

    @property
    def is_index(self) -> bool:
        """True for a sitemap index."""
        return self.kind == "sitemapindex"


class _NewsSitemap(Sitemap):
    """Scrapy's Sitemap, also keeping `<news:publication_date>` and `<news:title>` of news sitemaps."""

    def _process_sitemap_element(self, elem: lxml.etree._Element) -> dict[str, Any] | None:
        news: dict[str, str] = {}
        for child in elem:
            if self._get_tag_name(child) == "news":
                for part in child.iter():
                    name = self._get_tag_name(part)
                    if name in {"publication_date", "title"} and part.text and part.text.strip():
                        news[f"news_{name}"] = part.text.strip()
        found = super()._process_sitemap_element(elem)
        if found is not None:
            found.update(news)
        return found


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


def parse_sitemap(body: bytes, *, base_url: str = "") -> SitemapDocument:
    """A sitemap index or urlset, with lastmod and news publication dates in KST."""
    what = f"sitemap {base_url}".strip()
    xml = sitemap_body(body, what)
    if not xml:
        raise DiscoveryError(f"{what} is empty")
    try:
        document = _NewsSitemap(xml)
    except (StopIteration, lxml.etree.XMLSyntaxError) as exc:
        raise DiscoveryError(f"{what} is not XML") from exc
    if document.type not in {"urlset", "sitemapindex"}:
        raise DiscoveryError(f"{what} has root <{document.type}>, not urlset or sitemapindex")
    entries = [
        SitemapEntry(
            url=urljoin(base_url, item["loc"]),
            lastmod=parse_feed_date(item.get("lastmod")),
            published_at=parse_feed_date(item.get("news_publication_date")),
            title=clean_whitespace(item.get("news_title")) or None,
        )
        for item in document
        if item.get("loc")
    ]
    return SitemapDocument(kind=document.type, entries=entries)
