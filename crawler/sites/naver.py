"""Naver News article pages (an aggregator: each article belongs to the press that wrote it).

URL forms: `n.news.naver.com/mnews/article/{oid}/{aid}`, `n.news.naver.com/article/{oid}/{aid}`,
older `news.naver.com/main/read.naver?…&oid=…&aid=…`. Naver's robots.txt disallows every agent,
so the site is not crawled (`crawl=False`); a URL list may still hold its pages, and the `urls`
spider reads them with this adapter (robots.txt permitting). No JSON-LD and no date meta tags:
the markup below is all there is, with the generic parser behind each field.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from crawler.pages.article import ArticlePage
from crawler.pages.fields import clean_author_names, clean_whitespace, parse_kst_datetime
from crawler.pages.html import html_to_text
from crawler.pages.site import Site
from crawler.pages.urls import canonicalize

# Inside `#dic_area`: the sub-headline, photo blocks and their captions, and embedded players.
NAVER_BODY_NOISE = (
    "strong.media_end_summary, .end_photo_org, .img_desc, em.img_desc, .nbd_table, .vod_player_wrap, "
    "._VOD_PLAYER_WRAP, .media_end_correction, .artical-btm, script, style, iframe"
)

NAVER_ARTICLE_URL = "https://n.news.naver.com/mnews/article/{oid}/{aid}"
_NAVER_PATH = re.compile(r"^/(?:mnews/)?article/(?:comment/)?(?P<oid>\d{3})/(?P<aid>\d{10})/?$")
_NAVER_HOSTS = frozenset({"n.news.naver.com", "news.naver.com", "m.news.naver.com", "m.n.news.naver.com"})


def naver_article_url(url: str) -> str | None:
    """The one URL of a Naver News article in any of its forms (mobile, old `read.naver`), else None."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host not in _NAVER_HOSTS:
        return None
    found = _NAVER_PATH.match(parts.path)
    if found:
        return NAVER_ARTICLE_URL.format(oid=found["oid"], aid=found["aid"])
    query = dict(parse_qsl(parts.query))
    oid, aid = query.get("oid", ""), query.get("aid", "")
    if re.fullmatch(r"\d{3}", oid) and re.fullmatch(r"\d{10}", aid):
        return NAVER_ARTICLE_URL.format(oid=oid, aid=aid)
    return None


def naver_origin_link(html: str, base_url: str | None = None) -> str | None:
    """The original publisher's article URL a Naver News page links (`a.media_end_head_origin_link`)."""
    href = Selector(text=html, base_url=base_url).css("a.media_end_head_origin_link::attr(href)").get()
    if not href or not href.strip().lower().startswith(("http://", "https://")):
        return None
    return canonicalize(href)


class NaverArticlePage(ArticlePage):
    """A Naver News article page (`#dic_area` body, `_ARTICLE_DATE_TIME` dates, press in og:article:author)."""

    key = "naver"
    version = "1"

    def title(self) -> str | None:
        """`h2#title_area > span`, else the generic title."""
        return self.css_text("h2#title_area span, h2.media_end_head_headline") or super().title()

    def subtitle(self) -> str | None:
        """The bold summary at the top of the body (`strong.media_end_summary`), one line per `<br>`."""
        return self.block_text("#dic_area strong.media_end_summary") or None

    def authors(self) -> list[str]:
        """Reporter names from `em.media_end_head_journalist_name`, else the `span.byline_s` byline."""
        exclude = [name for name in [self.publisher()] if name]
        names = self.selector.css("em.media_end_head_journalist_name::text").getall()
        found = clean_author_names(names, exclude=exclude)
        if not found:
            found = clean_author_names(self.selector.css("span.byline_s::text").getall(), exclude=exclude)
        return found

    def published_at(self) -> datetime | None:
        """`span._ARTICLE_DATE_TIME[data-date-time]` (`2024-05-30 11:40:08`, KST)."""
        raw = self.css_attr("._ARTICLE_DATE_TIME", "data-date-time") or self.css_text("._ARTICLE_DATE_TIME")
        return parse_kst_datetime(raw) or super().published_at()

    def modified_at(self) -> datetime | None:
        """`._ARTICLE_MODIFY_DATE_TIME[data-modify-date-time]`, when the article was edited."""
        raw = self.css_attr("._ARTICLE_MODIFY_DATE_TIME", "data-modify-date-time") or self.css_text(
            "._ARTICLE_MODIFY_DATE_TIME"
        )
        return parse_kst_datetime(raw)

    def section(self) -> str | None:
        """Naver's section label (`em.media_end_categorize_item`: 경제, IT/과학…)."""
        return self.css_text("em.media_end_categorize_item")

    def publisher(self) -> str | None:
        """The press, not Naver: `og:article:author` = `뉴시스 | 네이버` → `뉴시스`."""
        press = self.meta("og:article:author")
        if press:
            name = clean_whitespace(re.split(r"\s*[|ㅣ]\s*", press)[0])
            if name and name != "네이버":
                return name
        return self.css_attr("a.media_end_head_top_logo img", "title") or self.css_attr(
            "a.media_end_head_top_logo img", "alt"
        )

    def site_names(self) -> list[str]:
        """The press and Naver itself (stripped from titles, never taken for reporters)."""
        return [name for name in [self.publisher(), "네이버 뉴스", "네이버"] if name]

    def original_url(self) -> str | None:
        """The article on the press's own site (`a.media_end_head_origin_link`)."""
        return self.css_attr("a.media_end_head_origin_link", "href")

    def other_urls(self) -> list[str]:
        """The press's own URL of this article (canonical), which the seen-store keys to it too."""
        origin = naver_origin_link(self.html, self.url)
        return [origin] if origin else []

    def main_text(self) -> str:
        """`#dic_area` (an `<article>`: selected by id), one line per `<br>`, without summary and captions."""
        found = self.selector.css("#dic_area")
        if not found:
            return super().main_text()
        return html_to_text(found[0].get(), exclude=NAVER_BODY_NOISE)


SITE = Site(
    key="naver",
    name="네이버 뉴스",
    domains=("news.naver.com",),
    article_page=NaverArticlePage,
    article_url=re.compile(
        r"^https?://(?:n\.|m\.)?news\.naver\.com/(?:mnews/)?(?:article/\d{3}/\d+|main/read\.naver\?.*\baid=\d+)"
    ),
    crawl=False,
    host_aliases=(
        ("m.news.naver.com", "n.news.naver.com"),
        ("news.naver.com", "n.news.naver.com"),
        ("m.n.news.naver.com", "n.news.naver.com"),
    ),
    canonical_url=naver_article_url,
    notes="Aggregator; robots.txt disallows all agents: never crawled, read only from URL lists.",
)
