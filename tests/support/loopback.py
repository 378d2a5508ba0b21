"""A threaded HTTP server on 127.0.0.1 for one test, with the handler the test brings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer whose threads never outlive the test, with a deep accept queue."""

    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that keeps the test's output free of access-log lines."""

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing."""
        return


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve `handler` on a free loopback port; the base URL, the server stopped on exit."""
    httpd = LoopbackServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
