"""Exit codes of a run: any component asks `scrapy crawl` to end non-zero with `fail_run()`.

The project's `crawl` command (`crawler.commands.crawl`) reads the code and reasons from the
run's stats when the crawl is over; the highest code asked for wins.
"""

from __future__ import annotations

from typing import Any

EXIT_CODE_STAT = "run/exit_code"
EXIT_REASON_STAT = "run/exit_reason"

WRITE_FAILED_EXIT_CODE = 1
SITE_HEALTH_EXIT_CODE = 2
NOTHING_REACHED_EXIT_CODE = 2  # bad arguments, no site reachable, no listed URL fetched or readable
REDIS_LOST_EXIT_CODE = 3
URLS_FAILED_EXIT_CODE = 4  # a URL-list run (`scrapy crawl urls`) in which some listed URLs failed


def fail_run(stats: Any, code: int, reason: str) -> None:
    """Ask `scrapy crawl` to exit with `code` (the highest asked for wins), recording why."""
    if stats is None:
        return
    if code > int(stats.get_value(EXIT_CODE_STAT, 0) or 0):
        stats.set_value(EXIT_CODE_STAT, code)
    reasons = list(stats.get_value(EXIT_REASON_STAT, []) or [])
    reasons.append(reason)
    stats.set_value(EXIT_REASON_STAT, reasons)
