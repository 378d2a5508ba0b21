"""The run report: per site, what was discovered, fetched, parsed, written, skipped and failed.

Pure bookkeeping (no Scrapy): `crawler.runs.context` feeds it while the crawl runs. At the end it judges
each site's health against the store's history — a site that had articles before and now gives
none, or whose share of records with a title, a date and a body falls below a threshold, is a
problem that names the site and the missing fields — and renders itself as a text table and as
JSON (`<run id>.report.json` beside the output).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# The fields whose presence makes a record complete, by the name the report uses.
COMPLETENESS_FIELDS: dict[str, str] = {"title": "title", "date": "published_at", "body": "text"}

# Skip and failure reasons, as they appear in reports.
ALREADY_RECORDED = "already recorded"
DUPLICATE_CONTENT = "duplicate content"


@dataclass
class SiteReport:
    """Counters of one site in one run."""

    site: str
    discovered: int = 0
    fetched: int = 0
    parsed: int = 0
    written: int = 0
    facts: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    pages: Counter[str] = field(default_factory=Counter)
    page_failures: Counter[str] = field(default_factory=Counter)
    examined: int = 0
    present: Counter[str] = field(default_factory=Counter)

    def observe_fields(self, present: dict[str, bool]) -> None:
        """Count one article page toward completeness: which report fields it had."""
        self.examined += 1
        for name in COMPLETENESS_FIELDS:
            if present.get(name):
                self.present[name] += 1

    def completeness(self) -> dict[str, float | None]:
        """Share of examined article pages that had each field (None before any page)."""
        if not self.examined:
            return dict.fromkeys(COMPLETENESS_FIELDS)
        return {name: self.present[name] / self.examined for name in COMPLETENESS_FIELDS}

    def to_json(self) -> dict[str, Any]:
        """The site's section of the JSON report."""
        return {
            "discovered": self.discovered,
            "fetched": self.fetched,
            "parsed": self.parsed,
            "written": self.written,
            "skipped": dict(self.skipped.most_common()),
            "failed": dict(self.failed.most_common()),
            "pages": dict(self.pages),
            "page_failures": dict(self.page_failures.most_common()),
            "examined": self.examined,
            "completeness": {k: None if v is None else round(v, 4) for k, v in self.completeness().items()},
            "facts": self.facts,
        }


@dataclass(frozen=True)
class HealthRules:
    """When a site counts as broken: completeness threshold and the smallest sample judged."""

    min_completeness: float = 0.8
    min_pages: int = 3


