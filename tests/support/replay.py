"""A replay web server on 127.0.0.1 that serves pages under their real URLs.

Two ways to reach a page `https://www.example.co.kr/news/1`:
- mirror form (what the crawler's MIRROR_URL setting produces): `GET /www.example.co.kr/news/1`;
- proxy form (an HTTP proxy request): `GET http://www.example.co.kr/news/1`.

Routes are keyed by the real URL without scheme (`www.example.co.kr/news/1?page=2`); they can be
added or changed while the server runs. Every request is logged, so tests can assert what was
fetched and how often. The server runs in a daemon thread and stops when the `with` block ends.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from tests.support.loopback import QuietHandler


@dataclass
class Page:
    """One response: body bytes, status, content type and extra headers."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def route_key(url: str) -> str:
    """The route key of a real URL: host + path + query, scheme and fragment dropped."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower()}{parts.path or '/'}{query}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True


class ReplayServer:
    """Serve a dict of pages on 127.0.0.1 under their real URLs; use as a context manager."""

    def __init__(self, pages: dict[str, Page] | None = None) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[str] = []
        self._lock = threading.Lock()
        for url, page in (pages or {}).items():
            self.add(url, page)
        self._httpd = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay-server", daemon=True)

    @property
    def url(self) -> str:
        """Base URL to use as the crawler's MIRROR_URL."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    @property
    def proxy(self) -> str:
        """The server as an HTTP proxy address (for `http_proxy`)."""
        return self.url.rstrip("/")

    def add(self, url: str, page: Page | bytes | str, content_type: str | None = None) -> None:
        """Serve `page` at the real URL `url` (bytes or str bodies become HTML pages)."""
        if isinstance(page, str):
            page = Page(page.encode("utf-8"))
        elif isinstance(page, bytes):
            page = Page(page)
        if content_type:
            page.content_type = content_type
        with self._lock:
            self.pages[route_key(url)] = page

    def remove(self, url: str) -> None:
        """Stop serving a URL (it answers 404 afterwards)."""
        with self._lock:
            self.pages.pop(route_key(url), None)

    def hits(self) -> Counter[str]:
        """How many times each route key was requested."""
        with self._lock:
            return Counter(self.requests)

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _lookup(self, raw_path: str) -> tuple[str, Page | None]:
        if raw_path.startswith(("http://", "https://")):
            key = route_key(raw_path)
        else:
            key = route_key(raw_path.lstrip("/"))
        with self._lock:
            self.requests.append(key)
            return key, self.pages.get(key)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                _, page = server._lookup(self.path)
                if page is None:
                    page = Page(b"not found", "text/plain; charset=utf-8", 404)
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(page.body)

            do_HEAD = do_GET

        return Handler
