"""The registry of sites: every module-level `Site` of the modules in `crawler.sites`.

The site modules are loaded by name (`importlib`), as plugins: they import the page classes
of `crawler.pages`, and nothing in `crawler.pages` imports them.

A site is data (Fundus-style): its key, publisher, domains, where articles are discovered, and
the page classes that read its article and listing pages. A new outlet on a known CMS is one
`Site(...)` in a new module (or a second `SITE_*` in a family module: every module-level
`Site` instance is registered).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from crawler.pages.site import PathRewrite, Site, UrlRewrite

SITES_PACKAGE = "crawler.sites"


@cache
def all_sites() -> dict[str, Site]:
    """Every registered site by key, from the modules of `crawler.sites`."""
    found: dict[str, Site] = {}
    package = importlib.import_module(SITES_PACKAGE)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{SITES_PACKAGE}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Site):
                if value.key in found and found[value.key] is not value:
                    raise ValueError(
                        f"site key {value.key!r} registered twice (crawler/sites/{info.name}.py)"
                    )
                found[value.key] = value
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class UrlRules:
    """The URL forms every registered site declares, gathered for `crawler.pages.urls.canonicalize`."""

    host_aliases: dict[str, str]
    url_rewrites: tuple[UrlRewrite, ...]
    path_rewrites: tuple[PathRewrite, ...]


@cache
def url_rules() -> UrlRules:
    """The host aliases, whole-URL and path rewrites of all sites (a CMS family's rewrite once)."""
    sites = list(all_sites().values())
    aliases = {alias: host for site in sites for alias, host in site.host_aliases}
    urls = [site.canonical_url for site in sites if site.canonical_url is not None]
    paths = [site.canonical_path for site in sites if site.canonical_path is not None]
    return UrlRules(aliases, tuple(dict.fromkeys(urls)), tuple(dict.fromkeys(paths)))


def site_for_url(url: str) -> Site | None:
    """The registered site that owns a URL, or None (the generic parser reads it then).

    The site with the longest domain the host is or ends in wins (`news.example.com` over
    `example.com`); of two sites with the same domain, the first by key.
    """
    by_domain = _sites_by_domain()
    labels = (urlsplit(url).hostname or "").lower().split(".")
    for start in range(len(labels)):  # the host itself, then each parent domain, longest first
        site = by_domain.get(".".join(labels[start:]))
        if site is not None:
            return site
    return None


@cache
def _sites_by_domain() -> dict[str, Site]:
    by_domain: dict[str, Site] = {}
    for site in all_sites().values():
        for domain in site.domains:
            by_domain.setdefault(domain, site)
    return by_domain


def site_sources(site: Site) -> list[str]:
    """The discovery sources of a site, one `kind url` string each."""
    return [
        *(f"feed     {url}" for url in site.feeds),
        *(f"sitemap  {url}" for url in site.sitemaps),
        *(f"archive  {url}  (with -a since=)" for url in site.archive_sitemaps),
        *(f"listing  {url}" for url in site.listings),
    ]


def format_site_table(sites: Iterable[Site]) -> str:
    """A readable listing of sites: key, name, whether `news` crawls it, domains, sources, parser."""
    lines: list[str] = []
    for site in sites:
        crawled = "crawled" if site.crawl else "not crawled (crawl=False)"
        lines.append(f"{site.key}  {site.name}  [{crawled}]  {', '.join(site.domains)}")
        lines.append(f"    parser   {site.article_page.__module__}.{site.article_page.__name__}")
        if site.listing_page is not None:
            lines.append(f"    listings {site.listing_page.__module__}.{site.listing_page.__name__}")
        sources = site_sources(site)
        lines.extend(f"    {source}" for source in sources)
        if not sources:
            lines.append("    (no discovery source: reached only through `scrapy crawl urls`)")
        if site.notes:
            lines.append(f"    notes    {site.notes}")
    return "\n".join(lines)
