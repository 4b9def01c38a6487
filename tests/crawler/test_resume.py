"""Interrupting a crawl (SIGKILL, Ctrl-C) loses nothing stored, and ``--resume`` finishes it.

The same slow-ish fixture site is crawled once without interruption as the reference;
an interrupted-then-resumed crawl must end with exactly the same pages, statuses,
depths and links: no duplicate, no missing page.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import crawl_site, open_db, pages_by_path, run_touchpoint, start_touchpoint

SLOW = {"*": {"delay": 0.15}}  # ~5 s for the tree site at concurrency 1


def snapshot(db: Path) -> dict[str, Any]:
    """What a crawl stored, keyed by path so crawls of different ports compare."""
    pages = pages_by_path(db)
    with open_db(db) as conn:
        crawl_id = conn.execute("SELECT max(id) FROM crawls").fetchone()[0]
        counts = {
            table: dict(
                conn.execute(
                    f"SELECT page_url, count(*) FROM {table} WHERE crawl_id = ? GROUP BY page_url",
                    (crawl_id,),
                ).fetchall()
            )
            for table in ("links", "ctas", "forms", "contacts")
        }
        total = conn.execute("SELECT count(*) FROM pages WHERE crawl_id = ?", (crawl_id,))
        distinct = conn.execute(
            "SELECT count(DISTINCT url) FROM pages WHERE crawl_id = ?", (crawl_id,)
        )
        assert total.fetchone()[0] == distinct.fetchone()[0] == len(pages)
    return {
        "pages": {
            path: (p["status"], bool(p["parsed"]), p["depth"], bool(p["in_sitemap"]), p["title"])
            for path, p in pages.items()
        },
        "children": {
            table: {path: per_page.get(p["url"], 0) for path, p in pages.items()}
            for table, per_page in counts.items()
        },
    }


def stored_count(db: Path) -> int:
    try:
        with open_db(db) as conn:
            return conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or being created


def wait_for_pages(proc: subprocess.Popen, db: Path, timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the crawl ended before it could be interrupted:\n{proc.stderr.read()}")
        count = stored_count(db) if db.exists() else 0
        if count:
            return count
        time.sleep(0.05)
    proc.kill()
    pytest.fail("no page was stored in time")


@pytest.fixture(scope="module")
def reference(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    site = serve_site("crawl/tree")
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    crawl_site(site, db)
    return snapshot(db)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_interrupted_crawl_resumes_to_the_same_result(
    sig: signal.Signals, reference: dict[str, Any], serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("crawl/tree", routes=dict(SLOW))
    db = tmp_path / "resume.db"
    proc = start_touchpoint("crawl", site + "/", "--db", str(db), "--fast", "--concurrency", "1")
    wait_for_pages(proc, db)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    # A Ctrl-C'd crawl exits 130, as the shell reports an interrupted command.
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130)

    with open_db(db) as conn:
        status = conn.execute("SELECT status FROM crawls WHERE id = 1").fetchone()[0]
    before = pages_by_path(db)
    assert 0 < len(before) < len(reference["pages"]), "interrupted too late to test resuming"
    if sig == signal.SIGKILL:
        assert status == "running"  # nobody was left to say otherwise
    else:
        assert status == "interrupted"
        assert "Traceback" not in err
        assert "resume with touchpoint crawl --resume 1" in " ".join(out.split())
    requests_before = len(site.requests)

    site.routes.pop("*")  # the rest of the crawl need not be slow
    result = run_touchpoint("crawl", "--resume", "1", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Crawl 1" in result.stdout

    after = snapshot(db)
    assert after == reference
    with open_db(db) as conn:
        assert conn.execute("SELECT count(*) FROM crawls").fetchone()[0] == 1
        status, stats = conn.execute("SELECT status, stats FROM crawls").fetchone()
    assert status == "finished"
    # The stats cover the whole crawl, not only its last session; a killed session
    # never got to count itself, a Ctrl-C'd one did.
    stats = json.loads(stats)
    assert stats["pages_stored"] == len(reference["pages"])
    assert stats["pages_parsed"] == sum(parsed for _, parsed, *_ in reference["pages"].values())
    assert stats["sessions"] == (1 if sig == signal.SIGKILL else 2)
    # Pages stored before the interruption were not fetched again.
    refetched = {r["path"] for r in site.requests[requests_before:] if r["path"] in before} - {
        "/robots.txt",
        "/sitemap.xml",
    }
    assert not refetched


def test_resume_of_a_finished_crawl_adds_nothing(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/ratelimit", routes={"/limited": {}})
    db = tmp_path / "done.db"
    crawl_site(site, db)
    first = snapshot(db)
    requests_before = len(site.requests)
    result = run_touchpoint("crawl", "--resume", "1", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Crawl 1 had finished already: nothing to resume." in result.stdout
    assert snapshot(db) == first
    assert site.requests[requests_before:] == []  # not even robots.txt


def _page(url: str, **fields: Any) -> dict[str, Any]:
    from crawler.extract import empty_page_fields

    return {
        "url": url,
        "final_url": url,
        "status": 200,
        "error": None,
        "redirect_chain": None,
        "depth": None,
        "content_type": "text/html",
        "in_sitemap": False,
        "rendered": False,
        "load_time_ms": 1.0,
        "fetched_at": "2026-01-01T00:00:00+00:00",
        **empty_page_fields(),
        "parsed": True,
        **fields,
    }


def _link(target: str) -> dict[str, Any]:
    return {
        "target_url": target,
        "anchor_text": "x",
        "rel": None,
        "nofollow": False,
        "region": "main",
        "internal": True,
        "position": 0,
    }


def test_resume_frontier_includes_link_and_redirect_targets(tmp_path: Path) -> None:
    """The frontier after a kill: every target of a stored page that is not stored itself."""
    from crawler.depth import frontier_after_interruption
    from store.crawls import Store

    store = Store.open(tmp_path / "frontier.db")
    crawl_id = store.create_crawl("s", "http://s/", {}, "test")
    store.write_batch(
        crawl_id,
        [
            {"page": _page("http://s/"), "links": [_link("http://s/a"), _link("http://s/old")]},
            {"page": _page("http://s/a"), "links": [_link("http://s/b"), _link("http://s/")]},
            # A redirect hop stored without its target (killed between the two records).
            {"page": _page("http://s/old", final_url="http://s/new", status=301, parsed=False)},
            # The live crawl does not follow a nofollow page's links; neither does a resume.
            {
                "page": _page("http://s/private", robots_meta="noindex, nofollow"),
                "links": [_link("http://s/secret")],
            },
        ],
    )
    frontier = frontier_after_interruption(store, crawl_id, "http://s/")
    store.close()
    assert sorted(frontier) == [("http://s/b", 2), ("http://s/new", 1)]
