"""아이뉴스24 (inews24.com): IT news; RSS `rss.inews24.com/rss/news_it.xml`.

Article `/view/1557410`. Body `#articleBody > p` inside `article.view` (which also holds ads and
scripts); reporter `og:article:author` (*old*). The feed's RFC 822 dates are marked `GMT` but
carry KST wall-clock times (unverified against live pages: the article page's own date wins).
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"inews24\.com/view/\d{5,}")


class Inews24ArticlePage(SiteArticlePage):
    """A 아이뉴스24 article: body from `#articleBody > p`, the rest from metadata first."""

    key = "inews24"
    layouts = (
        Layout(
            version="2023",
            detect="article.view #articleBody",
            subtitle=("article.view .subtitle", "article.view h2.sub"),
            body=("article.view #articleBody > p", "#articleBody > p", "#articleBody"),
            body_drop="figure, .ad, .related",
        ),
    )


INEWS24 = Site(
    key="inews24",
    name="아이뉴스24",
    domains=("inews24.com",),
    article_page=Inews24ArticlePage,
    article_url=ARTICLE_URL,
    feeds=("https://rss.inews24.com/rss/news_it.xml",),
    notes="feed dates say GMT but are KST (unverified)",
    feed_gmt_is_kst=True,
)
