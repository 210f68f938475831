"""Politeness and deadlines: per-host request slots with a minimum gap, and one fetch's time budget."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator


class HostGate:
    """At most `concurrency` requests to one host at a time, starts at least `delay_s` apart."""

    def __init__(self, concurrency: int, delay_s: float) -> None:
        self._sem = asyncio.Semaphore(concurrency)
        self._delay_s = delay_s
        self._next_start = 0.0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._sem:
            now = asyncio.get_running_loop().time()
            start = max(now, self._next_start)
            self._next_start = start + self._delay_s
            if start > now:
                await asyncio.sleep(start - now)
            yield


class Budget:
    """What is left of one fetch's overall deadline; politeness waits are not charged."""

    def __init__(self, seconds: float) -> None:
        self.total = seconds
        self.left = seconds

    @contextlib.asynccontextmanager
    async def charge(self) -> AsyncIterator[None]:
        started = time.monotonic()
        try:
            async with asyncio.timeout(max(self.left, 0.0)):
                yield
        finally:
            self.left -= time.monotonic() - started
