"""Shared test fixtures: real HTTP servers on 127.0.0.1, real CLI runs, real SQLite files.

A *fixture site* is a folder of real files (``tests/sites/<area>/<name>/``) served as
they are, plus an optional ``routes.json`` next to them that scripts what plain
files cannot: redirects, status codes, slow responses, content types, gzip and
``429 Retry-After``. Tests get a running server with ``serve_site``::

    def test_something(serve_site, tmp_path):
        base = serve_site("crawl/shop")              # "http://127.0.0.1:PORT"
        result = run_touchpoint("crawl", base + "/", "--db", str(tmp_path / "t.db"), "--fast")
        assert result.returncode == 0
        assert base.hits("/pricing") == 1             # the server logs every request

File mapping: ``/`` and ``/dir/`` serve ``index.html``; ``/name`` serves ``name`` or
``name.html``; a query string never changes the file. In served text files
(``.html .xml .txt .json``) ``{{BASE}}`` becomes the site's base URL, ``{{PORT}}``
its port and ``{{HOST}}`` its host name, so fixtures can hold absolute URLs.

``routes.json`` maps a path (or ``path?query`` for one exact query, or ``*`` for
every request) to a route; every key is optional::

    {
      "*":           {"delay": 0.1},                                  # applied to all
      "/old":        {"status": 301, "location": "/new"},             # redirect
      "/gone":       {"status": 404},                                 # status, default body
      "/busy":       {"status": 429, "headers": {"Retry-After": "2"}, "times": 1},
      "/slow":       {"delay": 1.5},                                  # then serve the file
      "/report":     {"file": "report.pdf", "content_type": "application/pdf"},
      "/ping":       {"body": "pong", "content_type": "text/plain"},
      "/sm.xml.gz":  {"file": "sm.xml", "gzip": true, "content_type": "application/x-gzip"}
    }

``times: N`` applies a route to the first N matching requests only; later ones fall
through to the next rule (the file). The ``routes`` argument of ``serve_site``
overrides routes.json entry by entry.
"""

from __future__ import annotations

import gzip
import json
import mimetypes
import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.postgres_server import create_database, postgres_server

TESTS = Path(__file__).resolve().parent
SITES = TESTS / "sites"
ROOT = TESTS.parent
TEXT_SUFFIXES = {".html", ".htm", ".xml", ".txt", ".json", ".css", ".js", ""}


class ServedSite(str):
    """The base URL of a running fixture site (``http://HOST:PORT``), with its request log.

    It *is* the base URL string, so ``base + "/page"`` works; it also offers:

    - ``url(path)``: ``base + path``;
    - ``requests``: every request received, as dicts ``{"t": monotonic seconds,
      "method", "path" (with query), "headers"}``, in arrival order;
    - ``hits(path)``: how many requests asked for ``path`` (query included if given);
    - ``times(path)``: arrival times of those requests;
    - ``port``, ``host``, ``root`` (the served folder);
    - ``routes``: the live route table; a test may change it while the server runs
      (for example drop the ``"*"`` delay once a slow crawl has been interrupted).
    """

    requests: list[dict[str, Any]]
    routes: dict[str, dict[str, Any]]
    port: int
    host: str
    root: Path

    def url(self, path: str = "/") -> str:
        return f"{self}{path}"

    def _matching(self, path: str) -> list[dict[str, Any]]:
        with_query = "?" in path
        return [
            r
            for r in self.requests
            if (r["path"] if with_query else r["path"].split("?")[0]) == path
        ]

    def hits(self, path: str) -> int:
        return len(self._matching(path))

    def times(self, path: str) -> list[float]:
        return [r["t"] for r in self._matching(path)]


def _site_folder(path_or_dir: str | Path) -> Path:
    path = Path(path_or_dir)
    if not path.is_absolute():
        path = SITES / path
    if not path.is_dir():
        raise FileNotFoundError(f"no fixture site folder {path}")
    return path


