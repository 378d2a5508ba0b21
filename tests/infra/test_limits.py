"""Size limits of a real crawl: a 50 MB page and a gzip bomb are refused, naming DOWNLOAD_MAXSIZE.

A loopback server serves one ordinary article, a 50 MB page with its Content-Length, a 50 MB page
streamed without one (the limit can only be met while reading), and a gzip bomb (200 KB that
inflate to 200 MB). `scrapy crawl urls` reads all four with the project's settings; the article
is written, the other three are refused with Scrapy's message naming the limit, and the crawl's
peak RSS (tests/support/memory.py) stays far below what reading them whole would take.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import settings
from tests.support.crawl import REPO_ROOT
from tests.support.loopback import QuietHandler, serving
from tests.support.memory import run_measured

MB = 1 << 20
ARTICLE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>작은 연구소, 새 음성 모델 공개 - 한빛뉴스</title>
<meta property="og:type" content="article">
<meta property="og:title" content="작은 연구소, 새 음성 모델 공개">
<meta property="article:published_time" content="2026-11-19T14:20:00+09:00">
</head><body><article><h1>작은 연구소, 새 음성 모델 공개</h1><div id="articleBody">
<p>가람연구소는 적은 데이터로도 잘 듣는 음성 인식 모델을 19일 공개했다.</p>
<p>연구소 측은 이 모델을 누구나 내려받아 쓸 수 있게 했다고 밝혔다.</p>
<p>홍길동 기자</p></div></article></body></html>""".encode()
BOMB = gzip.compress(bytes(200 * MB), compresslevel=9)
CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"


class _Handler(QuietHandler):
    protocol_version = "HTTP/1.0"  # a body without Content-Length ends when the connection closes

    def do_GET(self) -> None:
        if self.path == "/news/ok":
            self._send(ARTICLE, {"Content-Length": str(len(ARTICLE))})
        elif self.path == "/news/big":
            self._send(None, {"Content-Length": str(50 * MB)}, chunks=50 * MB // len(CHUNK))
        elif self.path == "/news/streamed":
            self._send(None, {}, chunks=50 * MB // len(CHUNK))
        elif self.path == "/news/bomb":
            self._send(BOMB, {"Content-Length": str(len(BOMB)), "Content-Encoding": "gzip"})
        else:
            self._send(b"not found", {"Content-Length": "9"}, status=404)

    def _send(self, body: bytes | None, headers: dict[str, str], chunks: int = 0, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            if body is not None:
                self.wfile.write(body)
            for _ in range(chunks):
                self.wfile.write(CHUNK)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up: that is the point


@pytest.fixture
def server() -> Iterator[str]:
    """The loopback server's base URL, stopped after the test."""
    with serving(_Handler) as url:
        yield url


def test_the_size_settings_are_sane() -> None:
    assert settings.DOWNLOAD_MAXSIZE == 10 * MB and settings.DOWNLOAD_WARNSIZE == 2 * MB
    assert settings.TELNETCONSOLE_ENABLED is False


def test_oversized_pages_and_a_gzip_bomb_are_refused_and_the_rest_is_written(
    server: str, tmp_path: Path
) -> None:
    urls = [f"{server}/news/{name}" for name in ("big", "ok", "streamed", "bomb")]
    out = tmp_path / "out.jsonl"
    crawl = ["-m", "scrapy", "crawl", "urls", "-a"]
    cmd = [sys.executable, *crawl, f"urls={','.join(urls)}", "-O", f"{out}:jsonlines"]
    for name, value in {
        "EXTRACT_ENABLED": "0",
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "0",
        "RETRY_ENABLED": "0",
        "OUTPUT_DIR": str(tmp_path / "data"),
    }.items():
        cmd += ["-s", f"{name}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    log = tmp_path / "crawl.log"
    with log.open("wb") as handle:
        run = run_measured(
            cmd, tmp_path / "rss", 300, cwd=REPO_ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )
    text = log.read_text("utf-8", "replace")
    assert run.returncode == 4, text[-3000:]  # some listed URLs gave no record: the refused ones
    assert "crawl failed: 3 of 4 listed URL(s) gave no record" in text
    records = [line for line in out.read_text("utf-8").splitlines() if line.strip()]
    assert len(records) == 1 and f"{server}/news/ok" in records[0]
    limit = "larger than download max size (10485760)"
    assert f"Expected to receive 52428800 bytes which is {limit} in request <GET {server}/news/big>" in text
    assert re.search(
        rf"Received \d+ bytes which is {re.escape(limit)} in request <GET {server}/news/streamed>", text
    )
    assert "/news/bomb" in text and "exceeded DOWNLOAD_MAXSIZE (10485760 B) during decompression" in text
    assert run.tree_peak_rss_mb < 800, f"peak RSS {run.tree_peak_rss_mb:.0f} MB"
