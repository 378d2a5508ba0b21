"""지디넷코리아 (zdnet.co.kr): IT news; discovered from its section lists (its RSS is only a FeedBurner mirror).

Article `/view/?no=20260810002022`. Title `.news_head h1`, body `#articleBody p` (`.view_cont`),
reporter `meta[property=dable:author]`, date line `입력 :2011/04/05 15:23 수정: 2011/04/06 10:14`.
Listing `/news/?lstcode=0000&page=1` (0020 방송/통신, 0040 컴퓨팅, 0050 홈&모바일, 0100 인터넷,
0120 반도체…), items `.newsPost` with a relative link `.assetText > a`.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Query, Site

ARTICLE_URL = re.compile(r"/view/\?(?:.*&)?no=\d{14}")


def zdnet_article_path(host: str, path: str, query: Query) -> tuple[str, Query] | None:
    """The old mobile view `/news_view.asp?article_id=N` → `/view/?no=N`."""
    if host == "zdnet.co.kr" and path == "/news_view.asp":
        ids = [v for k, v in query if k == "article_id"]
        if ids:
            return "/view/", [("no", ids[0])]
    return None


class ZdnetArticlePage(SiteArticlePage):
    """A 지디넷코리아 article."""

    key = "zdnet"
    title_suffixes = ("ZDNet korea", "지디넷코리아")
    layouts = (
        Layout(
            version="2020",
            detect="#articleBody",
            title=(".news_head h1",),
            subtitle=(".news_head h2", ".news_head p.sub_tit"),
            authors=(".news_head .meta a.reporter", ".reporter_list .name"),
            published=(".news_head .meta span", ".news_head .meta"),
            modified=(".news_head .meta span", ".news_head .meta"),
            body=("#articleBody > p", "#articleBody p", "#articleBody"),
            body_drop=".article_photo, .relation_news, .ad, .tag_area",
        ),
    )

    def authors(self) -> list[str]:
        """Reporters: `dable:author` is the one the site fills reliably, then the byline."""
        return self.authors_from_metadata() or super().authors()


class ZdnetListingPage(ListingPage):
    """A 지디넷코리아 section list: `.newsPost` items, `.assetText > a` links, `page=N` paging."""

    item_css = ".newsPost"
    link_css = ".assetText > a::attr(href)"
    title_css = ".assetText h3::text"
    time_css = ".byline span::text"
    page_param = "page"
    keep_query = ("no",)


ZDNET = Site(
    key="zdnet",
    name="지디넷코리아",
    domains=("zdnet.co.kr",),
    article_page=ZdnetArticlePage,
    article_url=ARTICLE_URL,
    listings=(
        "https://zdnet.co.kr/news/?lstcode=0000&page=1",
        "https://zdnet.co.kr/news/?lstcode=0120&page=1",
    ),
    listing_page=ZdnetListingPage,
    host_aliases=(("m.zdnet.co.kr", "zdnet.co.kr"), ("www.zdnet.co.kr", "zdnet.co.kr")),
    canonical_path=zdnet_article_path,
    notes="date line and listing times unconfirmed; dable:author for reporters",
)
