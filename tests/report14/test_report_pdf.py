"""Issue 14: ``touchpoint report AUDIT --pdf FILE`` prints the report with Chromium, and says
in one line how to install a browser when there is none. The PDF's own text is read back
(``tests/reports/pdf_text.py``): the advice is there, each finding once, the pages table
not (a printed copy grows with the problems, not with the site)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reports.view import _doc
from tests.conftest import run_touchpoint
from tests.reports.pdf_text import pdf_text
from tests.reports.samples import GOLDEN, golden_data

pytestmark = pytest.mark.browser


def _fix(code: str) -> str:
    """The first words of a check's "How to fix" advice, as the PDF shows them."""
    check = next(c for c in golden_data()["checks"] if c["code"] == code)
    text = next(p["text"] for p in _doc(check["doc"]) if p["label"] == "How to fix")
    return " ".join(str(text).split())[:60].replace("`", "")


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    folder = tmp_path_factory.mktemp("pdf")
    done = run_touchpoint(
        "report", str(GOLDEN), "-o", "report.html", "--pdf", "audit.pdf",
        "--client", "Acme Coffee Ltd", cwd=folder, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Wrote {Path('audit.pdf')}" in done.stdout
    pdf = folder / "audit.pdf"
    return pdf, " ".join(pdf_text(pdf.read_bytes()).split())


def test_pdf_holds_the_advice_of_a_finding(printed: tuple[Path, str]) -> None:
    pdf, text = printed
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Acme Coffee Ltd" in text
    for code in ("TP101", "TP403"):
        assert _fix(code) in text, code


def test_pdf_shows_each_finding_once_and_no_page_list(printed: tuple[Path, str]) -> None:
    pdf, text = printed
    # in its finding, and once more as the fact behind the forms score on the executive page
    assert text.count('Method="get" puts the secret in the URL.') == 2
    assert text.count("Listed in the sitemap; no crawled page links to it.") == 1
    assert "pages.csv" in text
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    assert 10 <= pages <= 25  # the demo's 49 pages and 16 findings: about 23 A4 pages


def test_pdf_without_a_browser_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "no-browsers"
    empty.mkdir()
    done = run_touchpoint(
        "report", str(GOLDEN), "-o", "report.html", "--pdf", "audit.pdf", cwd=tmp_path,
        PATH=str(empty), HOME=str(tmp_path), PLAYWRIGHT_BROWSERS_PATH=str(empty),
        TOUCHPOINT_BROWSER="",
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "--pdf needs Chromium" in lines[0] and "apt-get install chromium" in lines[0]
    assert not (tmp_path / "audit.pdf").exists()
