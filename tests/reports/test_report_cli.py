"""``touchpoint report``: audit.json in, report and tables out, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from touchpoint.commands.report import report


@pytest.fixture
def audit_json(tmp_path: Path, audit_data: dict[str, Any]) -> Path:
    path = tmp_path / "audit.json"
    path.write_text(json.dumps(audit_data), encoding="utf-8")
    return path


def test_report_with_branding_and_tables(tmp_path: Path, audit_json: Path, logo_file: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(report, [
        str(audit_json), "-o", str(out), "--consultant", "Northwind", "--client", "Acme Ltd",
        "--logo", str(logo_file), "--csv", str(tmp_path / "csv"), "--parquet",
        str(tmp_path / "pq"), "--xlsx", str(tmp_path / "xl"),
    ], catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one("header.cover h1").get_text() == "Acme Ltd"
    assert soup.select_one("header.cover img.logo")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "findings.csv", "links.csv", "pages.csv"
    ]  # fmt: skip
    assert len(list((tmp_path / "pq").glob("*.parquet"))) == 3
    assert (tmp_path / "xl" / "touchpoint-audit.xlsx").exists()
    assert result.output.count("Wrote ") == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "is not JSON"),
        ('{"site": "x"}', "is not a touchpoint audit.json"),
        ("[1, 2]", "is not a touchpoint audit.json"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "audit.json"
    if content is not None:
        path.write_text(content)
    result = CliRunner().invoke(report, [str(path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize(
    ("table", "key", "value", "message"),
    [
        ("pages", "stage", "checkout", "has stage 'checkout'; expected one of awareness"),
        ("checks", "severity", "critical", "has severity 'critical'; expected one of error"),
    ],
)
def test_tampered_audit_is_one_line_and_exit_2(
    tmp_path: Path, audit_data: dict[str, Any], table: str, key: str, value: str, message: str
) -> None:
    """An unknown stage or severity was a KeyError traceback from the view."""
    audit_data[table][0][key] = value
    path = tmp_path / "audit.json"
    path.write_text(json.dumps(audit_data), encoding="utf-8")
    result = CliRunner().invoke(report, [str(path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: invalid audit.json: ")
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_logo_that_is_not_an_image(tmp_path: Path, audit_json: Path) -> None:
    logo = tmp_path / "logo.pdf"
    logo.write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(report, [str(audit_json), "-o", str(tmp_path / "r.html"),
                                         "--logo", str(logo)])  # fmt: skip
    assert result.exit_code == 2 and "is not an image file" in result.output


def test_help_ends_with_example() -> None:
    result = CliRunner().invoke(report, ["--help"])
    assert "  Example:\n      touchpoint report audit.json -o report.html" in result.output
