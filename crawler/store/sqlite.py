"""The seen-store in one SQLite file under `data/` (WAL mode: readers never block the crawl's writes)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawler.store.base import RunRow, SeenStore, StoredArticle

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    canonical_url TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    run_id TEXT NOT NULL,
    output TEXT NOT NULL,
    first_recorded_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_by_site ON articles (site);
CREATE TABLE IF NOT EXISTS url_keys (
    key TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    spider TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    output TEXT NOT NULL,
    synced_offset INTEGER NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    summary TEXT NOT NULL
);
"""


class SqliteSeenStore(SeenStore):
    """The seen-store in one SQLite file (WAL mode: readers never block the crawl's writes)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    @classmethod
    def from_url(cls, url: str) -> SqliteSeenStore:
        """Open the store at a path or `sqlite:///path`."""
        return cls(url.removeprefix("sqlite://"))

    def find(self, key: str) -> str | None:
        """The canonical URL of the article a canonical URL key leads to, or None when unseen."""
        row = self._db.execute("SELECT canonical_url FROM url_keys WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def article(self, canonical_url: str) -> StoredArticle | None:
        """The stored article under its canonical URL."""
        row = self._db.execute(
            "SELECT canonical_url, site, record_id, content_hash, run_id, output, recorded_at,"
            " first_recorded_at FROM articles WHERE canonical_url = ?",
            (canonical_url,),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def hash_owner(self, content_hash: str) -> str | None:
        """The canonical URL of the first article recorded with this content hash."""
        row = self._db.execute(
            "SELECT canonical_url FROM articles WHERE content_hash = ? ORDER BY first_recorded_at LIMIT 1",
            (content_hash,),
        ).fetchone()
        return str(row[0]) if row else None

    def record(
        self,
        articles: Sequence[StoredArticle],
        aliases: Sequence[tuple[str, str]] = (),
        *,
        run_id: str | None = None,
        synced_offset: int | None = None,
    ) -> None:
        """Atomically add articles, alias keys (key → canonical URL) and move a run's synced offset."""
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (canonical_url) DO UPDATE"
                " SET site = excluded.site, record_id = excluded.record_id,"
                " content_hash = excluded.content_hash, run_id = excluded.run_id,"
                " output = excluded.output, recorded_at = excluded.recorded_at",
                [
                    (
                        a.canonical_url,
                        a.site,
                        a.record_id,
                        a.content_hash,
                        a.run_id,
                        a.output,
                        a.first_recorded_at or a.recorded_at,
                        a.recorded_at,
                    )
                    for a in articles
                ],
            )
            keys = [(a.canonical_url, a.canonical_url) for a in articles] + list(aliases)
            db.executemany("INSERT OR REPLACE INTO url_keys VALUES (?, ?)", keys)
            if run_id is not None and synced_offset is not None:
                db.execute("UPDATE runs SET synced_offset = ? WHERE run_id = ?", (synced_offset, run_id))

    def forget(self, canonical_urls: Sequence[str]) -> int:
        """Remove these articles and every key leading to them (fetched again next time); how many."""
        with self._transaction() as db:
            rows = [(url,) for url in canonical_urls]
            before = db.total_changes
            db.executemany("DELETE FROM articles WHERE canonical_url = ?", rows)
            removed = db.total_changes - before
            db.executemany("DELETE FROM url_keys WHERE canonical_url = ?", rows)
        return removed

    def site_articles(self, site: str, since: str = "") -> list[str]:
        """Canonical URLs of a site's articles recorded at or after `since` (an ISO date or time)."""
        rows = self._db.execute(
            "SELECT canonical_url FROM articles WHERE site = ? AND recorded_at >= ? ORDER BY canonical_url",
            (site, since),
        )
        return [str(row[0]) for row in rows]

    def site_counts(self) -> dict[str, int]:
        """How many articles each site has recorded."""
        rows = self._db.execute("SELECT site, COUNT(*) FROM articles GROUP BY site ORDER BY site")
        return {str(site): int(count) for site, count in rows}

    def start_run(self, run: RunRow) -> None:
        """Remember a run that is starting (status `running`)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run.run_id,
                    run.spider,
                    run.started_at,
                    run.finished_at,
                    run.status,
                    run.output,
                    run.synced_offset,
                    run.host,
                    run.pid,
                    json.dumps(run.summary, ensure_ascii=False),
                ),
            )

    def finish_run(self, run_id: str, *, status: str, finished_at: str, summary: dict[str, Any]) -> None:
        """Close a run with its status and report summary."""
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET status = ?, finished_at = ?, summary = ? WHERE run_id = ?",
                (status, finished_at, json.dumps(summary, ensure_ascii=False), run_id),
            )

    def runs(self, *, status: str | None = None, limit: int | None = None) -> list[RunRow]:
        """Runs, newest first, optionally only those with one status."""
        sql = (
            "SELECT run_id, spider, started_at, status, output, synced_offset, host, pid, finished_at,"
            " summary FROM runs"
        )
        params: list[Any] = []
        if status is not None:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY started_at DESC, run_id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_run_row(row) for row in self._db.execute(sql, params)]

    def close(self) -> None:
        """Release the connection."""
        self._db.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


def _run_row(row: Sequence[Any]) -> RunRow:
    run_id, spider, started_at, status, output, synced_offset, host, pid, finished_at, summary = row
    return RunRow(
        run_id=run_id,
        spider=spider,
        started_at=started_at,
        status=status,
        output=output,
        synced_offset=int(synced_offset),
        host=host,
        pid=int(pid),
        finished_at=finished_at,
        summary=json.loads(summary or "{}"),
    )


class _Transaction:
    """`BEGIN IMMEDIATE` … `COMMIT` (or `ROLLBACK` on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
