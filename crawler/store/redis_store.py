"""The seen-store in Redis, shared by every worker of a distributed crawl (`SEEN_STORE=redis://…`).

Same interface and meaning as the SQLite store (`crawler.store.SeenStore`). Keys, under a prefix
(`technews:store` by default, `?prefix=NAME` in the URL sets NAME:store):
- `…:keys` hash, canonical URL key → canonical URL of the article it leads to;
- `…:articles` hash, canonical URL → the StoredArticle as JSON;
- `…:hashes` hash, content hash → canonical URL of the first article with it;
- `…:sites` hash, site → number of articles;
- `…:runs` hash, run id → the RunRow as JSON.
`record()` is one Lua script, so articles, keys, counts and the run's synced offset move together.
`forget()` removes articles in one script too; the alias keys and content hashes that led to them
are then found by HSCAN (never one long script that would stall the workers) and removed or handed
on each under a check, so a crawl running meanwhile loses nothing it records.
The password comes from the URL or REDIS_PASSWORD; `location` (what gets logged) is masked.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from crawler.store.base import RunRow, SeenStore, StoredArticle
from crawler.store.redis_url import connect, mask_url, real_url

logger = logging.getLogger(__name__)

_BATCH = 1000  # hash fields per HSCAN step and alias keys per UNALIAS call

RECORD = """
local request = cjson.decode(ARGV[1])
for _, a in ipairs(request.articles) do
  local old = redis.call('HGET', KEYS[1], a.canonical_url)
  if old then
    local previous = cjson.decode(old)
    a.first_recorded_at = previous.first_recorded_at
    if previous.site ~= a.site then
      redis.call('HINCRBY', KEYS[4], previous.site, -1)
      redis.call('HINCRBY', KEYS[4], a.site, 1)
    end
  else
    if a.first_recorded_at == '' then a.first_recorded_at = a.recorded_at end
    redis.call('HINCRBY', KEYS[4], a.site, 1)
  end
  redis.call('HSET', KEYS[1], a.canonical_url, cjson.encode(a))
  redis.call('HSET', KEYS[2], a.canonical_url, a.canonical_url)
  if a.content_hash ~= '' then redis.call('HSETNX', KEYS[3], a.content_hash, a.canonical_url) end
end
for _, alias in ipairs(request.aliases) do
  redis.call('HSET', KEYS[2], alias[1], alias[2])
end
if request.run_id ~= cjson.null and request.synced_offset ~= cjson.null then
  local row = redis.call('HGET', KEYS[5], request.run_id)
  if row then
    local run = cjson.decode(row)
    run.synced_offset = request.synced_offset
    redis.call('HSET', KEYS[5], request.run_id, cjson.encode(run))
  end
end
return #request.articles
"""

# KEYS: articles, keys, hashes, sites; ARGV: canonical URLs. Removes each article, its count, the
# key under its own URL and the content hash it owns; returns {removed, freed hashes…}.
FORGET = """
local removed, freed = 0, {}
for _, url in ipairs(ARGV) do
  local raw = redis.call('HGET', KEYS[1], url)
  if raw then
    local a = cjson.decode(raw)
    redis.call('HDEL', KEYS[1], url)
    removed = removed + 1
    if redis.call('HINCRBY', KEYS[4], a.site, -1) <= 0 then redis.call('HDEL', KEYS[4], a.site) end
    if a.content_hash ~= '' and redis.call('HGET', KEYS[3], a.content_hash) == url then
      redis.call('HDEL', KEYS[3], a.content_hash)
      table.insert(freed, a.content_hash)
    end
  end
  if redis.call('HGET', KEYS[2], url) == url then redis.call('HDEL', KEYS[2], url) end
end
return {removed, unpack(freed)}
"""

# KEYS: keys, articles; ARGV: key, canonical URL, key, canonical URL… Drops each alias key that
# still leads to that URL, unless the article was recorded again in the meantime.
UNALIAS = """
for i = 1, #ARGV, 2 do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] and redis.call('HEXISTS', KEYS[2], ARGV[i + 1]) == 0 then
    redis.call('HDEL', KEYS[1], ARGV[i])
  end
