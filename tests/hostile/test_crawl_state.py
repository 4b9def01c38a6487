"""Crawl state you can trust (issue 15, item 2).

A crawl killed by -9 reads "interrupted", not "running" forever; an unfinished crawl is
audited only when asked (``--partial``), and such an audit is marked partial, never
cached nor kept; a resumed crawl is classified again, so its next audit sees every page.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import open_db, run_touchpoint, start_touchpoint, touchpoint_env

STALE = {"TOUCHPOINT_HEARTBEAT_STALE_SECONDS": "1"}


def count(db: Path, query: str) -> int:
    try:
        with open_db(db) as conn:
            return int(conn.execute(query).fetchone()[0])
    except sqlite3.Error:
        return 0  # no store or no such table (yet)


def killed_mid_crawl(site: str, db: Path) -> None:
    """Crawl ``site`` into ``db`` and kill -9 the crawl once a few pages are stored."""
    proc = start_touchpoint("crawl", site + "/", "--db", str(db), "--fast", "--concurrency", "1")
    deadline = time.monotonic() + 60
    while count(db, "SELECT count(*) FROM pages") < 3:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the crawl ended before it could be killed:\n{proc.communicate()[1]}")
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert count(db, "SELECT count(*) FROM pages") < 30, "the crawl finished before the kill"
    time.sleep(1.5)  # past the test's 1 s heartbeat threshold


def full_audit(site: str, tmp_path: Path) -> dict[str, Any]:
    """audit.json of an uninterrupted crawl of ``site``: what a resumed crawl must match."""
    out = tmp_path / "fresh"
    done = run_touchpoint(
        "audit",
        site + "/",
        "--db",
        str(tmp_path / "fresh.db"),
        "-o",
        str(out),
        "--fast",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return json.loads((out / "audit.json").read_text())


def resume_and_audit(site: Any, db: Path, out: Path) -> dict[str, Any]:
    site.routes.pop("*", None)
    resumed = run_touchpoint("crawl", "--resume", "1", "--db", str(db), cwd=db.parent)
    assert resumed.returncode == 0, resumed.stderr
    audited = run_touchpoint(
        "audit", "--crawl", "1", "--db", str(db), "-o", str(out), cwd=db.parent
    )
    assert audited.returncode == 0, audited.stderr
    return json.loads((out / "audit.json").read_text())


def assert_same_audit(resumed: dict[str, Any], fresh: dict[str, Any], db: Path) -> None:
    parsed = count(db, "SELECT count(*) FROM pages WHERE crawl_id = 1 AND parsed")
    assert count(db, "SELECT count(*) FROM classifications WHERE crawl_id = 1") == parsed
    unclassified = [p["url"] for p in resumed["pages"] if p["confidence"] is None and p["status"]]
    assert unclassified == [p["url"] for p in fresh["pages"] if p["confidence"] is None]
    assert len(resumed["findings"]) == len(fresh["findings"])
    assert resumed["scores"]["overall"] == fresh["scores"]["overall"]
    assert resumed.get("partial") is False


def test_a_killed_crawl_reads_interrupted_and_is_audited_only_as_partial(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("crawl/tree", routes={"*": {"delay": 0.3}})
    db, out = tmp_path / "t.db", tmp_path / "out"
    killed_mid_crawl(site, db)

    listed = run_touchpoint("crawls", "--db", str(db), cwd=tmp_path, **STALE)
    assert listed.returncode == 0, listed.stderr
    assert (
        "Crawl 1 is interrupted, process gone: resume it with `touchpoint crawl --resume 1`"
        in listed.stdout
    )
    assert "running" not in listed.stdout

    refusal = (
        "Error: crawl 1 is not finished (interrupted, process gone): resume it with "
        "`touchpoint crawl --resume 1`, or audit what it has with --partial"
    )
    for command in (("audit", "--crawl", "1", "-o", str(out)), ("goals", "--crawl", "1"),
                    ("explain", "/", "--crawl", "1")):  # fmt: skip
        refused = run_touchpoint(*command, "--db", str(db), cwd=tmp_path, **STALE)
        assert refused.returncode == 3, (command, refused.stdout, refused.stderr)
        assert refused.stderr.strip().splitlines() == [refusal], command
    assert not (out / "audit.json").exists()

    partial = run_touchpoint(
        "audit", "--crawl", "1", "--partial", "--db", str(db), "-o", str(out), cwd=tmp_path, **STALE
    )
    assert partial.returncode == 0, partial.stderr
    assert "partial audit" in partial.stdout.lower()
    document = json.loads((out / "audit.json").read_text())
    assert document["partial"] is True
    assert document["crawl"]["status"] == "interrupted"
    assert "Partial crawl" in (out / "report.html").read_text()
    assert count(db, "SELECT count(*) FROM audits") == 0  # not kept in the history
    assert count(db, "SELECT count(*) FROM classifications") == 0  # not cached
    for command in (("goals", "--crawl", "1"), ("explain", "/", "--crawl", "1")):
        shown = run_touchpoint(*command, "--partial", "--db", str(db), cwd=tmp_path, **STALE)
        assert shown.returncode == 0, (command, shown.stderr)
    assert count(db, "SELECT count(*) FROM classifications") == 0

    refused_base = run_touchpoint("diff", str(out), str(out), cwd=tmp_path)
    assert refused_base.returncode == 2
    assert refused_base.stderr.strip().splitlines() == [
        f"Error: {out / 'audit.json'} is a partial audit (crawl 1 was interrupted): "
        "it cannot be a baseline"
    ]

    fresh = full_audit(site, tmp_path)
    assert_same_audit(resume_and_audit(site, db, tmp_path / "after"), fresh, db)


def test_a_resumed_crawl_is_classified_again(serve_site: Any, tmp_path: Path) -> None:
    """The stale cache of the issue: verdicts stored while the crawl was unfinished (as
    `audit --crawl` used to store them) are dropped by `crawl --resume`."""
    site = serve_site("crawl/tree", routes={"*": {"delay": 0.3}})
    db = tmp_path / "t.db"
    killed_mid_crawl(site, db)
    cached = subprocess.run(
        [sys.executable, "-c", "from rules import load_pack; from store.crawls import Store; "
         "from touchpoint.pipeline import classify; "
         f"classify(Store.open({str(db)!r}), 1, load_pack())"],
        cwd=tmp_path, env=touchpoint_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cached.returncode == 0, cached.stderr
    assert count(db, "SELECT count(*) FROM classifications") > 0

    fresh = full_audit(site, tmp_path)
    assert_same_audit(resume_and_audit(site, db, tmp_path / "after"), fresh, db)


def test_a_live_crawl_beats_reads_running_and_cannot_be_resumed_twice(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("crawl/tree", routes={"*": {"delay": 0.5}})  # ~15 s
    db, stale = tmp_path / "t.db", {"TOUCHPOINT_HEARTBEAT_STALE_SECONDS": "3"}
    proc = start_touchpoint(
        "crawl", site + "/", "--db", str(db), "--fast", "--concurrency", "1", **stale
    )
    try:
        deadline = time.monotonic() + 60
        while count(db, "SELECT count(*) FROM pages") < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(3.5)  # longer than the threshold: only a heartbeat keeps it "running"
        listed = run_touchpoint("crawls", "--db", str(db), cwd=tmp_path, **stale)
        assert proc.poll() is None, "the crawl ended too early for this test"
        assert "running" in listed.stdout and "interrupted" not in listed.stdout
        twice = run_touchpoint("crawl", "--resume", "1", "--db", str(db), cwd=tmp_path)
        assert twice.returncode == 2
        assert "crawl 1 is running" in twice.stderr
        refused = run_touchpoint(
            "audit", "--crawl", "1", "--db", str(db), "-o", str(tmp_path / "out"), cwd=tmp_path
        )
        assert refused.returncode == 3
        assert "crawl 1 is not finished (running): wait for it to finish" in refused.stderr
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_ctrl_c_during_audit_url_partial_audits_what_was_crawled(
    serve_site: Any, tmp_path: Path
) -> None:
    """`touchpoint audit URL` stops at Ctrl-C with exit 130 and audits nothing
    (tests/cli/test_audit_interrupted.py); with --partial it audits what was crawled, as
    `audit --crawl ID --partial` would: marked partial, not kept, not cached."""
    site = serve_site("crawl/tree", routes={"*": {"delay": 0.3}})
    db, out = tmp_path / "t.db", tmp_path / "out"
    proc = start_touchpoint(
        "audit", site + "/", "--partial", "--db", str(db), "-o", str(out), "--fast",
        "--concurrency", "1", cwd=tmp_path,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while count(db, "SELECT count(*) FROM pages") < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert "Partial audit:" in stdout
    document = json.loads((out / "audit.json").read_text())
    assert document["partial"] is True and document["crawl"]["status"] == "interrupted"
    assert 0 < len(document["pages"]) < 30
    assert count(db, "SELECT count(*) FROM audits") == 0
    assert count(db, "SELECT count(*) FROM classifications") == 0


def test_a_partial_audit_cannot_be_judged(tmp_path: Path) -> None:
    refused = run_touchpoint(
        "audit", "--crawl", "1", "--partial", "--baseline", "previous", "--fail-on",
        "new-errors", "--db", str(tmp_path / "t.db"), cwd=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "Error: --partial cannot be combined with --baseline, --fail-on: a partial audit is "
        "never kept in the history nor judged"
    ]
