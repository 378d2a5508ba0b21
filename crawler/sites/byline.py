"""바이라인네트워크 (byline.network): IT news site on WordPress.

Article `/2026/08/<slug>/`; feed `/feed/`; category `/category/article/ai/` (paged `/page/2/`).
WordPress markup: `article`, `h1.entry-title`, `.entry-content`, `time[datetime]`, `a[rel=author]`.
A new WordPress outlet is one more `Site(...)` with `WordPressArticlePage`.
"""

from __future__ import annotations

import re

from crawler.pages.layout import Layout, SiteArticlePage
from crawler.pages.listing import ListingPage
from crawler.pages.site import Site

ARTICLE_URL = re.compile(r"byline\.network/\d{4}/\d{2}/(?:\d{2}/)?[^/?#]+/?(?:$|[?#])")


class WordPressArticlePage(SiteArticlePage):
    """A WordPress post: entry title, entry content, `time.published` and `time.updated`."""

    key = "wordpress"
    layouts = (
        Layout(
            version="wordpress",
            detect=".entry-content",
            title=("article h1.entry-title", "h1.entry-title"),
            subtitle=("article .entry-subtitle", "article h2.subtitle"),
            authors=("article .author a[rel=author]", "article a[rel=author]", "article .byline .author"),
            published=("article time.published::attr(datetime)", "article time.entry-date::attr(datetime)"),
            modified=("article time.updated::attr(datetime)",),
            section=("article .cat-links a", "article .entry-category a"),
            body=(
                "article .entry-content > p, article .entry-content > h2, article .entry-content > h3,"
                " article .entry-content > blockquote, article .entry-content > ul > li",
                ".entry-content",
            ),
            body_drop=".sharedaddy, .jp-relatedposts, .wp-block-image, .wp-caption, .ads",
        ),
    )


class BylineArticlePage(WordPressArticlePage):
    """A 바이라인네트워크 article."""

    key = "byline"


class WordPressListingPage(ListingPage):
    """A WordPress category page: `article` items, `h2.entry-title a` links, `a.next` paging."""

    item_css = "article"
    link_css = ".entry-title a::attr(href), a::attr(href)"
    title_css = ".entry-title a::text"
    time_css = "time::attr(datetime)"
    next_css = "a.next.page-numbers::attr(href), .nav-previous a::attr(href)"
    keep_query = ()


BYLINE = Site(
    key="byline",
    name="바이라인네트워크",
    domains=("byline.network",),
    article_page=BylineArticlePage,
    article_url=ARTICLE_URL,
    feeds=("https://byline.network/feed/",),
    listings=("https://byline.network/category/article/ai/",),
    listing_page=WordPressListingPage,
    notes="WordPress",
)