class RunReport:
    """Everything one run did, per site; renders as a table and as JSON."""

    def __init__(self, run_id: str, spider: str, started_at: str) -> None:
        self.run_id = run_id
        self.spider = spider
        self.started_at = started_at
        self.finished_at: str | None = None
        self.reason: str | None = None
        self.output: str | None = None
        self.mode: dict[str, bool] = {}
        self.sites: dict[str, SiteReport] = {}
        self.problems: list[str] = []
        self.notes: list[str] = []

    def site(self, key: str) -> SiteReport:
        """The counters of one site (created on first use)."""
        if key not in self.sites:
            self.sites[key] = SiteReport(key)
        return self.sites[key]

    def totals(self) -> dict[str, int]:
        """Sums over sites."""
        sites = self.sites.values()
        return {
            "discovered": sum(s.discovered for s in sites),
            "fetched": sum(s.fetched for s in sites),
            "parsed": sum(s.parsed for s in sites),
            "written": sum(s.written for s in sites),
            "skipped": sum(sum(s.skipped.values()) for s in sites),
            "failed": sum(sum(s.failed.values()) for s in sites),
            "facts": sum(s.facts for s in sites),
        }

    def judge(self, history: dict[str, int], rules: HealthRules) -> list[str]:
        """Problems of this run: sites that had articles and gave none, and incomplete sites."""
        problems: list[str] = []
        for key, site in sorted(self.sites.items()):
            problem = site_problem(site, history.get(key, 0), rules)
            if problem:
                problems.append(problem)
        self.problems = problems
        return problems

    def to_json(self) -> dict[str, Any]:
        """The whole report as a JSON-ready dict."""
        return {
            "run_id": self.run_id,
            "spider": self.spider,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "reason": self.reason,
            "output": self.output,
            "mode": self.mode,
            "totals": self.totals(),
            "sites": {key: site.to_json() for key, site in sorted(self.sites.items())},
            "problems": self.problems,
            "notes": self.notes,
        }

    def summary_line(self) -> str:
        """The run in one line: its totals and where the records went."""
        t = self.totals()
        return (
            f"run {self.run_id} ({self.spider}, {self.reason or 'running'}): {t['discovered']} discovered,"
            f" {t['fetched']} fetched, {t['parsed']} parsed, {t['written']} written, {t['skipped']} skipped,"
            f" {t['failed']} failed, {t['facts']} facts → {self.output or 'no output file'}"
        )

    def render(self, *, total: bool = True) -> str:
        """The report as a text table, one row per site, reasons underneath (and totals, notes, problems)."""
        lines = [
            f"run {self.run_id} ({self.spider}, {self.reason or 'running'}) → {self.output or 'no output file'}",
            f"{'site':<20} {'discovered':>10} {'fetched':>8} {'parsed':>7} {'written':>8} {'skipped':>8}"
            f" {'failed':>7} {'title':>6} {'date':>6} {'body':>6} {'facts':>6}",
        ]
        for key, site in sorted(self.sites.items()):
            shares = site.completeness()
            cells = " ".join(f"{'-' if v is None else f'{v:.0%}':>6}" for v in shares.values())
            lines.append(
                f"{key:<20} {site.discovered:>10} {site.fetched:>8} {site.parsed:>7} {site.written:>8}"
                f" {sum(site.skipped.values()):>8} {sum(site.failed.values()):>7} {cells} {site.facts:>6}"
            )
            for label, counter in (
                ("skipped", site.skipped),
                ("failed", site.failed),
                ("page failures", site.page_failures),
            ):
                if counter:
                    reasons = ", ".join(f"{reason} ×{n}" for reason, n in counter.most_common())
                    lines.append(f"    {label}: {reasons}")
        totals = self.totals()
        if total:
            lines.append(
                f"total: {totals['discovered']} discovered, {totals['fetched']} fetched,"
                f" {totals['parsed']} parsed, {totals['written']} written, {totals['skipped']} skipped,"
                f" {totals['failed']} failed, {totals['facts']} facts"
            )
        if total:  # otherwise the caller logs them on their own lines
            lines += [f"note: {note}" for note in self.notes]
            lines += [f"PROBLEM: {problem}" for problem in self.problems]
        return "\n".join(lines)


def site_problem(site: SiteReport, recorded_before: int, rules: HealthRules) -> str | None:
    """Why a site looks broken in this run, naming what is missing; None when it looks healthy."""
    new_pages = site.fetched + sum(site.failed.values())
    if recorded_before and site.discovered == 0:
        listing = sum(site.pages.values())
        failures = _reasons(site.page_failures)
        return (
            f"site {site.site} returned no articles: no article links found on {listing} listing/feed page(s)"
            f"{f' ({failures})' if failures else ''}; it has {recorded_before} recorded articles from previous runs"
        )
    if recorded_before and site.parsed == 0 and new_pages > 0:
        missing = _missing_fields(site, 1.0) or ["record"]
        return (
            f"site {site.site} returned no articles: none of {new_pages} new article page(s) gave a record"
            f" (missing: {', '.join(missing)}; {_reasons(site.failed) or 'no reason given'})"
        )
    if site.examined >= rules.min_pages:
        missing = _missing_fields(site, rules.min_completeness)
        if missing:
            shares = site.completeness()
            detail = ", ".join(f"{name} {shares[name]:.0%}" for name in missing)
            return (
                f"site {site.site} is incomplete: missing fields {', '.join(missing)}"
                f" ({detail} of {site.examined} article pages; threshold {rules.min_completeness:.0%})"
            )
    return None


def _missing_fields(site: SiteReport, threshold: float) -> list[str]:
    shares = site.completeness()
    return [name for name, share in shares.items() if share is not None and share < threshold]


def _reasons(counter: Counter[str]) -> str:
    return ", ".join(f"{reason} ×{n}" for reason, n in counter.most_common())
