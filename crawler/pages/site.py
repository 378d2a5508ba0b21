"""What a site is: one typed `Site` per publisher, declared in its module of `crawler.sites`.

A site is data (Fundus's `Publisher` is the model): its key, name and domains, the forms of its
article URLs, where its articles are discovered (feeds, sitemaps, listings) and the page classes
that read its article and listing pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the page classes import the registry; a Site only names them
    from crawler.pages.article import ArticlePage
    from crawler.pages.listing import ListingPage

# A site's whole-URL canonical form: any spelling of one of its articles → the one URL, else None.
UrlRewrite = Callable[[str], "str | None"]
# A site's (or CMS family's) article path rewrite: (host, path, query) → (path, query), else None.
Query = list[tuple[str, str]]
PathRewrite = Callable[[str, str, Query], "tuple[str, Query] | None"]


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
    # URL forms (crawler.pages.urls): other host spellings → the canonical host, …
    host_aliases: tuple[tuple[str, str], ...] = ()
    # … the one URL of an article in any of its forms, and alternative article paths.
    canonical_url: UrlRewrite | None = None
    canonical_path: PathRewrite | None = None

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the site's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_url(self, url: str) -> bool:
        """True when the URL has the form of an article page of this site."""
        return self.article_url is None or bool(self.article_url.search(url))
