"""pages/findings/links as CSV, Parquet and an Excel workbook."""

from __future__ import annotations

import csv
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from core.model import AuditResult, Finding
from reports import TablesError, write_tables
from reports.tables import FINDING_COLUMNS, LINK_COLUMNS, PAGE_COLUMNS
from tests.reports.samples import HOSTILE_ANCHOR, HOSTILE_TITLE


def test_finding_columns_are_the_model_fields() -> None:
    assert sorted(FINDING_COLUMNS) == sorted(f.name for f in fields(Finding))


def test_csv_tables(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    written = write_tables(audit_data, tmp_path, ("csv",))
    assert [p.name for p in written] == ["pages.csv", "findings.csv", "links.csv"]
    with (tmp_path / "pages.csv").open(newline="", encoding="utf-8") as src:
        pages = list(csv.DictReader(src))
    assert list(pages[0]) == PAGE_COLUMNS
    assert len(pages) == 17
    unsafe = next(p for p in pages if p["url"].endswith("/blog/unsafe"))
    assert unsafe["title"] == HOSTILE_TITLE and unsafe["stage"] == "awareness"
    missing = next(p for p in pages if p["url"].endswith("/old-offer"))
    assert missing["status"] == "404" and missing["title"] == "" and missing["confidence"] == ""
    findings = pd.read_csv(tmp_path / "findings.csv")
    assert findings["severity"].value_counts().to_dict() == {"warning": 5, "error": 3, "notice": 2}
    assert (findings["evidence"] == "{}").all()
    links = pd.read_csv(tmp_path / "links.csv")
    assert list(links.columns) == LINK_COLUMNS and len(links) == 20
    assert HOSTILE_ANCHOR in set(links["text"])


def test_parquet_keeps_types(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    write_tables(audit_data, tmp_path, ("parquet",))
    pages = pd.read_parquet(tmp_path / "pages.parquet")
    assert str(pages["status"].dtype) == "Int64"
    assert pages["depth"].isna().sum() == 0 and pages["clicks_to_conversion"].isna().sum() == 6
    assert pages["is_conversion"].dtype == bool and pages["is_conversion"].sum() == 2
    findings = pd.read_parquet(tmp_path / "findings.parquet")
    assert set(findings["code"]) == {"TP101", "TP103", "TP201", "TP301", "TP302", "TP401", "TP501"}


def test_xlsx_one_sheet_per_table(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    (path,) = write_tables(audit_data, tmp_path, ("xlsx",))
    book = load_workbook(path)
    assert book.sheetnames == ["pages", "findings", "links"]
    pages = list(book["pages"].values)
    assert list(pages[0]) == PAGE_COLUMNS and len(pages) == 18
    assert max(r[2] or 0 for r in pages[1:]) == 404


def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path, audit_result: AuditResult) -> None:
    audit_result.pages[0].title = '=HYPERLINK("http://evil.example","click")'
    (path,) = write_tables(audit_result, tmp_path, ("xlsx",))
    cell = load_workbook(path)["pages"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_empty_links_keep_their_header(tmp_path: Path, audit_result: AuditResult) -> None:
    write_tables(audit_result, tmp_path, ("csv",))
    assert (tmp_path / "links.csv").read_text().strip() == ",".join(LINK_COLUMNS)


def test_unknown_format(tmp_path: Path, audit_result: AuditResult) -> None:
    with pytest.raises(TablesError, match="unknown table format json"):
        write_tables(audit_result, tmp_path, ("csv", "json"))
