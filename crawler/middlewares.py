"""Downloader middlewares: crawling a mirror under the real URLs, and retries with backoff."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)

ORIGINAL_URL_META = "mirror_original_url"


def mirror_url_for(url: str, mirror: str) -> str:
    """Where a real URL lives on a mirror: `https://host/p?q` → `<mirror>/host/p?q`."""
    parts = urlsplit(url)
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.netloc}{path}{query}"


class MirrorMiddleware:
    """Fetch every request from MIRROR_URL while spiders, records and robots.txt see the real URL.

    With `MIRROR_URL=http://127.0.0.1:8000/`, `https://www.yna.co.kr/view/X` is downloaded from
    `http://127.0.0.1:8000/www.yna.co.kr/view/X`; the response is handed back under the real URL.
    Used by the tests' replay server, and by users who crawl a saved copy of a site.
    """

    def __init__(self, mirror: str) -> None:
        self.mirror = mirror.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MirrorMiddleware:
        """Build from the MIRROR_URL setting; an empty setting leaves requests alone."""
        return cls(crawler.settings.get("MIRROR_URL") or "")

    def process_request(self, request: Request) -> Request | None:
        """Send the request to the mirror, remembering the real URL."""
        if not self.mirror or ORIGINAL_URL_META in request.meta or request.url.startswith(self.mirror):
            return None
        meta = {**request.meta, ORIGINAL_URL_META: request.url}
        # Politeness follows the real site: one download slot per real host, not one for the mirror.
        meta.setdefault("download_slot", urlsplit(request.url).hostname or "")
        return request.replace(url=mirror_url_for(request.url, self.mirror), meta=meta)

    def process_response(self, request: Request, response: Response) -> Response:
        """Give the response back under the real URL."""
        original = request.meta.get(ORIGINAL_URL_META)
        if not original:
            return response
        return response.replace(url=original, request=request.replace(url=original))


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but each retry waits: exponential backoff, or the server's Retry-After."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def delay_for(self, request: Request, response: Response | None) -> float:
        """How long to wait before retrying this request (capped at RETRY_BACKOFF_MAX)."""
        attempt = int(request.meta.get("retry_times", 0))
        delay = self.backoff_base * (2**attempt)
        if response is not None:
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                delay = asked
        return max(0.0, min(delay, self.backoff_max))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        """Retry retryable statuses after a backoff delay."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._sleep(self.delay_for(request, response), request)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        """Retry network errors after a backoff delay."""
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._sleep(self.delay_for(request, None), request)
        return retry

    @staticmethod
    async def _sleep(delay: float, request: Request) -> None:
        if delay > 0:
            logger.debug("retrying %s in %.1fs", request.url, delay)
            await asyncio.sleep(delay)


# Failures that say a host cannot be reached at all (not a slow page): no DNS name, nobody listening.
HOST_DOWN_ERRORS = frozenset(
    {"CannotResolveHostError", "DNSLookupError", "DownloadConnectionRefusedError", "ConnectionRefusedError"}
    | {"NoRouteError", "ConnectError"}
)


class HostUnreachableError(Exception):
    """A request not sent because an earlier request to its host could not reach it."""

    def __init__(self, host: str, reason: str, first_error: str) -> None:
        super().__init__(f"{host} is unreachable (an earlier request: {first_error})")
        self.host = host
        self.failure_reason = reason  # the earlier request's reason: `connection-refused`, `dns`


class UnreachableHostMiddleware:
    """For spiders with `fail_fast_hosts = True`: once a host is down, its other requests fail at once.

    A URL list of 600 pages on a host with no DNS name would otherwise wait for the retries and
    backoff of every single page. A host counts as down when a request to it still failed after
    its retries with an error that means nobody answers there (DNS, refused connection); its
    robots.txt gets one attempt. Timeouts and HTTP errors do not count. Hosts are the real ones
    (before MIRROR_URL). Sits after robots.txt and before retries (its order in settings).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.down: dict[str, tuple[str, str]] = {}  # host → (reason, error message)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnreachableHostMiddleware:
        """Build the middleware."""
        return cls(crawler)

    def _active(self) -> bool:
        return bool(getattr(self.crawler.spider, "fail_fast_hosts", False))

    def process_request(self, request: Request) -> None:
        """Fail a request to a host already known to be down (no retries: the host was retried)."""
        if not self._active():
            return
        url = request.meta.get(ORIGINAL_URL_META) or request.url
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            request.meta.setdefault("dont_retry", True)
        host = parts.hostname or ""
        if host in self.down:
            reason, error = self.down[host]
            request.meta["dont_retry"] = True
            raise HostUnreachableError(host, reason, error)

    def process_exception(self, request: Request, exception: Exception) -> None:
        """Remember a host whose request failed (after retries) because nobody answers there."""
        name = type(exception).__name__
        if not self._active() or name not in HOST_DOWN_ERRORS:
            return
        host = urlsplit(request.meta.get(ORIGINAL_URL_META) or request.url).hostname or ""
        if host and host not in self.down:
            reason = "dns" if "DNS" in name or "Resolve" in name else "connection-refused"
            if name in {"NoRouteError", "ConnectError"}:
                reason = "connect"
            self.down[host] = (reason, str(exception) or name)
            logger.warning("%s is unreachable (%s): its other requests fail without being sent", host, reason)
