"""The audit as flat tables for analysts: pages, findings and links as CSV, Parquet or Excel.

CSV and Parquet keep every value exactly as crawled. The Excel workbook is where a
consultant clicks around, so there a crawled string that starts like a formula
(``=HYPERLINK(...)``) is stored as text, never as a formula.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd

from core.model import AuditResult, PageSummary
from reports.html import as_dict

TABLE_FORMATS = ("csv", "parquet", "xlsx")
WORKBOOK_NAME = "touchpoint-audit.xlsx"
EXCEL_MAX_ROWS = 1_048_575  # one row is the header
PAGE_COLUMNS = [f.name for f in fields(PageSummary)]
FINDING_COLUMNS = [
    "id",
    "code",
    "check",
    "severity",
    "url",
    "title",
    "detail",
    "element",
    "evidence",
]
LINK_COLUMNS = ["source", "target", "text", "kind"]
NULLABLE_INTS = ("status", "depth", "clicks_to_conversion")


class TablesError(Exception):
    """A table cannot be written in the asked format (unknown format, too big for Excel)."""


def build_tables(result: AuditResult | Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    """The three tables as DataFrames, with their columns even when they have no rows."""
    data = as_dict(result)
    pages = pd.DataFrame(data["pages"], columns=PAGE_COLUMNS)
    for column in NULLABLE_INTS:
        pages[column] = pages[column].astype("Int64")
    findings = pd.DataFrame(
        [
            {**f, "evidence": json.dumps(f["evidence"], ensure_ascii=False)}
            for f in data["findings"]
        ],
        columns=FINDING_COLUMNS,
    )
    links = pd.DataFrame(data.get("links") or [], columns=LINK_COLUMNS)
    return {"pages": pages, "findings": findings, "links": links}


def write_tables(
    result: AuditResult | Mapping[str, Any],
    folder: str | Path,
    formats: Iterable[str] = ("csv",),
) -> list[Path]:
    """Write pages/findings/links in each format into ``folder``; return the files written."""
    return save_tables(build_tables(result), folder, formats)


def save_tables(
    tables: Mapping[str, pd.DataFrame], folder: str | Path, formats: Iterable[str]
) -> list[Path]:
    """Write tables already built (``build_tables``), so several folders share one build."""
    wanted = list(formats)
    unknown = sorted(set(wanted) - set(TABLE_FORMATS))
    if unknown:
        raise TablesError(
            f"unknown table format {', '.join(unknown)} (use {', '.join(TABLE_FORMATS)})"
        )
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, frame in tables.items():
        if "csv" in wanted:
            written.append(target / f"{name}.csv")
            frame.to_csv(written[-1], index=False, lineterminator="\r\n")
        if "parquet" in wanted:
            written.append(target / f"{name}.parquet")
            frame.to_parquet(written[-1], index=False, engine="pyarrow")
    if "xlsx" in wanted:
        written.append(_write_workbook(tables, target / WORKBOOK_NAME))
    return written


def _write_workbook(tables: Mapping[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per table, strings always stored as strings (no formula injection)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    too_big = [name for name, frame in tables.items() if len(frame) > EXCEL_MAX_ROWS]
    if too_big:
        raise TablesError(
            f"{', '.join(too_big)} has more rows than an Excel sheet holds; use --csv"
        )
    book = Workbook(write_only=True)
    for name, frame in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            cells = []
            for value in row:
                if isinstance(value, str):
                    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(None if pd.isna(value) else value)
            sheet.append(cells)
    book.save(path)
    return path
