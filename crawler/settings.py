"""Scrapy settings for the kr-technews crawler: polite defaults, UTF-8 JSON Lines output.

Settings users touch most (all overridable with `-s NAME=VALUE` or environment variables
where noted): CONTACT (TECHNEWS_CONTACT), MIRROR_URL, EXTRACT_ENABLED, FEEDS, the politeness
block below, and LOG_LEVEL.
"""

from __future__ import annotations

import os
import sys

from crawler.prestart import prestart

# --- Extraction on or off, and its worker process started right here: the settings are the first
# project code a `scrapy crawl` runs (0.25 s in, 0.3 s before its first page), so the worker loads
# Kiwi on the other core while Scrapy starts (crawler/prestart.py; `-s EXTRACT_WORKER_PRESTART=0`:
# with the run's first article page instead, and a run that fetches none never loads Kiwi).
EXTRACT_ENABLED = True
EXTRACT_WORKER_PRESTART = True
prestart(sys.argv, enabled=EXTRACT_ENABLED, prestart=EXTRACT_WORKER_PRESTART)

# Loaded here, while few modules are: importing it builds deprecated-class aliases that call
# inspect.stack(), whose cost grows with every module already loaded (0.4 s at start-up otherwise).
import scrapy.core.downloader.handlers.http11  # noqa: E402, F401
from scrapy.settings.default_settings import EXTENSIONS_BASE as _SCRAPY_EXTENSIONS  # noqa: E402

BOT_NAME = "kr-technews"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# --- Identity: an honest User-Agent with a way to reach whoever runs the crawl.
CONTACT = os.environ.get("TECHNEWS_CONTACT", "set TECHNEWS_CONTACT to your e-mail or URL")
USER_AGENT = f"kr-technews/0.1 (news research crawler; +{CONTACT})"

# --- Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# A page gives one article (or a listing's requests): Scrapy starts CONCURRENT_ITEMS tasks for
# every response's output (100 by default), most of a fast crawl's event-loop work.
CONCURRENT_ITEMS = 8
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Backoff between retries: base * 2**attempt seconds, capped; a Retry-After header wins.
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
COOKIES_ENABLED = False
# Scrapy's consoles stay off: nothing listens besides the crawl itself. The telnet console, and
# Scrapy 2.19's RemoteControl (an HTTP server that runs posted Python code), left out of Scrapy's
# base extensions so that it is not even imported (its module imports aiohttp: 70 ms at start-up;
# a `None` entry in EXTENSIONS would still import it to resolve the name).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS_BASE = {
    path: order for path, order in _SCRAPY_EXTENSIONS.items() if not path.endswith(".RemoteControl")
}

# --- Limits: a page (or a sitemap, or a body after gzip/deflate/br decompression) over
# DOWNLOAD_MAXSIZE is refused with a message naming the setting; over DOWNLOAD_WARNSIZE it is
# logged. Scrapy's defaults (1 GB / 32 MB) let one hostile page take minutes and gigabytes.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# The memory-usage extension warns (it never stops the crawl) past this peak; Kiwi alone is ~500 MB.
MEMUSAGE_WARNING_MB = 1536
# Discovery input (crawler/spiders/news_sources.py): entries read from one sitemap (the protocol's
# own limit), levels of sitemap indexes followed below a site's own sitemaps, child sitemaps
# followed per site and run; how long one page may take to read (off the reactor thread).
SITEMAP_MAX_ENTRIES = 50_000
SITEMAP_MAX_DEPTH = 2
SITEMAP_MAX_FOLLOWED = 1_000
PAGE_MAX_CHARS = 500_000  # characters of a page's HTML read (a longer page: its start, and a warning)
PAGE_PARSE_TIMEOUT = 20.0
# Under scrapyd, `scrapy crawl urls -a file=…` reads only files inside this folder ("" = none).
URLS_FILE_DIR = os.environ.get("TECHNEWS_URLS_FILE_DIR", "")

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Closest to the downloader: fetch https://host/path from MIRROR_URL/host/path when set.
    "crawler.middlewares.MirrorMiddleware": 960,
    # Engine side of everything: counts requests that ended in an error or were refused.
    "crawler.runs.monitor.RunMonitorDownloaderMiddleware": 40,
    # After robots.txt (100), engine side of retries: a spider with fail_fast_hosts skips hosts found down.
    "crawler.middlewares.UnreachableHostMiddleware": 500,
}

