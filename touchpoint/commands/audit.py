"""``touchpoint audit`` and ``touchpoint checks``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

import click
from click.core import ParameterSource
from rich.console import Console
from rich.table import Table

from audit.checks import ALL_CHECKS, Check
from audit.config import AuditConfig, ConfigError, ConfigFile
from audit.registry import SelectorError, lookup
from core.model import AuditResult
from core.text import counted, goals_sentence, terminal_safe
from crawler.run import CrawlFailed
from regression.step import RegressionError
from reports import Branding
from rules import Goals, GoalsError, goals_from_table
from touchpoint.commands.common import (
    CrawlNotReady,
    InputError,
    branding_options,
    config_option,
    crawl_options,
    partial_option,
    raw_csv_option,
    read_config,
    refuse_crawl_options,
    shown,
)
from touchpoint.commands.crawl import crawl_options_or_exit, print_summary, run_or_exit
from touchpoint.commands.diff import (
    baseline_or_exit,
    gate_options,
    gate_or_exit,
    print_next_steps,
    print_verdict,
)
from touchpoint.commands.report import check_pdf, write_pdf
from touchpoint.commands.rules import model_option, pack_or_exit
from touchpoint.commands.store_location import (
    audit_store,
    check_store_folder,
    store_option,
)
from touchpoint.commands.worker import with_worker_options
from touchpoint.exit_codes import EXIT_CRAWL_FAILED, EXIT_INTERRUPTED
from touchpoint.pipeline import (
    CrawlNotFinished,
    CrawlUnfinished,
    PipelineError,
    audit_site,
    check_output_folder,
    check_partial,
)


def config_or_exit(
    file: ConfigFile | None, select: tuple[str, ...], ignore: tuple[str, ...]
) -> AuditConfig:
    """The [audit] table of the config file (defaults without one), with --select/--ignore."""
    try:
        config = AuditConfig.from_file(file) if file is not None else AuditConfig()
        return config.with_selection(list(select), list(ignore))
    except ConfigError as exc:
        raise InputError(str(exc)) from None


def goals_or_exit(file: ConfigFile | None) -> Goals | None:
    """The ``[goals]`` table of the config file: the consultant's word on the site's goals."""
    if file is None:
        return None
    try:
        return goals_from_table(file.table("goals"), str(file.path))
    except (GoalsError, ConfigError) as exc:
        raise InputError(str(exc)) from None


def print_audit(
    result: AuditResult, written: list[Path], console: Console, limit: int | None = 10
) -> None:
    """Findings by severity, the failing checks (worst first) and the home paths."""
    by_severity = result.findings_by_severity()
    score = result.scores.get("overall")
    console.print(
        f"[bold]Audit of {shown(result.site)}[/] (crawl {result.crawl.id}): "
        f"{len(result.pages):,} URLs, score {score if score is not None else '-'}/100"
    )
    if result.partial:
        console.print(
            f"[yellow]Partial audit:[/] crawl {result.crawl.id} is {result.crawl.status}, so "
            "pages are missing; this audit is not kept in the history. Resume it with "
            f"`touchpoint crawl --resume {result.crawl.id}` for a full audit."
        )
    print_goals(result.goals, console)
    console.print(
        f"Findings: [red]{counted(by_severity['error'], 'error')}[/], "
        f"[yellow]{counted(by_severity['warning'], 'warning')}[/], "
        f"{counted(by_severity['notice'], 'notice')}"
    )
    failed = sorted(
        (c for c in result.checks if c.status in ("fail", "error")),
        key=lambda c: (("error", "warning", "notice").index(c.severity), -c.count),
    )
    if failed:
        table = Table("code", "check", "severity", "count", "problem", box=None, pad_edge=False)
        for check in failed[:limit]:
            problem = check.message if check.status == "error" else check.title
            table.add_row(
                check.code, check.slug, check.severity, str(check.count), shown(problem or "")
            )
        console.print(table)
    home = [p for p in result.paths if p.origin == "home" and p.via == "any"]
    for route in home[:5]:
        plural = "" if route.clicks == 1 else "s"
        clicks = "unreachable" if route.clicks is None else f"{route.clicks} click{plural}"
        console.print(f"Home -> {shown(route.target or '')}: {clicks}")
    if len(home) > 5:
        console.print(f"... and {len(home) - 5} more conversion pages (see audit.json)")
    for path in written:
        console.print(f"Wrote {path}")


def print_goals(goals: dict[str, Any], console: Console) -> None:
    if goals:
        console.print(f"[bold]Goals:[/] {shown(goals_sentence(goals))}")


@click.command()
@click.argument("url", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default="touchpoint-audit",
    show_default=True,
    help="Folder for audit.json, pages.csv, findings.csv, links.csv and report.html.",
)
@click.option(
    "--crawl",
    "crawl_id",
    type=int,
    metavar="ID",
    help="Audit this stored crawl instead of crawling.",
)
@click.option("--rules", metavar="FILE", help="A client rule pack extending the default pack.")
@model_option
@config_option("Audit config")
@click.option(
    "--select",
    multiple=True,
    metavar="CHECK",
    help="Run only these checks: code, slug, prefix (TP3) or ALL. Repeatable.",
)
@click.option("--ignore", multiple=True, metavar="CHECK", help="Skip these checks. Repeatable.")
@click.option(
    "--baseline",
    metavar="REF",
    help="Diff against: previous or latest (both: the site's newest audit before this one), "
    "a crawl id or an audit.json path.",
)
@gate_options
@partial_option
@raw_csv_option
@click.option(
    "--pdf",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Also print report.html to this PDF (A4, advice expanded) with Chromium.",
)
@branding_options
@store_option(
    "Without --db: DIR/touchpoint.db with -o DIR (for --crawl or --resume, the store of "
    "DIR holding that crawl, else ./touchpoint.db); without -o, ./touchpoint.db."
)
@crawl_options
@with_worker_options
def audit(
    url: str | None, output: Path, crawl_id: int | None, rules: str | None, model: str | None,
    config_path: Path | None, select: tuple[str, ...], ignore: tuple[str, ...],
    baseline: str | None, fail_on: tuple[str, ...], junit: Path | None, partial: bool,
    raw_csv: bool, pdf: Path | None, consultant: str | None, logo: Path | None,
    client: str | None, db: str | None, **params: Any,
) -> None:  # fmt: skip
    """Crawl a site (or take a stored crawl), classify it and audit the customer journey.

    Writes audit.json, pages.csv, findings.csv, links.csv and report.html into
    the output folder and prints the findings by severity, the top problems and
    the paths from the homepage to each conversion page. With --crawl ID the
    stored crawl is audited as it is (crawl options need a URL to crawl).

    An unfinished crawl (running, or interrupted) is audited only with --partial:
    the audit is then marked partial in audit.json, the report and here, and it is
    neither kept in the history nor judged.

    The crawl and the audit history are kept in the store: with -o DIR (and no
    --db) DIR/touchpoint.db, so `touchpoint explain URL --db DIR` reads this
    crawl; without -o, ./touchpoint.db. Give --db to keep one history across
    output folders (e.g. one -o per run).

    Exit codes: 0 ok; 1 the gate failed; 2 usage or input error (checked before
    crawling); 3 the crawl failed, or --crawl ID is not finished (without --partial);
    130 the crawl was interrupted (nothing saved).

    \b
    Example:
        touchpoint audit https://example.com -o audit-example --max-pages 500
        touchpoint explain https://example.com/checkout/ --db audit-example
        touchpoint audit --crawl 3 --select TP3 --ignore deep-page
        touchpoint audit https://example.com --client "Acme Ltd" --consultant Northwind
        touchpoint audit https://example.com --baseline previous --fail-on new-errors
    """
    if url and crawl_id is not None:
        raise InputError("give a URL to crawl or --crawl ID, not both")
    if crawl_id is not None:
        refuse_crawl_options(
            params, "crawl options need a URL to crawl; with --crawl ID the stored crawl "
            "is audited as it is",
        )  # fmt: skip
    # Everything the command line can get wrong is refused here, before the crawl:
    # a bad command line never costs a crawl nor stores an audit.
    config_file = read_config(config_path)
    config = config_or_exit(config_file, select, ignore)
    goals = goals_or_exit(config_file)
    gate = gate_or_exit(fail_on, config_file, baseline=baseline is not None)
    given = click.get_current_context().get_parameter_source("output")
    db = audit_store(
        db, None if given == ParameterSource.DEFAULT else output,
        stored_crawl=crawl_id is not None or params["resume"] is not None,
    )  # fmt: skip
    try:
        check_output_folder(output)
        if junit is not None:
            check_output_folder(junit.parent, "the JUnit file")
        check_partial(partial, baseline, gate, junit)
    except PipelineError as exc:
        raise InputError(str(exc)) from None
    check_store_folder(db)
    if pdf is not None:
        check_pdf(pdf)
    baseline_file = baseline_or_exit(db, baseline)
    pack = pack_or_exit(rules, model)
    options = None
    if crawl_id is None:
        login_table = config_file.table("login") if config_file else None
        options, resume = crawl_options_or_exit(url, params, login_table)
        if resume is not None:
            summary = run_or_exit(options, db, resume)
            print_summary(summary)
            if summary.status != "finished" and not partial:
                stop_interrupted(summary.crawl_id, summary.status)
            crawl_id, options = summary.crawl_id, None
    status = Console(stderr=True).status  # drawn only on a terminal: logs stay clean
    steps: list[Any] = []

    def on_step(message: str) -> None:
        for running in steps:
            running.stop()
        steps[:] = [status(message)]
        steps[0].start()

    try:
        run = audit_site(
            options, crawl_id=crawl_id, db=db, output=output, config=config, pack=pack,
            goals=goals, baseline=baseline, gate=gate, junit=junit,
            on_crawled=print_summary, on_step=on_step, baseline_file=baseline_file,
            partial=partial, raw_csv=raw_csv, branding=Branding(consultant, client, logo),
        )  # fmt: skip
    except CrawlNotFinished as exc:
        stop_interrupted(exc.summary.crawl_id, exc.summary.status)
    except CrawlUnfinished as exc:
        raise CrawlNotReady(str(exc)) from None
    except CrawlFailed as exc:
        click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
        raise SystemExit(EXIT_CRAWL_FAILED) from None
    except (PipelineError, RegressionError) as exc:
        raise InputError(str(exc)) from None
    finally:
        for running in steps:
            running.stop()
    if pdf is not None:
        run.written.append(write_pdf(output / "report.html", pdf))
    console = Console()
    print_audit(run.result, run.written, console)
    print_next_steps(run.result, output, db, console)
    if run.verdict is None:
        return
    code = print_verdict(run.result, run.verdict, console)
    if code:
        raise SystemExit(code)


def stop_interrupted(crawl_id: int, status: str) -> NoReturn:
    """An unfinished crawl is not audited: a partial audit would be saved as the site's
    history and judged by the gate as if pages had disappeared."""
    click.echo(
        f"Crawl {crawl_id} was {status}, so it was not audited and nothing was saved: "
        f"finish it with `touchpoint crawl --resume {crawl_id}`, "
        f"then run `touchpoint audit --crawl {crawl_id}`.",
        err=True,
    )
    raise SystemExit(EXIT_INTERRUPTED)


@click.command()
@click.argument("check", required=False)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def checks(check: str | None, as_json: bool) -> None:
    """List the audit checks with their codes, severities and docs, or show one.

    \b
    Example:
        touchpoint checks
        touchpoint checks TP302
        touchpoint checks long-path-to-conversion --json
    """
    try:
        chosen: list[type[Check]] = [lookup(check)] if check else list(ALL_CHECKS)
    except SelectorError as exc:
        raise InputError(str(exc)) from None
    if as_json:
        click.echo(json.dumps([explain(cls) for cls in chosen], indent=2))
        return
    if check:
        cls = chosen[0]
        click.echo(f"{cls.code} {cls.slug} ({cls.severity}, {cls.category})\n")
        click.echo(cls.doc())
        return
    table = Table("code", "slug", "severity", "category", "checks that", box=None, pad_edge=False)
    for cls in chosen:
        table.add_row(cls.code, cls.slug, cls.severity, cls.category, cls.doc_sections()["summary"])
    Console().print(table)


def explain(cls: type[Check]) -> dict[str, Any]:
    """A check's metadata and doc as plain data (``touchpoint checks --json``)."""
    return {
        "code": cls.code,
        "slug": cls.slug,
        "title": cls.title,
        "failure_title": cls.failure_title,
        "severity": cls.severity,
        "category": cls.category,
        "lifecycle": cls.lifecycle,
        "since": cls.since,
        "options": dict(cls.default_options),
        "doc": cls.doc(),
        "sections": cls.doc_sections(),
    }
