"""A URL-list run of `--urls` pages on a loopback site: what a person (or cron) sees of it.

    .venv/bin/python bench/url_list_run.py                 # cron-like: output captured, lines counted
    .venv/bin/python bench/url_list_run.py --terminal      # on this terminal: the live progress bar

Serves the scheduled-run tests' ND Soft outlet (`tests.scheduled.ndsoft_site`) with `--urls`
articles (plus `--gone` URLs that answer 404) on 127.0.0.1, every response after `--latency`
seconds, writes their URLs to a list and runs `scrapy crawl urls -a file=LIST` into a temp data
dir with the project's settings except DOWNLOAD_DELAY (`--delay`) and AutoThrottle off, at the
default log level (INFO, not asked for on the command line). Cron-like, it prints the exit
status, the wall time and how many lines the run printed (and them, with `--show`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.distributed.cluster import SlowReplayServer  # noqa: E402
from tests.scheduled.ndsoft_site import NdSoftSite, article_url  # noqa: E402
from tests.support.replay import Page  # noqa: E402


def main() -> int:
    """Run the list once; print what the run printed (counted)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--urls", type=int, default=600)
    parser.add_argument("--gone", type=int, default=3, help="URLs that answer 404")
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--delay", type=float, default=0.02, help="DOWNLOAD_DELAY")
    parser.add_argument("--terminal", action="store_true", help="run on this terminal (progress bar)")
    parser.add_argument("--show", action="store_true", help="print the captured output too")
    parser.add_argument("--extract", action="store_true", help="extraction on (Kiwi; slower)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="url-list-run-") as tmp, SlowReplayServer(args.latency) as server:
        NdSoftSite(server, args.urls)
        gone = [f"https://www.aitimes.com/news/articleView.html?idxno={900000 + n}" for n in range(args.gone)]
        for url in gone:
            server.add(url, Page(b"gone", "text/plain", 404))
        url_list = Path(tmp) / "urls.txt"
        url_list.write_text("\n".join([*(article_url(n) for n in range(1, args.urls + 1)), *gone]) + "\n")
        cmd = [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"file={url_list}"]
        settings = {
            "MIRROR_URL": server.url,
            "OUTPUT_DIR": str(Path(tmp) / "data"),
            "DOWNLOAD_DELAY": str(args.delay),
            "AUTOTHROTTLE_ENABLED": "0",
            "EXTRACT_ENABLED": "1" if args.extract else "0",
        }
        for name, value in settings.items():
            cmd += ["-s", f"{name}={value}"]
        started = time.monotonic()
        if args.terminal:
            status = subprocess.run(cmd, cwd=ROOT, check=False).returncode
            print(f"exit status {status} in {time.monotonic() - started:.1f}s")
            return 0
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        seconds = time.monotonic() - started
        lines = (done.stdout + done.stderr).splitlines()
        if args.show:
            print("\n".join(lines))
        print(f"exit status {done.returncode} in {seconds:.1f}s; {len(lines)} lines printed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
