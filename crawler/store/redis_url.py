"""Redis URLs and connections, shared by the Redis seen-store and the distributed crawl.

The password comes from the URL or the REDIS_PASSWORD environment variable and is never logged:
`remember_url` keeps the real URL in this process and hands out a masked one for settings and
logs; `connect` takes either. Masking is `crawler.masking.mask_url`, the one every log line uses. `redis` is imported only when a connection is made, so local
crawls run without the `distributed` extra installed.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from crawler.masking import MASK, UrlError, mask_url, split_url

if TYPE_CHECKING:
    import redis

__all__ = [
    "MASK",
    "DistributedConfigError",
    "connect",
    "mask_url",
    "real_url",
    "remember_url",
    "url_has_password",
]


class DistributedConfigError(ValueError):
    """A distributed setting is missing or malformed, or Redis unreachable; the message names it."""


def url_has_password(url: str) -> bool:
    """True when the URL itself carries a password."""
    parts = urlsplit(url)
    in_query = any(k.lower() == "password" for k, _ in parse_qsl(parts.query))
    return parts.password is not None or in_query


# Real URLs of the masked ones this process has handed out (settings hold only masked URLs).
_CREDENTIALS: dict[str, str] = {}


def remember_url(url: str) -> str:
    """Keep the real URL in this process and return the masked one to put into settings or logs."""
    masked = mask_url(url)
    _CREDENTIALS[masked] = url
    return masked


def real_url(url: str) -> str:
    """The real URL behind a masked one handed out by `remember_url` (other URLs unchanged)."""
    return _CREDENTIALS.get(url, url)


def connect(url: str, password: str | None = None) -> redis.Redis:
    """A Redis client (bytes responses) with sane timeouts, pinged; a clear error names the masked URL.

    `url` may be a masked URL from `remember_url`. The password comes from the URL, else from
    `password`, else from the REDIS_PASSWORD environment variable.
    """
    import redis

    url = real_url(url)
    password = password or os.environ.get("REDIS_PASSWORD") or None
    kwargs: dict[str, Any] = {
        "socket_timeout": 30,
        "socket_connect_timeout": 10,
        "retry_on_timeout": True,
        "health_check_interval": 30,
    }
    if password and not url_has_password(url):
        kwargs["password"] = password
    try:
        split_url(url, "the Redis URL")
        client: redis.Redis = redis.Redis.from_url(url, **kwargs)
    except ValueError as exc:  # redis-py's own messages may quote the URL: never shown
        reason = exc.reason if isinstance(exc, UrlError) else "redis cannot use it"
        raise DistributedConfigError(f"the Redis URL {mask_url(url)!r} is not usable: {reason}") from None
    try:
        client.ping()
    except redis.RedisError as exc:
        raise DistributedConfigError(f"cannot reach Redis at {mask_url(url)}: {exc}") from None
    return client
