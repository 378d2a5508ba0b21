"""Project commands for `scrapy` (COMMANDS_MODULE): `crawl` with a meaningful exit status, and more."""

from __future__ import annotations

from typing import Any

from scrapy.commands import BaseRunSpiderCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError

EXIT_CODE_STAT = "run/exit_code"
EXIT_REASON_STAT = "run/exit_reason"


def fail_run(stats: Any, code: int, reason: str) -> None:
    """Ask `scrapy crawl` to exit with `code` (the highest asked for wins), recording why."""
    if stats is None:
        return
    if code > int(stats.get_value(EXIT_CODE_STAT, 0) or 0):
        stats.set_value(EXIT_CODE_STAT, code)
    reasons = list(stats.get_value(EXIT_REASON_STAT, []) or [])
    reasons.append(reason)
    stats.set_value(EXIT_REASON_STAT, reasons)


def run_one_spider(command: BaseRunSpiderCommand, args: list[str], spargs: dict[str, Any]) -> Crawler | None:
    """Run the one spider a command names to its end; None (exit status 1) when it could not start."""
    if len(args) != 1:
        raise UsageError("give exactly one spider name")
    process = command.crawler_process
    assert process is not None
    crawler = command._create_crawler(args[0])  # Scrapy's own: warns when FEEDS go unused
    process.crawl(crawler, **spargs)
    process.start()
    if process.bootstrap_failed:
        command.exitcode = 1
        return None
    return crawler
