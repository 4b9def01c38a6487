"""The layers ARCHITECTURE.md draws hold in the code, not only in the picture.

``lint-imports`` (import-linter, configured in pyproject.toml) checks every import in
CI; these tests show the two promises a user notices: rendering a report from
audit.json never loads the crawler's or the store's heavy libraries, and a new upward
import breaks the contract.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.samples import small_audit

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("scrapy", "twisted", "sqlalchemy", "playwright")
PACKAGES = ("core", "store", "crawler", "rules", "audit", "regression", "reports", "touchpoint")


def _loaded_after(statement: str) -> set[str]:
    probe = (
        f"import sys\n{statement}\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "statement", ["import reports", "import core.model", "import regression.diff"]
)
def test_reading_an_audit_loads_no_crawler_or_store_library(statement: str) -> None:
    loaded = _loaded_after(statement)
    assert not loaded & set(HEAVY), f"{statement} loaded {sorted(loaded & set(HEAVY))}"


def test_rendering_a_report_loads_no_crawler_or_store_library(tmp_path: Path) -> None:
    audit_json = tmp_path / "audit.json"
    small_audit().save(audit_json)
    loaded = _loaded_after(
        "from core.model import AuditResult\nfrom reports import render_html\n"
        f"render_html(AuditResult.load({str(audit_json)!r}), {str(tmp_path / 'r.html')!r})"
    )
    assert (tmp_path / "r.html").stat().st_size > 0
    assert not loaded & set(HEAVY)


def test_touchpoint_report_loads_no_crawler_or_store_library(tmp_path: Path) -> None:
    """The command a consultant runs on an audit.json loads only what rendering needs."""
    audit_json = tmp_path / "audit.json"
    small_audit().save(audit_json)
    out = tmp_path / "report.html"
    loaded = _loaded_after(
        "from touchpoint.cli import main\n"
        "try:\n"
        f"    main(['report', {str(audit_json)!r}, '-o', {str(out)!r}])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code"
    )
    assert out.stat().st_size > 0
    assert not loaded & set(HEAVY), f"touchpoint report loaded {sorted(loaded & set(HEAVY))}"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lint-imports")
    command = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True)


def test_the_import_contract_holds() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    """A copy of the packages where the store imports the audit: lint-imports must fail."""
    for name in (
        "core",
        "store",
        "crawler",
        "rules",
        "audit",
        "regression",
        "reports",
        "touchpoint",
    ):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    upward = tmp_path / "store" / "upward.py"
    upward.write_text("from audit.runner import run_audit  # noqa: F401\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "store.upward -> audit.runner" in result.stdout
