"""A real HTTP server on 127.0.0.1 whose answers come from a Python function.

The fixture sites in ``tests/sites`` are files; a hostile site is behaviour: a calendar
that never ends, a session ID in every link, a page that wants a password. ``serve_app``
runs ``app(request) -> Answer`` on a threaded ``http.server`` and logs every request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Seen:
    path: str  # with the query
    headers: dict[str, str]
    method: str = "GET"
    body: bytes = b""  # a POST's form data

    def form(self) -> dict[str, str]:
        """A posted form's fields (application/x-www-form-urlencoded)."""
        return dict(parse_qsl(self.body.decode("utf-8")))


@dataclass
class Answer:
    body: str | bytes = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    chunks: Iterable[bytes] | None = None  # sent chunked, with no Content-Length


@dataclass
class App:
    base: str  # http://host:port
    requests: list[Seen] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [urlsplit(r.path).path for r in self.requests]


def html(title: str, body: str) -> str:
    head = f"<!doctype html><html lang=en><head><title>{title}</title></head>"
    return f"{head}<body>{body}</body></html>"


@contextmanager
def serve_app(app: Callable[[Seen], Answer], host: str = "127.0.0.1") -> Iterator[App]:
    """Serve ``app`` until the block ends; ``host`` is only the name in the base URL
    (``localhost`` makes a second server a different site from ``127.0.0.1``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    served = App(f"http://{host}:{server.server_address[1]}")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.answer(Seen(self.path, dict(self.headers.items())))

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.answer(Seen(self.path, dict(self.headers.items()), "POST", body))

        def answer(self, seen: Seen) -> None:
            served.requests.append(seen)
            answer = app(seen)
            body = answer.body.encode() if isinstance(answer.body, str) else answer.body
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            if answer.chunks is None:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            for name, value in answer.headers.items():
                self.send_header(name, value)
            try:
                self.end_headers()
                if answer.chunks is None:
                    self.wfile.write(body)
                    return
                for chunk in answer.chunks:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass

    server.RequestHandlerClass = Handler
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
