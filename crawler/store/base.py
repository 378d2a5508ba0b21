"""The seen-store interface: which articles scheduled runs have recorded, where, and the runs.

Keys are canonical URLs (`crawler.pages.urls.canonicalize`). An article is stored once under its
record's `canonical_url`; every other URL that led to it (the URL as requested, a Naver copy, a
second URL of the same story found by content hash) is a key pointing at it. Each run row holds
its output file and `synced_offset`: the byte offset up to which the file's lines are in the
store. Articles and the offset move in one transaction, so after a crash the file beyond the
offset is exactly what still has to be marked seen (`crawler.runs.recovery`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crawler.pages.urls import canonicalize

RUNNING = "running"
FINISHED = "finished"
INTERRUPTED = "interrupted"
CRASHED = "crashed"  # killed (or the machine died) while running; its file settled by the next run


def failed_status(exit_code: int) -> str:
    """The status of a run that ran to its end but failed: `failed (exit 2)`."""
    return f"failed (exit {exit_code})"


def shown_status(status: str) -> str:
    """A run's status as people read it: `crashed` is shown as `killed`."""
    return "killed" if status == CRASHED else status


@dataclass(frozen=True)
class StoredArticle:
    """One recorded article: where it is and what identifies it."""

    canonical_url: str
    site: str
    record_id: str
    content_hash: str
    run_id: str
    output: str
    recorded_at: str
    first_recorded_at: str = ""


@dataclass
class RunRow:
    """One run of a spider as the store remembers it."""

    run_id: str
    spider: str
    started_at: str
    status: str = RUNNING
    output: str = ""
    synced_offset: int = 0
    host: str = ""
    pid: int = 0
    finished_at: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)


class SeenStore(ABC):
    """What a store must answer; SQLite here, Redis for distributed crawls."""

    location: str = ""

    @abstractmethod
    def find(self, key: str) -> str | None:
        """The canonical URL of the article a canonical URL key leads to, or None when unseen."""

    def contains(self, key: str) -> bool:
        """True when the canonical URL key leads to a recorded article."""
        return self.find(key) is not None

    @abstractmethod
    def article(self, canonical_url: str) -> StoredArticle | None:
        """The stored article under its canonical URL."""

    @abstractmethod
    def hash_owner(self, content_hash: str) -> str | None:
        """The canonical URL of the first article recorded with this content hash."""

    @abstractmethod
    def record(
        self,
        articles: Sequence[StoredArticle],
        aliases: Sequence[tuple[str, str]] = (),
        *,
        run_id: str | None = None,
        synced_offset: int | None = None,
    ) -> None:
        """Atomically add articles, alias keys (key → canonical URL) and move a run's synced offset."""

    @abstractmethod
    def site_counts(self) -> dict[str, int]:
        """How many articles each site has recorded."""

    @abstractmethod
    def start_run(self, run: RunRow) -> None:
        """Remember a run that is starting (status `running`)."""

    @abstractmethod
    def finish_run(self, run_id: str, *, status: str, finished_at: str, summary: dict[str, Any]) -> None:
        """Close a run with its status and report summary."""

    @abstractmethod
    def runs(self, *, status: str | None = None, limit: int | None = None) -> list[RunRow]:
        """Runs, newest first, optionally only those with one status."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def forget(self, canonical_urls: Sequence[str]) -> int:
        """Remove these articles and every key leading to them (fetched again next time); how many."""
        raise NotImplementedError(f"{type(self).__name__} cannot forget articles yet")

    def site_articles(self, site: str, since: str = "") -> list[str]:
        """Canonical URLs of a site's articles recorded at or after `since` (an ISO date or time)."""
        raise NotImplementedError(f"{type(self).__name__} cannot list a site's articles yet")

    def lookup(self, url: str) -> StoredArticle | None:
        """The stored article a URL (any spelling) leads to, or None."""
        owner = self.find(canonicalize(url))
        return self.article(owner) if owner else None
