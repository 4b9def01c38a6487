"""``touchpoint diff``, and the printing of the regression step ``touchpoint audit`` ends with.

The step itself is library code (``regression.step``, run by ``touchpoint.pipeline``);
both commands share ``gate_options`` and these printers, so the flags, the printed
summary and the exit codes read the same everywhere. Everything the command line can
get wrong (``--fail-on``, ``[budgets]``, ``--baseline``) is refused before any work.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from audit.config import ConfigFile
from core.model import AuditResult
from core.text import terminal_safe
from regression.diff import AuditDiff, value_words
from regression.history import Resolved
from regression.sites import audit_site
from regression.step import (
    GatePlan,
    Judgement,
    RegressionError,
    check_baseline,
    compare,
    judge,
    needs_store,
    plan_gate,
    resolve_pair,
)
from reports.diff_html import write_diff
from store.crawls import Store, StoreError
from touchpoint.commands.common import InputError, config_option, read_config, shown
from touchpoint.commands.store_location import audit_folders, store_option, store_to_read
from touchpoint.exit_codes import EXIT_CRAWL_FAILED, EXIT_FAILED, EXIT_OK
from touchpoint.pipeline import PipelineError, Verdict, ci_outputs

F = Callable[..., Any]
SHOWN = 10  # items per section in the terminal; diff.json and diff.html have them all
PASSWORD = re.compile(r"(://[^:/@]+):[^@/]*@")  # a postgresql:// URL's, never printed


def gate_options(fn: F) -> F:
    """``--fail-on`` and ``--junit``, taken by ``touchpoint diff`` and ``touchpoint audit``."""
    fn = click.option(
        "--junit", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
        help="Write JUnit XML: one test case per budget and per check.",
    )(fn)  # fmt: skip
    return click.option(
        "--fail-on", "fail_on", multiple=True, metavar="MODE",
        help="Exit 1 on: new-errors (new error findings), budget (a [budgets] threshold "
        "broken) or any-new (anything worse than the baseline). Repeatable or comma-separated.",
    )(fn)  # fmt: skip


# -- printing -------------------------------------------------------------------


def _section(console: Console, diff: AuditDiff, title: str, lines: Sequence[str]) -> None:
    if not lines:
        return
    console.print(f"[bold]{title}[/] ({len(lines)})")
    for line in lines[:SHOWN]:
        console.print(f"  {shown(diff.short(line))}")
    if len(lines) > SHOWN:
        console.print(f"  ... and {len(lines) - SHOWN} more (diff.json, diff.html)")


def print_diff(diff: AuditDiff, console: Console) -> None:
    """The readable terminal summary: one short block per kind of change."""
    sides = f"{diff.base['label']} -> {diff.new['label']}"
    console.print(f"[bold]Diff of {shown(diff.new['site'])}[/]: {shown(sides)}")
    for caveat in diff.caveats():
        console.print(f"[yellow]{shown(caveat)}[/]")
    if diff.empty:
        console.print("[green]No changes.[/]")
        return
    added = [f"+ {p.url} ({p.status}, {p.stage})" for p in diff.pages_added]
    _section(console, diff, "Pages added", added)
    _section(console, diff, "Pages removed", [f"- {p.url}" for p in diff.pages_removed])
    _section(
        console, diff, "Pages changed",
        [c.describe() for c in diff.page_changes],
    )  # fmt: skip
    _section(console, diff, "CTAs", [c.describe() for c in diff.ctas])
    _section(console, diff, "Forms", [f.describe() for f in diff.forms])
    for change, title in (("new", "New findings"), ("fixed", "Fixed findings")):
        _section(
            console, diff, title,
            [f"{f.severity} {f.check}: {f.url}" for f in diff.findings if f.change == change],
        )  # fmt: skip
    _section(
        console, diff, "Paths to conversion",
        [
            f"{p.change}: {p.source} -> {p.target or 'nearest conversion'} (via {p.via}): "
            f"{p.clicks()}"
            for p in diff.paths
        ],
    )  # fmt: skip
    _section(
        console, diff, "Scores",
        [
            f"{s.name}: {value_words('score', s.before)} -> {value_words('score', s.after)}"
            for s in diff.scores
        ],
    )  # fmt: skip


def print_next_steps(result: AuditResult, output: Path, db: str, console: Console) -> None:
    """Where the store is and the exact commands that read this audit again with it (a
    store away from the outputs is easily lost)."""
    location = PASSWORD.sub(r"\1:***@", db)
    kept = "The crawl is" if result.partial else "The crawl and the audit history are"
    console.print(f"{kept} in the store {location}", soft_wrap=True, markup=False, highlight=False)
    store = "--db " + shlex.quote(location)
    page = terminal_safe(
        next((p.url for p in result.pages if p.is_conversion), result.crawl.start_url)
    )
    console.print("Next:")
    console.print(
        f"  touchpoint explain {shlex.quote(page)} --crawl {result.crawl.id} {store}",
        soft_wrap=True, markup=False, highlight=False,
    )  # fmt: skip
    if not result.partial:
        console.print(
            f"  touchpoint diff {shlex.quote(str(output))} latest {store}"
            "   (after the next audit of the site: what changed since this one)",
            soft_wrap=True, markup=False, highlight=False,
        )  # fmt: skip


def wrote_diff(diff: AuditDiff, folder: Path, console: Console) -> None:
    """Write diff.json and diff.html and say so."""
    try:
        paths = write_diff(diff, folder)
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename or folder}: {exc.strerror}") from None
    for path in paths:
        console.print(f"Wrote {path}")


def gate_or_exit(fail_on: Sequence[str], config: ConfigFile | None, baseline: bool) -> GatePlan:
    """``plan_gate``, its refusal as a one-line usage error (exit 2)."""
    try:
        return plan_gate(fail_on, config, baseline)
    except RegressionError as exc:
        raise InputError(str(exc)) from None


def baseline_or_exit(db: str, baseline: str | None) -> Resolved | None:
    """``check_baseline``, its refusal as a one-line usage error (exit 2)."""
    try:
        return check_baseline(db, baseline)
    except RegressionError as exc:
        raise InputError(str(exc)) from None


def print_budgets(judgement: Judgement, console: Console) -> None:
    """The modes a first run skipped, then each budget: ok, skip or BROKEN."""
    if judgement.skipped:
        console.print(f"--fail-on {', '.join(judgement.skipped)}: skipped, no baseline yet.")
    for b in judgement.budgets:
        mark = "[dim]skip[/]" if b.skipped else ("[green]ok[/]" if b.ok else "[red]BROKEN[/]")
        console.print(f"budget {shown(b.budget.name)}: {mark} {shown(b.message)}")


def print_gate(judgement: Judgement, console: Console) -> int:
    """The gate's verdict, when one was asked for; returns the exit code."""
    if judgement.verdict is None:
        return EXIT_OK
    verdict = judgement.verdict
    console.print(shown(verdict.explain()), style=None if verdict.passed else "bold red")
    return EXIT_OK if verdict.passed else EXIT_FAILED


