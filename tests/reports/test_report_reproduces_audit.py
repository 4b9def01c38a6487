"""``touchpoint report audit.json`` gives back, byte for byte, the report.html that
``touchpoint audit`` wrote next to that audit.json: the report depends on the audit's
data alone (no clock, no path, no default the two commands set differently)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_touchpoint
from tests.golden.make_golden import audit_demo


def test_report_from_audit_json_is_the_audits_report(tmp_path: Path) -> None:
    audit_json, _ = audit_demo(tmp_path / "audit")
    written = audit_json.with_name("report.html")
    again = tmp_path / "again.html"
    result = run_touchpoint("report", str(audit_json), "-o", str(again))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {again}\n"
    assert written.stat().st_size > 50_000
    assert again.read_bytes() == written.read_bytes()


def test_report_of_the_audit_folder_is_the_same(tmp_path: Path) -> None:
    """AUDIT may be the folder ``touchpoint audit`` wrote into."""
    audit_json, _ = audit_demo(tmp_path / "audit")
    again = tmp_path / "again.html"
    result = run_touchpoint("report", str(audit_json.parent), "-o", str(again))
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == audit_json.with_name("report.html").read_bytes()
