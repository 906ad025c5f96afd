"""Iterate an async generator from synchronous script code (``st.write_stream``).

Pyodide's own event loop cannot block a synchronous caller (that needs WebAssembly stack
switching), and selector-based loops need ``select()``, which WebAssembly lacks. This loop
has no I/O at all: it runs ready callbacks and sleeps (with ``time.sleep``, so the page
is updated and Stop works) until the next timer. That covers what streaming generators
await: ``asyncio.sleep``, other coroutines, tasks, queues and locks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

ItemType = TypeVar("ItemType")


class _SleepingSelector:
    """Stands in for a selector: there are no file descriptors, only timers."""

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is None:
            raise RuntimeError("The async generator waits for something that can never happen in the browser.")
        if timeout > 0:
            time.sleep(timeout)
        return []

    def close(self) -> None:
        """Nothing to release."""


class TimerEventLoop(asyncio.BaseEventLoop):
    """An event loop with timers and callbacks but no I/O."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepingSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        """No I/O events exist."""

    def _write_to_self(self) -> None:
        """Single-threaded: nothing ever needs to wake the loop from outside."""


def iterate_async(generator: AsyncIterator[ItemType]) -> Iterator[ItemType]:
    """Yield the items of an async generator, running it on a private loop.

    >>> async def numbers():
    ...     for number in range(3):
    ...         await asyncio.sleep(0)
    ...         yield number
    >>> list(iterate_async(numbers()))
    [0, 1, 2]
    """
    loop = TimerEventLoop()
    try:
        while True:
            try:
                item = _step(loop, generator)
            except StopAsyncIteration:
                return
            yield item
    finally:
        loop.close()


def _step(loop: TimerEventLoop, generator: AsyncIterator[ItemType]) -> ItemType:
    """One item. Pyodide's own loop counts as always running, which forbids starting
    another one, so it is set aside while the private loop runs."""
    outer_loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        return loop.run_until_complete(anext(generator))
    finally:
        asyncio.events._set_running_loop(outer_loop)
