"""Hostile input in real crawls: each bad item reported by place and reason, every good one kept.

- A URL list with a port out of range, a broken IPv6 host, a non-UTF-8 line and a URL holding a
  password (the page behind it asks for HTTP basic auth): the good lines before and after are all
  fetched, each bad line is named by its number, and the password is in no log line, report or
  record. Two URLs of one story (same content hash) give one record.
- `news` over replayed outlets: a feed with a broken link and a year-9999 date among good items,
  a sitemap index that names a new index without end (and a broken `<loc>`), and a sitemap that
  is a billion-laughs document. The good items are crawled, the index is followed only to
  SITEMAP_MAX_DEPTH, the attack is refused naming it, and the run exits 65 (bad input).
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.runs.exit import BAD_INPUT_EXIT_CODE
from tests.scheduled.ndsoft_site import FEED_URL, NdSoftSite, article_url
from tests.support.crawl import REPO_ROOT, run_crawl
from tests.support.loopback import QuietHandler, serving
from tests.support.replay import Page, ReplayServer

PASSWORD = "Kx9-hostile-s3cret"
FAST = {"EXTRACT_ENABLED": "0", "RETRY_ENABLED": "0"}


def article(number: int, body: str | None = None) -> bytes:
    """A small article page of our own; `body` fixes the text (two URLs, one story)."""
    text = body or f"가람연구소는 {number}번째 음성 모델을 공개했다."
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>시험 기사 {number}호 - 한빛뉴스</title><meta property="og:type" content="article">
<meta property="og:title" content="시험 기사 {number}호">
<meta property="article:published_time" content="2026-11-19T14:20:00+09:00"></head>
<body><article><h1>시험 기사 {number}호</h1><div id="articleBody"><p>{text}</p>
<p>연구소 측은 이 모델을 누구나 내려받아 쓸 수 있게 했다고 밝혔다.</p><p>홍길동 기자</p>
</div></article></body></html>""".encode()


class _Handler(QuietHandler):
    def do_GET(self) -> None:
        expected = "Basic " + base64.b64encode(f"reader:{PASSWORD}".encode()).decode()
        if self.path.startswith("/private/") and self.headers.get("Authorization") != expected:
            self._send(401, b"who are you")
        elif self.path.startswith(("/news/", "/private/")):
            self._send(200, article(int(self.path.rsplit("/", 1)[1])))
        elif self.path.startswith("/copy/"):  # the story of /news/3 under a second URL
            self._send(200, article(3))
        else:
            self._send(404, b"not found")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    """A loopback server of article pages (one behind basic auth), stopped after the test."""
    with serving(_Handler) as url:
        yield url


def url_list(server: str) -> bytes:
    host = server.removeprefix("http://")
    return b"\n".join(
        [
            f"{server}/news/1".encode(),
            b"http://127.0.0.1:99999/a",
            b"http://[::1/x",
            f"{server}/news/\xff\xfe".encode("latin-1"),
            f"http://reader:{PASSWORD}@{host}/private/2".encode(),
            f"http://reader:{PASSWORD}/@{host}/private/9".encode(),  # an unencoded / in the password
            f"{server}/news/3".encode(),
            f"{server}/copy/3".encode(),
            f"{server}/news/4".encode(),
        ]
    )


