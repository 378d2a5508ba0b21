"""`python -m crawler.store` (or `scrapy store`): what the seen-store holds, and where a URL was recorded."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scrapy.utils.project import get_project_settings

from crawler.store import open_store, store_url
from crawler.store.base import SeenStore, StoredArticle


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
    parser = argparse.ArgumentParser(
        prog="python -m crawler.store", description=(__doc__ or "").splitlines()[0]
    )
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
    return store_url(get_project_settings())


if __name__ == "__main__":
    sys.exit(main())
