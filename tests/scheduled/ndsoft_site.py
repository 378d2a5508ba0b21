"""A generated ND Soft CMS outlet (AI타임스-like) for the scheduled-run tests.

`NdSoftSite(count)` serves, under `https://www.aitimes.com`, the article pages
`/news/articleView.html?idxno=N` (ND Soft's new article template), the section list
`/news/articleList.html?page=N&view_type=sm` (old list markup `#section-list li`, 20 per page,
newest first, a `다음` link while there are more) and the RSS `/rss/allArticle.xml` (newest 30,
dates without a zone as the CMS writes them; `feed=False`: an outlet without one). `add(n)`
publishes n more articles, `redesign()` switches every article to a markup with no date anywhere
and `break_listing()` moves the list to a new markup whose links use a URL form the adapter does
not know (and drops the feed) — the silent breakages the run report must catch. Every sentence
is written for these tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from tests.support.replay import ReplayServer

HOST = "www.aitimes.com"
PER_PAGE = 20
FEED_SIZE = 30
FIRST_PUBLISHED = datetime(2026, 11, 1, 6, 0)

LABS = (
    "한빛AI연구소",
    "누리데이터",
    "가람로보틱스",
    "새솔전자",
    "다온소프트",
    "미르클라우드",
    "별빛헬스케어",
)
FIELDS = (
    "음성 인식",
    "초거대 언어모델",
    "자율주행 인지",
    "의료 영상 판독",
    "로봇 손 제어",
    "반도체 설계 자동화",
)
INSTITUTES = (
    "한빛AI연구소",
    "누리지능연구소",
    "가람로봇연구소",
)  # named like institutes, so the extractor finds them
REPORTERS = ("김하늘", "이도윤", "박서연", "최민준")
SECTIONS = ("산업", "연구", "정책")


def article_url(idxno: int) -> str:
    """The real URL of article `idxno`."""
    return f"https://{HOST}/news/articleView.html?idxno={idxno}"


def listing_url(page: int) -> str:
    """The real URL of listing page `page` (the form the list's own links use)."""
    return f"https://{HOST}/news/articleList.html?page={page}&view_type=sm"


FEED_URL = f"https://{HOST}/rss/allArticle.xml"


def published(idxno: int) -> datetime:
    """When article `idxno` was published (KST wall clock): one every 25 minutes."""
    return FIRST_PUBLISHED + timedelta(minutes=25 * idxno)


def title_of(idxno: int) -> str:
    """The headline of article `idxno`."""
    lab, field = LABS[idxno % len(LABS)], FIELDS[idxno % len(FIELDS)]
    return f"{lab}, {field} 기술 보고서 공개… 시험 기사 {idxno}호"


def papers_of(idxno: int) -> int:
    """How many accepted papers article `idxno` reports (every fifth article reports some)."""
    return idxno % 4 + 2 if idxno % 5 == 0 else 0


def paragraphs_of(idxno: int) -> list[str]:
    """The body paragraphs of article `idxno` (each article's body is different)."""
    lab, field = LABS[idxno % len(LABS)], FIELDS[idxno % len(FIELDS)]
    when = published(idxno)
    paragraphs = [
        f"{lab}가 {field} 분야의 새 모델과 기술 보고서를 {when.month}월 {when.day}일 공개했다.",
        f"이번 모델은 이전 판보다 처리 속도를 {idxno % 40 + 5}% 끌어올린 것이 특징이라고 회사 측은 설명했다.",
        f"연구진은 공개 데이터셋 {idxno % 6 + 2}종으로 성능을 검증했고, 보고서는 {lab}의 {idxno}번째 공개 자료다.",
        f'{lab} 관계자는 "현장에서 바로 쓸 수 있는 수준까지 다듬는 것이 올해 목표"라고 말했다.',
    ]
    if papers_of(idxno):
        institute = INSTITUTES[idxno % len(INSTITUTES)]
        paragraphs.append(
            f"{institute} 연구진은 NeurIPS 2026에 논문 {papers_of(idxno)}편이 채택됐다고 밝혔다."
        )
    return paragraphs


def article_html(idxno: int, *, redesigned: bool = False) -> str:
    """An ND Soft article page; `redesigned` drops every date (meta tags and the info line)."""
    return ndsoft_article_page(
        url=article_url(idxno),
        title=title_of(idxno),
        reporter=REPORTERS[idxno % len(REPORTERS)],
        section=SECTIONS[idxno % len(SECTIONS)],
        section_code="S1N1",
        paragraphs=paragraphs_of(idxno),
        published=None if redesigned else published(idxno),
        previous_url=article_url(max(1, idxno - 1)),
    )


def ndsoft_article_page(
    *,
    url: str,
    title: str,
    reporter: str,
    section: str,
    section_code: str,
    paragraphs: list[str],
    published: datetime | None,
    previous_url: str,
) -> str:
    """An article page in ND Soft's markup (header h3.heading, info line, article body div); with
    no `published` time, the redesign that drops every date (meta tags and the info line)."""
    title = escape(title)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    if published is None:
        head_dates = ""
        info = f'<div class="byline-2027"><span>{reporter} 기자</span></div>'
    else:
        head_dates = f'<meta property="article:published_time" content="{published.isoformat()}+09:00">'
        info = (
            f'<ul class="infomation"><li><i class="icon-user"></i> 기자명 {reporter}</li>'
            f'<li><i class="icon-clock"></i> 입력 {published:%Y.%m.%d %H:%M}</li></ul>'
        )
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{title} - AI타임스</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:article:author" content="{reporter}">
<meta property="article:section" content="{section}">
{head_dates}
</head><body>
<header class="article-view-header">
<nav class="breadcrumbs"><a href="/">홈</a><a href="/news/articleList.html?sc_section_code={section_code}">{section}</a></nav>
<h3 class="heading">{title}</h3>
{info}
</header>
<article id="article-view-content-div" class="article-veiw-body view-page" itemprop="articleBody">
{body}
</article>
<aside class="relation"><a href="{previous_url}">이전 기사</a></aside>
</body></html>"""


def listing_html(idxnos: list[int], page: int, *, has_next: bool, broken: bool = False) -> str:
    """A section list page of ND Soft's old list markup (`broken`: a redesign with new article URLs)."""
    link = "/article/{n}" if broken else "/news/articleView.html?idxno={n}"
    items = "\n".join(
        f"""<li><h4 class="titles"><a href="{link.format(n=n)}">{escape(title_of(n))}</a></h4>
<p class="lead">{escape(paragraphs_of(n)[0])}</p>
<span class="byline"><em>{REPORTERS[n % len(REPORTERS)]} 기자</em><em>{published(n):%Y.%m.%d %H:%M}</em></span></li>"""
        for n in idxnos
    )
    container = '<ul class="type2" id="list-2027">' if broken else '<ul class="type2" id="section-list">'
    following = f'<a href="/news/articleList.html?page={page + 1}&view_type=sm">다음</a>' if has_next else ""
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>전체기사 - AI타임스</title></head><body>
<section class="article-list">{container}
{items}
</ul></section>
<div class="pagination">{following}</div>
</body></html>"""


def feed_xml(idxnos: list[int]) -> str:
    """The RSS of all articles (ND Soft writes `pubDate` as KST without a zone)."""
    items = "\n".join(
        f"""<item><title>{escape(title_of(n))}</title><link>{article_url(n)}</link>
<description>{escape(paragraphs_of(n)[0])}</description><author>{REPORTERS[n % len(REPORTERS)]}</author>
<pubDate>{published(n):%Y-%m-%d %H:%M:%S}</pubDate></item>"""
        for n in idxnos
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>AI타임스</title><link>https://{HOST}</link>
<description>시험용 전체 기사</description>
{items}
</channel></rss>"""


class NdSoftSite:
    """An ND Soft outlet with `count` articles, served by a ReplayServer (see the module doc)."""

    def __init__(self, server: ReplayServer, count: int, *, feed: bool = True) -> None:
        self.server = server
        self.feed = feed
        self.count = 0
        self.redesigned = False
        self.listing_broken = False
        self.add(count)

    @property
    def idxnos(self) -> list[int]:
        """Every article number, newest first."""
        return list(range(self.count, 0, -1))

    def add(self, how_many: int) -> list[int]:
        """Publish `how_many` new articles (listing and feed follow); their numbers."""
        new = list(range(self.count + 1, self.count + how_many + 1))
        self.count += how_many
        for n in new:
            self.server.add(article_url(n), article_html(n, redesigned=self.redesigned))
        self._publish_lists()
        return new

    def redesign(self) -> None:
        """Every article page loses its dates (a template change the parser does not know)."""
        self.redesigned = True
        for n in self.idxnos:
            self.server.add(article_url(n), article_html(n, redesigned=True))

    def break_listing(self) -> None:
        """The list pages change markup and link articles as `/article/N`, the feed goes: no article link is found."""
        self.listing_broken = True
        self.server.remove(FEED_URL)
        self._publish_lists()

    def list_page_urls(self, page: int) -> list[str]:
        """Every URL list page `page` is served under (the outlet's start URL is page 1)."""
        urls = [listing_url(page), f"https://{HOST}/news/articleList.html?view_type=sm&page={page}"]
        return [*urls, f"https://{HOST}/news/articleList.html?view_type=sm"] if page == 1 else urls

    def _publish_lists(self) -> None:
        numbers = self.idxnos
        pages = max(1, -(-len(numbers) // PER_PAGE))
        for page in range(1, pages + 2):  # one empty page past the end
            chunk = numbers[(page - 1) * PER_PAGE : page * PER_PAGE]
            html = listing_html(chunk, page, has_next=page < pages, broken=self.listing_broken)
            for url in self.list_page_urls(page):
                self.server.add(url, html)
        if self.feed and not self.listing_broken:
            self.server.add(FEED_URL, feed_xml(numbers[:FEED_SIZE]), "application/rss+xml; charset=utf-8")
