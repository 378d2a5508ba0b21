"""The generated news site of the crawl benchmark (bench/crawl_bench.py).

`bench_articles(n)` writes n Korean articles from template sentences (fixed seed): organizations
that had N papers accepted at a conference, among sentences that name no count. Odd-numbered
articles are served by an ND Soft outlet (`www.aitimes.com`, read by the `aitimes` adapter), even
ones by an outlet no adapter knows (`news.gisul-bench.example`, read by the generic parser from
its JSON-LD NewsArticle, h1 and paragraphs). Every sentence here was written for the benchmark.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from tests.scheduled.ndsoft_site import ndsoft_article_page

NDSOFT_HOST = "www.aitimes.com"
GENERIC_HOST = "news.gisul-bench.example"
FIRST_PUBLISHED = datetime(2026, 3, 2, 8, 0)

ORGANIZATIONS = (
    "한솔AI연구소",
    "누리전자",
    "가온대학교",
    "별하소프트",
    "다솜로보틱스",
    "미리내정보통신",
    "온새미바이오",
    "라온클라우드",
)
CONFERENCES = ("NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "AAAI", "KDD", "ICCV", "ISSCC")
REPORTERS = ("홍길동", "김철수", "이영희", "박보람")
HEADLINES = (
    "{org}, {conf} {year}에 논문 {n}편 채택",
    "{org} 연구진 {conf} 무대에… 논문 {n}건 발표",
    "{conf} {year} 채택 논문 {n}편, {org} 역대 최다",
)
COUNT_SENTENCES = (
    "{org}는 올해 열리는 {conf} {year}에 논문 {n}편이 채택됐다고 {day}일 발표했다.",
    "{org} 연구팀은 {conf}에서 모두 {n}건의 논문을 선보일 예정이다.",
    "{org2}도 같은 학회에 논문 {m}편을 올렸다.",
    '{org} 관계자는 "{conf}에 {n}편을 내놓게 돼 연구진의 노력이 인정받았다"고 전했다.',
    "{org}는 지난해 {conf2}에서도 논문 {m}편을 발표했다.",
)
PLAIN_SENTENCES = (
    "이번 연구는 적은 전력으로 큰 모델을 돌리는 방법에 초점을 맞췄다.",
    "연구진은 공개 데이터로 실험을 반복해 결과의 재현성을 확인했다.",
    "회사는 연구 인력을 내년까지 두 배로 늘릴 계획이라고 밝혔다.",
    "학계에서는 산업계 연구소의 존재감이 해마다 커지고 있다는 평가가 나온다.",
    "해당 기술은 번역과 요약, 검색 서비스에 차례로 적용될 예정이다.",
    "심사위원들은 문제 설정의 참신함과 실험 설계의 꼼꼼함을 높이 샀다.",
    "{org}는 여러 대학과 공동 연구실을 꾸려 인재를 길러 왔다.",
    "발표 내용 가운데 일부는 이미 사내 서비스에서 시험 운영 중이다.",
    "업계는 이번 성과가 해외 인재 영입에도 도움이 될 것으로 보고 있다.",
    "한편 정부는 인공지능 연구 장비 지원 사업을 올해 확대하기로 했다.",
)


@dataclass(frozen=True)
class BenchArticle:
    """One generated article: its number, real URL, texts and publication time."""

    number: int
    url: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime
    reporter: str

    @property
    def ndsoft(self) -> bool:
        """True when an ND Soft outlet serves this article (odd numbers)."""
        return self.number % 2 == 1

    def extraction_input(self) -> dict[str, str]:
        """The article as one `python -m extract` input line (title, text, published_at)."""
        return {
            "title": self.title,
            "text": "\n\n".join(self.paragraphs),
            "published_at": f"{self.published.isoformat()}+09:00",
        }

    def html(self) -> str:
        """The article page in its outlet's markup."""
        return ndsoft_html(self) if self.ndsoft else generic_html(self)


def article_url(number: int) -> str:
    """The real URL of article `number` (ND Soft outlet for odd numbers, the generic one for even)."""
    if number % 2 == 1:
        return f"https://{NDSOFT_HOST}/news/articleView.html?idxno={number}"
    return f"https://{GENERIC_HOST}/news/{number}.html"


def fill(template: str, rng: random.Random, year: int) -> str:
    """A template with organizations, conferences, the year and counts drawn from `rng`."""
    return template.format(
        org=rng.choice(ORGANIZATIONS), org2=rng.choice(ORGANIZATIONS), conf=rng.choice(CONFERENCES),
        conf2=rng.choice(CONFERENCES), year=year, n=rng.randint(1, 35), m=rng.randint(1, 20),
        day=rng.randint(1, 28),
    )  # fmt: skip


def bench_articles(count: int, seed: int = 20260302) -> list[BenchArticle]:
    """`count` deterministic articles, each with a different body."""
    rng = random.Random(seed)
    articles = []
    for number in range(1, count + 1):
        year = rng.randint(2019, 2026)
        paragraphs = [f"[{fill('{org}', rng, year)} 소식] 기사 번호 {number}번의 내용이다."]
        for _ in range(rng.randint(4, 7)):
            pool = COUNT_SENTENCES if rng.random() < 0.3 else PLAIN_SENTENCES
            paragraphs.append(" ".join(fill(rng.choice(pool), rng, year) for _ in range(rng.randint(2, 4))))
        articles.append(
            BenchArticle(
                number=number,
                url=article_url(number),
                title=fill(rng.choice(HEADLINES), rng, year),
                paragraphs=tuple(paragraphs),
                published=FIRST_PUBLISHED + timedelta(minutes=17 * number),
                reporter=REPORTERS[number % len(REPORTERS)],
            )
        )
    return articles


def ndsoft_html(article: BenchArticle) -> str:
    """An ND Soft article page (the markup the crawl tests serve, tests/scheduled/ndsoft_site.py)."""
    return ndsoft_article_page(
        url=article.url,
        title=article.title,
        reporter=article.reporter,
        section="연구",
        section_code="S1N2",
        paragraphs=list(article.paragraphs),
        published=article.published,
        previous_url=f"/news/articleView.html?idxno={max(1, article.number - 2)}",
    )


def generic_html(article: BenchArticle) -> str:
    """A plain article page: JSON-LD NewsArticle, h1 and paragraphs, no adapter's markup."""
    title = escape(article.title)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": f"{article.published.isoformat()}+09:00",
        "author": {"@type": "Person", "name": f"{article.reporter} 기자"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "기술벤치뉴스"},
    }
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{title} | 기술벤치뉴스</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<link rel="canonical" href="{article.url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<nav><a href="/">홈</a> <a href="/news/ai">인공지능</a></nav>
<main class="article">
<h1>{title}</h1>
<div class="article-body">
{body}
</div>
<p class="copyright">기술벤치뉴스 무단전재 금지</p>
</main>
</body></html>"""
