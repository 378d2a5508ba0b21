"""Pages per minute of a distributed crawl with 1 and with 2 workers (run it directly, no make).

    .venv/bin/python bench/distributed_bench.py                 # 500 articles on 5 ND Soft outlets
    .venv/bin/python bench/distributed_bench.py --hosts 1 --workers 1 2 3 --keep /tmp/bench

Serves a replay of `--hosts` ND Soft outlets (aitimes, bloter, itchosun, techm, thelec: the
scheduled-run tests' generated site, one copy per host, without its RSS: every article is found on
a list page) holding `--articles` articles in all, every response delayed by `--latency`
seconds like a real site. For each worker count it starts its own redis-server, runs
`scrapy seed news -a sites=…`, then N `scrapy crawl news` workers as separate processes with
the project's polite settings (robots.txt obeyed, 16 requests at once, 2 per site, per worker)
except a short DOWNLOAD_DELAY and AutoThrottle off, and extraction off unless `--extract`.
It checks that every article was written exactly once and prints, per run: the wall time from
starting the workers to the last exit (process start-up and the idle grace included), articles
per minute over that time and over the steady part (first to last record), and the workers' CPU
time per article (start-up included). Everything runs on this machine: with 2 cores, the
workers, the replay server and Redis share the CPU.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.distributed.cluster import (  # noqa: E402
    PASSWORD,
    SlowReplayServer,
    output_files,
    read_records,
    redis_server_binary,
    running_redis,
    seed,
    start_worker,
)
from tests.scheduled import ndsoft_site  # noqa: E402
from tests.support.replay import Page, ReplayServer  # noqa: E402

OUTLETS = {
    "aitimes": "www.aitimes.com",
    "bloter": "www.bloter.net",
    "itchosun": "it.chosun.com",
    "techm": "www.techm.kr",
    "thelec": "www.thelec.kr",
}


class HostCopy:
    """Adds an ND Soft outlet's pages to a replay server under another outlet's host name."""

    def __init__(self, server: ReplayServer, host: str) -> None:
        self.server = server
        self.host = host

    def _moved(self, text: str) -> str:
        # Each outlet's stories read differently: the same body on two hosts is one story to the writer.
        text = text.replace("시험 기사", f"{self.host} 시험 기사").replace(
            "공개했다.", f"{self.host}에 공개했다."
        )
        return text.replace(ndsoft_site.HOST, self.host)

    def add(self, url: str, page: Page | bytes | str, content_type: str | None = None) -> None:
        """Serve the page at the same path on this host; the list's first page also without `page=`."""
        body = page if isinstance(page, str) else page.decode() if isinstance(page, bytes) else page
        if isinstance(body, str):
            body = self._moved(body)
        self.server.add(self._moved(url), body, content_type)
        if url == ndsoft_site.listing_url(1):  # the `news` spider starts at ?view_type=sm
            self.server.add(f"https://{self.host}/news/articleList.html?view_type=sm", body, content_type)

    def remove(self, url: str) -> None:
        """Stop serving the page on this host."""
        self.server.remove(self._moved(url))


@dataclass
class Result:
    """One benchmark run."""

    workers: int
    articles: int
    wall_seconds: float
    steady_seconds: float
    per_worker: list[int]
    requests: int
    worker_cpu_seconds: float

    def line(self) -> str:
        """The run as one table row."""
        steady = self.articles / self.steady_seconds * 60 if self.steady_seconds > 0 else float("nan")
        return (
            f"{self.workers:>7} {self.articles:>8} {self.wall_seconds:>8.1f} "
            f"{self.articles / self.wall_seconds * 60:>13.0f} {steady:>15.0f}   "
            f"{self.worker_cpu_seconds / self.articles * 1000:>10.0f}   "
            f"{'/'.join(map(str, self.per_worker))}  ({self.requests} HTTP requests)"
        )


def children_cpu_seconds() -> float:
    """User + system CPU of this process's finished children (the workers, once waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def settings_for(
    server: SlowReplayServer, data_dir: Path, redis_url: str, args: argparse.Namespace
) -> dict[str, str]:
    """A user's polite settings, with the short delay of the benchmark."""
    return {
        "MIRROR_URL": server.url,
        "OUTPUT_DIR": str(data_dir),
        "REDIS_URL": redis_url,
        "SPIDER_MODULES": "crawler.spiders",
        "DOWNLOAD_DELAY": str(args.delay),
        "AUTOTHROTTLE_ENABLED": "0",
        "CONCURRENT_REQUESTS": "16",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
        "ROBOTSTXT_OBEY": "1",
        "EXTRACT_ENABLED": "1" if args.extract else "0",
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": "10",
        "DISTRIBUTED_POLL_INTERVAL": "0.5",
        "DISTRIBUTED_HEARTBEAT_TTL": "15",
        "DISTRIBUTED_IDLE_GRACE": "1",
    }


