"""``touchpoint crawl`` / ``touchpoint crawls`` as a user meets them: exit codes and messages."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import crawl_site, open_db, run_touchpoint


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one error line, got:\n{stderr}"
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_unreachable_start_url_exits_3_with_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/"
    db = tmp_path / "t.db"
    result = run_touchpoint("crawl", url, "--db", str(db), "--fast")
    assert result.returncode == 3
    line = one_line_error(result.stderr)
    assert f"cannot reach {url}" in line and "refused" in line.lower()
    assert "Traceback" not in result.stdout + result.stderr
    with open_db(db) as conn:
        assert conn.execute("SELECT status FROM crawls").fetchone()[0] == "failed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["crawl", "ftp://x"], "not an http(s) URL: 'ftp://x'"),
        (["crawl", "example.com"], "not an http(s) URL"),
        (["crawl", "http://127.0.0.1/", "--exclude", "("], "bad pattern '('"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = run_touchpoint(*args, "--db", str(db))
    assert result.returncode == 2
    assert message in one_line_error(result.stderr)
    assert not db.exists()  # nothing was created for a crawl that never started


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/proc/x.db", "cannot open the store /proc/x.db"),
        ("{tmp}/missing/folder/x.db", "folder"),
    ],
)
def test_unwritable_db_exits_2_with_one_line(db: str, message: str, tmp_path: Path) -> None:
    result = run_touchpoint("crawl", "http://127.0.0.1:9/", "--db", db.format(tmp=tmp_path))
    assert result.returncode == 2
    assert message in one_line_error(result.stderr)


@pytest.fixture(scope="module")
def two_crawls(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """A store holding one finished crawl and one failed crawl (unreachable start URL)."""
    site = serve_site("crawl/ratelimit", routes={"/limited": {}})
    db = tmp_path_factory.mktemp("crawls") / "t.db"
    crawl_site(site, db)
    failed = run_touchpoint(
        "crawl", f"http://127.0.0.1:{closed_port()}/", "--db", str(db), "--fast"
    )
    assert failed.returncode == 3
    return site, db


def test_resume_of_unknown_crawl_exits_2(two_crawls: tuple[Any, Path]) -> None:
    result = run_touchpoint("crawl", "--resume", "42", "--db", str(two_crawls[1]))
    assert result.returncode == 2
    assert "no crawl 42" in one_line_error(result.stderr)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["http://elsewhere.example/"], "give a URL to crawl or --resume CRAWL_ID, not both"),
        (["--max-pages", "3", "--fast"], "--max-pages, --fast: --resume finishes a crawl with"),
        (["--render", "on"], "--render: --resume finishes a crawl with its stored settings"),
    ],
)
def test_resume_refuses_what_it_would_ignore(
    args: list[str], message: str, two_crawls: tuple[Any, Path]
) -> None:
    site, db = two_crawls
    before = len(site.requests)
    result = run_touchpoint("crawl", "--resume", "1", "--db", str(db), *args)
    assert result.returncode == 2
    assert message in one_line_error(result.stderr)
    assert len(site.requests) == before


def test_crawl_without_url_is_a_usage_error(tmp_path: Path) -> None:
    result = run_touchpoint("crawl", "--db", str(tmp_path / "t.db"))
    assert result.returncode == 2
    assert "give a URL to crawl, or --resume CRAWL_ID" in result.stderr


def test_crawls_lists_stored_crawls(two_crawls: tuple[Any, Path]) -> None:
    site, db = two_crawls
    result = run_touchpoint("crawls", "--db", str(db), COLUMNS="200")
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "127.0.0.1" in line]
    assert len(rows) == 2
    assert rows[0].split("│")[1].strip() == "1" and rows[1].split("│")[1].strip() == "2"
    assert "finished" in rows[0] and site.url("/") in rows[0]
    assert rows[0].split("│")[-2].strip() == "3"  # /, /limited, /fine
    assert "failed" in rows[1]
    only = run_touchpoint("crawls", "--db", str(db), "--site", "nowhere.example")
    assert "No crawls of nowhere.example stored. Sites with crawls: 127.0.0.1." in only.stdout


def test_crawls_without_a_store_exits_2(tmp_path: Path) -> None:
    result = run_touchpoint("crawls", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2
    assert "no store at" in one_line_error(result.stderr)
    assert not (tmp_path / "none.db").exists()
