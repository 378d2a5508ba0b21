"""Project commands for `scrapy` (COMMANDS_MODULE): `crawl` with a meaningful exit status, and more."""

from __future__ import annotations

from typing import Any

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
