"""``touchpoint demo``: the whole pipeline on the bundled demo site, no network needed."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click
import yaml
from rich.console import Console
from rich.table import Table

from audit.config import AuditConfig
from core.model import AuditResult
from crawler.options import CrawlOptions
from rules import load_pack
from touchpoint.commands.audit import print_audit
from touchpoint.commands.common import InputError
from touchpoint.commands.crawl import print_summary, run_or_exit
from touchpoint.demo import serve_demo
from touchpoint.exit_codes import EXIT_INTERRUPTED
from touchpoint.pipeline import PipelineError, audit_crawl, write_outputs


def planted_problems() -> list[dict[str, str]]:
    """The journey problems built into the demo site on purpose (problems.yaml)."""
    text = files("touchpoint.demo").joinpath("problems.yaml").read_text(encoding="utf-8")
    return list(yaml.safe_load(text)["problems"])


def print_planted(result: AuditResult, base_url: str, console: Console) -> None:
    """Each planted problem, and whether the audit found it where it was planted."""
    found = {(f.check, f.url) for f in result.findings}
    table = Table("planted problem", "page", "found", box=None, pad_edge=False)
    for problem in planted_problems():
        url = base_url + problem["url"]
        hit = (problem["check"], url) in found
        table.add_row(problem["check"], problem["url"], "[green]yes[/]" if hit else "[red]no[/]")
    console.print("[bold]The demo site's deliberate problems:[/]")
    console.print(table)


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default="touchpoint-demo",
    show_default=True,
    help="Folder for the store, audit.json, the CSVs and report.html.",
)
def demo(output: Path) -> None:
    """Audit the bundled demo site and write the HTML report.

    Serves Kettle & Crane Coffee Roasters (a small shop with a blog, pricing,
    booking and contact pages, and deliberate journey problems) on a free
    127.0.0.1 port, then crawls, classifies and audits it exactly as
    `touchpoint audit` would audit a client's site. Ends with the report's path.

    \b
    Example:
        touchpoint demo
        touchpoint demo -o /tmp/demo-audit
    """
    console = Console()
    db = output / "touchpoint.db"
    try:
        output.mkdir(parents=True, exist_ok=True)
        for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            stale.unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename or output}: {exc.strerror}") from None
    with serve_demo() as server:
        console.print(f"Serving the demo site at {server.base_url}")
        summary = run_or_exit(CrawlOptions(start_url=server.url("/"), fast=True), str(db))
        print_summary(summary, console)
        if summary.status != "finished":
            click.echo("Interrupted: the demo crawl did not finish; nothing was audited.", err=True)
            raise SystemExit(EXIT_INTERRUPTED)
        try:
            result = audit_crawl(str(db), summary.crawl_id, AuditConfig(), load_pack())
            written = write_outputs(result, output)
        except PipelineError as exc:
            raise InputError(str(exc)) from None
        print_audit(result, written, console, limit=None)
        print_planted(result, server.base_url, console)
    report = (output / "report.html").resolve()
    console.print(f"\n[bold]Report:[/] {report}")
