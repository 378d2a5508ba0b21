"""Work on single values gathered into batches.

`ExtractionPipeline` hands every record to a `Batches` and awaits its own result while the
reactor goes on fetching and parsing. A batch starts when `size` values are waiting, or `wait`
seconds after its first value came, whichever is first; `work` gets the whole batch (one Kiwi
call spreads it over all cores). When a whole batch fails, each of its values is tried alone,
so one bad value costs only its own result.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Batches(Generic[In, Out]):
    """Values gathered into batches of at most `size`, a batch waiting at most `wait` seconds to fill."""

    def __init__(self, work: Callable[[list[In]], Awaitable[list[Out]]], *, size: int, wait: float) -> None:
        if size < 1 or wait < 0:
            raise ValueError(f"a batch needs size >= 1 and wait >= 0, not size={size}, wait={wait}")
        self.work = work
        self.size = size
        self.wait = wait
        self.pending: list[tuple[In, asyncio.Future[Out]]] = []
        self.running: set[asyncio.Task[None]] = set()
        self.timer: asyncio.TimerHandle | None = None
        self.count = 0  # batches run (a failed batch's values, tried alone, count too)
        self.largest = 0

    async def run(self, value: In) -> Out:
        """The result of `work` for `value`, computed in one batch with the values around it."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Out] = loop.create_future()
        self.pending.append((value, future))
        if len(self.pending) >= self.size:
            self.start_batch()
        elif self.timer is None:
            self.timer = loop.call_later(self.wait, self.start_batch)
        return await future

    def start_batch(self) -> None:
        """Send the waiting values off as one batch now."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.pending = self.pending, []
        if batch:
            task = asyncio.ensure_future(self._run_batch(batch))
            self.running.add(task)
            task.add_done_callback(self.running.discard)

    async def _run_batch(self, batch: list[tuple[In, asyncio.Future[Out]]]) -> None:
        self.count += 1
        self.largest = max(self.largest, len(batch))
        try:
            results = await self.work([value for value, _ in batch])
            if len(results) != len(batch):
                raise RuntimeError(f"{len(results)} results for a batch of {len(batch)}")
        except Exception as exc:
            if len(batch) == 1:
                if not batch[0][1].done():
                    batch[0][1].set_exception(exc)
                return
            for value, future in batch:  # one bad value must not cost the others their results
                await self._run_batch([(value, future)])
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