def _load_routes(folder: Path, overrides: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    routes: dict[str, dict[str, Any]] = {}
    routes_file = folder / "routes.json"
    if routes_file.exists():
        routes.update(json.loads(routes_file.read_text(encoding="utf-8")))
    routes.update(overrides or {})
    return routes


def _make_handler(site: ServedSite) -> type:
    routes = site.routes
    lock = threading.Lock()
    used: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "touchpoint-fixture/1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def do_HEAD(self) -> None:
            self.handle_any(send_body=False)

        def do_GET(self) -> None:
            self.handle_any(send_body=True)

        def do_POST(self) -> None:
            self.handle_any(send_body=True)

        def handle_any(self, send_body: bool) -> None:
            site.requests.append(
                {
                    "t": time.monotonic(),
                    "method": self.command,
                    "path": self.path,
                    "headers": dict(self.headers.items()),
                }
            )
            route = self.route_for(self.path)
            if route.get("delay"):
                time.sleep(float(route["delay"]))
            status = int(route.get("status", 200))
            headers: dict[str, str] = dict(route.get("headers") or {})
            body: bytes
            content_type = route.get("content_type")
            if "location" in route:
                location = route["location"]
                headers["Location"] = location if "://" in location else site.url(location)
                body = b""
            elif "body" in route:
                body = self.expand(route["body"].encode("utf-8"))
            else:
                found = self.find_file(route.get("file") or urlsplit(self.path).path)
                if found is None:
                    status = 404 if status == 200 else status
                    body = b"<!doctype html><title>Not found</title><h1>Not found</h1>"
                    content_type = content_type or "text/html; charset=utf-8"
                else:
                    body = found.read_bytes()
                    if found.suffix in TEXT_SUFFIXES:
                        body = self.expand(body)
                    content_type = content_type or self.guess_type(found)
            if status >= 400 and "body" not in route and "file" not in route and not body:
                body = f"<!doctype html><title>{status}</title><h1>{status}</h1>".encode()
            if route.get("gzip"):
                body = gzip.compress(body)
            self.send_response(status)
            if content_type and status not in (204, 304):
                headers.setdefault("Content-Type", content_type)
            headers["Content-Length"] = str(len(body))
            for name, value in headers.items():
                self.send_header(name, str(value))
            try:
                self.end_headers()
                if send_body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a crawl stopping, a timeout): not a test failure

        def route_for(self, raw_path: str) -> dict[str, Any]:
            merged = dict(routes.get("*", {}))
            path = urlsplit(raw_path).path
            for key in (raw_path, path):
                route = routes.get(key)
                if route is None:
                    continue
                limit = route.get("times")
                if limit is not None:
                    with lock:
                        used[key] = used.get(key, 0) + 1
                        if used[key] > int(limit):
                            continue
                merged.update(route)
                break
            return merged

        def find_file(self, path: str) -> Path | None:
            relative = path.lstrip("/")
            candidates = [relative + "index.html"] if path.endswith("/") else [relative]
            if not path.endswith("/"):
                candidates += [relative + ".html", relative + "/index.html"]
            root = site.root.resolve()
            for candidate in candidates:
                target = (root / candidate).resolve()
                if target.is_file() and target.is_relative_to(root):
                    if target.name == "routes.json":
                        return None
                    return target
            return None

        @staticmethod
        def guess_type(path: Path) -> str:
            if path.suffix in (".html", ".htm", ""):
                return "text/html; charset=utf-8"
            guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed

        @staticmethod
        def expand(body: bytes) -> bytes:
            return (
                body.replace(b"{{BASE}}", str(site).encode())
                .replace(b"{{PORT}}", str(site.port).encode())
                .replace(b"{{HOST}}", site.host.encode())
            )

    return Handler


@pytest.fixture(scope="session")
def postgres_base() -> Iterator[str | None]:
    """The session's PostgreSQL server (``tests/postgres_server.py``), or None if none."""
    with postgres_server() as base:
        yield base


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path, postgres_base: str | None) -> str:
    """Where a test's store lives, once per backend: a SQLite file, then a new database on
    the session's PostgreSQL server. Without PostgreSQL installed the second is skipped,
    unless ``TOUCHPOINT_REQUIRE_POSTGRES=1`` (set by ``.ci/run``) makes that a failure."""
    if request.param == "sqlite":
        return str(tmp_path / "touchpoint.db")
    return new_postgres_database(postgres_base)


