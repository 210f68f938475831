"""A local news site for bench_run: stdlib ThreadingHTTPServer on 127.0.0.1, serving from a background thread.

    .venv/bin/python bench/newssite.py [--feeds 200] [--per-feed 10] [--latency 0.05]

Runs in its own process pinned to core 1, so that neither its CPU time nor the GIL is charged to the
benchmark process on core 0. Prints `READY <port>` once it serves, and stops when stdin closes.

Routes (HTTP/1.1 keep-alive, Content-Length always set):
  /robots.txt        allow everything
  /feeds/<k>.xml     RSS 2.0, entries k*per_feed .. k*per_feed+per_feed-1, summary only (the first sentence)
  /a/<i>.html        article page i: ~10 KB of HTML around synth.article(i) (nav, ads, sidebar, comments)
  /slow/<n>          sleeps --latency seconds, then a small RSS document (for the in-flight test)
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import benchkit
import synth

SITE = "bench-news.example"
SLOW_BODY = (
    b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>slow</title>'
    b"<link>http://127.0.0.1/</link><description>x</description></channel></rss>"
)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def make_routes(base: str, feeds: int, per_feed: int, seed: int) -> dict[str, tuple[bytes, str]]:
    """Every path of the site with its body and content type."""
    docs = synth.corpus(feeds * per_feed, seed)
    routes: dict[str, tuple[bytes, str]] = {"/robots.txt": (b"User-agent: *\nAllow: /\n", "text/plain")}
    for doc in docs:
        url = f"{base}/a/{doc.index}.html"
        routes[f"/a/{doc.index}.html"] = (
            synth.page_html(doc, url, SITE).encode(),
            "text/html; charset=utf-8",
        )
    for k in range(feeds):
        chunk = docs[k * per_feed : (k + 1) * per_feed]
        routes[f"/feeds/{k}.xml"] = (
            synth.rss_feed(k, chunk, base, SITE),
            "application/rss+xml; charset=utf-8",
        )
    return routes


def serve(feeds: int, per_feed: int, seed: int, latency_s: float) -> tuple[Server, threading.Thread]:
    """Bind, build the pages for the bound address, and serve from a daemon thread."""
    routes: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in two writes: with Nagle on, the body waits for the client's delayed
        # ACK (~40 ms per request on Linux loopback)
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path.startswith("/slow/"):
                time.sleep(latency_s)
                found: tuple[bytes, str] | None = (SLOW_BODY, "application/rss+xml")
            else:
                found = routes.get(path)
            if found is None:
                self.send_error(404)
                return
            body, content_type = found
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = Server(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    routes.update(make_routes(base, feeds, per_feed, seed))
    thread = threading.Thread(target=server.serve_forever, name="site", daemon=True)
    thread.start()
    return server, thread


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--per-feed", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds slept by /slow/ requests")
    args = parser.parse_args(argv)
    benchkit.pin(benchkit.SERVER_CORE)
    server, _ = serve(args.feeds, args.per_feed, args.seed, args.latency)
    print(f"READY {server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    server.shutdown()
    server.server_close()


if __name__ == "__main__":
    main(sys.argv[1:])
