"""Acceptance: three outlets report one fact, a real crawl reads them, `scrapy facts` consolidates it.

The replay serves three article pages under their real URLs on 127.0.0.1: two outlets say 12
papers (one only in its headline), one says 11; the third page names no publisher, so its outlet
is its domain. The sentences are the project's own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from tests.support.crawl import REPO_ROOT, run_crawl
from tests.support.replay import Page, ReplayServer

ROBOTS = b"User-agent: *\nAllow: /\n"


@dataclass(frozen=True)
class Story:
    """One article page of the replay."""

    url: str
    publisher: str | None
    title: str
    published: str
    paragraphs: tuple[str, ...]

    def html(self) -> str:
        """The page: JSON-LD NewsArticle (with the publisher when it has one) and the body."""
        article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.title,
                   "datePublished": self.published, "author": [{"@type": "Person", "name": "홍길동 기자"}]}  # fmt: skip
        if self.publisher:
            article["publisher"] = {"@type": "NewsMediaOrganization", "name": self.publisher}
        body = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        return (
            f"<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{self.title}</title>"
            f"<script type='application/ld+json'>{json.dumps(article, ensure_ascii=False)}</script></head>"
            f"<body><article><h1>{self.title}</h1><div class='article-body'>{body}</div></article></body></html>"
        )


STORIES = (
    Story("https://www.gasang-economy.example/news/articleView.html?idxno=501", "가상경제",
          "네이버, 국제학회 발표 준비", "2026-02-25T09:00:00+09:00",
          ("네이버는 올해 열리는 ICLR 2026에서 논문 12편이 채택됐다고 25일 밝혔다.",
           "회사는 채택된 논문이 대부분 대규모 언어모델의 효율을 다룬다고 설명했다.",
           "연구진은 학회 기간 동안 현장 부스에서 시연도 진행할 계획이다.")),
    Story("https://news.narae-daily.example/article/2026/02/26/0042", "나래일보",
          "네이버 AI 연구 성과 공개", "2026-02-26T10:30:00+09:00",
          ("네이버가 ICLR 2026에서 논문 11편을 발표한다.",
           "연구진은 음성 인식과 검색 품질 개선 연구를 소개할 예정이다.",
           "회사는 앞으로도 해외 학회 참여를 늘리겠다는 방침이다.")),
    Story("https://www.dasom-news.example/view/7781", None,
          "네이버, ICLR 2026서 논문 12편 채택", "2026-02-27T08:15:00+09:00",
          ("네이버의 연구 조직이 올봄 열리는 ICLR에서 연구 성과를 공개한다.",
           "회사 관계자는 국내외 대학과 함께 진행한 공동 연구도 포함됐다고 전했다.",
           "발표 자료는 학회가 끝난 뒤 누리집에 공개될 예정이다.")),
)  # fmt: skip


def test_three_outlets_become_one_fact_in_conflict(replay: ReplayServer, tmp_path: Path) -> None:
    for story in STORIES:
        replay.add(story.url, story.html())
        host = story.url.split("/")[2]
        replay.add(f"https://{host}/robots.txt", Page(ROBOTS, "text/plain"))
    records_file = tmp_path / "crawl.jsonl"
    crawl = run_crawl(
        "urls", records_file, mirror=replay.url, args={"urls": ",".join(s.url for s in STORIES)}
    )
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert len(crawl.records) == 3

    tables = tmp_path / "tables"
    command = [sys.executable, "-m", "scrapy", "facts", str(records_file), "-o", str(tables)]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    facts = pd.read_parquet(tables / "facts.parquet")
    naver = facts[(facts["organization_id"] == "naver") & (facts["year"] == 2026)]
    assert len(naver) == 1, facts.to_string()
    row = naver.iloc[0]
    assert list(row["conferences"]) == ["ICLR"]
    assert row["status"] == "conflict"
    assert list(row["counts_seen"]) == [11, 12]
    assert row["count"] == 12 and row["rule"] == "more_outlets"
    assert sorted(row["outlets"]) == sorted(["가상경제", "나래일보", "dasom-news.example"])
    assert row["first_reported"].isoformat() == "2026-02-25T09:00:00+09:00"

    mentions = pd.read_parquet(tables / "mentions.parquet")
    articles = pd.DataFrame(crawl.records)[["id", "url", "title"]]
    joined = mentions[mentions["fact_id"] == row["fact_id"]].merge(
        articles, left_on="article_id", right_on="id", suffixes=("", "_article")
    )
    assert len(joined) == 3
    assert (joined["url"] == joined["url_article"]).all()
    assert sorted(joined["count"]) == [11, 12, 12]
    headline = joined[joined["evidence_field"] == "title"]
    assert list(headline["evidence"]) == ["네이버, ICLR 2026서 논문 12편 채택"]
    assert sorted(row["article_ids"]) == sorted(articles["id"])

    # The crawl writes record schema 1.1: every fact's confidence reaches its mention, and the
    # consolidated fact keeps the highest.
    assert {r["schema_version"] for r in crawl.records} == {"1.1"}
    confidences = {r["id"]: {pc["confidence"] for pc in r["paper_counts"]} for r in crawl.records}
    assert all(m.confidence in confidences[m.article_id] for m in joined.itertuples())
    assert row["confidence"] == max(joined["confidence"]) > 0
