"""Exit codes of a run: any component asks `scrapy crawl` to end non-zero with `fail_run()`.

The project's `crawl` command (`crawler.commands.crawl`) reads the code and reasons from the
run's stats when the crawl is over; the most severe code asked for wins: the highest, except
that BAD_INPUT_EXIT_CODE (some input was bad and skipped, everything else was done) gives way to
every other code.
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
# sysexits.h numbers, so they never meet the small codes above: EX_DATAERR, EX_TEMPFAIL
BAD_INPUT_EXIT_CODE = 65  # a feed entry, sitemap entry or XML document was bad: skipped, the rest done
DATA_DIR_LOCKED_EXIT_CODE = 75  # another run holds the data dir's lock: this one did not start


def severity(code: int) -> int:
    """How much a code outranks others: the code itself, bad input below every failure."""
    return 0 if code == BAD_INPUT_EXIT_CODE else code


def fail_run(stats: Any, code: int, reason: str) -> None:
    """Ask `scrapy crawl` to exit with `code` (the most severe asked for wins), recording why."""
    if stats is None:
        return
    current = int(stats.get_value(EXIT_CODE_STAT, 0) or 0)
    if not current or severity(code) > severity(current):
        stats.set_value(EXIT_CODE_STAT, code)
    reasons = list(stats.get_value(EXIT_REASON_STAT, []) or [])
    reasons.append(reason)
    stats.set_value(EXIT_REASON_STAT, reasons)
