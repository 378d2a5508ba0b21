"""Scrapy settings for the kr-technews crawler: polite defaults, UTF-8 JSON Lines output.

Settings users touch most (all overridable with `-s NAME=VALUE` or environment variables
where noted): CONTACT (TECHNEWS_CONTACT), MIRROR_URL, EXTRACT_ENABLED, FEEDS, the politeness
block below, and LOG_LEVEL.
"""

from __future__ import annotations

import os

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
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Backoff between retries: base * 2**attempt seconds, capped; a Retry-After header wins.
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Closest to the downloader: fetch https://host/path from MIRROR_URL/host/path when set.
    "crawler.middlewares.MirrorMiddleware": 960,
}

# --- Crawl a local mirror or replay instead of the live sites: MIRROR_URL=http://127.0.0.1:8000/
MIRROR_URL = os.environ.get("TECHNEWS_MIRROR_URL", "")

# --- Output: JSON Lines, UTF-8 (Hangul unescaped), keys in schema order. `-o`/`-O` replace this.
FEED_EXPORT_ENCODING = "utf-8"
FEEDS = {
    "data/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf8"},
}

# --- Extraction of organizations, conferences and paper counts for each record.
EXTRACT_ENABLED = True
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.RecordValidationPipeline": 800,
}

LOG_LEVEL = os.environ.get("TECHNEWS_LOG_LEVEL", "INFO")
LOGSTATS_INTERVAL = 60.0
