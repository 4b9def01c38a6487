"""Protocol-correct politeness: robots.txt per RFC 9309, retries with backoff, a budget for
429 waits, sitemaps up to the protocol's 50 MB, and failure messages that say what happened.

Sizes are kept small by lowering the caps (``crawler/settings.py``) in the crawl's own
process: ``crawl(..., settings={"DOWNLOAD_MAXSIZE": ...})``.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.conftest import pages_by_path, touchpoint_env
from tests.hostile.app_server import Answer, Seen, html, serve_app

PATCH_SETTINGS = (
    "import json, sys; import crawler.settings as s; "
    "vars(s).update(json.loads(sys.argv.pop(1))); "
    "from touchpoint.cli import main; main()"
)
KIB = 1024
MIB = 1024 * KIB
# Retries a few milliseconds apart, so a test of what retries decide takes no minutes.
QUICK_RETRIES = {"TOUCHPOINT_RETRY_BACKOFF_BASE": 0.01}


def crawl(
    base: str, tmp_path: Path, *flags: str, settings: dict[str, Any] | None = None
) -> subprocess.CompletedProcess[str]:
    """``touchpoint crawl BASE/ --db t.db FLAGS`` in a subprocess whose crawler settings
    are updated with ``settings`` first."""
    return subprocess.run(
        [sys.executable, "-c", PATCH_SETTINGS, json.dumps(settings or {}), "crawl", base + "/",
         "--db", "t.db", *flags],
        cwd=tmp_path, env=touchpoint_env(), capture_output=True, text=True, timeout=240,
        check=False,
    )  # fmt: skip


def crawl_stats(tmp_path: Path) -> dict[str, Any]:
    import sqlite3

    with sqlite3.connect(tmp_path / "t.db") as conn:
        (stats,) = conn.execute("SELECT stats FROM crawls ORDER BY id DESC").fetchone()
    return dict(json.loads(stats or "{}"))


HOME = html(
    "Home",
    '<main><a href="/a">A</a> <a href="/b">B</a> <a href="/private/x">Private</a>'
    ' <a href="/late/y">Late</a></main>',
)


def site_with_robots(robots: Answer) -> Callable[[Seen], Answer]:
    """Home links to /a, /b, /private/x and /late/y; robots.txt is ``robots``."""

    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/robots.txt":
            return robots
        if path == "/":
            return Answer(HOME)
        return Answer(html(path, "<main>page</main>"))

    return app


def padded_robots(size: int, late_rule: str = "") -> bytes:
    """``Disallow: /private/`` first, comment lines up to ``size`` bytes, then ``late_rule``."""
    head = b"User-agent: *\nDisallow: /private/\n"
    line = b"# " + b"padding " * 12 + b"\n"
    body = head + line * ((size - len(head)) // len(line))
    return body + late_rule.encode()


# -- the pieces, without a crawl ---------------------------------------------------


def test_a_robots_txt_is_never_decompressed_past_its_limit() -> None:
    from crawler.robots import first_bytes

    bomb = gzip.compress(padded_robots(30 * MIB))
    body, cut = first_bytes(bomb, [b"gzip"], 500 * KIB)
    assert cut and len(body) <= 500 * KIB and body.endswith(b"\n")
    assert body.startswith(b"User-agent: *\nDisallow: /private/\n")
    assert first_bytes(b"User-agent: *\n", [], 500 * KIB) == (b"User-agent: *\n", False)
    assert first_bytes(b"\x1f\x8b\x08garbage", [], 500 * KIB) == (b"", True)


def test_backoff_grows_with_full_jitter_up_to_its_cap() -> None:
    from crawler.middlewares import backoff_seconds

    waits = [[backoff_seconds(n, 0.5, 10.0) for _ in range(200)] for n in range(1, 8)]
    assert all(
        0.0 <= w <= min(10.0, 0.5 * 2 ** (n - 1)) for n, ws in enumerate(waits, 1) for w in ws
    )
    assert max(waits[5]) > 4.0  # the sixth retry may wait up to 10 s
    assert len({round(w, 6) for w in waits[2]}) > 100  # jittered, not one fixed delay


def test_redirect_failures_name_the_loop_or_the_chain() -> None:
    from crawler.middlewares import redirect_failure

    assert redirect_failure(["/a", "/b", "/a", "/b"]) == "redirect loop: /a -> /b -> /a"
    assert redirect_failure(["/x", "/a", "/b", "/b"]) == "redirect loop: /b -> /b"
    hops = [f"/h{i}" for i in range(11)]
    assert redirect_failure(hops) == "more than 10 redirects: /h0 -> ... -> /h10"


# -- robots.txt ------------------------------------------------------------------


def test_robots_txt_is_fetched_once_and_serves_the_sitemap_too(tmp_path: Path) -> None:
    robots = "User-agent: *\nDisallow: /private/\nSitemap: /map.xml\n"

    def app(request: Seen) -> Answer:
        if request.path == "/map.xml":
            base = request.headers["Host"]
            body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://{base}/only-in-map</loc></url></urlset>'
            return Answer(body, content_type="application/xml")
        return site_with_robots(Answer(robots, content_type="text/plain"))(request)

    with serve_app(app) as site:
        result = crawl(site.base, tmp_path, "--fast")
        paths = site.paths()
    assert result.returncode == 0, result.stderr
    assert paths.count("/robots.txt") == 1
    assert paths.count("/map.xml") == 1  # the Sitemap: line of that one fetch was read
    assert "/only-in-map" in paths and "/private/x" not in paths


def test_an_over_size_robots_txt_is_obeyed_to_its_first_500_kib(tmp_path: Path) -> None:
    """Over the download cap (lowered to 400 KiB here), robots.txt used to be dropped and
    the site crawled as allow-all. RFC 9309: parse at least the first 500 KiB."""
    robots = padded_robots(600 * KIB, late_rule="Disallow: /late/\n")
    app = site_with_robots(Answer(robots, content_type="text/plain"))
    with serve_app(app) as site:
        result = crawl(site.base, tmp_path, "--fast", settings={"DOWNLOAD_MAXSIZE": 400 * KIB})
        paths = site.paths()
    assert result.returncode == 0, result.stderr
    assert "/private/x" not in paths and "/a" in paths
    assert "/late/y" in paths  # a rule past the first 500 KiB is not read
    pages = pages_by_path(tmp_path / "t.db")
    assert pages["/private/x"]["error"] == "robots.txt disallows this URL"


def test_a_gzip_bomb_robots_txt_is_read_as_an_over_size_one(tmp_path: Path) -> None:
    """30 MB of rules and comments in 30 KB of gzip: its first 500 KiB are obeyed."""
    bomb = gzip.compress(padded_robots(30 * MIB), compresslevel=9)
    robots = Answer(bomb, content_type="text/plain", headers={"Content-Encoding": "gzip"})
    with serve_app(site_with_robots(robots)) as site:
        result = crawl(site.base, tmp_path, "--fast")
        paths = site.paths()
    assert result.returncode == 0, result.stderr
    assert "/private/x" not in paths and "/a" in paths


def test_robots_txt_answering_503_means_nothing_is_crawled(tmp_path: Path) -> None:
    robots = Answer(html("Unavailable", "down"), 503)
    with serve_app(site_with_robots(robots)) as site:
        result = crawl(site.base, tmp_path, "--fast", settings=QUICK_RETRIES)
        paths = set(site.paths())
    assert result.returncode == 3, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "robots.txt answered 503" in lines[0] and "RFC 9309" in lines[0]
    assert paths == {"/robots.txt"}  # not the start page, not a sitemap


def test_robots_txt_answering_404_allows_everything(tmp_path: Path) -> None:
    with serve_app(site_with_robots(Answer("no", 404, content_type="text/plain"))) as site:
        result = crawl(site.base, tmp_path, "--fast")
        paths = site.paths()
    assert result.returncode == 0, result.stderr
    assert "/private/x" in paths and paths.count("/robots.txt") == 1


# -- retries and 429 ---------------------------------------------------------------


def test_a_server_failing_every_other_request_leaves_no_false_broken_link(tmp_path: Path) -> None:
    """Default settings (no --fast): retries come later and later, with jitter."""
    lock, count = threading.Lock(), [0]
    links = " ".join(f'<a href="/p{i}">{i}</a>' for i in range(12))

    def app(request: Seen) -> Answer:
        with lock:
            count[0] += 1
            failing = count[0] % 2 == 0
        if failing:
            return Answer(html("Busy", "try again"), 503)
        if request.path == "/":
            return Answer(html("Home", f"<main>{links}</main>"))
        return Answer(html(request.path, "<main>page</main>"))

    with serve_app(app) as site:
        result = crawl(site.base, tmp_path)
    assert result.returncode == 0, result.stderr
    pages = pages_by_path(tmp_path / "t.db")
    assert {p: r["status"] for p, r in pages.items()} == {
        "/": 200,
        **{f"/p{i}": 200 for i in range(12)},
    }


def test_429_waits_have_a_budget_after_which_urls_are_rate_limited_not_broken(
    tmp_path: Path,
) -> None:
    links = " ".join(f'<a href="/p{i}">{i}</a>' for i in range(6))

    def app(request: Seen) -> Answer:
        if request.path == "/":
            return Answer(html("Home", f"<main>{links}</main>"))
        if request.path.startswith("/p"):
            return Answer(html("Slow down", "429"), 429, {"Retry-After": "1"})
        return Answer("", 404)

    with serve_app(app) as site:
        result = crawl(site.base, tmp_path, "--fast", "--max-rate-limit-wait", "2")
    assert result.returncode == 0, result.stderr
    pages = pages_by_path(tmp_path / "t.db")
    limited = [pages[f"/p{i}"] for i in range(6)]
    assert all(p["status"] is None for p in limited)
    assert all(p["error"].startswith("not fetched: rate-limited, not checked") for p in limited)
    assert crawl_stats(tmp_path)["rate_limited"] == 6
    assert "6 URLs rate-limited, not checked" in result.stdout
    assert "Broken" in result.stdout and "0 4xx/5xx" in result.stdout


# -- sitemaps ----------------------------------------------------------------------


def test_a_sitemap_over_the_page_cap_is_read_up_to_its_url_limit(tmp_path: Path) -> None:
    """Pages are capped (lowered to 64 KiB here), sitemaps get the protocol's own cap; a
    sitemap with more URLs than the protocol allows keeps the first ones."""

    def app(request: Seen) -> Answer:
        host = request.headers["Host"]
        if request.path == "/sitemap.xml":
            urls = "".join(f"<url><loc>http://{host}/m/{i}</loc></url>" for i in range(3000))
            body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return Answer(body, content_type="application/xml")
        if request.path == "/":
            return Answer(HOME)
        return Answer("", 404)

    settings = {"DOWNLOAD_MAXSIZE": 64 * KIB, "TOUCHPOINT_SITEMAP_MAX_URLS": 2500}
    with serve_app(app) as site:
        result = crawl(site.base, tmp_path, "--fast", "--max-pages", "1", settings=settings)
    assert result.returncode == 0, result.stderr
    assert "2,500 URLs listed" in result.stdout
    assert crawl_stats(tmp_path)["sitemap_urls_dropped"] == 500


# -- failure messages --------------------------------------------------------------


@contextmanager
def serve_raw(handle: Callable[[BaseHTTPRequestHandler], None]) -> Iterator[str]:
    """A server whose handler writes its own status line, headers and body."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with suppress(BrokenPipeError, ConnectionResetError):
                handle(self)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def hostile_answers(request: BaseHTTPRequestHandler) -> None:
    """A chunked body over the cap, a redirect loop, a 30-hop chain."""
    path = request.path
    if path in ("/robots.txt", "/sitemap.xml"):
        request.send_response(404)
        request.send_header("Content-Length", "0")
        request.end_headers()
    elif path == "/":
        links = ["/big", "/sized", "/loop-a", "/hop/1"]
        body = html("Home", "".join(f'<a href="{u}">{u}</a>' for u in links)).encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)
    elif path in ("/big", "/sized"):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        chunk = b"<p>" + b"x" * 64 * KIB + b"</p>"
        if path == "/sized":
            request.send_header("Content-Length", str(len(chunk) * 48))
        else:
            request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        for _ in range(48):  # 3 MB
            data = chunk if path == "/sized" else b"%x\r\n%s\r\n" % (len(chunk), chunk)
            request.wfile.write(data)
        if path == "/big":
            request.wfile.write(b"0\r\n\r\n")
    else:
        targets = {"/loop-a": "/loop-b", "/loop-b": "/loop-a"}
        target = targets.get(path) or f"/hop/{int(path.rsplit('/', 1)[1]) + 1}"
        request.send_response(302)
        request.send_header("Location", target)
        request.send_header("Content-Length", "0")
        request.end_headers()


def test_failures_say_what_happened(tmp_path: Path) -> None:
    with serve_raw(hostile_answers) as base:
        result = crawl(base, tmp_path, "--fast", settings={"DOWNLOAD_MAXSIZE": 1 * MIB})
    assert result.returncode == 0, result.stderr
    pages = pages_by_path(tmp_path / "t.db")
    assert pages["/big"]["error"].startswith("response over the 1 MB download limit (")
    assert pages["/big"]["error"].endswith("bytes received), not read")
    assert pages["/sized"]["error"] == (
        f"response over the 1 MB download limit ({48 * (64 * KIB + 7):,} bytes announced), not read"
    )
    assert (
        pages["/loop-a"]["error"]
        == f"redirect loop: {base}/loop-a -> {base}/loop-b -> {base}/loop-a"
    )
    assert pages["/hop/1"]["error"].startswith("more than 10 redirects: ")
