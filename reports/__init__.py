"""Turn an AuditResult (or its audit.json dict) into the artefacts a consultant hands over.

``render_html`` writes the self-contained HTML report; ``write_tables`` writes the
pages, findings and links tables as CSV, Parquet or an Excel workbook.
"""

from reports.html import render_html, render_html_string
from reports.tables import TABLE_FORMATS, TablesError, build_tables, save_tables, write_tables
from reports.view import AuditDataError, Branding

__all__ = [
    "TABLE_FORMATS",
    "AuditDataError",
    "Branding",
    "TablesError",
    "build_tables",
    "render_html",
    "render_html_string",
    "save_tables",
    "write_tables",
]
