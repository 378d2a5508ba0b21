"""A terminal a person can read: Scrapy's start-up lines and stats dump at DEBUG, no tracebacks.

`quiet_scrapy_logs(settings)` runs before Scrapy sets up logging (`scrapy crawl`'s options step).
Unless the command line asked for a log level (`-L INFO`, `--loglevel`, `-s LOG_LEVEL=…`, which
show everything as Scrapy prints it), Scrapy's banner, its lists of components and overridden
settings, "Spider opened/closed", the stats dump and its per-minute counter are logged at DEBUG,
and so is "Gave up retrying" (the spider logs one line per failed URL with its reason). Unless the
level is DEBUG, a record's traceback is cut to one line: the exception's type and message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

# Loggers whose INFO lines are Scrapy's start-up, shut-down and periodic chatter.
CHATTY_LOGGERS = (
    "scrapy.utils.log",
    "scrapy.addons",
    "scrapy.middleware",
    "scrapy.crawler",
    "scrapy.core.engine",
    "scrapy.statscollectors",
    "scrapy.extensions.logstats",
    "scrapy.extensions.telnet",
    "scrapy.extensions.remote_control",
)
# Lines one failed request repeats, beside the spider's own line about it (logger, message start).
REPEATED_FAILURES = (
    ("scrapy.downloadermiddlewares.retry", "Gave up retrying"),
    ("scrapy.downloadermiddlewares.robotstxt", "Error downloading"),
)


def asked_for_log_level(settings: BaseSettings) -> bool:
    """True when the command line set LOG_LEVEL (`-L`, `--loglevel`, `-s LOG_LEVEL=`)."""
    priority = settings.getpriority("LOG_LEVEL")
    return priority is not None and priority >= SETTINGS_PRIORITIES["cmdline"]


class DemoteToDebug(logging.Filter):
    """Log a record at DEBUG instead (when it is INFO, or starts with one of `prefixes`)."""

    def __init__(self, prefixes: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        """Lower the record's level; it is still handed to handlers (which drop it above DEBUG)."""
        matches = (
            any(str(record.msg).startswith(prefix) for prefix in self.prefixes)
            if self.prefixes
            else record.levelno == logging.INFO
        )
        if matches:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def one_line_exceptions(factory: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    """A log-record factory that replaces a traceback with `(Type: message)` at the end of the line."""

    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            text = f"{type(error).__name__}: {error}"
            if text not in record.getMessage():
                escaped = text.replace("%", "%%") if record.args else text
                record.msg = f"{record.msg} ({escaped})"
            record.exc_info, record.exc_text = None, None
        return record

    make.one_line = True  # type: ignore[attr-defined]
    return make


def quiet_scrapy_logs(settings: BaseSettings) -> None:
    """Demote Scrapy's chatter unless a log level was asked for; one-line tracebacks above DEBUG."""
    if not asked_for_log_level(settings):
        for name in CHATTY_LOGGERS:
            _add_once(logging.getLogger(name), DemoteToDebug())
        for name, prefix in REPEATED_FAILURES:
            _add_once(logging.getLogger(name), DemoteToDebug((prefix,)))
    level = str(settings.get("LOG_LEVEL") or "DEBUG").upper()
    factory = logging.getLogRecordFactory()
    if level != "DEBUG" and not getattr(factory, "one_line", False):
        logging.setLogRecordFactory(one_line_exceptions(factory))


def _add_once(logger: logging.Logger, added: DemoteToDebug) -> None:
    if not any(type(f) is DemoteToDebug and f.prefixes == added.prefixes for f in logger.filters):
        logger.addFilter(added)
