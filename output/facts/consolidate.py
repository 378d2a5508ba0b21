"""Consolidation: the mentions of one fact (same key) become one row with a chosen count.

The rules, in the order they apply (docs/facts.md explains them with examples):
1. Exact counts decide when there are any: approximate, at-least, range and forecast mentions
   only count when no article gives an exact number (`exact_over_approximate`).
2. Among several exact counts, the one reported by more distinct outlets wins (`more_outlets`);
   with as many outlets each, the one reported latest wins (`later_report`). Status `conflict`.
3. One exact count after an earlier forecast of another number: the report wins over the
   forecast (`later_report_over_forecast`), status `superseded`.
4. No exact count: the same choice over the approximate mentions (`approximate_only`), else over
   the forecasts (`forecast_only`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from output.facts.mentions import EPOCH, RELATION_FAMILY

Row = dict[str, Any]


def value_of(mention: Row) -> int | None:
    """The one number a mention gives: its count, else its lower bound, else its upper bound."""
    for name in ("count", "count_min", "count_max"):
        if mention[name] is not None:
            return int(mention[name])
    return None


def _when(mention: Row) -> datetime:
    return mention["published_at"] or mention["crawled_at"] or EPOCH


def _choose(candidates: list[Row]) -> tuple[Row, str | None]:
    """The mention whose number wins among `candidates`, and the rule when numbers disagreed.

    Numbers are ranked by how many distinct outlets report them, then by their latest report,
    then the smaller number (so the choice never depends on input order).
    """
    outlets: dict[int | None, set[str]] = defaultdict(set)
    latest: dict[int | None, Row] = {}
    for mention in candidates:
        value = value_of(mention)
        outlets[value].add(mention["outlet"])
        if value not in latest or _when(mention) >= _when(latest[value]):
            latest[value] = mention

    def rank(value: int | None) -> tuple[int, datetime, int]:
        return (len(outlets[value]), _when(latest[value]), -(value if value is not None else -1))

    ordered = sorted(outlets, key=rank, reverse=True)
    if len(ordered) == 1:
        return latest[ordered[0]], None
    first, second = ordered[0], ordered[1]
    rule = "more_outlets" if len(outlets[first]) > len(outlets[second]) else "later_report"
    return latest[first], rule


def _decide(mentions: list[Row]) -> tuple[Row, str, str]:
    """The winning mention, the rule and the status for one fact's mentions."""
    exact = [m for m in mentions if m["qualifier"] == "exact" and m["count"] is not None]
    if exact:
        chosen, rule = _choose(exact)
        if rule is not None:
            return chosen, rule, "conflict"
        earliest_exact = min(_when(m) for m in exact)
        overtaken = [
            m
            for m in mentions
            if m["qualifier"] == "forecast" and value_of(m) != chosen["count"] and _when(m) < earliest_exact
        ]
        if overtaken:
            return chosen, "later_report_over_forecast", "superseded"
        if len(exact) < len(mentions):
            return chosen, "exact_over_approximate", "agreed"
        return chosen, "unanimous", "agreed"
    reports = [m for m in mentions if m["qualifier"] != "forecast"]
    chosen, _ = _choose(reports or mentions)
    return chosen, ("approximate_only" if reports else "forecast_only"), "agreed"


def _most_common(values: Iterable[Any]) -> Any:
    return Counter(values).most_common(1)[0][0]


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def fact_row(mentions: list[Row]) -> Row:
    """One consolidated fact from the mentions that share its key."""
    mentions = sorted(mentions, key=lambda m: (_when(m), m["article_id"]))
    chosen, rule, status = _decide(mentions)
    dated = [m["published_at"] or m["crawled_at"] for m in mentions if m["published_at"] or m["crawled_at"]]
    confidences = [m["confidence"] for m in mentions if m["confidence"] is not None]
    articles = dict.fromkeys((m["article_id"], m["url"]) for m in mentions)
    first = mentions[0]
    return {
        "fact_id": first["fact_id"],
        "organization_id": first["organization_id"],
        "organization": _most_common(m["organization"] for m in mentions),
        "organization_en": _most_common(m["organization_en"] for m in mentions),
        "conferences": first["conferences"],
        "year": first["year"],
        "relation": RELATION_FAMILY[first["relation"]],
        "scope": first["scope"],
        "count": value_of(chosen) if chosen["count"] is None else chosen["count"],
        "qualifier": chosen["qualifier"],
        "rule": rule,
        "status": status,
        "counts_seen": sorted({v for v in map(value_of, mentions) if v is not None}),
        "mentions": len(mentions),
        "outlets": _distinct(m["outlet"] for m in mentions),
        "article_ids": [article_id for article_id, _ in articles],
        "urls": [url for _, url in articles],
        "first_reported": min(dated) if dated else None,
        "last_reported": max(dated) if dated else None,
        "confidence": max(confidences) if confidences else None,
    }


def build_facts(mentions: Iterable[Row]) -> list[Row]:
    """Every consolidated fact, most outlets first, then by organization, year and conferences."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for mention in mentions:
        groups[mention["fact_id"]].append(mention)
    facts = [fact_row(group) for group in groups.values()]
    facts.sort(
        key=lambda f: (
            -len(f["outlets"]),
            f["organization_id"],
            -(f["year"] or 0),
            f["conferences"],
            f["relation"],
            f["scope"],
        )
    )
    return facts
