"""What a site is: one typed `Site` per publisher, declared in its module of `crawler.sites`.

A site is data (Fundus's `Publisher` is the model): its key, name and domains, the forms of its
article URLs, where its articles are discovered (feeds, sitemaps, listings) and the page classes
that read its article and listing pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the page classes import the registry; a Site only names them
    from crawler.pages.article import ArticlePage
    from crawler.pages.listing import ListingPage


@dataclass(frozen=True)
class Site:
    """One publisher: identity, domains, discovery sources and page classes."""

    key: str
    name: str
    domains: tuple[str, ...]
    article_page: type[ArticlePage]
    article_url: re.Pattern[str] | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    crawl: bool = True
    notes: str = ""
    # Reads the site's section listings (article links, item times, next page); None: every
    # link matching `article_url` on the page, no pagination.
    listing_page: type[ListingPage] | None = None
    # Sitemap URL templates for backfills (`-a since=`), formatted with {year}, {month}, {day}.
    archive_sitemaps: tuple[str, ...] = ()
    # The site's feed writes KST wall-clock times but labels them GMT.
    feed_gmt_is_kst: bool = False

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the site's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_url(self, url: str) -> bool:
        """True when the URL has the form of an article page of this site."""
        return self.article_url is None or bool(self.article_url.search(url))
