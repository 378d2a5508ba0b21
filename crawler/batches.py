"""Work on single values gathered into batches.

`ExtractionPipeline` hands every record to a `Batches` and awaits its own result while the
reactor goes on fetching and parsing. A batch starts when `size` values are waiting, or `wait`
seconds after its first value came, whichever is first; `work` gets the whole batch (one Kiwi
call spreads it over all cores). At most `running` batches are out at once: values that come
while they are wait for one of them to end, and then go together, up to `max_size` of them, so
a busy worker gets fewer, larger batches (fewer round trips) and an idle one small batches soon.
When a whole batch fails, each of its values is tried alone, so one bad value costs only its
own result.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Batches(Generic[In, Out]):
    """Values gathered into batches of `size` to `max_size`, a batch waiting at most `wait` seconds
    to fill, at most `running` batches out at once."""

    def __init__(
        self,
        work: Callable[[list[In]], Awaitable[list[Out]]],
        *,
        size: int,
        wait: float,
        max_size: int | None = None,
        running: int = 2,
    ) -> None:
        max_size = size if max_size is None else max_size
        if size < 1 or wait < 0 or max_size < size or running < 1:
            raise ValueError(
                "a batch needs size >= 1, wait >= 0, max_size >= size and running >= 1, "
                f"not size={size}, wait={wait}, max_size={max_size}, running={running}"
            )
        self.work = work
        self.size = size
        self.wait = wait
        self.max_size = max_size
        self.limit = running
        self.pending: list[tuple[In, asyncio.Future[Out]]] = []
        self.running: set[asyncio.Task[None]] = set()
        self.timer: asyncio.TimerHandle | None = None
        self.due = False  # the waiting values have waited `wait` seconds: they go once a batch may start
        self.count = 0  # batches run (a failed batch's values, tried alone, count too)
        self.largest = 0

    async def run(self, value: In) -> Out:
        """The result of `work` for `value`, computed in one batch with the values around it."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Out] = loop.create_future()
        self.pending.append((value, future))
        self._start_batches()
        if self.pending and self.timer is None and not self.due:
            self.timer = loop.call_later(self.wait, self._waited)
        return await future

    def _waited(self) -> None:
        self.timer = None
        self.due = bool(self.pending)
        self._start_batches()

    def _start_batches(self) -> None:
        """Start batches of the waiting values while they are enough (or due) and fewer than `running` are out."""
        while (
            self.pending and len(self.running) < self.limit and (self.due or len(self.pending) >= self.size)
        ):
            batch, self.pending = self.pending[: self.max_size], self.pending[self.max_size :]
            task = asyncio.ensure_future(self._run_batch(batch))
            self.running.add(task)
            task.add_done_callback(self._batch_done)
        if not self.pending:
            self.due = False
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None

    def _batch_done(self, task: asyncio.Task[None]) -> None:
        self.running.discard(task)
        self._start_batches()

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
