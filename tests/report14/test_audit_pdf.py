"""Issue 14: ``touchpoint audit URL --pdf FILE`` writes the report's PDF beside report.html;
without a browser it refuses in one line before crawling (a missing browser never costs
a crawl)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_touchpoint
from tests.reports.pdf_text import pdf_text

pytestmark = pytest.mark.browser


def test_audit_writes_the_pdf(tmp_path: Path, serve_site: Callable[..., Any]) -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    site = serve_site("regress/v1")
    done = run_touchpoint(
        "audit", str(site), "-o", "out", "--db", "tp.db", "--pdf", "out/audit.pdf",
        "--client", "Acme Coffee Ltd", cwd=tmp_path, timeout=240,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    pdf = tmp_path / "out" / "audit.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert f"Wrote {Path('out/audit.pdf')}" in done.stdout
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Acme Coffee Ltd" in text and "How to fix:" in text


def test_audit_without_a_browser_refuses_before_crawling(
    tmp_path: Path, serve_site: Callable[..., Any]
) -> None:
    site = serve_site("regress/v1")
    empty = tmp_path / "no-browsers"
    empty.mkdir()
    done = run_touchpoint(
        "audit", str(site), "-o", "out", "--db", "tp.db", "--pdf", "audit.pdf", cwd=tmp_path,
        PATH=str(empty), HOME=str(tmp_path), PLAYWRIGHT_BROWSERS_PATH=str(empty),
        TOUCHPOINT_BROWSER="",
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--pdf needs Chromium" in lines[0]
    assert site.requests == []  # nothing crawled
    assert not (tmp_path / "out").exists() and not (tmp_path / "audit.pdf").exists()
