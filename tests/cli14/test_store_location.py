"""Issue 14: the store goes where the user looks.

``touchpoint audit URL -o DIR`` keeps its store in DIR/touchpoint.db (``--db`` wins),
``explain``, ``crawls`` and ``diff`` find it from the folder, a missing store is one
line naming the paths looked at, and an output that cannot be written stops the audit
before the crawl. One tiny site (two pages) served twice, on two ports: two sites.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.conftest import run_touchpoint
from touchpoint.cli import cli

SITE = Path(__file__).parent.parent / "cli" / "sites" / "hostile"  # / and /pricing.html
NO_STORE_HINT = "(give --db FILE, or --db FOLDER for the store `touchpoint audit -o FOLDER` keeps)"


def crawled_sites(db: Path) -> list[str]:
    """The start URL of every crawl in the SQLite store ``db``, oldest first."""
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT start_url FROM crawls ORDER BY id")]


def audit(url: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_touchpoint("audit", url, "--fast", *args, cwd=cwd, timeout=180)


def refused(cwd: Path, *args: str) -> str:
    """``touchpoint ARGS`` run in this process in ``cwd`` (a refusal needs no crawl, so
    no reactor): the one line it prints, asserting it is one line and exit 2."""
    here = Path.cwd()
    os.chdir(cwd)
    try:
        done: Result = CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(here)
    assert done.exit_code == 2, done.output
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def two(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Site a audited into ./a twice (the second against the first), site b into ./b,
    all without --db, in one working folder."""
    work = tmp_path_factory.mktemp("store-location")
    a, b = serve_site(SITE), serve_site(SITE)
    runs = {
        "first_a": audit(a + "/", "-o", "a", cwd=work),
        "only_b": audit(b + "/", "-o", "b", cwd=work),
        "second_a": audit(a + "/", "-o", "a", "--baseline", "previous", cwd=work),
    }
    for name, done in runs.items():
        assert done.returncode == 0, f"{name}: {done.stdout}{done.stderr}"
    return {"a": a, "b": b, "work": work, **runs}


def test_audit_o_keeps_the_store_in_the_output_folder(two: dict[str, Any]) -> None:
    work = two["work"]
    assert crawled_sites(work / "a" / "touchpoint.db") == [f"{two['a']}/", f"{two['a']}/"]
    assert crawled_sites(work / "b" / "touchpoint.db") == [f"{two['b']}/"]
    assert not (work / "touchpoint.db").exists()


def test_the_history_travels_with_the_folder(two: dict[str, Any]) -> None:
    """The second audit of a found the first as its baseline in a/touchpoint.db."""
    out = two["second_a"].stdout
    assert "No earlier audit" not in out and "this one is the baseline" not in out, out
    assert (two["work"] / "a" / "diff.json").is_file()


