"""Real crawls against hostile servers: wall time, peak RSS, exit status and the limit's message.

    .venv/bin/python bench/hostile_crawl.py                # every case
    .venv/bin/python bench/hostile_crawl.py endless-index  # one case

A loopback server (this process) serves each hostile input; `scrapy crawl` runs as a child
process with the project's settings (extraction on, as a scheduled run has it, except where
noted) and its peak RSS is read from `wait4` by a small launcher (tests/support/memory.py).
Bars from issue 14: each case ends in under 30 s with peak RSS under 800 MB and a message
naming the limit it met.

- 50mb-page: an article page of 50 MB (DOWNLOAD_MAXSIZE);
- gzip-bomb: 200 KB that inflate to 200 MB (DOWNLOAD_MAXSIZE during decompression);
- 600k-sitemap: a gzipped sitemap of 600,000 entries (SITEMAP_MAX_ENTRIES);
- endless-index: a sitemap index whose every document names three new indexes (SITEMAP_MAX_DEPTH);
- 5mb-text: an article page holding 5 MB of text (PAGE_MAX_CHARS, then EXTRACT_MAX_CHARS).
"""

from __future__ import annotations

import gzip
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.memory import run_measured  # noqa: E402

MB = 1 << 20
PARAGRAPH = "<p>가람연구소는 적은 데이터로도 잘 듣는 음성 인식 모델을 공개했다고 밝혔다.</p>\n"
HEAD = (
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>긴 기사 - 한빛뉴스</title>'
    '<meta property="og:type" content="article">'
    '<meta property="article:published_time" content="2026-11-19T14:20:00+09:00"></head>'
    '<body><article><h1>긴 기사</h1><div id="articleBody">'
)
BOMB = gzip.compress(bytes(200 * MB), compresslevel=9)
SITEMAP_600K = gzip.compress(
    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    + b"".join(
        b"<url><loc>https://www.mk.co.kr/news/it/%d</loc><lastmod>2020-01-01</lastmod></url>" % n
        for n in range(600_000)
    )
    + b"</urlset>"
)


def page_of(size: int) -> bytes:
    """An article page of about `size` bytes of paragraphs."""
    count = size // len(PARAGRAPH.encode())
    return (HEAD + PARAGRAPH * count + "</div></article></body></html>").encode()


PAGE_5MB = page_of(5 * MB)


class Handler(BaseHTTPRequestHandler):
    """The hostile server: paths under /www.mk.co.kr/ are the mirror of the sitemap cases."""

    def do_GET(self) -> None:
        path = self.path
        if path == "/news/50mb":
            self.send(b"", chunks=50)
        elif path == "/news/bomb":
            self.send(BOMB, headers={"Content-Encoding": "gzip"})
        elif path == "/news/5mb":
            self.send(PAGE_5MB)
        elif path.startswith("/www.mk.co.kr/sitemap/latest-articles/"):
            self.sitemap(path)
        else:
            self.send(b"not found", status=404)

    def sitemap(self, path: str) -> None:
        if self.server.case == "600k-sitemap":  # type: ignore[attr-defined]
            self.send(SITEMAP_600K, content_type="application/x-gzip")
            return
        number = int(path.rsplit("=", 1)[1]) if "=" in path else 0
        base = "https://www.mk.co.kr/sitemap/latest-articles/?n="
        children = "".join(f"<sitemap><loc>{base}{number * 3 + i}</loc></sitemap>" for i in (1, 2, 3))
        self.send(f'<?xml version="1.0"?><sitemapindex>{children}</sitemapindex>'.encode())

    def send(
        self, body: bytes, *, chunks: int = 0, status: int = 200, headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) + chunks * MB))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(body)
            for _ in range(chunks):
                self.wfile.write(b"x" * MB)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        return


CASES: dict[str, tuple[list[str], str]] = {
    "50mb-page": (["urls", "-a", "urls={base}/news/50mb"], r"larger than download max size \(10485760\)"),
    "gzip-bomb": (["urls", "-a", "urls={base}/news/bomb"], r"exceeded DOWNLOAD_MAXSIZE \(10485760 B\)"),
    "600k-sitemap": (
        ["news", "-a", "sites=mk", "-a", "since=2026-11-01", "-s", "MIRROR_URL={base}"],
        r"more than SITEMAP_MAX_ENTRIES \(50000\) entries",
    ),
    "endless-index": (
        ["news", "-a", "sites=mk", "-s", "MIRROR_URL={base}"],
        r"SITEMAP_MAX_DEPTH \(2\) reached",
    ),
    "5mb-text": (["urls", "-a", "urls={base}/news/5mb"], r"more than PAGE_MAX_CHARS \(500,000\)"),
}


def run_case(name: str, base: str, server: ThreadingHTTPServer, scratch: Path) -> bool:
    """Run one case; print its numbers; True when it met every bar."""
    server.case = name  # type: ignore[attr-defined]
    args, limit = CASES[name]
    out = scratch / f"{name}.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", *[a.format(base=base) for a in args]]
    cmd += ["-O", f"{out}:jsonlines", "-s", "NEWS_DNS_PREFLIGHT=0", "-s", "ROBOTSTXT_OBEY=0"]
    log = scratch / f"{name}.log"
    started = time.monotonic()
    with log.open("wb") as handle:
        run = run_measured(cmd, scratch / "rss", 300, cwd=ROOT, stdout=handle, stderr=handle)
    seconds = time.monotonic() - started
    text = log.read_text("utf-8", "replace")
    if os.environ.get("BENCH_LOGS"):  # a folder to keep each case's log in
        (Path(os.environ["BENCH_LOGS"]) / log.name).write_text(text, "utf-8")
    found = re.search(limit, text)
    ok = seconds < 30 and run.tree_peak_rss_mb < 800 and found is not None
    problems = "\n".join(line for line in text.splitlines() if "WARNING" in line or "ERROR" in line)
    message = found.group(0) if found else f"NO MESSAGE NAMING THE LIMIT; warnings and errors:\n{problems}"
    print(
        f"{name:14} {seconds:6.1f} s  peak RSS {run.tree_peak_rss_mb:5.0f} MB  exit {run.returncode:3}  "
        f"{'ok ' if ok else 'FAIL'}  {message}"
    )
    return ok


def main(argv: list[str]) -> int:
    """Serve the hostile inputs and run the chosen cases (every case by default)."""
    chosen = argv or list(CASES)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results: list[bool] = []
    run: Callable[[str], bool] = lambda name: run_case(name, base, server, Path(scratch))  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="hostile-crawl-") as scratch:
        results = [run(name) for name in chosen]
    server.shutdown()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
