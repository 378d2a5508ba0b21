"""The HTML report in a real headless Chromium: every chart drawn, no console errors, no network."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from output.facts.build import build_dataset
from output.facts.report import write_report
from tests.facts.browser import ChromiumUnavailable, chromium_binary, open_page
from tests.facts.records import sample_records, write_jsonl

CHARTS = ("chart-papers", "chart-timeline", "chart-sites")


@pytest.fixture(scope="module")
def chromium() -> str:
    """The chromium binary, or a skip that says why there is none."""
    try:
        return chromium_binary()
    except ChromiumUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the sample corpus."""
    folder = tmp_path_factory.mktemp("report")
    dataset = build_dataset([write_jsonl(folder / "records.jsonl", sample_records())])
    path = folder / "report.html"
    write_report(dataset, path)
    return path


def test_report_is_self_contained(report: Path) -> None:
    page = lxml.html.fromstring(report.read_bytes())
    loaded = [e.get("src") or e.get("href") for e in page.iter("script", "link", "img", "iframe", "object")]
    assert [source for source in loaded if source] == [], "the report loads nothing from elsewhere"
    assert any("vegaEmbed" in (script.text or "") for script in page.iter("script"))


def test_charts_render_without_console_errors(chromium: str, report: Path, tmp_path: Path) -> None:
    page = open_page(chromium, report, tmp_path / "profile")

    status = re.search(r'<p id="render-status"([^>]*)>', page.dom)
    assert status, page.dom[-2000:]
    attributes = dict(re.findall(r'data-(\w+)="([^"]*)"', status.group(1)))
    assert attributes.get("errors") == "[]", attributes
    assert attributes["rendered"] == attributes["total"] == str(len(CHARTS))
    for chart in CHARTS:
        drawn = re.search(rf'id="{chart}".*?<svg(.*?)</svg>', page.dom, re.S)
        assert drawn, f"{chart}: no svg"
        assert re.search(r'class="mark-(rect|symbol|text)', drawn.group(1)), f"{chart}: no marks"
    assert page.console == [], page.console
    # the conflict table: both counts, every source's evidence sentence and link
    assert "보도된 수: 11, 12" in page.dom
    assert page.dom.count("네이버는 ICLR 2026에서 논문 12편을 발표했다.") == 2
    assert "https://www.dasom-news.example/news/3" in page.dom


def test_screenshot(chromium: str, report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    open_page(chromium, report, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2200")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000, "a blank page is a few KB"
