"""A real HTTP(S) server on 127.0.0.1 for tests that need sockets: scripted replies, recorded requests.

Use the `local_server` fixture (register this module with `pytest_plugins = ["tests.localserver"]` in
tests/conftest.py, or import the fixture into the test module):

    def test_something(local_server):
        local_server.route("/feed.xml", Reply(body=b"<rss/>", headers={"Content-Type": "application/rss+xml"}))
        url = local_server.url("/feed.xml")          # http://127.0.0.1:<port>/feed.xml
        ...
        assert local_server.count("/feed.xml") == 1
        assert local_server.requests("/feed.xml")[0].headers["user-agent"].startswith("claimwatch/")

A route is a `Reply` or a callable `Request -> Reply` (for 304s on matching validators, loops, ...).
Behaviours: `delay_s` before the status line, `drip=(n, s)` n body bytes every s seconds, `close_after`
body bytes then hang up, `content_length` to lie, `chunked`, `gzip` on the fly. Unknown paths get 404.
`max_in_flight` is the most requests the server was handling at once.

`local_server` also turns on `loopback_only`: while a test runs, any socket connect to a non-loopback
address, or a name lookup other than an IP literal or "localhost", is refused and fails the test.
"""

from __future__ import annotations

import contextlib
import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

__all__ = [
    "LocalServer",
    "NetGuard",
    "Reply",
    "Request",
    "TLSFiles",
    "closed_port",
    "local_server",
    "loopback_only",
    "make_tls_files",
    "tls_files",
]


@dataclass(frozen=True)
class Reply:
    """What the server sends for one request."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = ()
    delay_s: float = 0.0
    drip: tuple[int, float] | None = None
    close_after: int | None = None
    content_length: int | None = None
    chunked: bool = False
    gzip: bool = False

    def header_items(self) -> list[tuple[str, str]]:
        return list(self.headers.items()) if isinstance(self.headers, Mapping) else list(self.headers)


@dataclass(frozen=True)
class Request:
    """One request as the server saw it; header names are lower-case."""

    method: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


Handler = Reply | Callable[[Request], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread: nothing outlives the test
    block_on_close = True

    def __init__(self, owner: LocalServer, tls: ssl.SSLContext | None) -> None:
        self.owner = owner
        self.tls = tls
        super().__init__(("127.0.0.1", 0), _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # client hang-ups are expected in these tests
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms delayed-ACK stall
    timeout = 10  # an idle keep-alive connection cannot hold a thread for ever
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, add=True)
        self.broken = False
        if isinstance(self.connection, ssl.SSLSocket):
            try:
                self.connection.do_handshake()
            except (ssl.SSLError, OSError):
                self.broken = True  # the client refused our certificate: that is the test

    def handle(self) -> None:
        if not self.broken:
            with contextlib.suppress(OSError):
                super().handle()

    def finish(self) -> None:
        self.server.owner._track(self.connection, add=False)
        with contextlib.suppress(OSError):
            super().finish()

    def do_GET(self) -> None:
        self.server.owner._serve(self)

    do_HEAD = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LocalServer:
    """A threaded HTTP server on 127.0.0.1:<free port> serving scripted routes; a context manager."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self._routes: dict[str, Handler] = {}
        self._requests: list[Request] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._in_flight = 0
        self.max_in_flight = 0
        self._httpd = _Server(self, tls)
        self.scheme = "https" if tls is not None else "http"
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="localserver", daemon=True
        )

    # ---- life cycle

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, unblock every handler thread, close every socket, join every thread."""
        self._stop.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    # ---- script and inspect

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        """Absolute URL of `path` on this server; `host` lets tests use a name their resolver maps here."""
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> None:
        """Serve `handler` (a Reply, or a function of the Request) at `path` (exact, query included or not)."""
        self._routes[path] = handler

    def requests(self, path: str | None = None) -> list[Request]:
        """Requests received, oldest first, optionally only those for `path` (query ignored)."""
        with self._lock:
            return [r for r in self._requests if path is None or r.path.split("?")[0] == path]

    def count(self, path: str | None = None) -> int:
        """How many requests arrived (for `path`)."""
        return len(self.requests(path))

    # ---- serving (handler threads)

    def _track(self, sock: socket.socket, *, add: bool) -> None:
        with self._lock:
            (self._open.add if add else self._open.discard)(sock)

    def _serve(self, h: _Handler) -> None:
        request = Request(h.command, h.path, {k.lower(): v for k, v in h.headers.items()})
        with self._lock:
            self._requests.append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            self._respond(h, request, self._reply_for(request))
        except OSError:
            h.close_connection = True
        finally:
            with self._lock:
                self._in_flight -= 1

    def _reply_for(self, request: Request) -> Reply:
        handler = self._routes.get(request.path) or self._routes.get(request.path.split("?")[0])
        if handler is None:
            return Reply(404, b"not found", {"Content-Type": "text/plain"})
        return handler(request) if callable(handler) else handler

    def _respond(self, h: _Handler, request: Request, reply: Reply) -> None:
        if reply.delay_s and self._stop.wait(reply.delay_s):
            h.close_connection = True
            return
        body = gzip.compress(reply.body) if reply.gzip else reply.body
        h.send_response(reply.status)
        for name, value in reply.header_items():
            h.send_header(name, value)
        if reply.gzip:
            h.send_header("Content-Encoding", "gzip")
        if reply.chunked:
            h.send_header("Transfer-Encoding", "chunked")
        elif reply.status not in (204, 304):
            h.send_header(
                "Content-Length", str(len(body) if reply.content_length is None else reply.content_length)
            )
        if reply.close_after is not None or reply.content_length is not None:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        if request.method != "HEAD" and reply.status not in (204, 304):
            self._write_body(h, body, reply)

    def _write_body(self, h: _Handler, body: bytes, reply: Reply) -> None:
        if reply.close_after is not None:
            body = body[: reply.close_after]
        step, every = reply.drip or (max(len(body), 1), 0.0)
        for i in range(0, len(body), step):
            if i and every and self._stop.wait(every):
                h.close_connection = True
                return
            piece = body[i : i + step]
            h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if reply.chunked else piece)
            h.wfile.flush()
        if reply.chunked and reply.close_after is None:
            h.wfile.write(b"0\r\n\r\n")
        h.wfile.flush()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- TLS material


@dataclass(frozen=True)
class TLSFiles:
    """A throwaway CA and a server certificate for DNS:site.test and IP:127.0.0.1, signed by it."""

    ca_file: str
    cert_file: str
    key_file: str

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


def make_tls_files(directory: Path) -> TLSFiles:
    """Generate the CA and server certificate with the openssl command (EC keys: fast)."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    d = directory
    (d / "ext.cnf").write_text("subjectAltName=DNS:site.test,IP:127.0.0.1\n")
    steps = [
        ["req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=claimwatch test CA",
         "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ["req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=site.test"],
        ["x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "srv.pem",
         "-days", "2", "-extfile", "ext.cnf"],
    ]  # fmt: skip
    for args in steps:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True, timeout=30)
    return TLSFiles(str(d / "ca.pem"), str(d / "srv.pem"), str(d / "srv.key"))


