"""``touchpoint report``: the HTML report and the analyst tables from a saved audit.json."""

from __future__ import annotations

import json
from pathlib import Path

import click

from audit.model import AuditResult
from reports import Branding, TablesError, render_html, write_tables
from touchpoint.commands.common import InputError


def load_audit(path: Path) -> dict[str, object]:
    """Read and validate audit.json; every way it can be wrong is one line for the user."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        AuditResult.from_dict(data)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from None
    except (TypeError, KeyError, AttributeError) as exc:
        raise InputError(f"{path} is not a touchpoint audit.json: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} is not a touchpoint audit.json")
    return data


@click.command()
@click.argument("audit_json", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default="report.html",
    show_default=True,
    help="Where to write the HTML report.",
)
@click.option("--consultant", metavar="NAME", help="Who prepared the report (cover, print header).")
@click.option(
    "--logo",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The consultant's logo (png, jpg, svg), inlined into the report.",
)
@click.option("--client", metavar="NAME", help="Who the report is for (cover, print header).")
@click.option(
    "--csv",
    "csv_dir",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DIR",
    help="Also write pages.csv, findings.csv and links.csv into DIR.",
)
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DIR",
    help="Also write the same tables as Parquet files into DIR.",
)
@click.option(
    "--xlsx",
    "xlsx_dir",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DIR",
    help="Also write touchpoint-audit.xlsx (one sheet per table) into DIR.",
)
def report(
    audit_json: Path,
    output: Path,
    consultant: str | None,
    logo: Path | None,
    client: str | None,
    csv_dir: Path | None,
    parquet_dir: Path | None,
    xlsx_dir: Path | None,
) -> None:
    """Render the client report from a saved audit.json.

    The HTML file is self-contained: it opens offline, as an email attachment,
    and prints to PDF with the branding in the page header.

    \b
    Example:
        touchpoint report audit.json -o report.html --client "Acme Ltd"
        touchpoint report audit.json --consultant "Northwind" --logo logo.png --xlsx out/
    """
    data = load_audit(audit_json)
    try:
        written = [render_html(data, output, Branding(consultant, client, logo))]
        for fmt, folder in (("csv", csv_dir), ("parquet", parquet_dir), ("xlsx", xlsx_dir)):
            if folder is not None:
                written += write_tables(data, folder, (fmt,))
    except (ValueError, TablesError) as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename}: {exc.strerror}") from None
    for path in written:
        click.echo(f"wrote {path}")
