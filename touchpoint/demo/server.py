"""Serve the bundled demo site on 127.0.0.1, the way a real host would.

The demo must behave like a live website so that the crawler, the audit and the tests
exercise real HTTP: pretty URLs (``/shop/`` -> ``shop/index.html``), a 301 for a folder
asked without its slash, real 404s for missing paths (the demo's broken link must be a
real 404), the redirect chain listed in ``routes.yaml`` (static files cannot express
redirects), and robots.txt / sitemap.xml carrying the absolute URL of this server, which
is only known once the port is bound.

The HTML pages in ``site/`` are Jinja templates (see :mod:`touchpoint.demo.pages`),
rendered into memory once when a server starts, with the static files beside them
(robots.txt, sitemap.xml, the stylesheet). All of it is read through
:mod:`importlib.resources`, so the demo works from an installed wheel as well as from a
source checkout.
"""

from __future__ import annotations

import mimetypes
import posixpath
import threading
from collections.abc import Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from types import TracebackType
from typing import ClassVar
from urllib.parse import unquote, urlsplit

import yaml

from touchpoint.demo.pages import site_files, site_root

__all__ = ["DemoServer", "load_routes", "serve_demo", "site_files", "site_root"]

#: Files whose ``{{BASE_URL}}`` placeholder is replaced by the server's own base URL.
TEMPLATED = frozenset({"/robots.txt", "/sitemap.xml"})
PLACEHOLDER = b"{{BASE_URL}}"

NOT_FOUND_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>
<body><h1>Page not found</h1><p>There is nothing at this address.</p></body></html>
"""

FORM_RECEIVED_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Thanks</title></head>
<body><h1>Thanks</h1><p>This is a demo site: nothing was sent.</p>
<p><a href="/">Back to the homepage</a></p></body></html>
"""


def load_routes() -> dict[str, tuple[int, str]]:
    """Redirects from ``routes.yaml``: ``{path: (status, location)}``.

    Kept in data rather than code so the manifest of deliberate problems and the
    server cannot disagree about which URLs redirect.
    """
    text = resources.files("touchpoint.demo").joinpath("routes.yaml").read_text("utf-8")
    raw = yaml.safe_load(text) or {}
    routes: dict[str, tuple[int, str]] = {}
    for path, (status, location) in raw.items():
        routes[str(path)] = (int(status), str(location))
    return routes


def _folders(rels: Iterable[str]) -> frozenset[str]:
    """Every folder holding a file, at any depth (``shop``, ``shop/x``...); ``""`` is the root."""
    folders = {""}
    for rel in rels:
        parts = rel.split("/")[:-1]
        folders.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
    return frozenset(folders)


class _Handler(BaseHTTPRequestHandler):
    """Static file handler over the in-memory site, with pretty URLs and redirects."""

    server_version = "touchpoint-demo/1.0"
    protocol_version = "HTTP/1.1"
    # Set per server by serve_demo via a subclass, so several demos can run at once.
    files: ClassVar[dict[str, bytes]]  # site_files()
    dirs: ClassVar[frozenset[str]]  # every folder holding a file, "" for the root
    routes: ClassVar[dict[str, tuple[int, str]]]
    base_url: ClassVar[str]

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: request logs would drown test and CLI output."""

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def do_POST(self) -> None:
        """Accept the demo's forms so clicking around in a browser does not error."""
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._send(HTTPStatus.OK, FORM_RECEIVED_PAGE, "text/html; charset=utf-8", True)

    def _respond(self, *, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path) or "/"
        clean = posixpath.normpath(path)
        if ".." in path.split("/") or not clean.startswith("/"):
            self._not_found(send_body)
            return
        if path in self.routes:
            status, location = self.routes[path]
            self._redirect(status, location, send_body)
            return
        rel = "/".join(p for p in path.split("/") if p not in ("", "."))
        if rel in self.dirs:
            if not path.endswith("/"):
                self._redirect(HTTPStatus.MOVED_PERMANENTLY, path + "/", send_body)
                return
            rel = f"{rel}/index.html" if rel else "index.html"
        body = self.files.get(rel)
        if body is None:
            self._not_found(send_body)
            return
        if path in TEMPLATED:
            body = body.replace(PLACEHOLDER, self.base_url.encode())
        ctype = mimetypes.guess_type(posixpath.basename(rel))[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/xml", "application/json"):
            ctype += "; charset=utf-8"
        self._send(HTTPStatus.OK, body, ctype, send_body)

    def _redirect(self, status: int, location: str, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Location", self.base_url + location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self, send_body: bool) -> None:
        self._send(HTTPStatus.NOT_FOUND, NOT_FOUND_PAGE, "text/html; charset=utf-8", send_body)

    def _send(self, status: int, body: bytes, ctype: str, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class DemoServer:
    """A running demo server; use as a context manager or call :meth:`shutdown`."""

    def __init__(self, httpd: ThreadingHTTPServer, base_url: str) -> None:
        self._httpd = httpd
        self.base_url = base_url
        self.port = int(httpd.server_address[1])
        self._thread = threading.Thread(
            target=httpd.serve_forever, name=f"touchpoint-demo:{self.port}", daemon=True
        )
        self._thread.start()

    def url(self, path: str = "/") -> str:
        """Absolute URL of a site path on this server."""
        return self.base_url + path

    def shutdown(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()


def serve_demo(host: str = "127.0.0.1", port: int = 0) -> DemoServer:
    """Start serving the demo site in a background thread; ``port=0`` picks a free port."""
    files = site_files()
    handler: type[_Handler] = type(
        "DemoHandler",
        (_Handler,),
        {"files": files, "dirs": _folders(files), "routes": load_routes(), "base_url": ""},
    )
    httpd = ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True
    raw_host = httpd.server_address[0]
    bound_host = raw_host.decode() if isinstance(raw_host, bytes) else raw_host
    display = f"[{bound_host}]" if ":" in bound_host else bound_host
    handler.base_url = f"http://{display}:{httpd.server_address[1]}"
    return DemoServer(httpd, handler.base_url)
