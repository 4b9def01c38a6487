"""Revision 0004: a crawl row knows whether its process is alive (heartbeat, pid, host),
and ``crawl_state`` tells running, interrupted, finished and failed apart, on SQLite and
PostgreSQL."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from store import Store, StoreError
from store.crawls import crawl_state
from store.migrate import HEAD, revision_of
from store.tables import crawls
from tests.store.test_schema_versions import _engine, _migrated_to


def _new_crawl(store: Store) -> int:
    return store.create_crawl("shop.example", "https://shop.example/", {}, "test")


def test_a_new_crawl_is_running_in_this_process(store_target: str) -> None:
    with Store.open(store_target) as store:
        row = store.get_crawl(_new_crawl(store))
    assert (row["pid"], row["host"]) == (os.getpid(), socket.gethostname())
    assert crawl_state(row).name == "running"


def test_a_crawl_without_a_recent_heartbeat_reads_interrupted(
    store_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_target) as store:
        row = store.get_crawl(_new_crawl(store))
    beat = datetime.fromisoformat(row["heartbeat_at"])
    assert crawl_state(row, now=beat + timedelta(seconds=59)).name == "running"
    late = crawl_state(row, now=beat + timedelta(seconds=61))
    assert (late.name, str(late)) == ("interrupted", "interrupted, process gone")
    monkeypatch.setenv("TOUCHPOINT_HEARTBEAT_STALE_SECONDS", "5")
    assert crawl_state(row, now=beat + timedelta(seconds=6)).name == "interrupted"
    monkeypatch.setenv("TOUCHPOINT_HEARTBEAT_STALE_SECONDS", "soon")
    with pytest.raises(StoreError, match="must be a positive number of seconds, not 'soon'"):
        crawl_state(row)


def test_a_crawl_whose_process_is_gone_reads_interrupted_at_once(store_target: str) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    with Store.open(store_target) as store:
        crawl_id = _new_crawl(store)
        store.update_crawl(crawl_id, pid=int(gone.stdout))
        assert crawl_state(store.get_crawl(crawl_id)).name == "interrupted"
        store.update_crawl(crawl_id, host="another-host")  # its pid means nothing here
        assert crawl_state(store.get_crawl(crawl_id)).name == "running"


def test_the_heartbeat_stops_with_the_crawl(store_target: str) -> None:
    with Store.open(store_target) as store:
        crawl_id = _new_crawl(store)
        store.update_crawl(crawl_id, heartbeat_at="2026-01-01T00:00:00+00:00")
        assert store.beat(crawl_id) is True
        assert store.get_crawl(crawl_id)["heartbeat_at"] > "2026-01-01T00:00:00+00:00"
        for status in ("finished", "failed", "interrupted"):
            store.update_crawl(crawl_id, status=status)
            assert store.beat(crawl_id) is False
            assert crawl_state(store.get_crawl(crawl_id)).name == status
        store.claim_crawl(crawl_id)  # --resume
        assert crawl_state(store.get_crawl(crawl_id)).name == "running"


def test_a_running_crawl_from_before_heartbeats_opens_as_interrupted(store_target: str) -> None:
    _migrated_to(store_target, "0003")
    engine = _engine(store_target)
    row = {"site": "shop.example", "start_url": "https://shop.example/", "settings": {},
           "started_at": "2026-01-01T00:00:00+00:00", "status": "running",
           "tool_version": "0.2.0"}  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(crawls), row)
    engine.dispose()
    with Store.open(store_target) as store:
        assert revision_of(store.engine) == HEAD
        stored = store.get_crawl(1)
    assert stored["heartbeat_at"] is None
    assert str(crawl_state(stored)) == "interrupted, process gone"
    assert crawl_state(stored, now=datetime.now(UTC)).name == "interrupted"
