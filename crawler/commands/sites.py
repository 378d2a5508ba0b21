"""`scrapy sites`: list the registered sites, their domains and where their articles are discovered.

scrapy sites              # every site
scrapy sites yonhap mk    # some of them
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.sites.registry import Site, all_sites


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


class Command(ScrapyCommand):
    """Print the registered sites (all, or the keys given)."""

    requires_project = True
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        """Usage line for `scrapy sites -h`."""
        return "[site key ...]"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "List the registered news sites and their discovery sources"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Print the table; an unknown key is a usage error naming the known keys."""
        registered = all_sites()
        unknown = [key for key in args if key not in registered]
        if unknown:
            raise UsageError(f"unknown site key(s) {', '.join(unknown)}; known keys: {', '.join(registered)}")
        chosen = [registered[key] for key in args] if args else list(registered.values())
        print(format_site_table(chosen))
        crawled = sum(1 for site in chosen if site.crawl)
        print(f"\n{len(chosen)} site(s), {crawled} crawled by `scrapy crawl news`")
