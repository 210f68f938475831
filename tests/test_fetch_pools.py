"""The Fetcher's clients: one per five requests of its global limit, a home client per host, spill-over when full."""

from __future__ import annotations

import asyncio

import httpx

from claimwatch.fetch.pools import SHARD, ClientPools


def _pools(in_flight: int) -> tuple[ClientPools, list[int]]:
    sizes: list[int] = []

    def make(per_client: int) -> httpx.AsyncClient:
        sizes.append(per_client)
        return httpx.AsyncClient()

    return ClientPools(make, in_flight), sizes


def test_one_client_per_shard_of_the_global_limit() -> None:
    pools, sizes = _pools(20)
    assert len(pools.clients) == 20 // SHARD and sizes == [SHARD] * (20 // SHARD)
    one, sizes_one = _pools(2)
    assert len(one.clients) == 1 and sizes_one == [2]
    odd, sizes_odd = _pools(7)
    assert len(odd.clients) == 2 and sizes_odd == [4, 4]  # room for all 7, split evenly
    for p in (pools, one, odd):
        asyncio.run(p.aclose())


def test_a_host_keeps_its_home_client_while_it_has_room() -> None:
    pools, _ = _pools(20)
    home = pools.pick("news.example")
    with pools.lease("news.example") as first, pools.lease("news.example") as second:
        assert first is second is pools.clients[home]
        assert pools.active[home] == 2
    assert pools.active == [0] * len(pools.clients)
    asyncio.run(pools.aclose())


def test_a_full_home_spills_over_to_the_least_busy_client() -> None:
    pools, _ = _pools(20)
    home = pools.pick("one-host.example")
    leases = [pools.lease("one-host.example") for _ in range(20)]
    clients = [lease.__enter__() for lease in leases]
    # twenty requests to one host use every client, five each: none waits behind a crowded pool
    assert sorted(pools.active) == [SHARD] * len(pools.clients)
    assert clients[:SHARD] == [pools.clients[home]] * SHARD
    for lease in reversed(leases):
        lease.__exit__(None, None, None)
    assert pools.active == [0] * len(pools.clients)
    asyncio.run(pools.aclose())


def test_a_lease_is_returned_when_the_request_fails() -> None:
    pools, _ = _pools(10)
    try:
        with pools.lease("down.example"):
            raise httpx.ConnectError("refused")
    except httpx.ConnectError:
        pass
    assert pools.active == [0, 0]
    asyncio.run(pools.aclose())


def test_closing_closes_every_client() -> None:
    pools, _ = _pools(20)
    clients = list(pools.clients)
    asyncio.run(pools.aclose())
    assert pools.clients == [] and all(c.is_closed for c in clients)