# --- Crawl a local mirror or replay instead of the live sites: MIRROR_URL=http://127.0.0.1:8000/
MIRROR_URL = os.environ.get("TECHNEWS_MIRROR_URL", "")

# --- Output: JSON Lines, UTF-8 (Hangul unescaped), keys in schema order, written by the project's
# writer (crawler/runs/writer.py) to OUTPUT_DIR/OUTPUT_PATH_TEMPLATE, fsynced in batches, then marked
# seen. `-o`/`-O` (any FEEDS) make it step aside for Scrapy's feed exporter: a one-off run.
FEED_EXPORT_ENCODING = "utf-8"
FEEDS: dict[str, dict[str, str]] = {}
OUTPUT_DIR = os.environ.get("TECHNEWS_DATA_DIR", "data")
OUTPUT_PATH_TEMPLATE = "{spider}/{date}/{run_id}.jsonl"  # also {run_id}.report.json beside it
WRITER_BATCH_SIZE = 50
WRITER_FLUSH_SECONDS = 5.0

# --- Scheduled runs (docs/scheduling.md): only new articles, crash-safe, loud when a site breaks.
SEEN_STORE = os.environ.get("TECHNEWS_SEEN_STORE", "")  # "" = OUTPUT_DIR/seen.sqlite3; or redis://…
REFETCH = False  # or -a refetch=1: crawl article pages already recorded
WRITE_DUPLICATES = False  # write a second URL of a story already recorded (same content hash)
REPORT_MIN_COMPLETENESS = 0.8  # share of article pages with title, date and body below which a site fails
REPORT_MIN_PAGES = 3  # fewer article pages than this in a run: completeness is not judged
# Progress: a live bar on a terminal (PROGRESS=auto|bar), else plain lines (PROGRESS=lines) after
# PROGRESS_INTERVAL seconds and then at doubling intervals up to PROGRESS_MAX_INTERVAL; or off.
PROGRESS = os.environ.get("TECHNEWS_PROGRESS", "auto")
PROGRESS_INTERVAL = 30.0
PROGRESS_MAX_INTERVAL = 600.0
SPIDER_MIDDLEWARES = {
    "crawler.runs.lock.LockedOutGate": 900,
    "crawler.runs.monitor.RunMonitorSpiderMiddleware": 850,
    "crawler.runs.seen.SeenFilterMiddleware": 840,
}
# One run per data dir: a second one over the same OUTPUT_DIR does nothing and exits 75.
EXTENSIONS = {
    "crawler.runs.lock.DataDirLock": 0,
    "crawler.runs.monitor.RunMonitor": 500,
}

# --- Extraction of organizations, conferences and paper counts for each record (EXTRACT_ENABLED: above).
EXTRACT_MAX_CHARS = 50_000  # a longer text is cut at a paragraph boundary before extraction (logged)
# Records are extracted in batches (one Kiwi call over all cores) of EXTRACT_BATCH_SIZE, a batch
# waiting at most EXTRACT_BATCH_WAIT seconds to fill; records that wait while the worker is busy
# go in one batch of up to EXTRACT_BATCH_MAX_SIZE (crawler/batches.py).
EXTRACT_BATCH_SIZE = 16
EXTRACT_BATCH_WAIT = 0.5
EXTRACT_BATCH_MAX_SIZE = 64
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.RecordValidationPipeline": 800,
    "crawler.runs.once.OnceInRunPipeline": 850,  # -o/-O runs: each story once (the writer does it itself)
    "crawler.runs.writer.JsonLinesWriter": 900,
}

LOG_LEVEL = os.environ.get("TECHNEWS_LOG_LEVEL", "INFO")
LOGSTATS_INTERVAL = 60.0  # logged at DEBUG unless a log level is asked for (crawler/runs/logs.py)

# --- Distributed crawling (crawler/distributed/, docs/distributed.md): with -s REDIS_URL=redis://…
# every worker shares one Redis request queue, dupefilter and seen-store; `scrapy seed news`
# pushes the start requests. Without REDIS_URL the add-on does nothing.
ADDONS = {"crawler.distributed.DistributedAddon": 0}
