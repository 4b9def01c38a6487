"""``touchpoint report``: the HTML report and the analyst tables from a saved audit.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from core.audit_file import AuditFileError, in_folder, load_audit_file
from core.model import AuditResult
from reports import Branding, TablesError, build_tables, render_html, save_tables
from touchpoint.commands.common import F, InputError, branding_options, raw_csv_option

# One ``--FORMAT DIR`` option per table format, in --help order.
TABLE_HELP = {
    "csv": "Also write pages.csv, findings.csv and links.csv into DIR.",
    "parquet": "Also write the same tables as Parquet files into DIR.",
    "xlsx": "Also write touchpoint-audit.xlsx (one sheet per table) into DIR.",
}


def table_options(fn: F) -> F:
    """``--csv``, ``--parquet`` and ``--xlsx DIR``, each passed as the keyword of its format."""
    for fmt in reversed(TABLE_HELP):
        fn = click.option(
            f"--{fmt}", fmt, type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
            help=TABLE_HELP[fmt],
        )(fn)  # fmt: skip
    return fn


@click.command()
@click.argument("audit_json", metavar="AUDIT", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default="report.html",
    show_default=True,
    help="Where to write the HTML report.",
)
@click.option(
    "--pdf",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Also print the report to this PDF (A4, advice expanded) with Chromium.",
)
@branding_options
@table_options
@raw_csv_option
def report(
    audit_json: Path,
    output: Path,
    pdf: Path | None,
    consultant: str | None,
    logo: Path | None,
    client: str | None,
    raw_csv: bool,
    **tables: Path | None,
) -> None:
    """Render the client report from a saved audit.json.

    AUDIT is the audit.json file, or the folder `touchpoint audit` wrote it into.
    The HTML file is self-contained: it opens offline, as an email attachment,
    and prints to PDF with the branding in the page header.

    \b
    Example:
        touchpoint report audit.json -o report.html --client "Acme Ltd"
        touchpoint report audit.json --consultant "Northwind" --logo logo.png --xlsx out/
        touchpoint report audit.json --client "Acme Ltd" --pdf acme-audit.pdf
    """
    folders = {fmt: folder for fmt in TABLE_HELP if (folder := tables[fmt]) is not None}
    if raw_csv and "csv" not in folders:
        raise InputError("--raw-csv keeps the cells of the CSV tables: give it with --csv DIR")
    try:
        result = load_audit_file(audit_json)
    except AuditFileError as exc:
        raise InputError(str(exc)) from None
    try:
        branding = Branding(consultant, client, logo)
        written = [render_html(result, output, branding, saved_diff(audit_json, result))]
        built = build_tables(result) if folders else {}
        for fmt, folder in folders.items():
            written += save_tables(built, folder, (fmt,), raw_csv)
    except (ValueError, TablesError) as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename}: {exc.strerror}") from None
    if pdf is not None:
        written.append(write_pdf(output, pdf))
    for path in written:
        click.echo(f"Wrote {path}")


def saved_diff(audit_json: Path, result: AuditResult) -> dict[str, Any] | None:
    """The diff.json ``touchpoint audit --baseline`` wrote beside this audit.json, when it
    is this audit's (same crawl, same moment), so the executive page shows the before and
    after again; None when there is none, or it belongs to another run."""
    try:
        diff = json.loads(in_folder(audit_json).with_name("diff.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    new = diff.get("new") if isinstance(diff, dict) else None
    this_audit = (result.crawl.id, result.generated_at)
    if not isinstance(new, dict) or (new.get("crawl_id"), new.get("generated_at")) != this_audit:
        return None
    return diff


def check_pdf(pdf: Path) -> None:
    """``touchpoint audit --pdf``: the browser and the PDF's folder, checked before the
    crawl so that neither costs one."""
    from crawler.options import OptionsError
    from touchpoint.pdf import pdf_browser
    from touchpoint.pipeline import PipelineError, check_output_folder

    try:
        pdf_browser()
        check_output_folder(pdf.parent)
    except (OptionsError, PipelineError) as exc:
        raise InputError(str(exc)) from None


def write_pdf(report_html: Path, pdf: Path) -> Path:
    """``--pdf``: print the written report with Chromium; no browser or a failed print is
    one line (exit 2) that says what to do. Imported here: `touchpoint report` without
    --pdf loads no crawler library (tests/architecture)."""
    from crawler.options import OptionsError
    from touchpoint.pdf import print_pdf

    try:
        return print_pdf(report_html, pdf)
    except OptionsError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename or pdf}: {exc.strerror}") from None
