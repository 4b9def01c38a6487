"""``touchpoint crawl --workers N``: many crawler processes on one real Redis frontier.

Each test crawls a generated 90-page site served on 127.0.0.1 and compares the store
with what one process stores for the same site: the same pages (with their true click
depths), links, CTAs and forms, whatever happened to the workers on the way.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_touchpoint, start_touchpoint

FAST = ("--fast", "--concurrency", "4")
# Short worker heartbeats and Redis waits, so a test sees a dead worker or a lost Redis
# in seconds (defaults: 30 s each).
QUICK = {"TOUCHPOINT_WORKER_TTL": "2", "TOUCHPOINT_REDIS_WAIT": "2",
         "TOUCHPOINT_HEARTBEAT_STALE_SECONDS": "3"}  # fmt: skip


QUERIES = {
    "pages": "SELECT url, status, depth, parsed, title FROM pages",
    "links": "SELECT page_url, target_url, anchor_text, position FROM links",
    "ctas": "SELECT page_url, text, position FROM ctas",
    "forms": "SELECT page_url, position, action FROM forms",
}


def crawl_contents(db: Path) -> dict[str, set[tuple[Any, ...]]]:
    """Every stored row that matters, with the served site's origin (its port differs
    from server to server) taken out of the URLs."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        origin = conn.execute("SELECT start_url FROM crawls").fetchone()[0].rstrip("/")
        return {
            table: {
                tuple(v.replace(origin, "") if isinstance(v, str) else v for v in row)
                for row in conn.execute(query)
            }
            for table, query in QUERIES.items()
        }
    finally:
        conn.close()


