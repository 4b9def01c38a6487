"""pages/findings/links as CSV, Parquet and an Excel workbook."""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from core.model import AuditResult, Finding
from reports import TablesError, write_tables
from reports.tables import FINDING_COLUMNS, LINK_COLUMNS, PAGE_COLUMNS
from tests.reports.samples import HOSTILE_ANCHOR, HOSTILE_PAGE, HOSTILE_TITLE, SITE


def test_finding_columns_are_the_model_fields() -> None:
    assert sorted(FINDING_COLUMNS) == sorted(f.name for f in fields(Finding))


def test_csv_tables(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    written = write_tables(audit_data, tmp_path, ("csv",))
    assert [p.name for p in written] == ["pages.csv", "findings.csv", "links.csv"]
    with (tmp_path / "pages.csv").open(newline="", encoding="utf-8") as src:
        pages = list(csv.DictReader(src))
    assert list(pages[0]) == PAGE_COLUMNS
    assert len(pages) == 49
    unsafe = next(p for p in pages if p["url"] == HOSTILE_PAGE)
    assert unsafe["title"] == HOSTILE_TITLE and unsafe["stage"] == "consideration"
    missing = next(p for p in pages if p["url"] == SITE + "/shop/colombia-el-paraiso/")
    assert missing["status"] == "404" and missing["title"] == "" and missing["confidence"] == ""
    findings = pd.read_csv(tmp_path / "findings.csv")
    assert findings["severity"].value_counts().to_dict() == {"warning": 13, "error": 2, "notice": 1}
    # the evidence column is each finding's evidence as JSON
    assert [json.loads(e) for e in findings["evidence"]] == [
        f["evidence"] for f in audit_data["findings"]
    ]  # fmt: skip
    links = pd.read_csv(tmp_path / "links.csv")
    assert list(links.columns) == LINK_COLUMNS and len(links) == 969
    assert HOSTILE_ANCHOR in set(links["text"])


def test_parquet_keeps_types(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    write_tables(audit_data, tmp_path, ("parquet",))
    pages = pd.read_parquet(tmp_path / "pages.parquet")
    assert str(pages["status"].dtype) == "Int64"
    # the orphan page was never reached by a link (no depth); three pages reach no conversion
    assert pages["depth"].isna().sum() == 1 and pages["clicks_to_conversion"].isna().sum() == 3
    assert str(pages["depth"].dtype) == "Int64"
    assert pages["is_conversion"].dtype == bool and pages["is_conversion"].sum() == 1
    findings = pd.read_parquet(tmp_path / "findings.parquet")
    assert set(findings["code"]) == {
        "TP101", "TP102", "TP103", "TP104", "TP105", "TP201", "TP202", "TP203",
        "TP302", "TP401", "TP402", "TP403", "TP501",
    }  # fmt: skip


def test_xlsx_one_sheet_per_table(tmp_path: Path, audit_data: dict[str, Any]) -> None:
    (path,) = write_tables(audit_data, tmp_path, ("xlsx",))
    book = load_workbook(path)
    assert book.sheetnames == ["pages", "findings", "links"]
    pages = list(book["pages"].values)
    assert list(pages[0]) == PAGE_COLUMNS and len(pages) == 50
    assert max(r[2] or 0 for r in pages[1:]) == 404


def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path, audit_result: AuditResult) -> None:
    audit_result.pages[0].title = '=HYPERLINK("http://evil.example","click")'
    (path,) = write_tables(audit_result, tmp_path, ("xlsx",))
    cell = load_workbook(path)["pages"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_empty_links_keep_their_header(tmp_path: Path, audit_result: AuditResult) -> None:
    audit_result.links = []
    write_tables(audit_result, tmp_path, ("csv",))
    assert (tmp_path / "links.csv").read_text().strip() == ",".join(LINK_COLUMNS)


def test_unknown_format(tmp_path: Path, audit_result: AuditResult) -> None:
    with pytest.raises(TablesError, match="unknown table format json"):
        write_tables(audit_result, tmp_path, ("csv", "json"))
