"""`scrapy sites`: list the registered sites, their domains and where their articles are discovered.

scrapy sites              # every site
scrapy sites yonhap mk    # some of them
"""

from __future__ import annotations

import argparse
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.pages.registry import all_sites, format_site_table


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