# --------------------------------------------------------------------------- loopback-only guard


class NetGuard:
    """Audit-hook guard: records connects; refuses non-loopback ones and real DNS while active."""

    def __init__(self) -> None:
        self.active = False
        self.connects: list[tuple[str, int]] = []
        self.blocked: list[str] = []

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or event not in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
            return
        if event == "socket.connect":
            self._check_connect(args[1])
        else:
            self._check_lookup(args[0])

    def _check_connect(self, address: object) -> None:
        if not isinstance(address, tuple):
            return  # AF_UNIX paths
        host, port = str(address[0]), int(address[1])
        self.connects.append((host, port))
        if not ipaddress.ip_address(host.split("%")[0]).is_loopback:
            self._refuse(f"connect to {host}:{port}")

    def _check_lookup(self, host: object) -> None:
        name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
        if name is None or name == "localhost":
            return
        try:
            ipaddress.ip_address(str(name).split("%")[0])
        except ValueError:
            self._refuse(f"name lookup of {name!r}")

    def _refuse(self, what: str) -> None:
        self.blocked.append(what)
        raise PermissionError(f"test guard: {what} refused (tests stay on 127.0.0.1)")


_GUARD = NetGuard()
_HOOKED = False


@pytest.fixture
def loopback_only() -> Iterator[NetGuard]:
    """While the test runs, only loopback sockets may connect; fails the test if anything else was tried."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_GUARD.audit)  # audit hooks cannot be removed; inactive outside this fixture
        _HOOKED = True
    _GUARD.connects.clear()
    _GUARD.blocked.clear()
    _GUARD.active = True
    try:
        yield _GUARD
    finally:
        _GUARD.active = False
    assert not _GUARD.blocked, f"non-loopback network use: {_GUARD.blocked}"


@pytest.fixture
def local_server(loopback_only: NetGuard) -> Iterator[LocalServer]:
    """A fresh plain-HTTP LocalServer on 127.0.0.1 for one test, stopped (threads joined) afterwards."""
    with LocalServer() as server:
        yield server


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    """A CA + server certificate for TLS tests (skipped when the openssl command is missing)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    return make_tls_files(tmp_path_factory.mktemp("tls"))
