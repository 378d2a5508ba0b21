"""전자신문 (etnews.com): electronics and IT daily; RSS with RFC 822 dates.

Article `/20260810000234`; `article:published_time` like `2026-08-10T13:13:26+09:00`. The body
selector `section.article_body p` and reporter meta `aicon:author` date from 2019: metadata is
read first. Listing items `ul.news_list li` with `strong a` and `span.date` (`2026-08-10 13:13`).
"""

from __future__ import annotations

import re

from crawler.pages.fields import clean_author_names
from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"etnews\.com/\d{11,14}(?:$|[?#/])")


class EtnewsArticlePage(SiteArticlePage):
    """A 전자신문 article (selectors from 2019: metadata first)."""

    key = "etnews"
    markup_first = False
    layouts = (
        Layout(
            version="2019",
            detect="section.article_body",
            title=("h1.article_title", ".article_title_wrap h1"),
            subtitle=("h2.article_subtitle", ".article_title_wrap h2"),
            authors=(".article_author a", ".article_author"),
            published=(".date_time",),
            body=("section.article_body > p", "section.article_body p", "section.article_body"),
            body_drop=".article_image, .art_relation, .ad_area",
        ),
    )

    def authors(self) -> list[str]:
        """Reporters from `aicon:author` (the site's own meta), else the usual sources."""
        raw = self.meta("aicon:author")
        found = clean_author_names(raw, exclude=self.publisher_names()) if raw else []
        return found or super().authors()


class EtnewsListingPage(ListingPage):
    """A 전자신문 news list: `ul.news_list li`, `strong a` links, `span.date` times."""

    item_css = "ul.news_list li"
    link_css = "strong a::attr(href)"
    title_css = "strong a::text"
    time_css = "span.date::text"
    page_param = "page"
    keep_query = ()


ETNEWS = Site(
    key="etnews",
    name="전자신문",
    domains=("etnews.com",),
    article_page=EtnewsArticlePage,
    article_url=ARTICLE_URL,
    feeds=("https://rss.etnews.com/Section901.xml",),
    listing_page=EtnewsListingPage,
    notes="article selectors from 2019 (unconfirmed): metadata first",
)
