"""Canonical URLs key the seen-store: one spelling per article, whatever form a link takes."""

from __future__ import annotations

import pytest

from crawler.pages.urls import canonicalize, desktop_host
from crawler.sites.naver import naver_article_url, naver_origin_link


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # mobile hosts fold onto the desktop host
        ("https://m.yna.co.kr/view/AKR20261121000100017", "https://www.yna.co.kr/view/AKR20261121000100017"),
        ("http://m.etnews.com/20261121000123", "https://www.etnews.com/20261121000123"),
        ("https://m.blog.example.com/post/3", "https://blog.example.com/post/3"),
        # ND Soft: AMP and view parameters fold onto `articleView.html?idxno=`
        (
            "https://m.aitimes.com/news/articleViewAmp.html?idxno=1201",
            "https://www.aitimes.com/news/articleView.html?idxno=1201",
        ),
        (
            "https://www.aitimes.com/news/articleView.html?idxno=1201&replyAll=&reply_sc_order_by=C&utm_source=x",
            "https://www.aitimes.com/news/articleView.html?idxno=1201",
        ),
        # ZDNet Korea's old mobile view
        (
            "https://m.zdnet.co.kr/news_view.asp?article_id=20261121101010",
            "https://zdnet.co.kr/view/?no=20261121101010",
        ),
        ("https://www.zdnet.co.kr/view/?no=20261121101010", "https://zdnet.co.kr/view/?no=20261121101010"),
        # every Naver News article form is one URL
        (
            "https://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1=105&oid=003&aid=0012577249",
            "https://n.news.naver.com/mnews/article/003/0012577249",
        ),
        (
            "https://m.news.naver.com/read.nhn?oid=607&aid=0000001728&sid1=105",
            "https://n.news.naver.com/mnews/article/607/0000001728",
        ),
        (
            "https://n.news.naver.com/article/607/0000001728?sid=105",
            "https://n.news.naver.com/mnews/article/607/0000001728",
        ),
        # the original rules still hold
        ("http://WWW.Example.co.kr/news/1#top", "https://www.example.co.kr/news/1"),
        ("https://example.co.kr:443", "https://example.co.kr/"),
    ],
)
def test_one_spelling_per_article(url: str, canonical: str) -> None:
    assert canonicalize(url) == canonical
    assert canonicalize(canonical) == canonical


def test_desktop_hosts() -> None:
    assert desktop_host("m.hankookilbo.com") == "www.hankookilbo.com"
    assert desktop_host("www.mk.co.kr") == "www.mk.co.kr"
    assert desktop_host("it.chosun.com") == "it.chosun.com"


def test_naver_pages_that_are_not_articles_are_left_alone() -> None:
    assert naver_article_url("https://news.naver.com/section/105") is None
    assert canonicalize("https://news.naver.com/section/105") == "https://n.news.naver.com/section/105"


def test_naver_copy_names_the_original() -> None:
    page = """<html><body><div class="media_end_head_info_datestamp">
    <a href="https://www.yna.co.kr/view/AKR20261121000100017?input=1195m" class="media_end_head_origin_link">
    기사원문</a></div></body></html>"""
    assert naver_origin_link(page) == "https://www.yna.co.kr/view/AKR20261121000100017?input=1195m"
    assert naver_origin_link("<html><body>원문 링크 없음</body></html>") is None
