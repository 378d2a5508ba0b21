"""매일경제 (mk.co.kr): business daily with an IT/science desk (`/news/it/`).

Article `/news/<section>/11333783`. JSON-LD NewsArticle (headline, dates, every author),
`article:published_time`. Markup (real page, 2025-06): title `h2.news_ttl`, sub-headline
`.midtitle_text`, reporters `dl.author dt.name`, date `.time_area dl.registration dd`, body
paragraphs `p[refid]` and intertitles `div.border_org` of `div.news_cnt_detail_wrap`.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"mk\.co\.kr/news/[a-z_-]+/\d{6,}")
BODY = "div.news_cnt_detail_wrap[itemprop=articleBody]"


class MkArticlePage(SiteArticlePage):
    """A 매일경제 article."""

    key = "mk"
    layouts = (
        Layout(
            version="2025",
            detect=BODY,
            title=(".news_detail_head_group h2.news_ttl", "h2.news_ttl"),
            subtitle=(f"{BODY} .midtitle_text",),
            authors=(".news_write_info_group dl.author dt.name",),
            published=(".news_write_info_group .time_area dl",),
            modified=(".news_write_info_group .time_area dl",),
            body=(f"{BODY} > p, {BODY} > div.border_org",),
        ),
    )


class MkListingPage(ListingPage):
    """A 매일경제 section page: every `/news/<section>/<number>` link (item markup unconfirmed), `?page=N`."""

    page_param = "page"
    keep_query = ()


MK = Site(
    key="mk",
    name="매일경제",
    domains=("mk.co.kr",),
    article_page=MkArticlePage,
    article_url=ARTICLE_URL,
    sitemaps=("https://www.mk.co.kr/sitemap/latest-articles/",),
    listings=("https://www.mk.co.kr/news/it/",),
    listing_page=MkListingPage,
    notes="listing item markup unconfirmed: every article link of the section page",
)
