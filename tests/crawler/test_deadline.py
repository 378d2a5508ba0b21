"""A page that takes too long to read is given up, on the main thread and in a crawl run elsewhere."""

from __future__ import annotations

import asyncio
import signal
import threading
import time

import pytest

from crawler.deadline import can_interrupt, deadline
from crawler.spiders.news_sources import ParseTimeout, SourceLimits


class TooSlow(Exception):
    """Raised by the test's deadline."""


def endless_python_loop() -> None:
    """A page reader that never ends by itself (the deadline has to stop it)."""
    while True:
        sum(range(1000))


def test_a_python_loop_past_its_deadline_is_interrupted_and_the_old_handler_is_back() -> None:
    assert can_interrupt()
    before = signal.getsignal(signal.SIGALRM)

    with pytest.raises(TooSlow), deadline(0.2, TooSlow):
        endless_python_loop()

    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_work_done_in_time_is_returned_and_leaves_no_timer_behind() -> None:
    with deadline(5.0, TooSlow):
        total = sum(range(10))
    assert total == 45
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_page_past_page_parse_timeout_is_given_up_with_the_setting_named() -> None:
    limits = SourceLimits(parse_timeout=0.2)
    with pytest.raises(
        ParseTimeout, match=r"page https://a\.example/1 took longer than PAGE_PARSE_TIMEOUT \(0.2 s\)"
    ):
        asyncio.run(limits.parse("page https://a.example/1", endless_python_loop_bounded, 30.0))


def endless_python_loop_bounded(seconds: float) -> None:
    """Runs `seconds` at most (so a thread left behind by a test ends by itself)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


def test_off_the_main_thread_the_page_is_read_in_a_worker_thread_under_the_same_limit() -> None:
    limits = SourceLimits(parse_timeout=0.2)
    outcome: list[BaseException | None] = []

    def crawl_in_a_thread() -> None:
        assert not can_interrupt()
        try:
            asyncio.run(limits.parse("page https://a.example/2", endless_python_loop_bounded, 2.0))
            outcome.append(None)
        except ParseTimeout as exc:
            outcome.append(exc)

    thread = threading.Thread(target=crawl_in_a_thread)
    thread.start()
    thread.join()

    assert isinstance(outcome[0], ParseTimeout)
