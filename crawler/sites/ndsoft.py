"""The ND Soft CMS family: one article page and one listing page for every outlet on it.

Many Korean online outlets run ND Soft's CMS, so a new one is one `Site(...)` below. Facts:
- article `/news/articleView.html?idxno=NNN`, listing `/news/articleList.html?page=N&view_type=sm`,
  RSS `/rss/allArticle.xml` (dates like `2026-08-09 18:00:00` with no zone: KST);
- body `article#article-view-content-div` (`itemprop=articleBody`);
- new template: `header.article-view-header h3.heading`, info line `ul.infomation li`
  (`기자명 홍길동`, `입력 2024.05.30 10:00`, `수정 …`; the CMS's own spelling);
- old template: `.article-head-title`, `#user-container .info-text ul li` (`승인 2022.01.26 14:03`);
- meta `article:published_time`, `og:article:author` / `dable:author`, `article:section`;
- listing items: old `#section-list li` (`.titles a`, `p.lead`, `.byline em`), new
  `li.altlist-text-item` with `.altlist-info-item`.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Query, Site

ARTICLE_URL = re.compile(r"/news/articleView\.html\?(?:.*&)?idxno=\d+")
BODY = "#article-view-content-div"
# Photo boxes, related-article boxes and ads the CMS puts inside the body.
BODY_DROP = "figure, .photo-layout, .IMGFLOATING, .view-editors, .article-copy, .view-copyright, .ad-template, .relation"
# The article is `idxno`; other parameters are views. The AMP page is the same article.
ARTICLE_PATHS = {
    "/news/articleView.html": "/news/articleView.html",
    "/news/articleViewAmp.html": "/news/articleView.html",
}


def ndsoft_article_path(host: str, path: str, query: Query) -> tuple[str, Query] | None:
    """`articleView.html` or `articleViewAmp.html` with only its `idxno`, on any host (a CMS rule)."""
    if path in ARTICLE_PATHS:
        idxno = [(k, v) for k, v in query if k.lower() == "idxno"]
        if idxno:
            return ARTICLE_PATHS[path], idxno[:1]
    return None


NEW_TEMPLATE = Layout(
    version="new",
    detect="header.article-view-header",
    title=("header.article-view-header h3.heading", "header.article-view-header h2.heading"),
    subtitle=("header.article-view-header h4.subheading", "header.article-view-header h2.subheading"),
    authors=("ul.infomation li:contains('기자명')", "article.writer .name"),
    published=("ul.infomation li",),
    modified=("ul.infomation li",),
    body=(f"{BODY} > p", f"{BODY} p", BODY),
    body_drop=BODY_DROP,
)
OLD_TEMPLATE = Layout(
    version="old",
    detect=".article-head-title",
    title=(".article-head-title",),
    subtitle=(".article-head-sub",),
    authors=("#user-container .info-text ul li:contains('기자')",),
    published=("#user-container .info-text ul li",),
    modified=("#user-container .info-text ul li",),
    body=(f"{BODY} > p", f"{BODY} p", BODY),
    body_drop=BODY_DROP,
)


class NdSoftArticlePage(SiteArticlePage):
    """An article of any ND Soft outlet, new or old template; the publisher is the registered site's."""

    key = "ndsoft"
    layouts = (NEW_TEMPLATE, OLD_TEMPLATE)


class NdSoftListingPage(ListingPage):
    """An ND Soft section list (`articleList.html`), old or new item markup, paged by `?page=N`."""

    item_css = "#section-list li, li.altlist-text-item"
    link_css = ".titles a::attr(href), a::attr(href)"
    title_css = ".titles a::text"
    time_css = ".byline em::text, .altlist-info-item::text"
    page_param = "page"
    keep_query = ("idxno",)


def ndsoft_site(key: str, name: str, host: str, *, notes: str = "", crawl: bool = True) -> Site:
    """A Site on the ND Soft CMS at `https://{host}`: RSS of all articles and the article list."""
    return Site(
        key=key,
        name=name,
        domains=(host.removeprefix("www."),),
        article_page=NdSoftArticlePage,
        article_url=ARTICLE_URL,
        feeds=(f"https://{host}/rss/allArticle.xml",),
        listings=(f"https://{host}/news/articleList.html?view_type=sm",),
        listing_page=NdSoftListingPage,
        crawl=crawl,
        canonical_path=ndsoft_article_path,
        notes=notes or "ND Soft CMS",
    )


AITIMES = ndsoft_site("aitimes", "AI타임스", "www.aitimes.com", notes="ND Soft CMS; AI news")
BLOTER = ndsoft_site("bloter", "블로터", "www.bloter.net", notes="ND Soft CMS since ~2022 (WordPress before)")
ITCHOSUN = ndsoft_site("itchosun", "IT조선", "it.chosun.com", notes="ND Soft CMS; IT desk of 조선미디어")
TECHM = ndsoft_site("techm", "테크M", "www.techm.kr", notes="ND Soft CMS")
THELEC = ndsoft_site("thelec", "디일렉", "www.thelec.kr", notes="ND Soft CMS; electronics and chips")
