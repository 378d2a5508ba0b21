"""Records gathered into batches: by size, by wait, and one bad record costing only itself."""

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


@pytest.mark.parametrize(("size", "wait"), [(0, 1.0), (4, -1.0)])
def test_a_batch_size_below_one_or_a_negative_wait_is_refused(size: int, wait: float) -> None:
    with pytest.raises(ValueError, match="a batch needs size >= 1 and wait >= 0"):
        Batches(Doubler(), size=size, wait=wait)
