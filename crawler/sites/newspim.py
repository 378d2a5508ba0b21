"""뉴스핌 (newspim.com): wire-style news with an IT/science category. Markup unconfirmed.

Article `/news/view/20260804001274`; listing `/news/lists?category_cd=1`. Pages are read from
JSON-LD and meta tags, then the generic parser.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"newspim\.com/news/view/\d{14}")


class NewspimArticlePage(SiteArticlePage):
    """A 뉴스핌 article, read from metadata first (markup unconfirmed)."""

    key = "newspim"
    markup_first = False
    layouts = (
        Layout(
            version="meta",
            detect="#news_contents, .contents_view",
            title=("div.bodynews_title h1", ".view_tit h1"),
            body=("#news_contents > p", "#news_contents", ".contents_view"),
            body_drop="figure, table, .relation, .ad",
        ),
    )


class NewspimListingPage(ListingPage):
    """A 뉴스핌 category list: every `/news/view/…` link, `page=N` paging."""

    page_param = "page"
    keep_query = ()


NEWSPIM = Site(
    key="newspim",
    name="뉴스핌",
    domains=("newspim.com",),
    article_page=NewspimArticlePage,
    article_url=ARTICLE_URL,
    listings=("https://www.newspim.com/news/lists?category_cd=1",),
    listing_page=NewspimListingPage,
    notes="markup unconfirmed: metadata and the generic parser",
)
