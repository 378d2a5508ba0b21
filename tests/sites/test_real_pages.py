"""Real saved pages (../shared/fixtures/real) read through their site adapters, not the generic parser.

한국일보 in its three layouts and 매일경제 must give the hand-annotated fields and say which layout
read them; the real 연합뉴스 section listing must give its 25 article links in page order, with
times that have no year on the page dated in the right year. (Naver pages go through the naver
adapter in tests/crawler/test_real_pages.py.) Skips when ../shared is absent.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crawler.pages.article import page_for
from crawler.pages.registry import all_sites
from output.schema import KST
from tests.crawler.test_real_pages import assert_matches_annotation, read_annotations, saved_page

pytestmark = pytest.mark.shared

LAYOUTS = {
    "hankookilbo_2025-05-15.html.gz": "hankookilbo/2025-05",
    "hankookilbo_2026-01-29.html.gz": "hankookilbo/2026-01",
    "hankookilbo_2026-07-12.html.gz": "hankookilbo/2026-07",
    "mk_2025-06-04.html.gz": "mk/2025",
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_real_article_through_its_site_adapter(shared_dir: Path, name: str) -> None:
    info = read_annotations(shared_dir)[name]
    key, page = page_for(info["url"], saved_page(shared_dir, name).decode("utf-8"))

    record = page.record(site=key).to_item()

    assert key == name.split("_")[0]
    assert record["parser"] == LAYOUTS[name]
    assert_matches_annotation(record, info["expected"], name)
    assert record["publisher"] == all_sites()[key].name


def test_real_hankookilbo_byline_with_two_reporters_names_the_first(shared_dir: Path) -> None:
    name = "hankookilbo_2026-07-12.html.gz"
    info = read_annotations(shared_dir)[name]
    _, page = page_for(info["url"], saved_page(shared_dir, name).decode("utf-8"))

    assert "박준석" in page.authors()


def test_real_yonhap_listing_gives_its_25_links_and_dated_items(shared_dir: Path) -> None:
    name = "yonhap_listing_2025-12-01.html.gz"
    info = read_annotations(shared_dir)[name]
    site = all_sites()["yonhap"]
    assert site.listing_page is not None
    # Seen in January: `12-01 23:26` belongs to the previous December.
    seen_at = datetime(2026, 1, 5, 9, 0, tzinfo=KST)

    page = site.listing_page(info["url"], saved_page(shared_dir, name).decode("utf-8"), now=seen_at)

    links = page.article_links()
    assert len(links) == info["expected"]["article_links"]
    assert links[0] == info["expected"]["first_article"]
    assert links[-1] == info["expected"]["last_article"]
    assert len(set(links)) == len(links)
    times = [item.published_at for item in page.items()]
    assert all(t is not None for t in times)
    assert {t.year for t in times if t is not None} == {2025}
    assert max(t for t in times if t is not None) <= datetime(2025, 12, 1, 23, 59, tzinfo=KST)
