"""`scrapy crawl news` end to end: a replay of three sites on 127.0.0.1, a real scrapy process.

The replay serves, under their real URLs, 지디넷코리아's section lists (paged, an article that moved
from page 1 to page 2 while the spider was reading), AI타임스's feed and list (ND Soft CMS, one
feed item that is a deleted-article notice), and 한국일보's latest-articles sitemap. Every other
registered site answers 404. The pages are written here in each site's markup.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.crawl import REPO_ROOT, CrawlResult, run_crawl
from tests.support.replay import ReplayServer

QUIET = {"EXTRACT_ENABLED": "0"}


@dataclass(frozen=True)
class Story:
    """One article of the replay: where it lives and what its page says."""

    url: str
    title: str
    published: str  # `2026-11-20 09:00`
    reporter: str
    paragraphs: tuple[str, ...]

    @property
    def iso(self) -> str:
        """The publication time as the record writes it."""
        return self.published.replace(" ", "T") + ":00+09:00"


def zdnet(no: str, title: str, published: str, *paragraphs: str) -> Story:
    """A 지디넷코리아 story."""
    return Story(f"https://zdnet.co.kr/view/?no={no}", title, published, "한지우", paragraphs)


def aitimes(idxno: int, title: str, published: str, *paragraphs: str) -> Story:
    """An AI타임스 story."""
    url = f"https://www.aitimes.com/news/articleView.html?idxno={idxno}"
    return Story(url, title, published, "백은서", paragraphs)


def hankookilbo(aid: str, title: str, published: str, *paragraphs: str) -> Story:
    """A 한국일보 story."""
    return Story(f"https://www.hankookilbo.com/news/article/{aid}", title, published, "노태윤", paragraphs)


Z5 = zdnet("20261120090011", "통신사, AI 기지국 전력 절감 시험 결과 공개", "2026-11-20 09:00",
           "이동통신사가 인공지능으로 기지국 전력을 조절하는 시험에서 전력 사용량을 15% 줄였다.",
           "회사는 트래픽이 적은 새벽 시간대에 안테나 일부를 자동으로 끄는 방식을 적용했다.")  # fmt: skip
Z4 = zdnet("20261119150022", "국산 AI 칩, 대학 연구실 클러스터에 첫 공급", "2026-11-19 15:00",
           "국내 팹리스가 만든 AI 가속 칩이 대학 연구실용 계산 클러스터에 처음 공급됐다.",
           "연구진은 이 클러스터로 한국어 음성 데이터 학습 시간을 절반으로 줄일 계획이다.")  # fmt: skip
Z3 = zdnet("20261118100033", "반도체 장비 업계, 하이브리드 본딩 장비 수주 늘어", "2026-11-18 10:00",
           "차세대 메모리 적층에 쓰이는 하이브리드 본딩 장비 수주가 올해 크게 늘었다.",
           "업계는 고대역폭메모리 생산 확대가 장비 수요를 이끌고 있다고 분석했다.")  # fmt: skip
Z2 = zdnet("20261110080044", "클라우드 게임 서비스, 지연 시간 20밀리초 벽 넘었다", "2026-11-10 08:00",
           "국내 클라우드 게임 서비스가 입력 지연 시간을 20밀리초 아래로 낮췄다.",
           "회사는 전국 다섯 곳의 엣지 데이터센터에 렌더링 서버를 분산 배치했다.")  # fmt: skip
Z1 = zdnet("20261028110055", "파운드리, 2나노 시제품 수율 공개 안 해", "2026-10-28 11:00",
           "파운드리 업체가 2나노 공정 시제품 생산을 시작했지만 수율은 밝히지 않았다.",
           "업계에서는 초기 수율이 목표치에 미치지 못한 것으로 보고 있다.")  # fmt: skip
A2 = aitimes(158210, "연구팀, 적은 데이터로 학습하는 의료 영상 모델 개발", "2026-11-20 11:30",
             "국내 연구팀이 흉부 엑스레이 수천 장만으로 학습하는 의료 영상 판독 모델을 개발했다.",
             "이 모델은 기존 모델보다 학습 데이터가 열 배 적어도 비슷한 정확도를 보였다.")  # fmt: skip
A1 = aitimes(158190, "공공기관 생성형 AI 도입 지침 개정", "2026-11-19 16:40",
             "정부가 공공기관의 생성형 AI 활용 지침을 개정해 내부 문서 입력 기준을 구체화했다.",
             "개정 지침은 개인정보가 담긴 문서를 외부 모델에 입력하지 못하도록 했다.")  # fmt: skip
A_DELETED = "https://www.aitimes.com/news/articleView.html?idxno=158150"
H2 = hankookilbo("A2026112013300005555", "우주항공청, 소형 위성 군집 발사 일정 확정", "2026-11-20 13:30",
                 "우주항공청이 초소형 위성 11기를 군집으로 발사하는 일정을 확정했다.",
                 "위성들은 한반도 주변 해양 환경을 하루 여러 차례 관측하게 된다.")  # fmt: skip
H1 = hankookilbo("A2026111908000006666", "대학 연구진, 상온 초전도 재현 실험 결과 발표", "2026-11-19 08:00",
                 "국내 대학 연구진이 상온 초전도 주장 물질의 재현 실험 결과를 발표했다.",
                 "연구진은 초전도 현상은 관찰되지 않았고 불순물에 의한 자성만 확인됐다고 밝혔다.")  # fmt: skip
ALL_STORIES = (Z5, Z4, Z3, Z2, Z1, A2, A1, H2, H1)


# --- pages in each site's markup ---------------------------------------------------------------


def paragraphs_html(story: Story) -> str:
    """The story's paragraphs as `<p>` elements."""
    return "".join(f"<p>{text}</p>" for text in story.paragraphs)


