"""Ctrl-C during ``touchpoint audit URL``: the partial crawl is kept for --resume, but it
is not audited, nothing goes into the history, and the exit code says so (130)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import open_db, run_touchpoint, start_touchpoint


def count(db: Path, table: str) -> int:
    try:
        with open_db(db) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0  # no store or no such table (yet)


def wait_for_a_page(proc: subprocess.Popen, db: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the audit ended before it could be interrupted:\n{proc.stderr.read()}")
        if db.exists() and count(db, "pages"):
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("no page was stored in time")


def test_ctrl_c_during_the_crawl_stops_the_audit_and_says_how_to_finish(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("crawl/tree", routes={"*": {"delay": 0.15}})  # ~5 s at concurrency 1
    db, out = tmp_path / "a.db", tmp_path / "out"
    proc = start_touchpoint(
        "audit", site + "/", "--db", str(db), "-o", str(out), "--fast", "--concurrency", "1"
    )
    wait_for_a_page(proc, db)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)

    assert proc.returncode == 130, stdout + stderr
    assert "Traceback" not in stderr
    [line] = [line for line in stderr.splitlines() if line.strip()]
    assert line == (
        "Crawl 1 was interrupted, so it was not audited and nothing was saved: finish it with "
        "`touchpoint crawl --resume 1`, then run `touchpoint audit --crawl 1`."
    )
    assert "Findings:" not in stdout
    assert count(db, "audits") == 0
    assert not (out / "audit.json").exists()
    with open_db(db) as conn:
        assert conn.execute("SELECT status FROM crawls WHERE id = 1").fetchone()[0] == "interrupted"

    # The two commands it names finish the job.
    site.routes.pop("*")
    resumed = run_touchpoint("crawl", "--resume", "1", "--db", str(db))
    assert resumed.returncode == 0, resumed.stderr
    audited = run_touchpoint("audit", "--crawl", "1", "--db", str(db), "-o", str(out))
    assert audited.returncode == 0, audited.stderr
    assert count(db, "audits") == 1 and (out / "audit.json").is_file()