def test_a_url_list_with_bad_lines_and_a_password(server: str, tmp_path: Path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_bytes(url_list(server) + b"\n")

    result = run_crawl("urls", tmp_path / "out.jsonl", args={"file": str(listed)}, settings=FAST)

    log = result.stderr
    urls = sorted(r["url"] for r in result.records)
    # /news/3 and /copy/3 are one story: whichever page is read first is written, the other is its duplicate
    copies = [f"{server}/copy/3", f"{server}/news/3"]
    assert [u for u in urls if u not in copies] == [
        f"{server}/news/1",
        f"{server}/news/4",
        f"{server}/private/2",
    ], log[-3000:]
    assert len([u for u in urls if u in copies]) == 1, log[-3000:]
    assert f"line 2 of {listed}: not a usable URL (the port is out of range 0-65535)" in log
    assert f"line 3 of {listed}: not a usable URL (the [IPv6] host is malformed)" in log
    assert f"line 4 of {listed}: not UTF-8 (byte 0xff)" in log
    assert f"line 6 of {listed}: not a usable URL (its password holds a '/'" in log
    (duplicate,) = [u for u in copies if u not in urls]
    assert f"duplicate content: {duplicate} is the story already written as" in log
    written = [*log.splitlines(), *(tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    written += json.dumps(json.loads((tmp_path / "out.report.json").read_text("utf-8"))).splitlines()
    assert not [line for line in written if PASSWORD in line]


def test_a_url_list_on_stdin_survives_a_byte_that_is_not_utf8(server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", "file=-", "-O", f"{out}:jsonlines"]
    for name, value in {**FAST, "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "0"}.items():
        cmd += ["-s", f"{name}={value}"]
    data = f"{server}/news/1\n\xff{server}/news/5\n{server}/news/6\n".encode("latin-1")

    proc = subprocess.run(cmd, cwd=REPO_ROOT, input=data, capture_output=True, timeout=180)

    log = proc.stderr.decode("utf-8", "replace")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r["url"] for r in records) == [f"{server}/news/1", f"{server}/news/6"], log[-3000:]
    assert "line 2 of <stdin>: not UTF-8 (byte 0xff)" in log


MK_INDEX = "https://www.mk.co.kr/sitemap/latest-articles/"


def sitemap_index(children: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in children)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'.encode()


LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&c;</loc></url></urlset>"""


def test_news_skips_bad_entries_stops_an_endless_index_and_refuses_an_attack(
    replay: ReplayServer, tmp_path: Path
) -> None:
    NdSoftSite(replay, 3, feed=False)
    items = [
        f"<item><title>첫 기사</title><link>{article_url(1)}</link></item>",
        "<item><title>깨진 주소</title><link>http://[::1/x</link></item>",
        f"<item><title>먼 미래</title><link>{article_url(9)}</link><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>",
        f"<item><title>둘째 기사</title><link>{article_url(2)}</link></item>",
    ]
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
    )
    replay.add(FEED_URL, Page(feed.encode(), "application/rss+xml"))
    replay.add(MK_INDEX, Page(sitemap_index([f"{MK_INDEX}?n=1"]), "application/xml"))
    for n in range(1, 10):  # each index names the next: without a depth limit, followed to the end
        replay.add(
            f"{MK_INDEX}?n={n}",
            Page(sitemap_index(["http://[::1/x", f"{MK_INDEX}?n={n + 1}"]), "application/xml"),
        )
    replay.add("https://www.hankookilbo.com/sitemap/latest-articles", Page(LAUGHS, "application/xml"))

    result = run_crawl(
        "news", tmp_path / "out.jsonl", mirror=replay.url, args={"sites": "aitimes,mk,hankookilbo"},
        settings={**FAST, "SITEMAP_MAX_DEPTH": "2", "NEWS_DNS_PREFLIGHT": "0"},
    )  # fmt: skip

    log = result.stderr
    assert result.returncode == BAD_INPUT_EXIT_CODE, log[-3000:]
    assert {article_url(1), article_url(2)} <= {r["url"] for r in result.records}
    feed_doc = f"aitimes feed {FEED_URL}"
    assert f"news: bad input: {feed_doc}: entry 2: link 'http://[::1/x' is not a usable URL" in log
    assert (
        f"news: bad input: {feed_doc}: entry 3: date 'Fri, 31 Dec 9999 23:59:59 GMT' is out of range" in log
    )
    assert f"news: bad input: mk sitemap {MK_INDEX}?n=1: entry 1: link 'http://[::1/x'" in log
    assert f"sitemap index {MK_INDEX}?n=2: SITEMAP_MAX_DEPTH (2) reached" in log
    hits = replay.hits()
    assert (
        hits["www.mk.co.kr/sitemap/latest-articles/?n=2"] == 1
        and hits["www.mk.co.kr/sitemap/latest-articles/?n=3"] == 0
    )
    assert "sitemap https://www.hankookilbo.com/sitemap/latest-articles declares XML entities" in log
    assert (
        "crawl failed: some input was bad and skipped (feed-entry 2, hostile-xml 1, sitemap-entry 2)" in log
    )
