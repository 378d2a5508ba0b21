"""One run report for a distributed crawl, merged from its workers' `<run id>.report.json` files.

Each worker reports only its share (it may have fetched a site's articles without ever seeing
its listing pages), so site health is judged on the merged report: sums per site, completeness
recomputed over all examined pages, and `RunReport.judge` against the seen-store's counts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawler.runs.report import COMPLETENESS_FIELDS, HealthRules, RunReport, SiteReport


class ReportError(ValueError):
    """A report file cannot be read; the message names the file and what is wrong."""


def load_report(path: Path) -> dict[str, Any]:
    """Read one worker's report JSON, with a clear error naming the file."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"{path}: cannot read the report: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sites"), dict) or "run_id" not in data:
        raise ReportError(f"{path}: not a run report (no run_id or sites)")
    return data


def site_from_json(key: str, data: dict[str, Any]) -> SiteReport:
    """A SiteReport back from its JSON section (field counts rebuilt from completeness shares)."""
    site = SiteReport(key)
    for name in ("discovered", "fetched", "parsed", "written", "facts", "examined"):
        setattr(site, name, int(data.get(name) or 0))
    for name in ("skipped", "failed", "pages", "page_failures"):
        setattr(site, name, Counter({str(k): int(v) for k, v in (data.get(name) or {}).items()}))
    shares = data.get("completeness") or {}
    for name in COMPLETENESS_FIELDS:
        share = shares.get(name)
        site.present[name] = round(float(share) * site.examined) if share is not None else 0
    return site


def add_site(total: SiteReport, part: SiteReport) -> None:
    """Add one worker's counters of a site to the merged ones."""
    for name in ("discovered", "fetched", "parsed", "written", "facts", "examined"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    for name in ("skipped", "failed", "pages", "page_failures", "present"):
        getattr(total, name).update(getattr(part, name))


def merge_reports(
    reports: Sequence[dict[str, Any]],
    history: dict[str, int] | None = None,
    rules: HealthRules | None = None,
) -> RunReport:
    """The merged report of a crawl's workers, judged for site health when `history` is given."""
    if not reports:
        raise ReportError("no reports to merge")
    spiders = sorted({str(r.get("spider")) for r in reports})
    started = min(str(r.get("started_at") or "") for r in reports)
    merged = RunReport(f"merged {len(reports)} runs", ",".join(spiders), started)
    finished = [str(r["finished_at"]) for r in reports if r.get("finished_at")]
    merged.finished_at = max(finished) if len(finished) == len(reports) else None
    reasons = sorted({str(r.get("reason")) for r in reports})
    merged.reason = reasons[0] if len(reasons) == 1 else "mixed: " + ", ".join(reasons)
    for report in sorted(reports, key=lambda r: str(r.get("run_id"))):
        merged.notes.append(
            f"run {report['run_id']}: {report.get('reason')}, {report.get('totals', {}).get('written', 0)}"
            f" written → {report.get('output') or 'no output file'}"
        )
        merged.notes += [f"run {report['run_id']}: {note}" for note in report.get("notes") or []]
        for key, data in report["sites"].items():
            add_site(merged.site(key), site_from_json(key, data))
    if history is not None:
        merged.judge(history, rules or HealthRules())
    return merged


def merged_json(merged: RunReport, sources: Sequence[Path]) -> dict[str, Any]:
    """The merged report as JSON, listing the report files it came from."""
    return {**merged.to_json(), "merged_from": [str(path) for path in sources]}
