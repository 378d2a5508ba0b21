"""Crash recovery: the records a crashed run wrote but had not yet marked seen are marked seen.

A run's file beyond the store's `synced_offset` is exactly what a crash left unmarked. A torn
last line (the process died mid-write, or the disk did) is moved to `<file>.quarantine` and the
file truncated to its last whole line. A crashed run's empty file (it was killed before its
first batch) is removed, and the note says so. A run whose file is still locked is alive: left
alone.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
from datetime import datetime
from pathlib import Path

from crawler.store import CRASHED, RUNNING, RunRow, SeenStore, StoredArticle
from output.schema import KST

logger = logging.getLogger(__name__)


def now_kst() -> str:
    """The current time in KST, to the second, as stored with runs and articles."""
    return datetime.now(KST).isoformat(timespec="seconds")


def host_and_pid() -> tuple[str, int]:
    """This process's host name and pid (recorded with a run)."""
    return socket.gethostname(), os.getpid()


# --- recovery -----------------------------------------------------------------------------
def recover_runs(store: SeenStore) -> list[str]:
    """Repair and reconcile every run the store still thinks is running but nobody holds; notes."""
    notes = []
    host, _ = host_and_pid()
    for run in store.runs(status=RUNNING):
        if run.host and run.host != host and not Path(run.output).exists():
            continue  # another machine's run (shared Redis store): only its own host can read its file
        note = recover_run(store, run)
        if note:
            logger.warning("%s", note)
            notes.append(note)
    return notes


def recover_run(store: SeenStore, run: RunRow) -> str | None:
    """Repair one crashed run's file and mark its records seen; None when the run is still alive."""
    path = Path(run.output)
    if not run.output or not path.exists():
        store.finish_run(run.run_id, status=CRASHED, finished_at=now_kst(), summary={"recovered": 0})
        return f"run {run.run_id} was interrupted before it wrote any record"
    with path.open("r+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # its process still runs (it holds the lock)
        if os.fstat(handle.fileno()).st_size == 0:
            path.unlink()
            store.finish_run(run.run_id, status=CRASHED, finished_at=now_kst(), summary={"recovered": 0})
            return (
                f"run {run.run_id} was interrupted before it wrote any record: its empty file {path} removed"
            )
        handle.seek(run.synced_offset)
        tail = handle.read()
        articles, good_end = _whole_records(tail, run)
        quarantined = len(tail) - good_end
        end = run.synced_offset + good_end
        if quarantined:
            quarantine = path.with_name(path.name + ".quarantine")
            with quarantine.open("ab") as bad:
                bad.write(tail[good_end:].rstrip(b"\n") + b"\n")
                bad.flush()
                os.fsync(bad.fileno())
            handle.truncate(end)
            handle.flush()
            os.fsync(handle.fileno())
        store.record(articles, run_id=run.run_id, synced_offset=end)
        summary = {"recovered": len(articles), "quarantined_bytes": quarantined}
        store.finish_run(run.run_id, status=CRASHED, finished_at=now_kst(), summary=summary)
    note = f"run {run.run_id} was interrupted: {len(articles)} unsynced record(s) in {path} marked seen"
    if quarantined:
        note += f"; a torn or invalid tail of {quarantined} bytes moved to {path.name}.quarantine"
    return note


def _whole_records(tail: bytes, run: RunRow) -> tuple[list[StoredArticle], int]:
    """The valid records at the start of `tail`, and where the valid part ends."""
    articles: list[StoredArticle] = []
    position = 0
    while True:
        newline = tail.find(b"\n", position)
        if newline < 0:
            return articles, position
        raw = tail[position:newline]
        if raw.strip():
            try:
                record = json.loads(raw)
                articles.append(
                    StoredArticle(
                        canonical_url=str(record["canonical_url"]),
                        site=str(record.get("site") or "generic"),
                        record_id=str(record.get("id") or ""),
                        content_hash=str(record.get("content_hash") or ""),
                        run_id=run.run_id,
                        output=run.output,
                        recorded_at=now_kst(),
                    )
                )
            except (ValueError, KeyError, TypeError):
                return articles, position
        position = newline + 1
