"""The audit as flat tables for analysts: pages, findings and links as CSV, Parquet or Excel.

Crawled text is untrusted, and a spreadsheet runs a cell that starts like a formula
(``=HYPERLINK(...)``, ``@SUM(...)``). So in CSV such a cell gets a leading ``'`` (OWASP's
CSV-injection advice; ``raw_csv`` keeps the text as crawled), and in the Excel workbook
it is a string cell marked as text (Excel's own leading-apostrophe flag, the value
unchanged), never a formula. Parquet, like audit.json, keeps every value as crawled.
Every file is written to a temp file and renamed, so a killed run leaves the last good one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd

from core.files import atomic_path, atomic_write
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
# What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``'`` before every text cell a spreadsheet would run as a formula."""
    safe = frame.copy(deep=False)
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_string_dtype(values.dtype) and values.dtype != object:
            risky = values.str.startswith(FORMULA_STARTS, na=False)
        elif values.dtype == object:  # None or text (a page's error)
            risky = values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS))
        else:
            continue
        if risky.any():
            safe[column] = values.mask(risky, "'" + values[risky].astype(str))
    return safe


def write_tables(
    result: AuditResult | Mapping[str, Any],
    folder: str | Path,
    formats: Iterable[str] = ("csv",),
    raw_csv: bool = False,
) -> list[Path]:
    """Write pages/findings/links in each format into ``folder``; return the files written."""
    return save_tables(build_tables(result), folder, formats, raw_csv)


def save_tables(
    tables: Mapping[str, pd.DataFrame],
    folder: str | Path,
    formats: Iterable[str],
    raw_csv: bool = False,
) -> list[Path]:
    """Write tables already built (``build_tables``), so several folders share one build.
    CSV cells that start like a formula get a leading ``'`` unless ``raw_csv``."""
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
            rows = frame if raw_csv else neutralised(frame)
            with atomic_write(written[-1], newline="") as out:
                rows.to_csv(out, index=False, lineterminator="\r\n")
        if "parquet" in wanted:
            written.append(target / f"{name}.parquet")
            with atomic_path(written[-1]) as temp:
                frame.to_parquet(temp, index=False, engine="pyarrow")
    if "xlsx" in wanted:
        written.append(_write_workbook(tables, target / WORKBOOK_NAME))
    return written


def _write_workbook(tables: Mapping[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per table, strings always stored as strings (no formula injection); one
    that starts like a formula is also marked as text, so editing it keeps it text."""
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
                    if value.startswith(FORMULA_STARTS):
                        cell.quotePrefix = True  # Excel's "text, not a formula" flag
                    cells.append(cell)
                else:
                    cells.append(None if pd.isna(value) else value)
            sheet.append(cells)
    with atomic_path(path) as temp:
        book.save(temp)
    return path