def stored_pages(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def wait_for_pages(db: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 90
    while stored_pages(db) < count:
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the crawl stored too few pages in time"
        time.sleep(0.1)


def worker_pids(coordinator: int) -> list[int]:
    out = subprocess.run(["pgrep", "-f", "crawler.workers"], capture_output=True, text=True)
    pids = [int(p) for p in out.stdout.split()]
    return [p for p in pids if _parent(p) == coordinator]


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().split()[3])
    except (OSError, IndexError, ValueError):
        return -1


@pytest.fixture(scope="module")
def single_process(
    generated_site: Path, serve_site: Any, tmp_path_factory: Any
) -> tuple[str, dict]:
    """The site, and what one process stores for it."""
    site = serve_site(generated_site)
    db = tmp_path_factory.mktemp("one") / "one.db"
    result = run_touchpoint("crawl", site.url("/"), "--db", str(db), *FAST)
    assert result.returncode == 0, result.stderr
    return site, crawl_contents(db)


def test_two_workers_store_what_one_process_stores_and_fetch_each_url_once(
    single_process: tuple[Any, dict], serve_site: Any, generated_site: Path, tmp_path: Path
) -> None:
    _, expected = single_process
    site = serve_site(generated_site)  # a fresh request log
    db = tmp_path / "two.db"
    result = run_touchpoint("crawl", site.url("/"), "--db", str(db), "--workers", "2", *FAST)
    assert result.returncode == 0, result.stderr
    assert "2 workers" in result.stderr  # the one progress line of the whole crawl
    got = crawl_contents(db)
    assert ("/orphan.html", 200, None, 1, "Orphan") in got["pages"]  # from the sitemap alone
    for table in expected:
        assert got[table] == expected[table], table
    fetched = Counter(r["path"] for r in site.requests if r["path"] != "/robots.txt")
    assert fetched and max(fetched.values()) == 1, fetched.most_common(3)


def test_max_pages_is_a_limit_of_the_whole_crawl(
    single_process: tuple[Any, dict], tmp_path: Path
) -> None:
    site, _ = single_process
    db = tmp_path / "limited.db"
    result = run_touchpoint(
        "crawl", site.url("/"), "--db", str(db), "--workers", "3", "--max-pages", "25", *FAST
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    parsed = conn.execute("SELECT count(*) FROM pages WHERE parsed").fetchone()[0]
    assert parsed == 25
    assert "LIMIT HIT" in result.stdout


def test_a_worker_killed_by_signal_9_loses_nothing(
    generated_site: Path, serve_site: Any, single_process: tuple[Any, dict], tmp_path: Path
) -> None:
    _, expected = single_process
    site = serve_site(generated_site, routes={"*": {"delay": 0.05}})
    db = tmp_path / "killed.db"
    crawl = start_touchpoint(
        "crawl", site.url("/"), "--db", str(db), "--workers", "3", *FAST, **QUICK
    )
    wait_for_pages(db, 15, crawl)
    victims = worker_pids(crawl.pid)
    assert len(victims) == 3
    os.kill(victims[0], signal.SIGKILL)
    _out, err = crawl.communicate(timeout=180)
    assert crawl.returncode == 0, err
    assert "back in the queue" in err or crawl_contents(db)["pages"] == expected["pages"]
    got = crawl_contents(db)
    for table in expected:
        assert got[table] == expected[table], table


def test_redis_down_stops_the_workers_with_exit_3_and_the_crawl_resumes(
    generated_site: Path,
    serve_site: Any,
    single_process: tuple[Any, dict],
    redis_process: Any,
    tmp_path: Path,
) -> None:
    _, expected = single_process
    site = serve_site(generated_site, routes={"*": {"delay": 0.05}})
    redis = redis_process()
    db = tmp_path / "down.db"
    args = ("--db", str(db), "--workers", "2", "--redis", redis.url, *FAST)
    crawl = start_touchpoint("crawl", site.url("/"), *args, **QUICK)
    wait_for_pages(db, 10, crawl)
    redis.stop()
    _out, err = crawl.communicate(timeout=120)
    assert crawl.returncode == 3, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("Error: stopped after") and "Redis" in last, last
    assert "touchpoint crawl --resume 1" in last
    assert "Traceback" not in err
    assert 0 < stored_pages(db) < len(expected["pages"])

    redis.start()  # the same port: the crawl resumes on a new, empty frontier
    resumed = run_touchpoint("crawl", "--resume", "1", *args[:-3], **QUICK)
    assert resumed.returncode == 0, resumed.stderr
    got = crawl_contents(db)
    for table in expected:
        assert got[table] == expected[table], table


def test_killing_every_process_then_resume_finishes_the_crawl(
    generated_site: Path, serve_site: Any, single_process: tuple[Any, dict], tmp_path: Path
) -> None:
    _, expected = single_process
    site = serve_site(generated_site, routes={"*": {"delay": 0.05}})
    db = tmp_path / "all.db"
    crawl = start_touchpoint(
        "crawl", site.url("/"), "--db", str(db), "--workers", "2", *FAST, **QUICK
    )
    wait_for_pages(db, 15, crawl)
    for pid in [*worker_pids(crawl.pid), crawl.pid]:
        os.kill(pid, signal.SIGKILL)
    crawl.wait()
    time.sleep(3.5)  # the crawl's heartbeat goes stale: it reads interrupted
    resumed = run_touchpoint("crawl", "--resume", "1", "--db", str(db), "--workers", "2", **QUICK)
    assert resumed.returncode == 0, resumed.stderr
    got = crawl_contents(db)
    for table in expected:
        assert got[table] == expected[table], table


def test_a_429_seen_by_one_worker_pauses_every_worker(
    generated_site: Path, serve_site: Any, tmp_path: Path
) -> None:
    limited = "/shop/p8.html"  # linked from every page's footer: fetched early
    site = serve_site(
        generated_site,
        routes={
            "*": {"delay": 0.2},
            limited: {"status": 429, "headers": {"Retry-After": "3"}, "body": "busy", "times": 1},
        },
    )
    db = tmp_path / "paused.db"
    result = run_touchpoint("crawl", site.url("/"), "--db", str(db), "--workers", "2", *FAST)
    assert result.returncode == 0, result.stderr
    refused_at = site.times(limited)[0]
    # Every worker reads the pause within a second; none sends a request until it ends.
    during = [r for r in site.requests if refused_at + 1.3 < r["t"] < refused_at + 2.7]
    assert during == [], [r["path"] for r in during]
    after = [r for r in site.requests if r["t"] >= refused_at + 2.7]
    assert len(after) > 10  # the crawl went on afterwards, with pages still to fetch
    assert crawl_contents(db)["pages"] >= {(limited, 200, 1, 1, "Page 8")}


def test_audit_takes_workers_too(single_process: tuple[Any, dict], tmp_path: Path) -> None:
    site, _ = single_process
    out = tmp_path / "audit"
    result = run_touchpoint("audit", site.url("/"), "-o", str(out), "--workers", "2", *FAST)
    assert result.returncode in (0, 1), result.stderr  # 1: the default gate may fail
    assert (out / "report.html").is_file() and (out / "audit.json").is_file()
    assert "2 workers" in result.stderr


def test_ctrl_c_stops_every_worker_cleanly_and_the_crawl_resumes(
    generated_site: Path, serve_site: Any, single_process: tuple[Any, dict], tmp_path: Path
) -> None:
    _, expected = single_process
    site = serve_site(generated_site, routes={"*": {"delay": 0.05}})
    db = tmp_path / "ctrl-c.db"
    crawl = start_touchpoint("crawl", site.url("/"), "--db", str(db), "--workers", "2", *FAST)
    wait_for_pages(db, 15, crawl)
    workers = worker_pids(crawl.pid)
    crawl.send_signal(signal.SIGINT)
    out, err = crawl.communicate(timeout=120)
    assert crawl.returncode == 130, err
    assert "Not finished: resume with touchpoint crawl --resume 1" in out
    assert "Traceback" not in err
    assert all(not Path(f"/proc/{pid}").exists() for pid in workers)  # none left behind
    resumed = run_touchpoint("crawl", "--resume", "1", "--db", str(db), "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr
    got = crawl_contents(db)
    for table in expected:
        assert got[table] == expected[table], table
