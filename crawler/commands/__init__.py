"""Project commands for `scrapy` (COMMANDS_MODULE): `crawl` with a meaningful exit status, and more.

Nothing outside `crawler.commands` imports from here: exit codes live in `crawler.runs.exit`.
"""

from __future__ import annotations

import gc
import logging
from typing import Any

from scrapy import signals
from scrapy.commands import BaseRunSpiderCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.extensions.feedexport import FeedExporter

from crawler.prestart import discard

logger = logging.getLogger(__name__)


def run_one_spider(command: BaseRunSpiderCommand, args: list[str], spargs: dict[str, Any]) -> Crawler | None:
    """Run the one spider a command names to its end; None (exit status 1) when it could not start."""
    if len(args) != 1:
        raise UsageError("give exactly one spider name")
    process = command.crawler_process
    assert process is not None
    crawler = process.create_crawler(args[0])
    crawler.signals.connect(_warn_if_feeds_unused, signal=signals.engine_started)
    crawler.signals.connect(_started, signal=signals.engine_started)
    process.crawl(crawler, **spargs)
    process.start()
    if process.bootstrap_failed:
        command.exitcode = 1
        return None
    return crawler


def _started() -> None:
    """Once the engine runs: stop an extraction worker started early that no pipeline took (they
    are all built by now), and move start-up's objects (modules, settings, the spider: about
    90,000) out of the garbage collector's reach, so that its full collections during the crawl
    no longer walk them (half of their cost in a 600-page crawl)."""
    discard()
    gc.freeze()


def _warn_if_feeds_unused(sender: Crawler, **_: Any) -> None:
    """Warn, as `scrapy crawl` does, when FEEDS are set but the feed exporter is switched off."""
    if sender.settings.getdict("FEEDS") and sender.get_extension(FeedExporter) is None:
        logger.warning(
            "The FeedExporter extension is not enabled, so no item will be "
            "exported to the configured feeds (FEEDS, -o, -O)."
        )
