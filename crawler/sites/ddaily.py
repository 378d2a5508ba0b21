"""디지털데일리 (ddaily.co.kr): IT daily. Its RSS redirects to the home page, so the home page is the listing.

Article `/page/view/2026080707424338420`; body `div#news_body_area` (*old*): metadata first.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"ddaily\.co\.kr/page/view/\d{12,}")


class DdailyArticlePage(SiteArticlePage):
    """A 디지털데일리 article (body selector old: metadata first)."""

    key = "ddaily"
    markup_first = False
    layouts = (
        Layout(
            version="2022",
            detect="div#news_body_area",
            title=(".article_head h1", "h1.title"),
            subtitle=(".article_head h2", "h2.sub_title"),
            published=(".article_head .date",),
            body=("div#news_body_area > p", "div#news_body_area"),
            body_drop="figure, table, .article_relation, .ad",
        ),
    )


DDAILY = Site(
    key="ddaily",
    name="디지털데일리",
    domains=("ddaily.co.kr",),
    article_page=DdailyArticlePage,
    article_url=ARTICLE_URL,
    listings=("https://www.ddaily.co.kr/",),
    notes="RSS redirects to the home page: the home page's article links are the listing",
)