def run_once(workers: int, args: argparse.Namespace, binary: str, work: Path) -> Result:
    """Seed and crawl the replay with `workers` workers; check the output; time it."""
    sites = list(OUTLETS)[: args.hosts]
    per_site = args.articles // len(sites)
    data_dir = work / f"data-{workers}"
    with running_redis(work, PASSWORD, binary) as redis_server, SlowReplayServer(args.latency) as server:
        for key in sites:
            outlet = HostCopy(server, OUTLETS[key])
            ndsoft_site.NdSoftSite(outlet, per_site)  # type: ignore[arg-type]
            # No feed: every article is found on a list page, so all runs make the same requests.
            outlet.remove(ndsoft_site.FEED_URL)
        settings = settings_for(server, data_dir, redis_server.url, args)
        # Enough listing pages for every article of a site (20 per page), on the seed and the workers.
        spider_args = {"sites": ",".join(sites), "max_pages": str(per_site // ndsoft_site.PER_PAGE + 1)}
        seeded = seed(settings, args=spider_args, spider="news")
        if seeded.returncode != 0:
            raise SystemExit(f"scrapy seed failed:\n{seeded.stderr[-3000:]}")
        cpu_before = children_cpu_seconds()
        started = time.monotonic()
        logs = [work / f"worker-{workers}-{n}.log" for n in range(workers)]
        procs = [start_worker(settings, log, args=spider_args, spider="news") for log in logs]
        codes = [proc.wait(timeout=600) for proc in procs]
        wall = time.monotonic() - started
        worker_cpu = children_cpu_seconds() - cpu_before
        requests = sum(server.hits().values())
    if codes != [0] * workers:
        tails = "\n".join(log.read_text("utf-8")[-2000:] for log in logs)
        raise SystemExit(f"workers exited with {codes}:\n{tails}")
    files = output_files(data_dir)
    records = [read_records(path) for path in files]
    ids = Counter(record["id"] for part in records for record in part)
    expected = per_site * len(sites)
    if len(ids) != expected or max(ids.values()) != 1:
        raise SystemExit(
            f"expected {expected} articles once each, got {len(ids)} ({sum(ids.values())} lines)"
        )
    stamps = sorted(datetime.fromisoformat(r["crawled_at"]) for part in records for r in part)
    steady = (stamps[-1] - stamps[0]).total_seconds()
    per_worker = sorted((len(part) for part in records), reverse=True)
    return Result(workers, expected, wall, steady, per_worker, requests, worker_cpu)


def main() -> None:
    """Parse the options, run each worker count, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=500, help="articles in all (default 500)")
    parser.add_argument(
        "--hosts", type=int, default=5, choices=range(1, len(OUTLETS) + 1), help="outlets (5)"
    )
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per response (0.05)")
    parser.add_argument("--delay", type=float, default=0.1, help="DOWNLOAD_DELAY per site (0.1)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (1 2)")
    parser.add_argument(
        "--extract", action="store_true", help="run the extractor too (loads Kiwi per worker)"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep logs and output files under DIR")
    args = parser.parse_args()
    binary = redis_server_binary()
    print(
        f"{args.articles} articles on {args.hosts} host(s), {args.latency * 1000:.0f} ms per response, "
        f"DOWNLOAD_DELAY={args.delay}, 2 requests per site per worker, extraction "
        f"{'on' if args.extract else 'off'}"
    )
    print("workers articles   wall s  pages/min wall  pages/min steady  cpu ms/page   per worker")
    for workers in args.workers:
        if args.keep:
            work = Path(args.keep) / f"{workers}-workers"
            work.mkdir(parents=True, exist_ok=True)
            print(run_once(workers, args, binary, work).line(), flush=True)
            continue
        with tempfile.TemporaryDirectory(prefix="distributed-bench-") as tmp:
            print(run_once(workers, args, binary, Path(tmp)).line(), flush=True)


if __name__ == "__main__":
    main()