end
return 0
"""


class RedisSeenStore(SeenStore):
    """The seen-store as Redis hashes: one store for all workers, on any machine."""

    def __init__(self, client: redis.Redis, prefix: str = "technews", location: str = "") -> None:
        self.client = client
        self.base = f"{prefix}:store"
        self.location = location or f"redis ({self.base})"
        self._record = client.register_script(RECORD)
        self._forget = client.register_script(FORGET)
        self._unalias = client.register_script(UNALIAS)

    @classmethod
    def from_url(cls, url: str) -> RedisSeenStore:
        """Open `redis://[:password@]host:port/db[?prefix=NAME]` (a masked URL from the add-on works too)."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        prefix = next((v for k, v in query if k == "prefix"), "") or "technews"
        rest = urlencode([(k, v) for k, v in query if k != "prefix"], safe="*")
        bare = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, parts.fragment))
        return cls(connect(real_url(bare)), prefix, location=mask_url(url))

    def _key(self, name: str) -> str:
        return f"{self.base}:{name}"

    def find(self, key: str) -> str | None:
        """The canonical URL of the article a canonical URL key leads to, or None when unseen."""
        found = self.client.hget(self._key("keys"), key)
        return _text(found) if found is not None else None

    def article(self, canonical_url: str) -> StoredArticle | None:
        """The stored article under its canonical URL."""
        found = self.client.hget(self._key("articles"), canonical_url)
        return StoredArticle(**json.loads(found)) if found is not None else None

    def hash_owner(self, content_hash: str) -> str | None:
        """The canonical URL of the first article recorded with this content hash."""
        if not content_hash:
            return None
        found = self.client.hget(self._key("hashes"), content_hash)
        return _text(found) if found is not None else None

    def record(
        self,
        articles: Sequence[StoredArticle],
        aliases: Sequence[tuple[str, str]] = (),
        *,
        run_id: str | None = None,
        synced_offset: int | None = None,
    ) -> None:
        """Atomically add articles, alias keys (key → canonical URL) and move a run's synced offset."""
        request = {
            "articles": [asdict(a) for a in articles],
            "aliases": [list(pair) for pair in aliases],
            "run_id": run_id,
            "synced_offset": synced_offset,
        }
        keys = [self._key(name) for name in ("articles", "keys", "hashes", "sites", "runs")]
        self._record(keys=keys, args=[json.dumps(request, ensure_ascii=False)])

    def forget(self, canonical_urls: Sequence[str]) -> int:
        """Remove these articles and every key leading to them (fetched again next time); how many."""
        urls = list(dict.fromkeys(canonical_urls))
        if not urls:
            return 0
        keys = [self._key(name) for name in ("articles", "keys", "hashes", "sites")]
        removed, *freed = self._forget(keys=keys, args=urls)
        gone = set(urls)
        aliases = [(key, owner) for key, owner in self._scan(self._key("keys")) if owner in gone]
        for start in range(0, len(aliases), _BATCH):
            pairs = [part for pair in aliases[start : start + _BATCH] for part in pair]
            self._unalias(keys=[self._key("keys"), self._key("articles")], args=pairs)
        if freed:
            self._hand_on_hashes({_text(h) for h in freed})
        return int(removed)

    def _hand_on_hashes(self, freed: set[str]) -> None:
        """Give each freed content hash to the first-recorded article still holding it (as SQLite does)."""
        heirs: dict[str, tuple[str, str]] = {}
        for url, raw in self._scan(self._key("articles")):
            data = json.loads(raw)
            content_hash = str(data.get("content_hash") or "")
            if content_hash in freed:
                candidate = (str(data.get("first_recorded_at") or ""), url)
                heirs[content_hash] = min(heirs.get(content_hash, candidate), candidate)
        for content_hash, (_, url) in heirs.items():
            self.client.hsetnx(self._key("hashes"), content_hash, url)

    def site_articles(self, site: str, since: str = "") -> list[str]:
        """Canonical URLs of a site's articles recorded at or after `since` (an ISO date or time)."""
        found = []
        for url, raw in self._scan(self._key("articles")):
            data = json.loads(raw)
            if data.get("site") == site and str(data.get("recorded_at") or "") >= since:
                found.append(url)
        return sorted(found)

    def _scan(self, key: str) -> Iterator[tuple[str, str]]:
        """A hash's fields and values, a batch at a time (HSCAN: Redis is never held up)."""
        for field, value in self.client.hscan_iter(key, count=_BATCH):
            yield _text(field), _text(value)

    def site_counts(self) -> dict[str, int]:
        """How many articles each site has recorded."""
        counts = self.client.hgetall(self._key("sites"))
        return {_text(k): int(v) for k, v in sorted(counts.items()) if int(v) > 0}

    def start_run(self, run: RunRow) -> None:
        """Remember a run that is starting (status `running`)."""
        self.client.hset(self._key("runs"), run.run_id, json.dumps(asdict(run), ensure_ascii=False))

    def finish_run(self, run_id: str, *, status: str, finished_at: str, summary: dict[str, Any]) -> None:
        """Close a run with its status and report summary (a lost Redis leaves it to crash recovery)."""
        try:
            self._finish_run(run_id, status=status, finished_at=finished_at, summary=summary)
        except redis.ConnectionError as exc:
            logger.error(
                "run %s: status not saved, Redis at %s unreachable (%s); the next start recovers it",
                run_id,
                self.location,
                exc,
            )

    def _finish_run(self, run_id: str, *, status: str, finished_at: str, summary: dict[str, Any]) -> None:
        with self.client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(self._key("runs"))
                    found = pipe.hget(self._key("runs"), run_id)
                    if found is None:
                        pipe.reset()
                        return
                    row = json.loads(found)
                    row.update(status=status, finished_at=finished_at, summary=summary)
                    pipe.multi()
                    pipe.hset(self._key("runs"), run_id, json.dumps(row, ensure_ascii=False))
                    pipe.execute()
                    return
                except redis.WatchError:
                    continue

    def runs(self, *, status: str | None = None, limit: int | None = None) -> list[RunRow]:
        """Runs, newest first, optionally only those with one status."""
        rows = [_run_row(json.loads(raw)) for raw in self.client.hvals(self._key("runs"))]
        rows = [row for row in rows if status is None or row.status == status]
        rows.sort(key=lambda row: (row.started_at, row.run_id), reverse=True)
        return rows[:limit] if limit is not None else rows

    def close(self) -> None:
        """Release the connection."""
        self.client.close()


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _run_row(data: dict[str, Any]) -> RunRow:
    summary = data.get("summary") or {}
    return RunRow(
        run_id=str(data["run_id"]),
        spider=str(data["spider"]),
        started_at=str(data["started_at"]),
        status=str(data["status"]),
        output=str(data.get("output") or ""),
        synced_offset=int(data.get("synced_offset") or 0),
        host=str(data.get("host") or ""),
        pid=int(data.get("pid") or 0),
        finished_at=data.get("finished_at") or None,
        summary=summary if isinstance(summary, dict) else {},
    )
