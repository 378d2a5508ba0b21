"""Site health: a site that had articles and gives none, or loses a field, is named with the field."""

from __future__ import annotations

from crawler.runs.report import ALREADY_RECORDED, HealthRules, RunReport, SiteReport, site_problem

RULES = HealthRules(min_completeness=0.8, min_pages=3)
COMPLETE = {"title": True, "date": True, "body": True}


def site_with(pages: list[dict[str, bool]], **counts: int) -> SiteReport:
    site = SiteReport("aitimes", **counts)
    for present in pages:
        site.observe_fields(present)
    return site


def test_nothing_new_is_healthy() -> None:
    site = site_with([], discovered=500)
    site.skipped[ALREADY_RECORDED] = 500
    assert site_problem(site, recorded_before=500, rules=RULES) is None


def test_no_article_links_on_a_site_with_history() -> None:
    site = site_with([])
    site.pages["listing"] = 3
    problem = site_problem(site, recorded_before=120, rules=RULES)
    assert problem is not None
    assert problem.startswith("site aitimes returned no articles: no article links found on 3 listing/feed")


def test_a_new_site_with_nothing_yet_is_not_judged_broken() -> None:
    assert site_problem(site_with([]), recorded_before=0, rules=RULES) is None


def test_pages_fetched_but_no_record_names_the_missing_field() -> None:
    site = site_with([{"title": True, "date": True, "body": False}] * 4, discovered=4, fetched=4)
    site.skipped["not an article: no article body"] = 4
    problem = site_problem(site, recorded_before=10, rules=RULES)
    assert problem is not None
    assert "none of 4 new article page(s) gave a record (missing: body" in problem


def test_completeness_below_the_threshold_names_the_fields() -> None:
    pages = [{"title": True, "date": False, "body": True}] * 3 + [COMPLETE]
    site = site_with(pages, discovered=4, fetched=4, parsed=4)
    problem = site_problem(site, recorded_before=0, rules=RULES)
    assert problem == (
        "site aitimes is incomplete: missing fields date (date 25% of 4 article pages; threshold 80%)"
    )


def test_too_few_pages_are_not_judged() -> None:
    site = site_with([{"title": True, "date": False, "body": True}] * 2, discovered=2, fetched=2, parsed=2)
    assert site_problem(site, recorded_before=0, rules=RULES) is None


def test_the_report_renders_and_serializes_every_site() -> None:
    report = RunReport("r1", "news", "2026-11-21T10:00:00+09:00")
    site = report.site("aitimes")
    site.discovered, site.fetched, site.parsed, site.written, site.facts = 3, 3, 3, 3, 2
    for _ in range(3):
        site.observe_fields(COMPLETE)
    report.site("zdnet").page_failures["listing: http 404"] = 2
    assert report.judge({"zdnet": 5}, RULES) == [
        "site zdnet returned no articles: no article links found on 0 listing/feed page(s)"
        " (listing: http 404 ×2); it has 5 recorded articles from previous runs"
    ]
    data = report.to_json()
    assert data["totals"]["written"] == 3 and data["sites"]["aitimes"]["completeness"]["date"] == 1.0
    text = report.render()
    assert (
        "aitimes" in text and "page failures: listing: http 404 ×2" in text and "PROBLEM: site zdnet" in text
    )
