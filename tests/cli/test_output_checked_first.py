"""Issue 14, item 4: an output folder that cannot be written is refused before the crawl."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_touchpoint

HOSTILE = Path(__file__).parent / "sites" / "hostile"


def audit_into(site, out: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    return run_touchpoint(
        "audit", site + "/", "--fast", "--db", str(tmp_path / "t.db"), "-o", str(out),
        cwd=tmp_path,
    )  # fmt: skip


def test_output_under_a_file_is_refused_before_crawling(serve_site, tmp_path: Path) -> None:
    site = serve_site(HOSTILE)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = audit_into(site, blocker / "out", tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.splitlines() == [
        f"Error: cannot write the outputs to {blocker / 'out'}: {blocker} is not a folder"
    ]
    assert site.requests == []  # nothing was crawled
    assert not (tmp_path / "t.db").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_read_only_output_folder_is_refused_before_crawling(serve_site, tmp_path: Path) -> None:
    site = serve_site(HOSTILE)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    done = audit_into(site, locked / "out", tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"Error: cannot write the outputs to {locked / 'out'}: ")
    assert site.requests == []


def test_missing_output_folder_is_fine_and_not_made_early(serve_site, tmp_path: Path) -> None:
    site = serve_site(HOSTILE)
    done = audit_into(site, tmp_path / "new" / "out", tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "new" / "out" / "report.html").is_file()
