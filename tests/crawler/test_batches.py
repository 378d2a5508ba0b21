"""Records gathered into batches: by size, by wait, merged while the worker is busy, and one bad
record costing only itself."""

from __future__ import annotations

import asyncio

import pytest

from crawler.batches import Batches


class Doubler:
    """Doubles numbers a batch at a time; refuses any batch that holds a negative number."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []

    async def __call__(self, values: list[int]) -> list[int]:
        self.batches.append(values)
        if any(v < 0 for v in values):
            raise ValueError(f"negative number in {values}")
        return [2 * v for v in values]


def test_a_full_batch_goes_at_once_and_the_rest_after_the_wait() -> None:
    work = Doubler()

    async def run() -> list[int]:
        batches = Batches(work, size=3, wait=0.05)
        return list(await asyncio.gather(*(batches.run(v) for v in range(5))))

    assert asyncio.run(run()) == [0, 2, 4, 6, 8]
    assert work.batches == [[0, 1, 2], [3, 4]]


def test_one_bad_value_costs_only_its_own_result() -> None:
    work = Doubler()

    async def run() -> list[int | BaseException]:
        batches = Batches(work, size=3, wait=10)
        return list(await asyncio.gather(*(batches.run(v) for v in (1, -1, 2)), return_exceptions=True))

    first, bad, last = asyncio.run(run())
    assert (first, last) == (2, 4)
    assert isinstance(bad, ValueError) and "[-1]" in str(bad)
    assert work.batches == [[1, -1, 2], [1], [-1], [2]]


class HeldDoubler(Doubler):
    """A Doubler whose first batch is held until `release` is set (a worker busy with it)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = asyncio.Event()
        self.release = asyncio.Event()

    async def __call__(self, values: list[int]) -> list[int]:
        if not self.batches:
            self.started.set()
            await self.release.wait()
        return await super().__call__(values)


def test_values_that_wait_while_the_worker_is_busy_go_together_up_to_max_size() -> None:
    work = HeldDoubler()

    async def run() -> list[int]:
        batches = Batches(work, size=2, wait=10, max_size=3, running=1)
        first = [asyncio.ensure_future(batches.run(v)) for v in (0, 1)]
        await work.started.wait()
        rest = [asyncio.ensure_future(batches.run(v)) for v in range(2, 7)]
        while len(batches.pending) < 5:
            await asyncio.sleep(0)
        work.release.set()
        return list(await asyncio.gather(*first, *rest))

    assert asyncio.run(run()) == [0, 2, 4, 6, 8, 10, 12]
    assert work.batches == [[0, 1], [2, 3, 4], [5, 6]]


def test_values_whose_wait_ran_out_go_when_a_running_batch_ends() -> None:
    work = HeldDoubler()

    async def run() -> list[int]:
        batches = Batches(work, size=10, wait=0, running=1)
        first = asyncio.ensure_future(batches.run(0))
        await work.started.wait()
        rest = [asyncio.ensure_future(batches.run(v)) for v in (1, 2)]
        while not batches.due:  # their wait ran out, but no batch may start yet
            await asyncio.sleep(0)
        assert work.batches == [] and len(batches.pending) == 2
        work.release.set()
        return list(await asyncio.gather(first, *rest))

    assert asyncio.run(run()) == [0, 2, 4]
    assert work.batches == [[0], [1, 2]]


@pytest.mark.parametrize(
    ("size", "wait", "max_size", "running"), [(0, 1.0, 4, 1), (4, -1.0, 4, 1), (4, 1.0, 3, 1), (4, 1.0, 4, 0)]
)
def test_a_batch_size_below_one_or_a_negative_wait_is_refused(
    size: int, wait: float, max_size: int, running: int
) -> None:
    with pytest.raises(
        ValueError, match="a batch needs size >= 1, wait >= 0, max_size >= size and running >= 1"
    ):
        Batches(Doubler(), size=size, wait=wait, max_size=max_size, running=running)