def zdnet_article(story: Story) -> str:
    """A 지디넷코리아 article page: `.news_head`, the `입력 :` date line, `#articleBody`."""
    stamp = story.published.replace("-", "/")
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{story.title} - ZDNet korea</title><link rel="canonical" href="{story.url}">
<meta property="og:type" content="article"><meta property="dable:author" content="{story.reporter} 기자">
</head><body><div class="news_head"><h1>{story.title}</h1><div class="meta"><span>입력 :{stamp}</span></div></div>
<div class="view_cont"><div id="articleBody">{paragraphs_html(story)}</div></div></body></html>"""


def zdnet_listing(*stories: Story, moved: Story | None = None) -> str:
    """A 지디넷코리아 section list page; `moved` is listed with a tracking parameter, as the site does."""
    items = []
    for story in stories:
        href = story.url.removeprefix("https://zdnet.co.kr")
        if story is moved:
            href += "&re=R_20261120"
        stamp = story.published.replace("-", ".")
        items.append(
            f'<div class="newsPost"><div class="assetText"><a href="{href}"><h3>{story.title}</h3></a>'
            f'<p class="byline"><span>{story.reporter} 기자</span><span>{stamp}</span></p></div></div>'
        )
    return f"<!DOCTYPE html><html><body><div class='news_list'>{''.join(items)}</div></body></html>"


def ndsoft_article(story: Story) -> str:
    """An ND Soft (AI타임스) article page, new template."""
    stamp = story.published.replace("-", ".")
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{story.title} - AI타임스</title><link rel="canonical" href="{story.url}"></head><body>
<header class="article-view-header"><h3 class="heading">{story.title}</h3>
<ul class="infomation"><li>기자명 {story.reporter} 기자</li><li>입력 {stamp}</li></ul></header>
<article id="article-view-content-div" class="article-veiw-body view-page" itemprop="articleBody">
{paragraphs_html(story)}</article></body></html>"""


def ndsoft_feed(*stories: str) -> str:
    """An ND Soft allArticle.xml (times with no zone)."""
    items = "".join(stories)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>AI타임스</title>{items}</channel></rss>'


def ndsoft_feed_item(url: str, title: str, published: str) -> str:
    """One feed item."""
    return f"<item><title>{title}</title><link>{url}</link><pubDate>{published}:00</pubDate></item>"


def ndsoft_listing(*stories: Story) -> str:
    """An ND Soft article list (new template), with an author-page link that is not an article."""
    items = "".join(
        f'<li class="altlist-text-item"><div class="altlist-subject"><a href="{s.url}">{s.title}</a></div>'
        f'<div class="altlist-info"><div class="altlist-info-item">{s.published[5:]}</div>'
        f'<div class="altlist-info-item"><a href="/news/userArticleList.html?sc_area=I&amp;sc_word=b">'
        f"{s.reporter} 기자</a></div></div></li>"
        for s in stories
    )
    return f'<!DOCTYPE html><html><body><ul class="altlist-webzine">{items}</ul></body></html>'


