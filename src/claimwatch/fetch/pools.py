"""Several small httpx clients instead of one large one.

httpcore's connection pool spends CPU on every request in proportion to the connections it holds (the anyio
lock and per-connection checks of encode/httpx#3215): on this project's machine one `AsyncClient` with 20
requests in flight cost 3.4-4.9 ms of CPU per request, four clients of five 2.3-2.5 ms (measured with
bare httpx against the bench's 50 ms server; see docs/benchmarks.md). So the `Fetcher` keeps one client per
`SHARD` requests of its global limit. A host has a home client, so that its kept-alive connections are reused;
a request spills over to the least busy client only while its home is full.
"""

from __future__ import annotations

import contextlib
import math
import zlib
from collections.abc import Callable, Iterator

import httpx

SHARD = 5  # requests in flight per client


class ClientPools:
    """`count` clients made by `make(per_client)`, leased per request by host."""

    def __init__(self, make: Callable[[int], httpx.AsyncClient], in_flight: int) -> None:
        count = max(1, math.ceil(in_flight / SHARD))
        self.per_client = math.ceil(in_flight / count)
        self.clients = [make(self.per_client) for _ in range(count)]
        self.active = [0] * count

    def pick(self, host: str) -> int:
        """The host's home client while it has room, else the least busy one."""
        home = zlib.crc32(host.encode("utf-8", "surrogatepass")) % len(self.clients)
        if self.active[home] < self.per_client:
            return home
        return min(range(len(self.clients)), key=self.active.__getitem__)

    @contextlib.contextmanager
    def lease(self, host: str) -> Iterator[httpx.AsyncClient]:
        """A client for one request to `host`, counted busy until the block ends (its body read and closed)."""
        index = self.pick(host)
        self.active[index] += 1
        try:
            yield self.clients[index]
        finally:
            self.active[index] -= 1

    async def aclose(self) -> None:
        clients, self.clients = self.clients, []
        for client in clients:
            await client.aclose()
