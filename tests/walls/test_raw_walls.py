"""Raw crawls of sites behind a wall that is a cookie: a consent wall every page redirects
to, an age gate answering every page itself; passed once (``--consent auto``, the
default) or by ``--cookie``, left alone with ``--consent off``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from tests.conftest import ROOT, open_db, pages_by_path, run_touchpoint
from tests.hostile.app_server import App, serve_app
from tests.walls.wall_sites import CONSENT_VALUE, CONTENT, CSRF, age_gate, consent_wall

SCHEMA = json.loads((ROOT / "core/schema/audit.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def walled() -> Iterator[App]:
    with serve_app(consent_wall) as app:
        yield app


def audit(site: str, out: Path, *flags: str) -> tuple[dict[str, Any], Any]:
    """``touchpoint audit`` into ``out``: (audit.json, the finished process)."""
    done = run_touchpoint(
        "audit", site + "/", "--db", str(out / "t.db"), "-o", str(out), "--fast", *flags,
        cwd=out,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return json.loads((out / "audit.json").read_text()), done


def parsed_paths(db: Path) -> set[str]:
    return {path for path, page in pages_by_path(db).items() if page["parsed"]}


def test_a_consent_wall_is_passed_once_and_the_real_pages_are_audited(
    walled: App, tmp_path: Path
) -> None:
    result, done = audit(walled.base, tmp_path)
    assert parsed_paths(tmp_path / "t.db") == set(CONTENT)
    posts = [r for r in walled.requests if r.method == "POST"]
    assert len(posts) == 1  # submitted once, as the site's own form, hidden fields and all
    assert posts[0].form() == {"next": "/", "csrf": CSRF, "choice": "accept"}
    # The wall page is no page of the site: not stored, not audited.
    assert all("/consent" not in page["url"] for page in result["pages"])
    audited = {urlsplit(page["url"]).path for page in result["pages"]}
    assert audited >= set(CONTENT)
    stages = {urlsplit(p["url"]).path: p.get("stage") for p in result["pages"]}
    assert stages["/contact"] and stages["/shop"]
    walls = result["crawl"]["stats"]["walls"]
    assert walls == [
        {"kind": "consent", "provider": "cookie wall",
         "how": "submitted its form 'Accept all' at /consent", "pages": len(CONTENT)}
    ]  # fmt: skip
    jsonschema.validate(result, SCHEMA)
    assert "WALL:" in done.stdout and "Accept all" in done.stdout
    report = (tmp_path / "report.html").read_text()
    assert "Walls passed" in report and "consent (cookie wall)" in report
    # The cookie's value went to the site, and nowhere else.
    for output in ("t.db", "audit.json", "report.html", "pages.csv"):
        assert CONSENT_VALUE.encode() not in (tmp_path / output).read_bytes(), output
    assert CONSENT_VALUE not in done.stdout + done.stderr


def test_consent_off_leaves_the_wall_standing(walled: App, tmp_path: Path) -> None:
    db = tmp_path / "off.db"
    done = run_touchpoint(
        "crawl", walled.base + "/", "--db", str(db), "--fast", "--consent", "off", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    pages = pages_by_path(db)
    assert pages["/"]["status"] == 302
    assert parsed_paths(db) == {"/consent?next=%2F"}  # all the crawl saw is the wall
    with open_db(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
    assert "walls" not in stats and "WALL:" not in done.stdout


def test_a_page_the_wall_still_answers_is_stored_but_not_audited(tmp_path: Path) -> None:
    with serve_app(lambda request: consent_wall(request, ("/cart",))) as app:
        result, done = audit(app.base, tmp_path)
    pages = pages_by_path(tmp_path / "t.db")
    assert parsed_paths(tmp_path / "t.db") == set(CONTENT) - {"/cart"}
    assert pages["/cart"]["status"] == 302 and "/consent?next=%2Fcart" not in pages
    assert all("/consent" not in page["url"] for page in result["pages"])
    wall = result["crawl"]["stats"]["walls"][0]
    assert wall["answered_by_wall"] == 1 and wall["pages"] == len(CONTENT) - 1
    assert "1 still answered by the wall (not audited)" in " ".join(done.stdout.split())


def test_an_age_gate_answering_every_page_is_passed_by_its_link(tmp_path: Path) -> None:
    with serve_app(age_gate) as app:
        db = tmp_path / "age.db"
        done = run_touchpoint("crawl", app.base + "/", "--db", str(db), "--fast", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert parsed_paths(db) == set(CONTENT)
    assert app.paths().count("/age/yes") == 1
    with open_db(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
    assert stats["walls"] == [
        {"kind": "age gate", "provider": "cookie wall",
         "how": "followed its link 'Yes, I am over 18' at /", "pages": len(CONTENT)}
    ]  # fmt: skip


def test_an_age_gate_is_passed_by_a_configured_cookie(tmp_path: Path) -> None:
    with serve_app(age_gate) as app:
        db = tmp_path / "cookie.db"
        done = run_touchpoint(
            "crawl", app.base + "/", "--db", str(db), "--fast", "--cookie", "age_verified=1",
            cwd=tmp_path,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert parsed_paths(db) == set(CONTENT)
    assert "/age/yes" not in app.paths()
