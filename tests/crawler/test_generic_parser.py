"""The generic article parser (`ArticlePage`) and the Naver adapter, page in → record out."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from scrapy.http import HtmlResponse

from crawler.pages.article import ArticlePage, NotAnArticle, page_for
from crawler.pages.html import html_to_text
from crawler.pages.registry import site_for_url
from crawler.sites.naver import NaverArticlePage
from tests.crawler.fixtures import FIXTURES as FIXTURE_DIR
from tests.crawler.fixtures import Fixture, assert_record_matches, load_fixtures

FIXTURES = load_fixtures()
SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "output" / "schemas" / "article-1.json").read_text()
)
KST = timezone(timedelta(hours=9))
BODY = "<p>" + "국내 기업이 새 반도체 공정을 공개했다. 업계는 양산 시점에 주목하고 있다. " * 2 + "</p>"


def read(fixture: Fixture) -> ArticlePage:
    """The page object the registry picks, built from the text Scrapy would decode."""
    response = HtmlResponse(fixture.url, body=fixture.body, headers={"Content-Type": fixture.content_type})
    return page_for(fixture.url, response.text)[1]


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_page_gives_its_expected_record(name: str) -> None:
    fixture = FIXTURES[name]
    page = read(fixture)
    if fixture.skipped:
        with pytest.raises(NotAnArticle) as raised:
            page.record()
        assert raised.value.reason == fixture.skipped
        return
    assert fixture.record is not None
    record = page.record(site=fixture.record["site"]).to_item()
    assert_record_matches(record, fixture.record)
    jsonschema.validate(record, SCHEMA)


def test_cp949_page_declared_euc_kr_only_in_meta_decodes() -> None:
    fixture = FIXTURES["euckr_article"]
    assert fixture.content_type == "text/html"  # no charset in the header
    fixture.body.decode("cp949")
    with pytest.raises(UnicodeDecodeError):
        fixture.body.decode("euc-kr")  # 똠 exists only in CP949
    response = HtmlResponse(fixture.url, body=fixture.body, headers={"Content-Type": "text/html"})
    assert "똠얌꿍" in response.text


def page(head: str = "", body: str = BODY, url: str = "https://news.example.kr/a/1") -> ArticlePage:
    return ArticlePage(url, f"<html><head>{head}</head><body>{body}</body></html>")


def test_jsonld_as_a_list_with_a_type_list_and_broken_blocks_skipped() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
        '<script type="application/ld+json">[{"@type": "WebSite", "name": "예제뉴스"},'
        ' {"@type": ["Thing", "http://schema.org/NewsArticle"], "headline": "제목 하나",'
        ' "datePublished": "2026-03-02 07:00:00", "author": {"@type": "Person", "name": "서하준 기자"},'
        ' "articleSection": ["산업", "IT"], "publisher": {"name": "예제뉴스"},}]</script>'
    )
    found = page(head)
    assert found.title() == "제목 하나"
    assert found.published_at() == datetime(2026, 3, 2, 7, 0, tzinfo=KST)
    assert found.authors() == ["서하준"]
    assert found.section() == "산업"
    assert found.publisher() == "예제뉴스"


def test_title_falls_back_from_og_to_h1_to_title_and_loses_the_suffix() -> None:
    assert page('<meta property="og:title" content="AI 칩 경쟁 - 예제뉴스">').title() == "AI 칩 경쟁"
    assert (
        page("<title>로봇 수출 증가 | 예제일보</title>", "<h1>로봇 수출 두 배</h1>" + BODY).title()
        == "로봇 수출 두 배"
    )
    assert page("<title>로봇 수출 증가 | 예제일보</title>").title() == "로봇 수출 증가"
    assert page(
        '<meta property="og:site_name" content="예제"><title>로봇 수출 증가 - 예제</title>'
    ).title() == ("로봇 수출 증가")


def test_authors_skip_facebook_urls_and_the_publisher() -> None:
    head = (
        '<meta property="og:site_name" content="예제뉴스">'
        '<meta property="article:author" content="https://www.facebook.com/example">'
        '<meta name="author" content="예제뉴스"><meta name="author" content="오세린 기자">'
    )
    assert page(head).authors() == ["오세린"]


def test_authors_from_the_body_byline_when_nothing_else_names_them() -> None:
    body = "<article><p>[세종=예제뉴스] 문가은 기자 = 정부가 새 지원책을 발표했다. 지원 규모는 지난해의 두 배다.</p></article>"
    assert page(body=body).authors() == ["문가은"]


def test_visible_dates_with_labels() -> None:
    body = "<div class='info'>승인 2022.01.26 14:03 | 수정 2022.01.27 오전 12:30</div>" + BODY
    found = page(body=body)
    assert found.published_at() == datetime(2022, 1, 26, 14, 3, tzinfo=KST)
    assert found.modified_at() == datetime(2022, 1, 27, 0, 30, tzinfo=KST)


@pytest.mark.parametrize(
    ("head", "body", "reason"),
    [
        ("", BODY, "no-title"),
        ("<title>짧은 글</title>", "<p>한 줄뿐이다.</p>", "no-body"),
        ('<title>전체 기사</title><meta property="og:type" content="website">', BODY, "listing"),
        (
            '<title>전체 기사</title><script type="application/ld+json">{"@type": "CollectionPage"}</script>',
            BODY,
            "listing",
        ),
    ],
)
def test_pages_that_are_not_articles_say_why(head: str, body: str, reason: str) -> None:
    with pytest.raises(NotAnArticle, match=reason):
        page(head, body).record()


def test_og_type_website_with_an_article_date_is_still_an_article() -> None:
    head = (
        '<title>소식</title><meta property="og:type" content="website">'
        '<meta property="article:published_time" content="2026-01-02T10:00:00+09:00">'
    )
    assert page(head).record().title == "소식"


def test_html_to_text_splits_paragraphs_and_br_and_drops_excluded_parts() -> None:
    fragment = (
        "<div>첫 줄<br>둘째 줄<p>셋째 <b>문단</b></p><em class='cap'>사진 설명</em><script>x()</script></div>"
    )
    assert html_to_text(fragment, exclude=".cap") == "첫 줄\n둘째 줄\n셋째 문단"


def test_script_rendered_page_body_comes_from_the_embedded_html() -> None:
    embedded = json.dumps(
        "<p>" + "서버에서 내려준 본문 문장이다. " * 10 + "</p><div class='caption'>사진 설명</div>"
    )
    found = page(
        "<title>스크립트 기사 | 예제</title>",
        f"<div id='app'></div><script>window.__DATA__ = {{\"contentHtml\": {embedded}}};</script>",
    )
    assert found.text().startswith("서버에서 내려준 본문 문장이다.")
    assert "사진 설명" not in found.text()


# --- Naver ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://n.news.naver.com/mnews/article/999/0000012345",
        "https://n.news.naver.com/article/999/0000012345",
        "https://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1=105&oid=999&aid=0000012345",
    ],
)
def test_naver_url_forms_get_the_naver_adapter(url: str) -> None:
    site = site_for_url(url)
    assert site is not None and site.key == "naver" and site.is_article_url(url) and not site.crawl
    key, found = page_for(url, FIXTURES["naver_article"].body.decode("utf-8"))
    assert key == "naver" and isinstance(found, NaverArticlePage)
    assert found.title() == "통신 3사, 6G 시범망 공동 구축 나선다"


def test_naver_original_url_and_press() -> None:
    found = read(FIXTURES["naver_article"])
    assert isinstance(found, NaverArticlePage)
    assert found.original_url() == "https://www.gasangtongsin.example/view/20261117000045"
    assert found.publisher() == "가상통신"
    assert found.canonical_url() == "https://n.news.naver.com/mnews/article/999/0000012345"


def test_naver_page_without_reporter_or_edit_does_not_take_the_press_for_a_reporter() -> None:
    html = FIXTURES["naver_article"].body.decode("utf-8")
    html = html.replace('<em class="media_end_head_journalist_name">정하늘 기자</em>', "")
    html = html.replace("정하늘 기자(sky@gasang.example)", "가상통신 webmaster@gasang.example")
    html = html.replace("_ARTICLE_MODIFY_DATE_TIME", "")
    found = NaverArticlePage("https://n.news.naver.com/article/999/0000012345", html)
    assert found.authors() == []
    assert found.modified_at() is None


def test_fixture_files_are_ours() -> None:
    """Every fixture page has its expected file, and no page is left without one."""
    pages = {p.name.removesuffix(".html") for p in FIXTURE_DIR.glob("*.html")}
    assert pages == set(FIXTURES)


def test_main_text_settings_built_once_equal_trafilaturas_own_per_page() -> None:
    from trafilatura.settings import Extractor

    from crawler.pages.article import main_text_options

    url = "https://www.gasangtongsin.example/view/1?a=한글"
    own = Extractor(
        output_format="txt", comments=False, tables=False, images=False, precision=True, dedup=False, url=url
    )
    reused = main_text_options(url)
    assert reused is not main_text_options(url)  # each page its own copy
    assert {slot: getattr(reused, slot) for slot in Extractor.__slots__} == {
        slot: getattr(own, slot) for slot in Extractor.__slots__
    }
