"""The seen-store: which articles scheduled runs have recorded, where, and the history of runs.

Keys are canonical URLs (`crawler.canonical.canonicalize`). An article is stored once under its
record's `canonical_url`; every other URL that led to it (the URL as requested, a Naver copy, a
second URL of the same story found by content hash) is a key pointing at it. Each run row holds
its output file and `synced_offset`: the byte offset up to which the file's lines are in the
store. Articles and the offset move in one transaction, so after a crash the file beyond the
offset is exactly what still has to be marked seen (`crawler.writer.recover_runs`).

`SeenStore` is the interface; `SqliteSeenStore` (WAL mode, one file under `data/`) is the
default. `open_store(url)` takes a path, `sqlite:///path`, or `redis://…` for the distributed
implementation plugged in through `STORE_BACKENDS`.

`python -m crawler.store` (or `scrapy store`) shows what the store holds.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.canonical import canonicalize

RUNNING = "running"
FINISHED = "finished"
INTERRUPTED = "interrupted"
CRASHED = "crashed"


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

    def lookup(self, url: str) -> StoredArticle | None:
        """The stored article a URL (any spelling) leads to, or None."""
        owner = self.find(canonicalize(url))
        return self.article(owner) if owner else None


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


def _open_sqlite(url: str) -> SeenStore:
    return SqliteSeenStore(url.removeprefix("sqlite://"))


def _open_redis(url: str) -> SeenStore:
    from crawler.redis_store import RedisSeenStore  # optional: needs the `distributed` extra

    return RedisSeenStore.from_url(url)


# Scheme → opener. A distributed backend registers itself here (e.g. `redis`).
STORE_BACKENDS: dict[str, Callable[[str], SeenStore]] = {
    "": _open_sqlite,
    "sqlite": _open_sqlite,
    "redis": _open_redis,
    "rediss": _open_redis,
}


def open_store(url: str) -> SeenStore:
    """Open a store: a file path or `sqlite:///path` (SQLite), or `redis://host:port/db`."""
    scheme = urlsplit(url).scheme.lower() if "://" in url else ""
    opener = STORE_BACKENDS.get(scheme)
    if opener is None:
        raise ValueError(f"unknown seen-store {url!r}: use a file path, sqlite:///path or redis://host/db")
    return opener(url)


def store_url(settings: Any) -> str:
    """Where the settings put the store: SEEN_STORE, else `<OUTPUT_DIR>/seen.sqlite3`."""
    configured = str(settings.get("SEEN_STORE") or "")
    return configured or str(Path(str(settings.get("OUTPUT_DIR") or "data")) / "seen.sqlite3")


# --- command line -------------------------------------------------------------------------
def summary(store: SeenStore, *, runs: int = 5) -> dict[str, Any]:
    """What the store holds: articles per site and the latest runs."""
    counts = store.site_counts()
    return {
        "store": store.location,
        "articles": sum(counts.values()),
        "sites": counts,
        "runs": [asdict(run) for run in store.runs(limit=runs)],
    }


def _print_summary(info: dict[str, Any]) -> None:
    print(f"store {info['store']}: {info['articles']} articles")
    for site, count in info["sites"].items():
        print(f"  {site:<24} {count:>8}")
    print("latest runs:")
    for run in info["runs"]:
        totals = run["summary"].get("totals", {})
        written = totals.get("written", "?")
        print(
            f"  {run['run_id']}  {run['spider']:<10} {run['status']:<12} started {run['started_at']}"
            f"  written {written}  {run['output']}"
        )


def main(argv: Iterable[str] | None = None, *, default_store: str | None = None) -> int:
    """`python -m crawler.store [--store URL] [--json] [summary|lookup URL…|runs]`."""
    parser = argparse.ArgumentParser(prog="python -m crawler.store", description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="store location (default: the project settings' SEEN_STORE)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("-n", "--runs", type=int, default=5, help="how many recent runs to show")
    parser.add_argument("action", nargs="?", default="summary", choices=["summary", "lookup", "runs"])
    parser.add_argument("urls", nargs="*", help="URLs to look up (with `lookup`)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    location = args.store or default_store or _project_store_url()
    if "://" not in location and not Path(location).exists():
        print(f"no seen-store at {location} (no scheduled run has written there yet)", file=sys.stderr)
        return 1
    store = open_store(location)
    try:
        if args.action == "lookup":
            if not args.urls:
                parser.error("lookup needs at least one URL")
            found = {url: store.lookup(url) for url in args.urls}
            if args.json:
                print(json.dumps({u: asdict(a) if a else None for u, a in found.items()}, ensure_ascii=False))
            else:
                for url, hit in found.items():
                    print(f"{url}\n  " + (_describe(hit) if hit else "not recorded"))
            return 0 if all(found.values()) else 3
        if args.action == "runs":
            rows = [asdict(run) for run in store.runs(limit=args.runs)]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        info = summary(store, runs=args.runs)
        if args.json:
            print(json.dumps(info, ensure_ascii=False, indent=2))
        else:
            _print_summary(info)
        return 0
    finally:
        store.close()


def _describe(article: StoredArticle) -> str:
    return (
        f"recorded as {article.canonical_url} (site {article.site}, id {article.record_id})\n"
        f"  in {article.output} by run {article.run_id} at {article.recorded_at}"
        f" (first recorded {article.first_recorded_at})"
    )


def _project_store_url() -> str:
    from scrapy.utils.project import get_project_settings

    return store_url(get_project_settings())


if __name__ == "__main__":
    sys.exit(main())
