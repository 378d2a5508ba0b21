"""How a URL-list run went, judged as a URL list: every listed URL gave a record or an accepted reason.

Accepted reasons (the run still exits 0): a page that is not an article, a URL listed twice, a
URL already recorded by an earlier run (skipped; `-a refetch=1` fetches it again), a duplicate
story. Anything else is a failure of that URL: an HTTP error, a network error, robots.txt, a page
that could not be parsed, a line that is not an http(s) URL.

| status | meaning |
|---|---|
| 0 | every listed URL gave a record or an accepted reason |
| 4 | some listed URLs failed (the summary names them) |
| 2 | nothing could be fetched: every URL failed (or the list could not be read) |
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crawler.runs.exit import NOTHING_REACHED_EXIT_CODE, URLS_FAILED_EXIT_CODE

# How many failed URLs the one-line summary names (the log has a line for each of them).
NAMED_IN_SUMMARY = 5
ALREADY_RECORDED_KEY = "urls/skipped/already-recorded"


@dataclass(frozen=True)
class UrlListVerdict:
    """The exit status a URL-list run asks for, and the one line that says why."""

    code: int
    message: str


def counts_by_reason(stats: Mapping[str, object], prefix: str) -> dict[str, int]:
    """`{reason: count}` of the stats under a prefix (`urls/failed/` → `{"http-404": 1}`)."""
    return {
        key.removeprefix(prefix): value
        for key, value in sorted(stats.items())
        if key.startswith(prefix) and isinstance(value, int)
    }


def judge_url_list(stats: Mapping[str, object], failures: Sequence[str]) -> UrlListVerdict | None:
    """The verdict on a URL-list run from its `urls/…` stats; None when every URL is accounted for.

    `failures` names each failed URL or line (`line 3 of urls.txt: https://… (http-404)`).
    """
    failed = counts_by_reason(stats, "urls/failed/")
    invalid = _int(stats, "urls/invalid")
    bad = sum(failed.values()) + invalid
    if bad == 0:
        return None
    listed = _int(stats, "urls/read") + invalid
    reached = _int(stats, "urls/fetched") + _int(stats, ALREADY_RECORDED_KEY)
    reasons = ", ".join(f"{reason} {n}" for reason, n in failed.items())
    if invalid:
        reasons = ", ".join(filter(None, [reasons, f"not an http(s) URL {invalid}"]))
    named = "; ".join(failures[:NAMED_IN_SUMMARY])
    more = len(failures) - NAMED_IN_SUMMARY
    if more > 0:
        named += f"; and {more} more (each logged above)"
    if reached == 0:
        return UrlListVerdict(
            NOTHING_REACHED_EXIT_CODE,
            f"none of the {listed} listed URL(s) could be fetched ({reasons}): {named}",
        )
    return UrlListVerdict(
        URLS_FAILED_EXIT_CODE, f"{bad} of {listed} listed URL(s) gave no record ({reasons}): {named}"
    )


def _int(stats: Mapping[str, object], key: str) -> int:
    value = stats.get(key, 0)
    return value if isinstance(value, int) else 0