def test_the_audit_says_where_the_store_is_and_its_next_command_works(
    two: dict[str, Any],
) -> None:
    out = two["only_b"].stdout
    assert "The crawl and the audit history are in the store b/touchpoint.db\n" in out, out
    explain = next(line for line in out.splitlines() if line.startswith("  touchpoint explain"))
    assert explain.endswith(" --crawl 1 --db b/touchpoint.db"), explain
    done = run_touchpoint(*shlex.split(explain)[1:], cwd=two["work"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"read from   crawl 1 of {two['b']}/ in b/touchpoint.db" in done.stdout


@pytest.mark.parametrize("site", ["a", "b"])
def test_explain_with_the_folder_reads_that_folders_crawl(two: dict[str, Any], site: str) -> None:
    done = run_touchpoint("explain", f"{two[site]}/pricing.html", "--db", site, cwd=two["work"])
    assert done.returncode == 0, done.stdout + done.stderr
    newest = 2 if site == "a" else 1
    expected = f"read from   crawl {newest} of {two[site]}/ in {site}/touchpoint.db"
    assert expected in done.stdout, done.stdout


def test_explain_inside_the_folder_reads_its_store(two: dict[str, Any]) -> None:
    done = run_touchpoint("explain", "/pricing.html", cwd=two["work"] / "b")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"read from   crawl 1 of {two['b']}/ in touchpoint.db" in done.stdout


def test_crawls_with_the_folder_lists_its_crawls(two: dict[str, Any]) -> None:
    done = run_touchpoint("crawls", "--db", "b", cwd=two["work"])
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("│")]
    assert len(rows) == 1 and "finished" in rows[0], done.stdout


def test_diff_finds_the_store_beside_the_audit_folder(two: dict[str, Any]) -> None:
    """Crawl 1 is a's first audit, only in a/touchpoint.db: no --db, no ./touchpoint.db."""
    done = run_touchpoint("diff", "1", "a", "-o", "d", cwd=two["work"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"Diff of {two['a'].host}: audit 1 (crawl 1) -> a/audit.json\n")
    assert "No changes." in done.stdout
    assert (two["work"] / "d" / "diff.json").is_file()


def test_a_missing_store_names_the_paths_looked_at(two: dict[str, Any]) -> None:
    work = two["work"]
    assert refused(work, "explain", "/pricing.html") == (
        f"Error: no store at touchpoint.db {NO_STORE_HINT}"
    )
    (work / "empty").mkdir(exist_ok=True)
    assert refused(work, "diff", "previous", "empty") == (
        f"Error: no store at empty/touchpoint.db or touchpoint.db {NO_STORE_HINT}"
    )
    assert refused(work, "crawls", "--db", "empty") == (
        "Error: no store at empty/touchpoint.db (run `touchpoint crawl` or `touchpoint audit` "
        "first)"
    )
    assert not (work / "empty" / "touchpoint.db").exists()


def test_db_wins_over_the_output_folder_and_a_folder_means_its_store(
    two: dict[str, Any],
) -> None:
    work = two["work"]
    (work / "shared").mkdir()
    done = audit(two["b"] + "/", "-o", "c", "--db", "shared", cwd=work)
    assert done.returncode == 0, done.stdout + done.stderr
    assert crawled_sites(work / "shared" / "touchpoint.db") == [f"{two['b']}/"]
    assert (work / "c" / "audit.json").is_file() and not (work / "c" / "touchpoint.db").exists()
    assert "The crawl and the audit history are in the store shared/touchpoint.db\n" in done.stdout


def test_without_o_the_store_stays_in_the_current_folder(serve_site: Any, tmp_path: Path) -> None:
    """The old behaviour: ./touchpoint.db; and --crawl ID with -o reads the crawl there."""
    site = serve_site(SITE)
    crawled = run_touchpoint("crawl", site + "/", "--fast", cwd=tmp_path)
    assert crawled.returncode == 0, crawled.stdout + crawled.stderr
    done = run_touchpoint("audit", "--crawl", "1", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "are in the store touchpoint.db\n" in done.stdout
    assert not (tmp_path / "out" / "touchpoint.db").exists()
    again = audit(site + "/", cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert crawled_sites(tmp_path / "touchpoint.db") == [f"{site}/", f"{site}/"]
    assert not (tmp_path / "touchpoint-audit" / "touchpoint.db").exists()


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["-o", "file/sub"], "Error: cannot write the outputs to file/sub: file is not a folder"),
        (
            ["-o", "out", "--db", "file/sub/t.db"],
            "Error: cannot write the store to file/sub: file is not a folder",
        ),
        (
            ["-o", "out", "--junit", "file/junit.xml"],
            "Error: cannot write the JUnit file to file: file is not a folder",
        ),
    ],
    ids=["output", "store", "junit"],
)
def test_an_unwritable_path_is_refused_before_the_crawl(
    serve_site: Any, tmp_path: Path, args: list[str], line: str
) -> None:
    site = serve_site(SITE)
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    assert refused(tmp_path, "audit", site + "/", "--fast", *args) == line
    assert site.requests == []  # nothing was crawled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]  # nothing was made
