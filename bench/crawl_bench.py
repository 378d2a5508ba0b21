"""Crawl speed and memory beside plain Scrapy and extraction alone (`make bench`, after extract_bench).

    .venv/bin/python bench/crawl_bench.py                   # 600 pages of each markup, median of 3 rounds
    .venv/bin/python bench/crawl_bench.py --markup generic  # only the pages issue 10's bars are judged on
    .venv/bin/python bench/crawl_bench.py --pages 200 --rounds 5
    .venv/bin/python bench/crawl_bench.py --profile /tmp/prof     # the urls crawls under cProfile

Serves `--pages` generated articles (bench/crawl_pages.py) in generic markup only the generic
parser reads, then as many in an ND Soft outlet's markup, from a threaded http.server on
127.0.0.1; for each markup it runs four whole processes per round, one after the other,
alternating round by round:
- plain Scrapy: `scrapy runspider bench/plain_spider.py`, outside the checkout (no project
  settings), keeping headline and paragraphs, written with `-O`;
- extraction alone: `python -m extract` over the same texts (JSON Lines in, JSON Lines out);
- the project's `scrapy crawl urls` with `-s EXTRACT_ENABLED=0`, and with extraction, through
  MIRROR_URL, written by the project's writer into a fresh data dir.
Politeness is off alike for all: DOWNLOAD_DELAY=0, AutoThrottle off, robots.txt not read,
16 requests at once and per domain, LOG_LEVEL=INFO. Each figure is pages per second of the whole
process (start-up included), the median over the rounds, and its CPU time (user + system) per
page (its waited-for children included), which a busy machine disturbs less; peak RSS is the
largest sum over the child and its own children at one moment (a crawl and its extraction
worker process together), the highest over the rounds. A plain Kiwi load is measured once for the memory bar. Prints the
issue's bars as PASS/FAIL text; exits 0 unless the benchmark itself could not run (a child failed
or wrote fewer records than pages served: exit 1, with its log's tail).
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.crawl_pages import BenchArticle, bench_articles  # noqa: E402
from tests.support.memory import Measured, run_measured  # noqa: E402
from tests.support.replay import ReplayServer  # noqa: E402

POLITENESS_OFF = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "ROBOTSTXT_OBEY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "INFO",
}
SIDES = {
    "plain": "plain Scrapy (runspider)",
    "extract": "extraction alone (python -m extract)",
    "crawl": "scrapy crawl urls, extraction off",
    "crawl+extract": "scrapy crawl urls, with extraction",
}
KIWI_LOAD = "from extract.kiwi_runtime import get_kiwi; get_kiwi().tokenize('가온대학교는 논문 3편을 냈다.')"
CROSS_BAR, CRAWL_BAR, MEMORY_BAR_MB = 0.8, 0.5, 150.0
MARKUPS = {
    "generic": "generic markup (JSON-LD, h1 and paragraphs: read by the generic parser)",
    "ndsoft": "an ND Soft outlet's markup (read by the aitimes adapter)",
}


class BenchFailed(Exception):
    """A child process failed or wrote the wrong number of records; the message says which."""


@dataclass
class Side:
    """The runs of one side of the benchmark."""

    label: str
    rates: list[float] = field(default_factory=list)
    cpu_ms_per_page: list[float] = field(default_factory=list)
    worker_cpu_ms_per_page: list[float] = field(default_factory=list)  # with extraction: its worker
    own_cpu_ms_per_page: list[float] = field(default_factory=list)  # and the crawl's own process
    peak_rss_mb: float = 0.0

    def add(self, pages: int, run: Measured, worker_cpu_seconds: float | None = None) -> None:
        """Record one finished run that handled `pages` pages (and its extraction worker's CPU time)."""
        self.rates.append(pages / run.seconds)
        self.cpu_ms_per_page.append(1000 * run.cpu_seconds / pages)
        if worker_cpu_seconds is not None:
            self.worker_cpu_ms_per_page.append(1000 * worker_cpu_seconds / pages)
            self.own_cpu_ms_per_page.append(1000 * (run.cpu_seconds - worker_cpu_seconds) / pages)
        self.peak_rss_mb = max(self.peak_rss_mb, run.tree_peak_rss_mb)

    @property
    def rate(self) -> float:
        """Median pages per second over the rounds."""
        return statistics.median(self.rates)

    @property
    def cpu_ms(self) -> float:
        """Median CPU milliseconds (user + system, start-up included) per page over the rounds."""
        return statistics.median(self.cpu_ms_per_page)


@dataclass(frozen=True)
class Inputs:
    """The files every child reads, the server's address and the page count."""

    work: Path
    mirror: str
    pages: int

    @property
    def real_urls(self) -> Path:
        """The articles' real URLs (the project's crawl fetches them through MIRROR_URL)."""
        return self.work / "urls.txt"

    @property
    def mirror_urls(self) -> Path:
        """The same pages as the server's own URLs (plain Scrapy fetches these)."""
        return self.work / "mirror-urls.txt"

    @property
    def texts(self) -> Path:
        """The articles' texts as `python -m extract` input."""
        return self.work / "texts.jsonl"


def write_inputs(articles: list[BenchArticle], inputs: Inputs) -> None:
    """Write the URL lists and the extraction input for `articles`."""
    inputs.real_urls.write_text("".join(f"{a.url}\n" for a in articles), encoding="utf-8")
    mirrored = (inputs.mirror + a.url.split("://", 1)[1] for a in articles)
    inputs.mirror_urls.write_text("".join(f"{url}\n" for url in mirrored), encoding="utf-8")
    lines = (json.dumps(a.extraction_input(), ensure_ascii=False) for a in articles)
    inputs.texts.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    """This environment without proxies, Scrapy project variables or the project's settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.lower().endswith("_proxy") and not name.startswith(("SCRAPY_", "TECHNEWS_"))
    }
    if data_dir is not None:
        env["TECHNEWS_DATA_DIR"] = str(data_dir)
    return env


def settings_args(settings: dict[str, str]) -> list[str]:
    """`-s NAME=VALUE` for each setting."""
    return [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]


def side_command(side: str, inputs: Inputs, run_dir: Path) -> tuple[list[str], Path, Path]:
    """The command of one side, the directory it runs in and the file that counts its records."""
    python = sys.executable
    if side == "plain":
        out = run_dir / "out.jsonl"
        spider = str(ROOT / "bench" / "plain_spider.py")
        cmd = [python, "-m", "scrapy", "runspider", spider, "-a", f"file={inputs.mirror_urls}"]
        return [*cmd, "-O", f"{out}:jsonlines", *settings_args(POLITENESS_OFF)], run_dir, out
    if side == "extract":
        return [python, "-m", "extract", str(inputs.texts)], ROOT, run_dir / "stdout.log"
    data = run_dir / "data"
    settings = {
        **POLITENESS_OFF,
        "MIRROR_URL": inputs.mirror,
        "OUTPUT_DIR": str(data),
        "EXTRACT_ENABLED": "1" if side == "crawl+extract" else "0",
    }
    cmd = [python, "-m", "scrapy", "crawl", "urls", "-a", f"file={inputs.real_urls}"]
    return [*cmd, *settings_args(settings)], ROOT, data


def count_records(found: Path) -> int:
    """Non-empty JSON lines in a file, or in every `*.jsonl` under a data dir."""
    files = sorted(found.rglob("*.jsonl")) if found.is_dir() else [found] if found.exists() else []
    return sum(1 for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def check_output(
    side: str, returncode: int, output: Path, inputs: Inputs, cmd: list[str], run_dir: Path
) -> None:
    """BenchFailed (with the command and its log's tail) unless the child wrote one record per page."""
    records = count_records(output)
    if returncode != 0 or records != inputs.pages:
        tail = (run_dir / "stderr.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BenchFailed(
            f"{SIDES[side]}: exit status {returncode}, {records} records of {inputs.pages} pages\n"
            f"$ {' '.join(cmd)}\n{tail}"
        )


def worker_cpu_seconds(run_dir: Path) -> float | None:
    """The extraction worker's CPU seconds, from the crawl's stats in its log (None: not there)."""
    log = (run_dir / "stderr.log").read_text(encoding="utf-8", errors="replace")
    found = re.search(r"'extract/worker_cpu_seconds': ([0-9.]+)", log)
    return float(found.group(1)) if found else None


def run_side(side: str, inputs: Inputs, run_dir: Path, timeout: float) -> Measured:
    """Run one side once in `run_dir`; its measurement, or BenchFailed when it did not do its work."""
    run_dir.mkdir(parents=True)
    cmd, cwd, output = side_command(side, inputs, run_dir)
    env = child_env(run_dir / "data")
    with (run_dir / "stdout.log").open("wb") as out, (run_dir / "stderr.log").open("wb") as err:
        run = run_measured(cmd, run_dir / "measured.txt", timeout, cwd=cwd, env=env, stdout=out, stderr=err)
    check_output(side, run.returncode, output, inputs, cmd, run_dir)
    return run


def profile_crawls(inputs: Inputs, profile_dir: Path, timeout: float) -> None:
    """Run both `urls` crawls once under cProfile into `profile_dir`; print their costliest crawler/ calls."""
    profile_dir.mkdir(parents=True, exist_ok=True)
    for side in ("crawl", "crawl+extract"):
        run_dir = inputs.work / "profile" / side
        run_dir.mkdir(parents=True)
        cmd, cwd, output = side_command(side, inputs, run_dir)
        saved = profile_dir / f"{side}.prof"
        cmd = [cmd[0], "-m", "cProfile", "-o", str(saved), *cmd[1:]]
        with (run_dir / "stderr.log").open("wb") as err:
            proc = subprocess.run(
                cmd,
                cwd=cwd,
                env=child_env(run_dir / "data"),
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=timeout,
            )
        check_output(side, proc.returncode, output, inputs, cmd, run_dir)
        print(f"--- {SIDES[side]}: {saved} (main thread only; extraction runs in worker threads)")
        pstats.Stats(str(saved)).sort_stats("cumulative").print_stats(r"/crawler/", 25)


def kiwi_load_rss(work: Path, timeout: float) -> float:
    """Peak RSS in MB of a process that only loads the project's Kiwi and tokenizes one sentence."""
    run = run_measured(
        [sys.executable, "-c", KIWI_LOAD], work / "kiwi.txt", timeout, cwd=ROOT, env=child_env()
    )
    if run.returncode != 0:
        raise BenchFailed(f"plain Kiwi load: exit status {run.returncode}")
    return run.peak_rss_mb


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def report(sides: dict[str, Side], kiwi_mb: float, markup: str, pages: int, rounds: int) -> None:
    """Print each side's figures and the issue's three bars."""
    judged = " (the markup issue 10's bars are judged on)" if markup == "generic" else ""
    print(f"crawl bench: {pages} pages in {MARKUPS[markup]}{judged} on 127.0.0.1")
    print(
        f"whole processes, start-up included; median of {rounds} alternating round(s); cores: {os.cpu_count()}; "
        "peak RSS of the process with its children (a crawl's extraction worker) at one moment"
    )
    for side in sides.values():
        each = " ".join(f"{r:.1f}" for r in side.rates)
        print(
            f"  {side.label:<38} {side.rate:7.1f} pages/s  {side.cpu_ms:6.1f} CPU ms/page  "
            f"peak RSS {side.peak_rss_mb:5.0f} MB  (pages/s by round: {each})"
        )
    split = sides["crawl+extract"]
    if split.worker_cpu_ms_per_page:  # from the crawl's stats (extract/worker_cpu_seconds)
        worker, own = (
            statistics.median(split.worker_cpu_ms_per_page),
            statistics.median(split.own_cpu_ms_per_page),
        )
        print(f"  {'':<55} of which the extraction worker {worker:.1f}, the crawl's own process {own:.1f}")
    print(f"  {'plain Kiwi load':<38} {'':>35}  peak RSS {kiwi_mb:5.0f} MB")
    plain, alone = sides["plain"], sides["extract"]
    crawl, full = sides["crawl"], sides["crawl+extract"]
    cross = full.rate / min(plain.rate, alone.rate)
    print(
        f"crawl+extract / min(plain Scrapy, extraction alone) = {cross:.2f} (bar >= {CROSS_BAR})  "
        f"{verdict(cross >= CROSS_BAR)}"
    )
    own = crawl.rate / plain.rate
    print(
        f"crawl without extraction / plain Scrapy = {own:.2f} (bar >= {CRAWL_BAR})  {verdict(own >= CRAWL_BAR)}"
    )
    extra = full.peak_rss_mb - kiwi_mb
    over_alone = full.peak_rss_mb - alone.peak_rss_mb
    print(
        f"peak RSS crawl+extract - plain Kiwi load = {extra:+.0f} MB (bar <= {MEMORY_BAR_MB:.0f})  "
        f"{verdict(extra <= MEMORY_BAR_MB)}  (- extraction alone: {over_alone:+.0f} MB)"
    )


def markup_articles(markup: str, pages: int) -> list[BenchArticle]:
    """`pages` generated articles in one markup (numbered as in `bench_articles`: odd ones ND Soft)."""
    ndsoft = markup == "ndsoft"
    return [a for a in bench_articles(2 * pages) if a.ndsoft == ndsoft][:pages]


def run_bench(pages: int, rounds: int, markups: list[str], profile_dir: Path | None = None) -> None:
    """Serve the pages, run every side `rounds` times alternating, and print a report per markup.

    With `profile_dir`, profile the two `urls` crawls of the first markup once each instead.
    """
    timeout = 120 + 2.0 * pages
    order = list(SIDES)
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp, ReplayServer() as server:
        kiwi_mb = kiwi_load_rss(Path(tmp), timeout)
        for markup in markups:
            articles = markup_articles(markup, pages)
            for article in articles:
                server.add(article.url, article.html())
            work = Path(tmp) / markup
            work.mkdir()
            inputs = Inputs(work, server.url, pages)
            write_inputs(articles, inputs)
            if profile_dir is not None:
                profile_crawls(inputs, profile_dir, timeout)
                return
            sides = {key: Side(label) for key, label in SIDES.items()}
            for number in range(rounds):
                # Alternate which side goes first, so a busy moment does not always hit the same one.
                for side in order[number % len(order) :] + order[: number % len(order)]:
                    run_dir = work / f"round-{number + 1}" / side
                    run = run_side(side, inputs, run_dir, timeout)
                    sides[side].add(
                        pages, run, worker_cpu_seconds(run_dir) if side == "crawl+extract" else None
                    )
            report(sides, kiwi_mb, markup, pages, rounds)


def main() -> int:
    """Parse the options and run the benchmark; 1 only when it could not run."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600, help="article pages served and crawled per markup")
    parser.add_argument(
        "--markup",
        choices=["generic", "ndsoft", "both"],
        default="both",
        help="which pages: generic markup (the issue's bars), an ND Soft adapter's, or both in turn",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating runs of every side; the median counts"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="instead: run both urls crawls once under cProfile into DIR",
    )
    args = parser.parse_args()
    if args.pages < 2 or args.rounds < 1:
        parser.error("--pages must be at least 2 and --rounds at least 1")
    try:
        markups = ["generic", "ndsoft"] if args.markup == "both" else [args.markup]
        run_bench(args.pages, args.rounds, markups, args.profile)
    except BenchFailed as exc:
        print(f"crawl bench could not run: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
