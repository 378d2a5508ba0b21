"""What a request says about itself: the request-meta keys every spider sets, declared once.

Every request of a crawl carries `meta={"page_kind": ARTICLE|LISTING|FEED|SITEMAP, "site": key}`;
the seen filter, the writer and the run monitor rely on nothing else. A page that gave no
record tells the monitor why under `NO_RECORD` (a `crawler.pages.article.NoRecord`).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import Response

from crawler.pages.outcome import NoRecord
from crawler.pages.registry import site_for_url

PAGE_KIND = "page_kind"
SITE = "site"
NO_RECORD = "no_record"
# Why an article page could not be read (`parse error: ValueError`): a failure, not a skipped page.
PARSE_FAILED = "parse_failed"
# Other URLs of the record an article page gave (the original of a Naver copy): store keys too.
OTHER_KEYS = "other_keys"
ARTICLE, LISTING, FEED, SITEMAP = "article", "listing", "feed", "sitemap"


def page_kind(request: Request | Response | None) -> str | None:
    """The page kind a request carries (`article`, `listing`, `feed`, `sitemap`), or None."""
    try:
        meta = request.meta if request is not None else {}
    except AttributeError:  # a Response built without a request
        return None
    kind = meta.get(PAGE_KIND)
    return str(kind) if kind else None


def site_of(request: Request | Response) -> str:
    """The site key a request carries, else the registered site owning its URL, else `generic`."""
    try:
        key = request.meta.get(SITE)
    except AttributeError:
        key = None
    if key:
        return str(key)
    site = site_for_url(request.url)
    return site.key if site else "generic"


def no_record_of(response: Response) -> NoRecord | None:
    """Why an article page gave no record, when the spider said so."""
    try:
        found = response.meta.get(NO_RECORD)
    except AttributeError:
        return None
    return found if isinstance(found, NoRecord) else None
