"""디지털타임스 (dt.co.kr): ICT daily; RSS `/rss/google/ict` carries full text and ISO 8601 dates.

Article `/article/12076577`, older `contents.html?article_no=…`. Old pages were EUC-KR, with the
body in `div#article_body div.art_txt` and the date in `li.lasttime` (*old*). The current
template is unconfirmed: JSON-LD and meta first, then these selectors, then the generic parser.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"dt\.co\.kr/(?:article/\d{6,}|contents\.html\?(?:.*&)?article_no=\d+)")


class DtArticlePage(SiteArticlePage):
    """A 디지털타임스 article, current or old (EUC-KR) template; metadata first."""

    key = "dt"
    markup_first = False
    layouts = (
        Layout(
            version="old",
            detect="div#article_body div.art_txt",
            title=("div.article_head h1", "#news_names h1", "h1"),
            subtitle=("div.article_head h2", "div.sub_tit"),
            authors=("div.article_head .byline", "li.writer"),
            published=("li.lasttime", "ul.art_info li"),
            modified=("li.lasttime", "ul.art_info li"),
            body=("div#article_body div.art_txt",),
            body_drop="div.art_photo, table, .article_relation",
        ),
        Layout(
            version="2024",
            detect="article .article_view, div.article_view",
            title=("h1.article_title", "div.article_view h1"),
            body=("div.article_view > p", "div.article_view"),
            body_drop=".img_box, .caption, .relation",
        ),
    )


DT = Site(
    key="dt",
    name="디지털타임스",
    domains=("dt.co.kr",),
    article_page=DtArticlePage,
    article_url=ARTICLE_URL,
    feeds=("https://www.dt.co.kr/rss/google/ict",),
    notes="current markup unconfirmed (metadata first); old pages EUC-KR",
)
