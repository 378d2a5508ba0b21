"""The HTML report: one self-contained file (Vega, Vega-Lite and vega-embed inlined, no CDN).

Sections: coverage (articles, sites, date range, facts per site), papers per organization per
conference and year for the top organizations, a timeline per organization, and the facts in
conflict with each source's evidence sentence and a link to it. The page writes its render
status into `#render-status` (`data-rendered`, `data-total`, `data-errors`) once every chart has
been drawn, which is what the browser test reads.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from output.facts import charts

if TYPE_CHECKING:
    from output.facts.build import Dataset

Row = dict[str, Any]
MAX_CONFLICTS = 200
_BUNDLE: list[str] = []

STYLE = """
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f5f8; } .num { text-align: right; } .muted { color: #777; }
.chart { margin: 1rem 0; } #render-status { color: #777; font-size: .8rem; margin-top: 2rem; }
"""

# Before the bundle: collect uncaught errors and console.error calls so the page can report them.
ERROR_CAPTURE = """
window.reportErrors = [];
window.addEventListener("error", (e) => window.reportErrors.push(String(e.message)));
window.addEventListener("unhandledrejection", (e) => window.reportErrors.push(String(e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args) => { window.reportErrors.push(args.map(String).join(" ")); consoleError(...args); };
"""

RENDER = """
const charts = JSON.parse(document.getElementById("chart-specs").textContent);
const drawn = Object.entries(charts).map(([id, spec]) =>
  vegaEmbed("#" + id, spec, {renderer: "svg", actions: false}).then(() => {
    const svg = document.querySelector("#" + id + " svg");
    if (!svg || svg.getBoundingClientRect().width === 0) throw new Error(id + ": nothing drawn");
  }));
Promise.allSettled(drawn).then((results) => {
  results.filter((r) => r.status === "rejected").forEach((r) => window.reportErrors.push(String(r.reason)));
  const status = document.getElementById("render-status");
  status.dataset.rendered = String(results.filter((r) => r.status === "fulfilled").length);
  status.dataset.total = String(results.length);
  status.dataset.errors = JSON.stringify(window.reportErrors);
  status.textContent = `차트 ${status.dataset.rendered}/${status.dataset.total}개 그림, 오류 ${window.reportErrors.length}건`;
});
"""


def javascript_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script (from the vl-convert-python package, offline)."""
    if not _BUNDLE:
        import vl_convert

        _BUNDLE.append(vl_convert.javascript_bundle())  # type: ignore[call-arg]  # the stub omits the default
    return _BUNDLE[0]


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "–"


def _table(header: list[str], rows: list[list[str]]) -> str:
    """An HTML table from already escaped cells."""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def coverage_section(dataset: Dataset) -> str:
    """Articles, sites, date range and facts per site."""
    first, last = dataset.published or (None, None)
    per_site: dict[str, int] = defaultdict(int)
    for mention in dataset.mentions:
        per_site[mention["site"]] += 1
    summary = _table(
        ["기사", "사이트", "보도 기간", "언급(mentions)", "사실(facts)", "충돌"],
        [[str(dataset.articles), str(len(dataset.articles_per_site)), f"{_day(first)} ~ {_day(last)}",
          str(len(dataset.mentions)), str(len(dataset.facts)),
          str(sum(f["status"] == "conflict" for f in dataset.facts))]],
    )  # fmt: skip
    sites = _table(
        ["사이트", "기사", "언급"],
        [[escape(site), str(n), str(per_site.get(site, 0))] for site, n in dataset.articles_per_site.items()],
    )
    return f"<h2>수집 범위</h2>{summary}{sites}<div class='chart' id='chart-sites'></div>"


def _source_rows(mentions: list[Row]) -> list[list[str]]:
    return [
        [
            escape(m["outlet"]),
            _day(m["published_at"]),
            escape(m["count_text"]),
            escape(m["evidence"]),
            f"<a href='{escape(m['url'], quote=True)}'>{escape(m['title'])}</a>",
        ]
        for m in mentions
    ]


def conflicts_section(dataset: Dataset) -> str:
    """Every fact in conflict: the counts seen, the chosen one, and each source's evidence and link."""
    conflicts = [f for f in dataset.facts if f["status"] == "conflict"]
    if not conflicts:
        return "<h2>충돌하는 사실</h2><p class='muted'>서로 다른 정확한 수를 보도한 사실이 없습니다.</p>"
    by_fact: dict[str, list[Row]] = defaultdict(list)
    for mention in dataset.mentions:
        by_fact[mention["fact_id"]].append(mention)
    parts = [f"<h2>충돌하는 사실 ({len(conflicts)})</h2>"]
    for fact in conflicts[:MAX_CONFLICTS]:
        what = (
            f"{fact['organization']} · {' + '.join(fact['conferences']) or '학회 미상'} {fact['year'] or ''}"
        )
        parts.append(
            f"<h3 id='fact-{fact['fact_id']}'>{escape(what)}</h3><p>보도된 수: "
            f"{escape(', '.join(map(str, fact['counts_seen'])))} → 선택: <b>{fact['count']}</b> "
            f"(규칙 <code>{fact['rule']}</code>, 매체 {len(fact['outlets'])}곳)</p>"
        )
        parts.append(
            _table(["매체", "보도일", "표현", "근거 문장", "기사"], _source_rows(by_fact[fact["fact_id"]]))
        )
    if len(conflicts) > MAX_CONFLICTS:
        parts.append(
            f"<p class='muted'>처음 {MAX_CONFLICTS}개만 보입니다; 나머지는 facts 표의 status=conflict.</p>"
        )
    return "".join(parts)


def render_report(dataset: Dataset) -> str:
    """The whole report page as one HTML string."""
    specs = {
        "chart-papers": charts.papers_heatmap(dataset.facts),
        "chart-timeline": charts.timeline(dataset.facts),
        "chart-sites": charts.facts_per_site(dataset.mentions, dataset.articles_per_site),
    }
    spec_json = json.dumps(specs, ensure_ascii=False).replace("</", "<\\/")
    body = "".join(
        [
            "<h1>kr-technews 논문 수 보고서</h1>",
            coverage_section(dataset),
            "<h2>기관별 논문 수</h2><div class='chart' id='chart-papers'></div>",
            "<h2>기관별 타임라인</h2><div class='chart' id='chart-timeline'></div>",
            conflicts_section(dataset),
            "<p id='render-status'>차트를 그리는 중…</p>",
        ]
    )
    return (
        "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'>"
        "<title>kr-technews 논문 수 보고서</title>"
        f"<style>{STYLE}</style><script>{ERROR_CAPTURE}</script>"
        f"<script>{javascript_bundle()}</script></head><body>{body}"
        f"<script type='application/json' id='chart-specs'>{spec_json}</script>"
        f"<script>{RENDER}</script></body></html>"
    )


def write_report(dataset: Dataset, path: Path) -> None:
    """Write the report to `path` (through a temporary file, so it is never half written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(render_report(dataset), encoding="utf-8")
    os.replace(temporary, path)
