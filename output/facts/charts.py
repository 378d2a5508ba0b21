"""The report's charts as Vega-Lite specs, built with Altair (rendered in the page by vega-embed)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import altair as alt

Row = dict[str, Any]
TOP_ORGANIZATIONS = 15


def _label(fact: Row) -> str:
    """`ICLR 2022`, `ACL+EMNLP 2023`, `(학회 미상) 2024`: the conference-and-year column of a fact."""
    conferences = "+".join(fact["conferences"]) or "(학회 미상)"
    return f"{conferences} {fact['year']}" if fact["year"] is not None else conferences


def _name(fact: Row) -> str:
    return (
        f"{fact['organization']} ({fact['organization_en']})"
        if fact["organization_en"]
        else fact["organization"]
    )


def charted_facts(facts: list[Row]) -> list[Row]:
    """The facts the charts show: an organization's own papers (family accepted, scope unit) with a count."""
    return [
        f for f in facts if f["relation"] == "accepted" and f["scope"] == "unit" and f["count"] is not None
    ]


def top_organizations(facts: list[Row], limit: int = TOP_ORGANIZATIONS) -> list[str]:
    """The organizations with the most papers over every charted fact, most first."""
    papers: Counter[str] = Counter()
    for fact in charted_facts(facts):
        papers[_name(fact)] += fact["count"]
    return [name for name, _ in sorted(papers.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def papers_heatmap(facts: list[Row]) -> dict[str, Any]:
    """Papers per organization (rows) per conference and year (columns), for the top organizations."""
    top = top_organizations(facts)
    values = [
        {"organization": _name(f), "conference": _label(f), "year": f["year"], "papers": f["count"],
         "outlets": len(f["outlets"]), "status": f["status"]}
        for f in charted_facts(facts) if _name(f) in top
    ]  # fmt: skip
    columns = sorted({v["conference"] for v in values}, key=lambda c: (c.rsplit(" ", 1)[-1], c))
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("conference:N", sort=columns, title="학회·연도", axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("organization:N", sort=top, title=None),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("papers:Q", title="논문 수", scale=alt.Scale(scheme="blues")),
        tooltip=["organization:N", "conference:N", "papers:Q", "outlets:Q", "status:N"],
    )
    numbers = base.mark_text(fontSize=11).encode(text="papers:Q")
    chart = (cells + numbers).properties(width=max(240, 46 * len(columns)), height=max(60, 22 * len(top)))
    return chart.properties(title="기관별 학회·연도별 논문 수 (상위 기관)").to_dict()


def timeline(facts: list[Row]) -> dict[str, Any]:
    """When each top organization's facts were first reported, sized by the number of papers."""
    top = top_organizations(facts)
    values = [
        {"organization": _name(f), "reported": f["first_reported"].isoformat(), "papers": f["count"],
         "conference": _label(f), "outlets": len(f["outlets"])}
        for f in charted_facts(facts) if _name(f) in top and f["first_reported"] is not None
    ]  # fmt: skip
    chart = (
        alt.Chart(alt.Data(values=values))
        .mark_circle(opacity=0.75)
        .encode(
            x=alt.X(
                "reported:T", title="첫 보도", scale=alt.Scale(padding=14), axis=alt.Axis(format="%Y-%m-%d")
            ),
            y=alt.Y("organization:N", sort=top, title=None),
            size=alt.Size("papers:Q", title="논문 수"),
            color=alt.Color("conference:N", title="학회·연도", legend=alt.Legend(columns=2, symbolLimit=30)),
            tooltip=[
                "organization:N",
                "conference:N",
                "papers:Q",
                "outlets:Q",
                alt.Tooltip("reported:T", format="%Y-%m-%d"),
            ],
        )
        .properties(width=640, height=max(60, 22 * len(top)), title="기관별 보도 시점")
    )
    return chart.to_dict()


def facts_per_site(mentions: list[Row], articles_per_site: dict[str, int]) -> dict[str, Any]:
    """Articles read and facts found per site."""
    found: dict[str, int] = defaultdict(int)
    for mention in mentions:
        found[mention["site"]] += 1
    values = [
        {"site": site, "what": what, "number": number}
        for site, articles in sorted(articles_per_site.items())
        for what, number in (("기사", articles), ("사실(언급)", found.get(site, 0)))
    ]
    chart = (
        alt.Chart(alt.Data(values=values))
        .mark_bar()
        .encode(
            y=alt.Y("site:N", title=None),
            yOffset=alt.YOffset("what:N"),
            x=alt.X("number:Q", title="수"),
            color=alt.Color("what:N", title=None),
            tooltip=["site:N", "what:N", "number:Q"],
        )
        .properties(width=520, height=max(60, 30 * len(articles_per_site)), title="사이트별 기사와 사실")
    )
    return chart.to_dict()
