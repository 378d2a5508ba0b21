"""The extraction worker started with the crawl command (crawler/prestart.py): when, and who takes
it; what the crawl command does once the engine runs."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from crawler import prestart
from crawler.commands import _started
from crawler.extraction import ExtractionWorker

CRAWL = ["scrapy", "crawl", "urls", "-a", "file=urls.txt"]


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        (CRAWL, True),
        ([*CRAWL, "-s", "EXTRACT_ENABLED=1", "-s", "LOG_LEVEL=INFO"], True),
        ([*CRAWL, "-s", "EXTRACT_ENABLED=True", "-s", "EXTRACT_WORKER=process"], True),
        ([*CRAWL, "-s", "EXTRACT_ENABLED=0"], False),
        ([*CRAWL, "--set", "EXTRACT_ENABLED=false"], False),
        ([*CRAWL, "--set=EXTRACT_ENABLED=0"], False),
        ([*CRAWL, "-sEXTRACT_ENABLED=0"], False),
        ([*CRAWL, "-s", "EXTRACT_ENABLED=0", "-s", "EXTRACT_ENABLED=1"], True),  # the last one counts
        ([*CRAWL, "-s", "EXTRACT_WORKER=thread"], False),
        ([*CRAWL, "-s", "EXTRACT_WORKER_PRESTART=0"], False),
        ([*CRAWL, "-s", "EXTRACT_ENABLED=maybe"], False),
        ([*CRAWL, "-h"], False),
        (["scrapy", "reextract", "data/news"], False),
        (["scrapy", "list"], False),
        (["scrapy"], False),
        (["pytest", "-q", "tests/crawler"], False),
        (["/venv/bin/pytest", "-k", "crawl"], False),
        (["/venv/lib/python3.11/site-packages/scrapy/__main__.py", "crawl", "urls"], True),
        (["/venv/lib/python3.11/site-packages/scrapyd/runner.py", "crawl", "news", "-a", "_job=1"], True),
        (["/venv/bin/scrapy", "crawl", "news"], True),
    ],
)
def test_a_worker_is_started_early_only_for_a_crawl_that_extracts_in_a_process(
    argv: list[str], wanted: bool
) -> None:
    assert prestart.wants_worker(argv, enabled=True, prestart=True) is wanted


def test_the_settings_modules_own_values_count_unless_the_command_line_sets_them() -> None:
    assert not prestart.wants_worker(CRAWL, enabled=False, prestart=True)
    assert not prestart.wants_worker(CRAWL, enabled=True, prestart=False)
    assert prestart.wants_worker([*CRAWL, "-s", "EXTRACT_ENABLED=1"], enabled=False, prestart=True)


def idle_process() -> subprocess.Popen[str]:
    """A stand-in worker: a process that waits for the end of its input."""
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        encoding="utf-8",
    )


@pytest.fixture
def stand_in_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[subprocess.Popen[str]]]:
    """`spawn_worker` starts idle stand-ins (listed here); none is left running after the test."""
    started: list[subprocess.Popen[str]] = []

    def spawn() -> subprocess.Popen[str]:
        started.append(idle_process())
        return started[-1]

    monkeypatch.setattr(prestart, "spawn_worker", spawn)
    monkeypatch.setattr(prestart, "_prestarted", None)
    yield started
    prestart.discard()
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_the_extraction_worker_adopts_the_process_started_early(
    stand_in_worker: list[subprocess.Popen[str]],
) -> None:
    prestart.prestart(CRAWL, enabled=True, prestart=True)
    assert len(stand_in_worker) == 1

    worker = ExtractionWorker("process")
    worker.start()  # already running: no second process

    assert worker.process is stand_in_worker[0] and len(stand_in_worker) == 1
    worker.close()  # never given a batch: stopped at once
    assert stand_in_worker[0].returncode is not None


def test_a_worker_started_early_that_no_pipeline_took_is_stopped(
    stand_in_worker: list[subprocess.Popen[str]],
) -> None:
    prestart.prestart(CRAWL, enabled=True, prestart=True)
    ExtractionWorker("thread").close()  # a thread worker takes no process

    prestart.discard()

    assert stand_in_worker[0].returncode is not None
    assert prestart.adopt() is None


def test_a_worker_started_early_that_died_is_not_adopted(
    stand_in_worker: list[subprocess.Popen[str]],
) -> None:
    prestart.prestart(CRAWL, enabled=True, prestart=True)
    stand_in_worker[0].kill()
    stand_in_worker[0].wait()

    assert prestart.adopt() is None


def test_no_worker_is_started_for_a_command_line_that_does_not_want_one(
    stand_in_worker: list[subprocess.Popen[str]],
) -> None:
    prestart.prestart([*CRAWL, "-s", "EXTRACT_ENABLED=0"], enabled=True, prestart=True)

    assert stand_in_worker == [] and prestart.adopt() is None


def test_once_the_engine_runs_an_unadopted_worker_is_stopped_and_start_up_is_frozen(
    stand_in_worker: list[subprocess.Popen[str]],
) -> None:
    prestart.prestart(CRAWL, enabled=True, prestart=True)
    try:
        _started()

        assert stand_in_worker[0].returncode is not None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