def new_postgres_database(postgres_base: str | None) -> str:
    """A new empty database on the session's PostgreSQL server; skips the test when there
    is no server, or fails it under ``TOUCHPOINT_REQUIRE_POSTGRES=1`` (``.ci/run``)."""
    if postgres_base is None:
        if os.environ.get("TOUCHPOINT_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (TOUCHPOINT_REQUIRE_POSTGRES=1) but not installed")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    return create_database(postgres_base, f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def serve_site() -> Iterator[Callable[..., ServedSite]]:
    """Factory: ``serve_site(path_or_dir, routes=None, host="127.0.0.1") -> ServedSite``.

    Starts a threaded HTTP server on 127.0.0.1 and a free port that serves the
    folder ``path_or_dir`` (absolute, or relative to ``tests/sites``) with its
    ``routes.json`` and the ``routes`` overrides (see this module's docstring).
    ``host`` is only the name used in the base URL: ``"localhost"`` gives a site
    whose ``www.`` twin does not resolve (a real DNS error inside the crawl scope).
    Each call starts a new server with a fresh request log; all stop at session end.
    Session-scoped so module-scoped fixtures can share one crawl.
    """
    servers: list[ThreadingHTTPServer] = []

    def start(
        path_or_dir: str | Path, routes: dict[str, Any] | None = None, host: str = "127.0.0.1"
    ) -> ServedSite:
        folder = _site_folder(path_or_dir)
        server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
        server.daemon_threads = True
        port = server.server_address[1]
        site = ServedSite(f"http://{host}:{port}")
        site.requests, site.port, site.host, site.root = [], port, host, folder
        site.routes = _load_routes(folder, routes)
        server.RequestHandlerClass = _make_handler(site)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return site

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def touchpoint_env(**extra: str) -> dict[str, str]:
    """The environment for CLI subprocesses: plain progress, the repo importable."""
    env = dict(os.environ)
    env["TOUCHPOINT_PROGRESS"] = "plain"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("COLUMNS", "120")
    env.update(extra)
    return env


def run_touchpoint(
    *args: str, cwd: str | Path | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m touchpoint ARGS`` in a subprocess (one Scrapy reactor per crawl).

    Returns the CompletedProcess with text ``stdout``/``stderr``; never raises on a
    non-zero exit, so tests assert on ``returncode`` themselves.
    """
    return subprocess.run(
        [sys.executable, "-m", "touchpoint", *args],
        cwd=cwd or ROOT,
        env=touchpoint_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_touchpoint(*args: str, cwd: str | Path | None = None, **env: str) -> subprocess.Popen:
    """Start ``python -m touchpoint ARGS`` without waiting (to signal or kill it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "touchpoint", *args],
        cwd=cwd or ROOT,
        env=touchpoint_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def crawl_site(
    base: str, db: str | Path, *flags: str, path: str = "/"
) -> subprocess.CompletedProcess:
    """``touchpoint crawl BASE+path --db DB --fast FLAGS``; fails the test on a non-zero exit."""
    result = run_touchpoint("crawl", base + path, "--db", str(db), "--fast", *flags)
    assert result.returncode == 0, f"crawl failed ({result.returncode}):\n{result.stderr}"
    return result


def open_db(db: str | Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection to a crawl store, rows as ``sqlite3.Row``."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def load_crawl(db: str | Path, crawl_id: int | None = None) -> dict[str, Any]:
    """The crawl's tables as pandas DataFrames (``store.crawls.load_crawl``)."""
    from store.crawls import load_crawl as _load

    return _load(db, crawl_id)


def pages_by_path(db: str | Path, crawl_id: int | None = None) -> dict[str, dict[str, Any]]:
    """Stored pages keyed by path+query (``/a?b=1``), for the newest crawl by default."""
    with open_db(db) as conn:
        if crawl_id is None:
            crawl_id = conn.execute("SELECT max(id) FROM crawls").fetchone()[0]
        start = conn.execute("SELECT start_url FROM crawls WHERE id = ?", (crawl_id,)).fetchone()
        rows = conn.execute("SELECT * FROM pages WHERE crawl_id = ?", (crawl_id,)).fetchall()
    result: dict[str, dict[str, Any]] = {}
    for row in rows:
        record = dict(row)
        parts = urlsplit(record["url"])
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        record["redirect_chain"] = json.loads(record["redirect_chain"] or "null")
        if parts.netloc != urlsplit(start[0]).netloc or key in result:
            key = record["url"]  # another host (www twin, other port): keep the full URL
        result[key] = record
    return result


@pytest.fixture
def config_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every touchpoint.toml a command reads, in order: the file must be read once."""
    from audit.config import ConfigFile

    reads: list[Path] = []
    read = ConfigFile.read

    def recorded(path: str | Path) -> ConfigFile:
        reads.append(Path(path))
        return read(path)

    monkeypatch.setattr(ConfigFile, "read", recorded)
    return reads
