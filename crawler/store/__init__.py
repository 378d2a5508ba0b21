"""The seen-store: the interface (`base`), SQLite (`sqlite`, the default) and Redis (`redis_store`).

`open_store(url)` picks the backend by the URL's scheme: a path or `sqlite:///path` (SQLite),
`redis://…` (Redis, needs the `distributed` extra). The scheme → class table is the setting
`SEEN_STORE_BACKENDS` (defaults below; a class path, loaded only when used, whose `from_url`
opens the store). `python -m crawler.store` shows what a store holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.utils.misc import load_object

from crawler.masking import mask_url
from crawler.store.base import (
    CRASHED,
    FINISHED,
    INTERRUPTED,
    RUNNING,
    RunRow,
    SeenStore,
    StoredArticle,
    failed_status,
    shown_status,
)
from crawler.store.sqlite import SqliteSeenStore

__all__ = [
    "CRASHED",
    "FINISHED",
    "INTERRUPTED",
    "RUNNING",
    "RunRow",
    "SeenStore",
    "SqliteSeenStore",
    "StoredArticle",
    "failed_status",
    "open_store",
    "shown_status",
    "store_backends",
    "store_url",
]

# Scheme → the store class for it (`SEEN_STORE_BACKENDS` adds to or replaces these).
DEFAULT_STORE_BACKENDS: dict[str, str] = {
    "": "crawler.store.sqlite.SqliteSeenStore",
    "sqlite": "crawler.store.sqlite.SqliteSeenStore",
    "redis": "crawler.store.redis_store.RedisSeenStore",
    "rediss": "crawler.store.redis_store.RedisSeenStore",
}


def store_backends(settings: Any = None) -> dict[str, str]:
    """The scheme → store class table: the defaults, updated with the SEEN_STORE_BACKENDS setting."""
    configured = settings.getdict("SEEN_STORE_BACKENDS") if settings is not None else {}
    return {**DEFAULT_STORE_BACKENDS, **{str(k): str(v) for k, v in configured.items()}}


def open_store(url: str, backends: Mapping[str, str] | None = None) -> SeenStore:
    """Open a store: a file path or `sqlite:///path` (SQLite), or `redis://host:port/db`."""
    scheme = urlsplit(url).scheme.lower() if "://" in url else ""
    path = (backends if backends is not None else DEFAULT_STORE_BACKENDS).get(scheme)
    if path is None:
        raise ValueError(
            f"unknown seen-store {mask_url(url)!r}: use a file path, sqlite:///path or redis://host/db"
        )
    store_class = load_object(path)
    store: SeenStore = store_class.from_url(url)
    return store


def store_url(settings: Any) -> str:
    """Where the settings put the store: SEEN_STORE, else `<OUTPUT_DIR>/seen.sqlite3`."""
    configured = str(settings.get("SEEN_STORE") or "")
    return configured or str(Path(str(settings.get("OUTPUT_DIR") or "data")) / "seen.sqlite3")