DELETED_NOTICE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>AI타임스</title></head>
<body><div class="error-page"><p>삭제된 기사입니다.</p></div></body></html>"""


def hankookilbo_article(story: Story) -> str:
    """A 한국일보 article page, 2026-07 layout (date in the GTM data attributes)."""
    stamp = story.published.replace("-", ".")
    body = "".join(f'<p class="editor-p">{text}</p>' for text in story.paragraphs)
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>
<title>{story.title}-IT과학ㅣ한국일보</title><meta property="og:url" content="{story.url}"/>
<meta property="og:title" content="{story.title}-IT과학ㅣ한국일보"/><meta property="og:type" content="article"/>
<meta name="author" content="{story.reporter} 기자"/></head><body><div id="article-view-content" class="article-view">{body}</div>
<div id="gtm-article-data" data-section-name="IT과학" data-byline-writer-name="{story.reporter}"
 data-deploy-dt="{stamp}" data-re-deploy-dt=""></div></body></html>"""


def hankookilbo_sitemap(*stories: Story) -> str:
    """한국일보's latest-articles news sitemap."""
    urls = "".join(
        f"<url><loc>{s.url}</loc><lastmod>{s.iso}</lastmod><news:news><news:publication_date>{s.iso}"
        f"</news:publication_date><news:title>{s.title}</news:title></news:news></url>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        f' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    )


ZDNET_LIST = "https://zdnet.co.kr/news/?lstcode=0000&page={}"
ZDNET_CHIPS = "https://zdnet.co.kr/news/?lstcode=0120&page={}"
AITIMES_FEED = "https://www.aitimes.com/rss/allArticle.xml"
AITIMES_LIST = "https://www.aitimes.com/news/articleList.html?view_type=sm"
HANKOOKILBO_SITEMAP = "https://www.hankookilbo.com/sitemap/latest-articles"


def serve_three_sites(server: ReplayServer) -> None:
    """Put the three replayed sites on the server."""
    # 지디넷코리아: Z4 was on page 1 when the spider read it, and on page 2 (Z5 had pushed it down)
    # when it read that; page 4 has nothing new, so page 5 is never asked for.
    server.add(ZDNET_LIST.format(1), zdnet_listing(Z5, Z4))
    server.add(ZDNET_LIST.format(2), zdnet_listing(Z4, Z3, moved=Z4))
    server.add(ZDNET_LIST.format(3), zdnet_listing(Z3, Z2))
    server.add(ZDNET_LIST.format(4), zdnet_listing(Z2))
    server.add(ZDNET_LIST.format(5), zdnet_listing(Z1))
    server.add(ZDNET_CHIPS.format(1), zdnet_listing(Z5, Z1))
    server.add(ZDNET_CHIPS.format(2), zdnet_listing(Z1))
    # AI타임스: the feed has both stories and a deleted one; the list repeats the feed's stories.
    feed_items = [ndsoft_feed_item(s.url, s.title, s.published) for s in (A2, A1)]
    feed_items.append(ndsoft_feed_item(A_DELETED, "삭제된 기사", "2026-11-18 10:00"))
    server.add(AITIMES_FEED, ndsoft_feed(*feed_items), content_type="application/xml")
    server.add(AITIMES_LIST, ndsoft_listing(A2, A1))
    server.add(A_DELETED, DELETED_NOTICE)
    # 한국일보: the latest-articles sitemap.
    server.add(HANKOOKILBO_SITEMAP, hankookilbo_sitemap(H2, H1), content_type="application/xml")
    pages = {Z5: zdnet_article, Z4: zdnet_article, Z3: zdnet_article, Z2: zdnet_article, Z1: zdnet_article,
             A2: ndsoft_article, A1: ndsoft_article, H2: hankookilbo_article, H1: hankookilbo_article}  # fmt: skip
    for story, render in pages.items():
        server.add(story.url, render(story))


def crawl_news(server: ReplayServer, tmp_path: Path, **args: str) -> CrawlResult:
    """`scrapy crawl news -a …` against the replay, without extraction."""
    return run_crawl(
        "news", tmp_path / "out.jsonl", mirror=server.url, args=args, settings=QUIET, timeout=120
    )


def expected(*stories: Story) -> dict[str, tuple[str, str]]:
    """Canonical URL → (title, published_at) of the stories."""
    return {s.url: (s.title, s.iso) for s in stories}


def got(result: CrawlResult) -> dict[str, tuple[str, str]]:
    """Canonical URL → (title, published_at) of the records a crawl wrote."""
    return {r["canonical_url"]: (r["title"], r["published_at"]) for r in result.records}


# --- tests -------------------------------------------------------------------------------------


def test_every_site_is_crawled_into_exactly_the_expected_records(
    replay: ReplayServer, tmp_path: Path
) -> None:
    serve_three_sites(replay)

    result = crawl_news(replay, tmp_path)

    assert result.returncode == 0, result.stderr[-3000:]
    assert got(result) == expected(*ALL_STORIES)
    urls = Counter(r["canonical_url"] for r in result.records)
    assert max(urls.values()) == 1, f"recorded twice: {[u for u, n in urls.items() if n > 1]}"
    by_url = {r["canonical_url"]: r for r in result.records}
    assert by_url[Z4.url]["parser"] == "zdnet/2020" and by_url[Z4.url]["authors"] == ["한지우"]
    assert by_url[A1.url]["parser"] == "ndsoft/new" and by_url[A1.url]["text"] == "\n".join(A1.paragraphs)
    assert by_url[H1.url]["parser"] == "hankookilbo/2026-07" and by_url[H1.url]["section"] == "IT과학"

    hits = replay.hits()
    # Each article page is fetched once, wherever and however often it was listed.
    assert all(hits[s.url.removeprefix("https://")] == 1 for s in ALL_STORIES)
    # Listings stop at the first page with nothing new.
    assert hits["zdnet.co.kr/news/?lstcode=0000&page=4"] == 1
    assert hits["zdnet.co.kr/news/?lstcode=0000&page=5"] == 0
    assert hits["zdnet.co.kr/news/?lstcode=0120&page=2"] == 1
    assert hits["zdnet.co.kr/news/?lstcode=0120&page=3"] == 0
    # The deleted article is requested, refused with its reason in the log and the stats.
    assert hits[A_DELETED.removeprefix("https://")] == 1
    assert f"news: {A_DELETED} is not an article (" in result.stderr
    assert "'news/not_article': 1" in result.stderr


def test_sites_since_and_until_bound_a_backfill(replay: ReplayServer, tmp_path: Path) -> None:
    serve_three_sites(replay)

    result = crawl_news(replay, tmp_path, sites="zdnet", since="2026-11-18", until="2026-11-19")

    assert result.returncode == 0, result.stderr[-3000:]
    assert got(result) == expected(Z4, Z3)
    hits = replay.hits()
    assert hits[Z5.url.removeprefix("https://")] == 0  # listed after `until`: never fetched
    assert hits[AITIMES_FEED.removeprefix("https://")] == 0  # not one of the chosen sites
    assert "older than since (2026-11-18 00:00): stop" in result.stderr


def test_max_articles_stops_the_crawl(replay: ReplayServer, tmp_path: Path) -> None:
    serve_three_sites(replay)

    result = crawl_news(replay, tmp_path, sites="hankookilbo,zdnet", max_articles="3")

    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.records) == 3
    assert {r["site"] for r in result.records} <= {"hankookilbo", "zdnet"}
    assert len(got(result)) == 3


