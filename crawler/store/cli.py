"""`python -m crawler.store` (or `scrapy store`): what the seen-store holds, where a URL was recorded.

`forget URL…` (or `forget --site KEY [--since DATE]`) removes articles from the store, so the next
run fetches them again; their records stay in the files that hold them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scrapy.utils.project import get_project_settings

from crawler.store import open_store, shown_status, store_url
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
        output = run["output"] if run["output"] and Path(run["output"]).exists() else "no output file"
        print(
            f"  {run['run_id']}  {run['spider']:<10} {shown_status(run['status']):<16} started"
            f" {run['started_at']}  written {written}  {output}"
        )


def main(argv: Iterable[str] | None = None, *, default_store: str | None = None) -> int:
    """`python -m crawler.store [--store URL] [--json] [summary|lookup URL…|runs]`."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.store", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--store", help="store location (default: the project settings' SEEN_STORE)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("-n", "--runs", type=int, default=5, help="how many recent runs to show")
    parser.add_argument("--site", help="with `forget`: every article of this site key")
    parser.add_argument("--since", default="", help="with `forget --site`: recorded on or after this date")
    parser.add_argument(
        "action", nargs="?", default="summary", choices=["summary", "lookup", "runs", "forget"]
    )
    parser.add_argument("urls", nargs="*", help="URLs to look up (`lookup`) or forget (`forget`)")
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
        if args.action == "forget":
            return _forget(store, args.urls, args.site, args.since, parser)
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


def _forget(
    store: SeenStore, urls: list[str], site: str | None, since: str, parser: argparse.ArgumentParser
) -> int:
    """Forget the articles these URLs (any spelling) lead to, or a site's since a date; 3 when one is unknown."""
    if not urls and not site:
        parser.error("forget needs URLs or --site KEY")
    owners = [store.lookup(url) for url in urls]
    for url, hit in zip(urls, owners, strict=True):
        if hit is None:
            print(f"{url}: not recorded", file=sys.stderr)
    chosen = [hit.canonical_url for hit in owners if hit is not None]
    if site:
        chosen += store.site_articles(site, since)
    removed = store.forget(sorted(set(chosen)))
    print(f"forgot {removed} article(s): the next run fetches them again")
    return 0 if all(owners) else 3


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
