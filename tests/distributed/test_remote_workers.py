"""The multi-machine shape on one machine: a crawl seeded with ``--workers 0`` and two
``touchpoint worker`` processes, each in its own empty folder, sharing nothing but the
Redis URL and the PostgreSQL store URL (a real redis-server, a real PostgreSQL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import new_postgres_database, run_touchpoint, start_touchpoint
from tests.distributed.test_workers import FAST, QUERIES, crawl_contents


def postgres_contents(url: str) -> dict[str, set[tuple[Any, ...]]]:
    """``crawl_contents`` of a PostgreSQL store (booleans as SQLite's 0/1)."""
    import psycopg

    with psycopg.connect(url) as conn:
        origin = conn.execute("SELECT start_url FROM crawls").fetchone()[0].rstrip("/")
        return {
            table: {
                tuple(
                    v.replace(origin, "")
                    if isinstance(v, str)
                    else int(v)
                    if isinstance(v, bool)
                    else v
                    for v in row
                )
                for row in conn.execute(query)
            }
            for table, query in QUERIES.items()
        }


def test_remote_workers_on_redis_and_postgresql_store_what_one_process_stores(
    generated_site: Path,
    serve_site: Any,
    redis_process: Any,
    postgres_base: str | None,
    tmp_path: Path,
) -> None:
    site = serve_site(generated_site)
    one = tmp_path / "one.db"
    assert run_touchpoint("crawl", site.url("/"), "--db", str(one), *FAST).returncode == 0
    expected = crawl_contents(one)

    store = new_postgres_database(postgres_base)
    redis = redis_process()
    seed = start_touchpoint(
        "crawl", site.url("/"), "--db", store, "--workers", "0", "--redis", redis.url, *FAST
    )
    machines = [tmp_path / "machine-a", tmp_path / "machine-b"]
    workers = []
    for folder in machines:
        folder.mkdir()
        workers.append(start_touchpoint("worker", "--redis", redis.url, "--db", store, cwd=folder))
    for worker in workers:
        out, err = worker.communicate(timeout=180)
        assert worker.returncode == 0, err
        assert "Worker done: finished." in out
    out, err = seed.communicate(timeout=60)
    assert seed.returncode == 0, err
    assert "Crawl 1" in out

    got = postgres_contents(store)
    for table in expected:
        assert got[table] == expected[table], table
    for folder in machines:
        assert list(folder.iterdir()) == []  # nothing kept on a worker's machine


def test_a_worker_with_no_crawl_to_join_says_so(redis_process: Any, tmp_path: Path) -> None:
    redis = redis_process()
    result = run_touchpoint(
        "worker", "--redis", redis.url, "--db", str(tmp_path / "x.db"),
        TOUCHPOINT_JOIN_WAIT="1",
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("Error: no crawl started on redis://")


def test_workers_without_a_redis_server_is_one_line_before_the_crawl(
    tmp_path: Path, serve_site: Any
) -> None:
    site = serve_site("crawl/tree")
    db = tmp_path / "x.db"
    result = run_touchpoint(
        "crawl", site.url("/"), "--db", str(db), "--workers", "2",
        TOUCHPOINT_REDIS_SERVER="/nonexistent/redis-server",
    )  # fmt: skip
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: --workers needs Redis: install redis-server"), last
    assert site.requests == []  # nothing fetched
    assert (
        not db.exists()
        or sqlite3.connect(db).execute("SELECT count(*) FROM crawls").fetchone()[0] == 0
    )