def print_verdict(result: AuditResult, verdict: Verdict, console: Console) -> int:
    """The regression step of ``touchpoint audit`` as the terminal shows it; the exit code."""
    if verdict.kept.first_run:
        site = audit_site(result).label
        console.print(f"No earlier audit of {shown(site)}: this one is the baseline.")
    if verdict.kept.diff is not None:
        print_diff(verdict.kept.diff, console)
        for path in verdict.diff_files:
            console.print(f"Wrote {path}")
    print_budgets(verdict.judgement, console)
    if verdict.junit is not None:
        console.print(f"Wrote {verdict.junit}")
    for line in verdict.annotations:
        click.echo(line)
    return print_gate(verdict.judgement, console)


# -- the command ------------------------------------------------------------------


@click.command()
@click.argument("base")
@click.argument("new")
@store_option(
    "Without --db: the touchpoint.db beside BASE or NEW when one is an audit folder or "
    "audit.json, else ./touchpoint.db."
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, file_okay=False),
    default="touchpoint-diff", show_default=True, help="Folder for diff.json and diff.html.",
)  # fmt: skip
@config_option("touchpoint.toml with the [budgets]")
@click.option(
    "--allow-other-site", is_flag=True,
    help="Compare audits of two different sites (another host, port, start path or "
    "--include/--exclude) after a warning, instead of refusing.",
)  # fmt: skip
@gate_options
def diff(
    base: str, new: str, db: str | None, output: Path, config_path: Path | None,
    allow_other_site: bool, fail_on: tuple[str, ...], junit: Path | None,
) -> None:  # fmt: skip
    """Compare two audits of a site: what got better, what got worse.

    BASE and NEW are each a crawl id, `latest`, `previous` (the audit before
    NEW) or the path of an audit.json (or of its folder); an audit is never
    compared with itself (as BASE, `latest` is the newest audit before NEW).
    Both must be audits of one site (scheme, host, port, start path and
    --include/--exclude): `latest` and `previous` only name audits of NEW's
    site, and two sites are refused unless --allow-other-site.
    Prints the changes, writes diff.json and diff.html, and with --fail-on
    applies the gate and the [budgets] of touchpoint.toml.

    Exit codes: 0 ok; 1 the gate failed (a budget broken or a regression);
    2 usage or input error; 3 the NEW audit's crawl failed.

    \b
    Example:
        touchpoint diff previous latest --fail-on any-new
        touchpoint diff audit-example latest   (the store of audit-example/)
        touchpoint diff 3 7 -o diff-3-7 --fail-on budget,new-errors --junit junit.xml
        touchpoint diff old/audit.json new/audit.json
    """
    console = Console()
    gate = gate_or_exit(fail_on, read_config(config_path), baseline=True)
    with ExitStack() as closing:  # the store is closed on every way out
        try:
            store = None
            if needs_store(base) or needs_store(new):
                db = store_to_read(db, audit_folders(base, new))
                store = closing.enter_context(Store.open(db, create=False))
            pair = resolve_pair(store, base, new, allow_other_site)
        except (RegressionError, StoreError) as exc:
            raise InputError(str(exc)) from None
        older, newer = pair.older, pair.newer
        if newer.result.crawl.status == "failed":
            click.echo(f"Error: the crawl of {newer.label} failed; nothing to compare", err=True)
            raise SystemExit(EXIT_CRAWL_FAILED)
        result = compare(store, older, newer)
    if pair.other_site:
        console.print(f"[bold yellow]Warning:[/] {shown(pair.other_site)}", soft_wrap=True)
    print_diff(result, console)
    wrote_diff(result, output, console)
    try:
        judgement = judge(newer.result, result, gate)
    except RegressionError as exc:
        raise InputError(str(exc)) from None
    print_budgets(judgement, console)
    try:
        written, annotations = ci_outputs(newer.result, judgement, result, junit)
    except PipelineError as exc:
        raise InputError(str(exc)) from None
    if written is not None:
        console.print(f"Wrote {written}")
    for line in annotations:
        click.echo(line)
    code = print_gate(judgement, console)
    if code:
        raise SystemExit(code)
