"""서울경제 (sedaily.com): business daily with an IT section (`/business/it`).

Article `/article/20034495` (older `/NewsView/2GXXRGYP61`). Body `div.article_view[itemprop=articleBody]`,
older pages `div.view_con`.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"sedaily\.com/(?:article/\d{6,}|NewsView/[0-9A-Z]{8,})", re.IGNORECASE)
BODY_DROP = "figure, .art_photo, .article_copy, .relation, .ad, .sub_ad"

NEW_LAYOUT = Layout(
    version="2024",
    detect="div.article_view[itemprop=articleBody]",
    title=("div.article_head h1", "h1.art_tit"),
    subtitle=("div.article_head h2", "div.article_summary"),
    authors=("div.article_head .reporter a", "div.article_head .reporter"),
    published=("div.article_head .article_info span", "div.article_head .article_info"),
    modified=("div.article_head .article_info span", "div.article_head .article_info"),
    body=("div.article_view[itemprop=articleBody]",),
    body_drop=BODY_DROP,
)
OLD_LAYOUT = Layout(
    version="old",
    detect="div.view_con",
    title=("div.sub_view h2", "h2.tit"),
    body=("div.view_con",),
    body_drop=BODY_DROP,
)


class SedailyArticlePage(SiteArticlePage):
    """A 서울경제 article, current or old template."""

    key = "sedaily"
    layouts = (NEW_LAYOUT, OLD_LAYOUT)


SEDAILY = Site(
    key="sedaily",
    name="서울경제",
    domains=("sedaily.com",),
    article_page=SedailyArticlePage,
    article_url=ARTICLE_URL,
    listings=("https://www.sedaily.com/business/it",),
    notes="header selectors (title, byline, date line) unconfirmed: metadata fills gaps",
)
