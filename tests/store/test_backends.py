"""The same crawl, resume, audit and history on SQLite and on a real PostgreSQL.

Every statement goes through the store package, so the two backends must store the
same rows and give the same audit. These tests run the real CLI against both: the
SQLite file is the reference, PostgreSQL (the session's server, ``store_target``'s
second backend) must match it row for row.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import Any

from store import Store, StoreError, load_crawl
from tests.conftest import new_postgres_database, run_touchpoint, start_touchpoint

SLOW = {"*": {"delay": 0.15}}
VOLATILE_AUDIT_KEYS = ("generated_at", "created_at", "duration_seconds")  # clock readings
VOLATILE_COLUMNS = ["id", "crawl_id", "fetched_at", "load_time_ms"]  # differ between any two crawls


def rows(target: str) -> dict[str, list[str]]:
    """Every stored row of the newest crawl, without ids, sorted: comparable across stores."""
    crawl = load_crawl(target)
    found = {}
    for name in ("pages", "links", "ctas", "forms", "contacts", "sitemap_urls"):
        frame = crawl[name].drop(columns=VOLATILE_COLUMNS, errors="ignore")
        records = frame.to_dict("records")
        found[name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in records)
    return found


def test_a_crawl_stores_the_same_rows_on_both_backends(
    serve_site: Any, tmp_path: Path, postgres_base: str | None
) -> None:
    site = serve_site("crawl/tree")
    postgres = new_postgres_database(postgres_base)
    for target in (str(tmp_path / "t.db"), postgres):
        done = run_touchpoint("crawl", site + "/", "--db", target, "--fast")
        assert done.returncode == 0, done.stderr
    reference, other = rows(str(tmp_path / "t.db")), rows(postgres)
    assert len(reference["pages"]) > 10
    assert other == reference


def _stored_pages(target: str) -> int:
    try:
        with Store.open(target, create=False) as store:
            return store.count("pages", 1)
    except StoreError:
        return 0


def test_an_interrupted_crawl_resumes_on_postgresql_to_the_same_rows(
    serve_site: Any, tmp_path: Path, postgres_base: str | None
) -> None:
    reference_site = serve_site("crawl/tree")
    reference = tmp_path / "ref.db"
    assert (
        run_touchpoint("crawl", reference_site + "/", "--db", str(reference), "--fast").returncode
        == 0
    )

    postgres = new_postgres_database(postgres_base)
    site = serve_site("crawl/tree", routes=dict(SLOW))
    proc = start_touchpoint("crawl", site + "/", "--db", postgres, "--fast", "--concurrency", "1")
    deadline = time.monotonic() + 60
    while _stored_pages(postgres) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert 0 < _stored_pages(postgres) < len(rows(str(reference))["pages"])

    site.routes.pop("*")
    resumed = run_touchpoint("crawl", "--resume", "1", "--db", postgres)
    assert resumed.returncode == 0, resumed.stderr

    # Ports differ between the two servers: compare by path.
    def by_path(target: str, base: str) -> dict[str, list[str]]:
        return {k: sorted(r.replace(base, "") for r in v) for k, v in rows(target).items()}

    assert by_path(postgres, site) == by_path(str(reference), reference_site)


def _audit(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / "audit.json").read_text(encoding="utf-8"))
    for key in VOLATILE_AUDIT_KEYS:
        data.pop(key, None)
    for key in ("started_at", "finished_at", "duration_seconds"):
        data["crawl"].pop(key, None)
    data["crawl"].get("settings", {}).pop("db", None)  # the store's own name
    return data


def test_audit_history_and_diff_are_the_same_on_both_backends(
    serve_site: Any, tmp_path: Path, postgres_base: str | None
) -> None:
    site = serve_site("audit/journey")
    postgres = new_postgres_database(postgres_base)
    outputs = {}
    for name, target in (("sqlite", str(tmp_path / "t.db")), ("postgresql", postgres)):
        first = run_touchpoint("audit", site + "/", "--db", target, "-o", str(tmp_path / name))
        assert first.returncode == 0, first.stderr
        again = run_touchpoint(
            "audit", "--crawl", "1", "--db", target, "-o", str(tmp_path / f"{name}-2"),
            "--baseline", "previous", "--fail-on", "new-errors",
        )  # fmt: skip
        assert again.returncode == 0, again.stderr
        diff = run_touchpoint("diff", "previous", "latest", "--db", target, cwd=tmp_path)
        assert diff.returncode == 0, diff.stderr
        outputs[name] = (_audit(tmp_path / name), diff.stdout)
    assert outputs["postgresql"][0] == outputs["sqlite"][0]
    assert outputs["postgresql"][1] == outputs["sqlite"][1]
