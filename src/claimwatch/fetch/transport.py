"""Connection pinning: httpx's transport opens sockets only to the addresses the guard vetted."""

from __future__ import annotations

import contextvars
import ssl
from collections.abc import Iterable

import httpcore
import httpx

PIN: contextvars.ContextVar[tuple[str, tuple[str, ...]] | None] = contextvars.ContextVar(
    "claimwatch_fetch_pin", default=None
)


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to the addresses the guard vetted for the current hop.

    Why a network backend: httpcore asks it for a socket with the URL's host name, after the TLS SNI and
    Host header are already fixed by the URL. Swapping only the address here keeps certificate checks,
    SNI, Host and the connection pool's per-origin keys exactly as for the real name; rewriting URLs to
    IPs would break all four. The vetted addresses travel in a context variable set around `send()`,
    which runs in the requesting task; with no matching pin we refuse (fail closed).
    """

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        pin = PIN.get()
        if pin is None or pin[0] != host:
            raise httpcore.ConnectError(f"no vetted address for {host}")
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in pin[1]:
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as e:  # refused/unreachable: try the next vetted address
                error = e
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used by claimwatch")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport with its connection pool rebuilt on `_PinnedBackend`.

    httpx 0.28 takes no network_backend argument, so the pool (`_pool`, which handle_async_request
    uses) is replaced; pyproject pins httpx <0.29 and the assertion fails closed if that changes.
    """

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        if not isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool):
            raise RuntimeError("httpx transport internals changed: address pinning unavailable")
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PinnedBackend(),
        )
