"""연합뉴스 (yna.co.kr): the national news agency; IT/science under /industry/technology-science.

Article `/view/AKR20260903017300091`. Title `header.title-article01 h1.tit01`, body paragraphs
of `.story-news.article` up to `p.txt-copyright`, date `div.update-time[data-published-time]`,
reporters `#newsWriterCarousel01 strong`. Listing items `ul.list01 > li[data-cid]` show their
time as `12-01 23:26`, with no year.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"/view/AKR\d{17}", re.IGNORECASE)


class YonhapArticlePage(SiteArticlePage):
    """A 연합뉴스 article."""

    key = "yonhap"
    layouts = (
        Layout(
            version="2024",
            detect=".story-news",
            title=("header.title-article01 h1.tit01", "h1.tit01"),
            subtitle=("header.title-article01 h2.tit-sub", ".story-news .tit-sub"),
            authors=("#newsWriterCarousel01 strong.tit-name", "#newsWriterCarousel01 strong"),
            published=(
                "div.update-time::attr(data-published-time)",
                "p.update-time::attr(data-published-time)",
            ),
            modified=("div.update-time::attr(data-modified-time)",),
            section=("nav.nav-path01 a.depth02", "nav.nav-path01 a:last-child"),
            body=(
                "//div[contains(concat(' ', @class, ' '), ' story-news ')]/p"
                "[not(contains(@class, 'txt-copyright')) and not(preceding-sibling::p[contains(@class, 'txt-copyright')])]",
            ),
        ),
    )


class YonhapListingPage(ListingPage):
    """A 연합뉴스 section page: `ul.list01 > li[data-cid]`, times without a year, numbered pages."""

    item_css = "ul.list01 > li[data-cid]"
    link_css = "a.tit-news::attr(href), a::attr(href)"
    title_css = "span.title01::text"
    time_css = "span.txt-time::text"
    next_css = ".paging-type01 strong.num + a.num::attr(href)"
    keep_query = ()


YONHAP = Site(
    key="yonhap",
    name="연합뉴스",
    domains=("yna.co.kr",),
    article_page=YonhapArticlePage,
    article_url=ARTICLE_URL,
    feeds=("https://www.yna.co.kr/rss/news.xml",),
    listings=("https://www.yna.co.kr/industry/technology-science",),
    listing_page=YonhapListingPage,
    notes="RSS index at /rss/index; listing times show no year",
)
