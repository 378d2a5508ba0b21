"""`scrapy seed SPIDER`: push a spider's start requests into the shared Redis queue, then exit.

    scrapy seed news -a sites=aitimes,zdnet -s REDIS_URL=redis://redis-host:6379/0

Runs the spider's `start()` (with its `-a` arguments) through the spider middlewares and the
shared dupefilter, fetches nothing, and prints how many requests went into the queue. Workers
(`scrapy crawl SPIDER -s REDIS_URL=…`) fetch them. When no crawl is in progress (empty queue,
nothing in flight) the seed starts a new crawl and clears the shared dupefilter; during a crawl it
adds only requests the crawl has not scheduled yet.
"""

from __future__ import annotations

import argparse
import os
import shlex
from typing import Any

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

from crawler.commands import run_one_spider
from crawler.commands.crawl import Command as CrawlCommand
from crawler.distributed.config import DistributedConfig, DistributedConfigError, mask_url


def worker_command(spider: str, spider_args: dict[str, Any], settings: BaseSettings) -> str:
    """The `scrapy crawl` line for workers: the seed's -a arguments (but `sites`) and the masked URL.

    Callbacks run on each worker's own spider, so arguments like max_pages, since and until must
    be the same there; `sites` is not needed (every request carries its site).
    """
    words = ["scrapy", "crawl", spider]
    for name, value in spider_args.items():
        if name != "sites":
            words += ["-a", f"{name}={value}"]
    url = str(settings.get("REDIS_URL") or "")
    words += ["-s", f"REDIS_URL={mask_url(url)}"] if url else ["-s", "DISTRIBUTED=1"]
    return shlex.join(words)


class Command(CrawlCommand):
    """Seed a distributed crawl: the spider's start requests into Redis, nothing fetched."""

    def syntax(self) -> str:
        """Usage line for `scrapy seed -h`."""
        return "[options] <spider>"

    def short_desc(self) -> str:
        """One line for `scrapy -h`."""
        return "Push a spider's start requests into the shared Redis queue (distributed crawl)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Check that the crawl is distributed and switch the run to the seed role."""
        super().process_options(args, opts)
        assert self.settings is not None
        self.settings.set("DISTRIBUTED_ROLE", "seed", priority="cmdline")
        try:
            config = DistributedConfig.from_settings(self.settings, os.environ)
        except DistributedConfigError as exc:
            raise UsageError(str(exc), print_help=False) from None
        if config is None:
            raise UsageError(
                "scrapy seed needs a Redis URL: -s REDIS_URL=redis://host:6379/0 "
                "(or -s DISTRIBUTED=1 with the REDIS_URL environment variable)",
                print_help=False,
            )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Run the spider in the seed role and print what was pushed."""
        assert self.settings is not None
        crawler = run_one_spider(self, args, opts.spargs)
        if crawler is None:
            return
        stats = crawler.stats
        pushed = int(stats.get_value("scheduler/enqueued/redis", 0) or 0) if stats else 0
        filtered = int(stats.get_value("dupefilter/filtered", 0) or 0) if stats else 0
        print(f"seeded {pushed} requests for {args[0]} ({filtered} already scheduled in this crawl)")
        print(f"start workers with: {worker_command(args[0], opts.spargs, self.settings)}")
        if stats is not None and int(stats.get_value("spider_exceptions/count", 0) or 0):
            self.exitcode = 1
