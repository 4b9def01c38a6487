"""Crawler traps end by themselves and are reported; budgets bound the work of a crawl."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.conftest import run_touchpoint
from tests.hostile.app_server import Answer, Seen, html, serve_app


def trap_site(request: Seen) -> Answer:
    """An infinite calendar, session IDs in query and path, an ever-deeper path and a path
    that repeats itself: each endless on its own."""
    parts = urlsplit(request.path)
    path, query = parts.path, parse_qs(parts.query)
    sid = uuid.uuid4().hex[:12]  # a new session ID in every page's links
    if path == "/":
        return Answer(
            html(
                "Home",
                f"""<main>
            <a href="/calendar?month=0">Events</a>
            <a href="/shop?sid={sid}">Shop</a>
            <a href="/about;jsessionid={sid}">About</a>
            <a href="/deep/">Archive</a>
            <a href="/loop/">Loop</a></main>""",
            )
        )
    if path == "/calendar":
        month = int(query.get("month", ["0"])[0])
        links = f'<a href="?month={month - 1}">Previous</a> <a href="?month={month + 1}">Next</a>'
        return Answer(html(f"Month {month}", f"<main><h1>Events</h1>{links}</main>"))
    if path in ("/shop", "/about", "/shop/item"):
        return Answer(html("Shop", f'<main><a href="/shop/item?sid={sid}">Item</a>'
                                   f'<a href="/about;jsessionid={sid}">About</a>'
                                   f'<a href="/shop?sid={sid}">Shop</a></main>'))  # fmt: skip
    if path.startswith("/deep/"):
        n = path.count("/")
        return Answer(html(f"Archive {n}", f'<main><a href="p{n}/">Older</a></main>'))
    if path.startswith("/loop/"):
        return Answer(html("Loop", '<main><a href="loop/">Again</a></main>'))
    return Answer(html("Not found", "nope"), 404)


def test_a_default_audit_of_a_trap_site_ends_by_itself_naming_each_trap(tmp_path: Path) -> None:
    with serve_app(trap_site) as site:
        result = run_touchpoint(
            "audit", site.base + "/", "--db", "t.db", "-o", "out", "--fast",
            cwd=tmp_path, timeout=280,
        )  # fmt: skip
        requests = len(site.requests)
    assert result.returncode in (0, 1), result.stderr
    audit = json.loads((tmp_path / "out" / "audit.json").read_text(encoding="utf-8"))
    traps = [f for f in audit["findings"] if f["code"] == "TP902"]
    kinds = {f["evidence"]["kind"] for f in traps}
    assert kinds == {
        "endless URLs of one pattern",
        "ever-deeper path",
        "repeating path segments",
        "session IDs in URLs",
    }, traps
    assert {f["element"] for f in traps if f["evidence"]["kind"] == "session IDs in URLs"} == {
        "sid",
        "jsessionid",
    }
    calendar = next(f for f in traps if f["element"] == "/calendar?month")
    assert "month=" in calendar["evidence"]["examples"][0]
    assert requests < 150, f"{requests} requests: a trap was followed too far"
    with sqlite3.connect(tmp_path / "t.db") as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM pages")]
    assert not any("sid=" in u or "jsessionid" in u for u in urls)
    assert "TRAP:" in result.stdout


def test_keep_param_keeps_a_session_parameter_the_site_needs(tmp_path: Path) -> None:
    """A kept session ID makes every visit new again: --max-pages (and the request budget
    it brings) is what bounds such a crawl, as docs/safeguards.md says."""
    with serve_app(trap_site) as site:
        result = run_touchpoint(
            "crawl", site.base + "/", "--db", "t.db", "--fast", "--keep-param", "SID",
            "--max-pages", "60", cwd=tmp_path, timeout=200,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "t.db") as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM pages")]
    assert any("sid=" in u for u in urls)
    assert not any("jsessionid" in u for u in urls)  # still dropped: only sid was kept


def link_farm(request: Seen) -> Answer:
    """One page with 2,000 links to pages that each link on."""
    path = urlsplit(request.path).path
    if path == "/":
        links = " ".join(f'<a href="/p/{i}">Page {i}</a>' for i in range(2000))
        return Answer(html("Farm", f"<main>{links}</main>"))
    return Answer(html("Page", '<main><a href="/">Home</a></main>'))


def test_max_pages_bounds_the_requests_too(tmp_path: Path) -> None:
    with serve_app(link_farm) as site:
        result = run_touchpoint(
            "crawl", site.base + "/", "--db", "t.db", "--fast", "--max-pages", "5",
            cwd=tmp_path, timeout=200,
        )  # fmt: skip
        requests = [r for r in site.requests if r.path != "/robots.txt"]
    assert result.returncode == 0, result.stderr
    budget = 4 * 5 + 100
    assert len({r.path for r in requests if r.path.startswith("/p/")}) <= budget
    assert "LIMIT HIT:" in result.stdout and "--max-requests 120 left" in result.stdout
    with sqlite3.connect(tmp_path / "t.db") as conn:
        limits = json.loads(conn.execute("SELECT limits_hit FROM crawls").fetchone()[0])
    assert limits["max_requests"]["limit"] == budget
    assert limits["max_requests"]["not_checked"] >= 2000 - budget


def test_max_time_stops_an_endless_slow_crawl_as_a_limit(tmp_path: Path) -> None:
    def endless(request: Seen) -> Answer:
        path = urlsplit(request.path).path.strip("/")
        if not path.isdigit() and path:
            return Answer("not found", 404, content_type="text/plain")
        n = int(path or 0)
        links = " ".join(f'<a href="/{n * 10 + i}">More</a>' for i in range(1, 6))
        return Answer(html(f"Page {n}", f"<main>{links}</main>"))

    with serve_app(endless) as site:
        result = run_touchpoint(
            "crawl", site.base + "/", "--db", "t.db", "--fast", "--max-time", "3s",
            "--trap-limit", "0", cwd=tmp_path, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "--max-time 3.0 s stopped the crawl" in result.stdout
    with sqlite3.connect(tmp_path / "t.db") as conn:
        status, limits = conn.execute("SELECT status, limits_hit FROM crawls").fetchone()
    assert status == "finished" and "max_time" in json.loads(limits)


def test_a_crawl_whose_responses_mostly_fail_stops_resumable_with_one_line(
    tmp_path: Path,
) -> None:
    def blocking(request: Seen) -> Answer:
        if urlsplit(request.path).path == "/":
            links = " ".join(f'<a href="/p/{i}">Page {i}</a>' for i in range(120))
            return Answer(html("Home", f"<main>{links}</main>"))
        return Answer(html("Blocked", "Access denied"), 403)

    with serve_app(blocking) as site:
        result = run_touchpoint("crawl", site.base + "/", "--db", "t.db", "--fast", cwd=tmp_path)
        fetched = len(site.requests)
    assert result.returncode == 3, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "of the last 50 responses failed (403 x" in lines[0]
    assert "touchpoint crawl --resume 1" in lines[0]
    assert fetched < 110
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("SELECT status FROM crawls").fetchone()[0] == "interrupted"
