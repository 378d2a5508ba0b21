"""The registry of sites: every module in `crawler.sites` that defines `SITE` is registered.

A site is data (Fundus-style): its key, publisher, domains, where articles are discovered, and
the page classes that read its article and listing pages. A new outlet on a known CMS is one
`Site(...)` in a new module (or a second `SITE_*` in a family module: every module-level
`Site` instance is registered).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

import crawler.sites as sites_package
from crawler.discovery import ListingPage
from crawler.sites.base import ArticlePage


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
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the site's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_url(self, url: str) -> bool:
        """True when the URL has the form of an article page of this site."""
        return self.article_url is None or bool(self.article_url.search(url))


@cache
def all_sites() -> dict[str, Site]:
    """Every registered site by key, from the modules of `crawler.sites`."""
    found: dict[str, Site] = {}
    for info in sorted(pkgutil.iter_modules(sites_package.__path__), key=lambda m: m.name):
        if info.name in {"base", "registry"} or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{sites_package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Site):
                if value.key in found and found[value.key] is not value:
                    raise ValueError(
                        f"site key {value.key!r} registered twice (crawler/sites/{info.name}.py)"
                    )
                found[value.key] = value
    return dict(sorted(found.items()))


def site_for_url(url: str) -> Site | None:
    """The registered site that owns a URL, or None (the generic parser reads it then)."""
    matches = [s for s in all_sites().values() if s.owns(url)]
    if not matches:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return max(matches, key=lambda s: max(len(d) for d in s.domains if host == d or host.endswith("." + d)))


def page_for(url: str, html: str) -> tuple[str, ArticlePage]:
    """The site key and page object that should read an article page at this URL."""
    site = site_for_url(url)
    if site is None:
        return "generic", ArticlePage(url, html)
    return site.key, site.article_page(url, html)