def test_unknown_site_key_is_an_error_listing_the_known_keys(tmp_path: Path) -> None:
    result = run_crawl("news", tmp_path / "out.jsonl", args={"sites": "yonhap,zdnett"}, settings=QUIET)

    assert result.returncode == 2
    assert "unknown site key(s) zdnett; known keys: aitimes, bloter, byline" in result.stderr
    assert result.records == []


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a scrapy command in the project."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("command", [("sites",), ("crawl", "news", "-a", "sites=list")])
def test_registered_sites_are_listed(command: tuple[str, ...]) -> None:
    result = scrapy(*command, "-s", "LOG_LEVEL=WARNING")

    assert result.returncode == 0, result.stderr[-3000:]
    for key in ("yonhap", "zdnet", "etnews", "aitimes", "thelec", "hankookilbo", "mk", "byline"):
        assert key in result.stdout
    assert "https://www.yna.co.kr/rss/news.xml" in result.stdout


def test_scrapy_list_shows_the_news_spider() -> None:
    result = scrapy("list")

    assert {"news", "urls"} <= set(result.stdout.split())


def test_unreachable_sites_end_the_crawl_quickly_with_a_plain_message(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_crawl(
        "news",
        tmp_path / "out.jsonl",
        mirror="http://127.0.0.1:9/",
        args={"sites": "yonhap,zdnet,mk"},
        settings={**QUIET, "RETRY_TIMES": "0", "DOWNLOAD_TIMEOUT": "3"},
        timeout=60,
    )
    seconds = time.monotonic() - started

    assert result.returncode == 2
    assert "could not reach any site:" in result.stderr
    assert result.records == []
    assert seconds < 30
