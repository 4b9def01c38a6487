"""``touchpoint diff``, and the history/baseline/gate step ``touchpoint audit`` ends with.

Both commands share ``gate_options``, ``plan_gate`` and ``finish_audit``/``judge`` so
the flags, the printed summary and the exit codes read the same everywhere. Everything
the command line can get wrong (``--fail-on``, ``[budgets]``, ``--baseline``) is
checked by ``plan_gate`` and ``check_baseline`` before any work is done.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from audit.config import ConfigError, ConfigFile
from core.model import AuditResult
from regression.budgets import Budget, budgets_from, check_budgets
from regression.diff import AuditDiff, Details, diff_audits, page_details
from regression.gate import (
    DIFF_MODES,
    GateError,
    check_modes,
    evaluate,
    parse_fail_on,
)
from regression.history import History, HistoryError, Resolved, recognise, resolve
from reports.ci_formats import github_annotations, in_github_actions, write_junit
from reports.diff_html import render_diff_html
from store.crawls import Store, StoreError
from touchpoint.commands.common import InputError, config_option, db_option, read_config
from touchpoint.exit_codes import EXIT_CRAWL_FAILED, EXIT_FAILED, EXIT_OK

F = Callable[..., Any]
SHOWN = 10  # items per section in the terminal; diff.json and diff.html have them all


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
        console.print(f"  {escape(diff.short(line))}")
    if len(lines) > SHOWN:
        console.print(f"  ... and {len(lines) - SHOWN} more (diff.json, diff.html)")


def _clicks(n: int | None) -> str:
    return "none" if n is None else str(n)


def print_diff(diff: AuditDiff, console: Console) -> None:
    """The readable terminal summary: one short block per kind of change."""
    sides = f"{diff.base['label']} -> {diff.new['label']}"
    console.print(f"[bold]Diff of {escape(diff.new['site'])}[/]: {escape(sides)}")
    if diff.empty:
        console.print("[green]No changes.[/]")
        return
    added = [f"+ {p.url} ({p.status}, {p.stage})" for p in diff.pages_added]
    _section(console, diff, "Pages added", added)
    _section(console, diff, "Pages removed", [f"- {p.url}" for p in diff.pages_removed])
    _section(
        console, diff, "Pages changed",
        [f"{c.url}: {c.field} {c.before} -> {c.after}" for c in diff.page_changes],
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
            f"{_clicks(p.before)} -> {_clicks(p.after)} clicks"
            for p in diff.paths
        ],
    )  # fmt: skip
    _section(console, diff, "Scores", [f"{s.name}: {s.before} -> {s.after}" for s in diff.scores])


def write_diff(diff: AuditDiff, folder: Path) -> list[Path]:
    """diff.json and diff.html in ``folder``."""
    data = diff.to_dict()
    json_path = folder / "diff.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return [json_path, render_diff_html(data, folder / "diff.html")]
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename or folder}: {exc.strerror}") from None


# -- the shared steps -------------------------------------------------------------


@dataclass
class GatePlan:
    """The gate of one run, validated before any work: ``--fail-on`` modes and budgets."""

    modes: list[str] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)


def plan_gate(fail_on: Sequence[str], config: ConfigFile | None, baseline: bool) -> GatePlan:
    """Parse ``--fail-on`` and the ``[budgets]`` of the already read config, and refuse a
    gate that could never judge (a diff mode without a baseline, ``budget`` without
    budgets): one line, exit 2, before anything is crawled, audited or stored."""
    try:
        modes = parse_fail_on(fail_on)
        budgets = budgets_from(config) if config is not None else []
        source = str(config.path) if config is not None else None
        check_modes(modes, baseline=baseline, budgets=len(budgets), config=source)
    except (GateError, ConfigError) as exc:
        raise InputError(str(exc)) from None
    return GatePlan(modes, budgets)


def check_baseline(db: str, baseline: str | None) -> Resolved | None:
    """Refuse a ``--baseline`` that can never resolve (not a reference, no such file, crawl
    or audit) before anything is crawled or stored. ``latest`` and ``previous`` always
    pass: on a site's first run there is simply nothing to compare yet.

    Returns an audit.json baseline as read now, for ``finish_audit`` to use as it is
    (``touchpoint audit`` may write its own audit.json over that very file); a stored
    audit depends on the audit being made, so it is resolved only once that is saved."""
    if baseline is None or baseline.strip() in ("latest", "previous"):
        return None
    ref = baseline.strip()
    try:
        if not ref.isdigit():
            return resolve(ref)  # an audit.json (or its folder), or an error saying what is wrong
        with Store.open(db, create=False) as store:
            History(store).pick(ref, None, None)
    except (HistoryError, StoreError) as exc:
        raise InputError(f"--baseline {ref}: {exc}") from None
    return None


def judge(
    result: AuditResult,
    diff: AuditDiff | None,
    gate: GatePlan,
    junit: Path | None,
    console: Console,
    first_run: bool = False,
) -> int:
    """Budgets, gate, JUnit and GitHub annotations for one audit; returns the exit code.

    On a site's first run there is nothing to compare yet, so the modes that need a
    baseline pass (said aloud) instead of failing the first scheduled build."""
    modes = list(gate.modes)
    if first_run and diff is None:
        skipped = [mode for mode in modes if mode in DIFF_MODES]
        modes = [mode for mode in modes if mode not in DIFF_MODES]
        if skipped:
            console.print(f"--fail-on {', '.join(skipped)}: skipped, no baseline yet.")
    budgets = check_budgets(gate.budgets, result, diff)
    for b in budgets:
        mark = "[dim]skip[/]" if b.skipped else ("[green]ok[/]" if b.ok else "[red]BROKEN[/]")
        console.print(f"budget {escape(b.budget.name)}: {mark} {escape(b.message)}")
    if junit is not None:
        try:
            console.print(f"Wrote {write_junit(junit, result, budgets, diff)}")
        except OSError as exc:
            raise InputError(f"cannot write --junit {junit}: {exc.strerror}") from None
    if in_github_actions():
        for line in github_annotations(result, budgets, diff):
            click.echo(line)
    if not modes:
        return EXIT_OK
    try:
        verdict = evaluate(modes, diff, budgets)
    except GateError as exc:
        raise InputError(str(exc)) from None
    console.print(escape(verdict.explain()), style=None if verdict.passed else "bold red")
    return EXIT_OK if verdict.passed else EXIT_FAILED


def _details(store: Store | None, base: Resolved, new: Resolved) -> tuple[Details | None, ...]:
    """CTA and form detail, when both audits came from crawls in this store."""
    if store is None or base.crawl_id is None or new.crawl_id is None:
        return None, None
    return page_details(store, base.crawl_id), page_details(store, new.crawl_id)


def compare(store: Store | None, base: Resolved, new: Resolved) -> AuditDiff:
    base_details, new_details = _details(store, base, new)
    return diff_audits(
        base.result, new.result, base_details, new_details, labels=(base.label, new.label)
    )


def finish_audit(
    db: str,
    crawl_id: int,
    result: AuditResult,
    output: Path,
    baseline: str | None,
    gate: GatePlan,
    junit: Path | None,
    console: Console | None = None,
    baseline_file: Resolved | None = None,
) -> int:
    """The end of ``touchpoint audit``: keep the audit in the store, diff it against the
    baseline (writing diff.json and diff.html next to audit.json) and apply the gate.

    ``baseline_file`` is the audit.json baseline ``check_baseline`` already read. Any other
    baseline is resolved relative to the audit just saved, so ``latest`` and
    ``previous`` both name the newest audit of the site stored *before* it (never the
    new audit itself), and a crawl id that crawl's newest other audit."""
    console = console or Console()
    try:
        store = Store.open(db)
    except StoreError as exc:
        raise InputError(str(exc)) from None
    try:
        history = History(store)
        audit_id = history.save(crawl_id, result, (output / "audit.json").absolute())
        diff = None
        earlier = [row for row in history.summaries(result.site) if row["id"] < audit_id]
        first_run = baseline is not None and baseline.strip() in ("previous", "latest")
        first_run = first_run and not earlier
        if first_run:
            console.print(f"No earlier audit of {escape(result.site)}: this one is the baseline.")
        elif baseline is not None:
            try:
                base = (
                    recognise(history, baseline_file)
                    if baseline_file is not None
                    else resolve(baseline, history, site=result.site, relative_to=audit_id)
                )
            except HistoryError as exc:
                raise InputError(f"--baseline {baseline.strip()}: {exc}") from None
            new = Resolved(result, f"audit {audit_id} (crawl {crawl_id})", audit_id, crawl_id)
            diff = compare(store, base, new)
            print_diff(diff, console)
            for path in write_diff(diff, output):
                console.print(f"Wrote {path}")
    finally:
        store.close()
    return judge(result, diff, gate, junit, console, first_run)


# -- the command ------------------------------------------------------------------


def _needs_store(ref: str) -> bool:
    return ref.strip() in ("latest", "previous") or ref.strip().isdigit()


@click.command()
@click.argument("base")
@click.argument("new")
@db_option
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, file_okay=False),
    default="touchpoint-diff", show_default=True, help="Folder for diff.json and diff.html.",
)  # fmt: skip
@config_option("touchpoint.toml with the [budgets]")
@gate_options
def diff(
    base: str, new: str, db: str, output: Path, config_path: Path | None,
    fail_on: tuple[str, ...], junit: Path | None,
) -> None:  # fmt: skip
    """Compare two audits of a site: what got better, what got worse.

    BASE and NEW are each a crawl id, `latest`, `previous` (the audit before
    NEW) or the path of an audit.json (or of its folder); an audit is never
    compared with itself (as BASE, `latest` is the newest audit before NEW).
    Prints the changes, writes diff.json and diff.html, and with --fail-on
    applies the gate and the [budgets] of touchpoint.toml.

    Exit codes: 0 ok; 1 the gate failed (a budget broken or a regression);
    2 usage or input error; 3 the NEW audit's crawl failed.

    \b
    Example:
        touchpoint diff previous latest --fail-on any-new
        touchpoint diff 3 7 -o diff-3-7 --fail-on budget,new-errors --junit junit.xml
        touchpoint diff old/audit.json new/audit.json
    """
    console = Console()
    gate = plan_gate(fail_on, read_config(config_path), baseline=True)
    store: Store | None = None
    history: History | None = None
    with ExitStack() as closing:  # the store is closed on every way out
        try:
            if _needs_store(base) or _needs_store(new):
                store = closing.enter_context(Store.open(db, create=False))
                history = History(store)
            newer = resolve(new, history)
            older = resolve(base, history, site=newer.result.site, relative_to=newer.audit_id)
        except (HistoryError, StoreError) as exc:
            raise InputError(str(exc)) from None
        if newer.result.crawl.status == "failed":
            click.echo(f"Error: the crawl of {newer.label} failed; nothing to compare", err=True)
            raise SystemExit(EXIT_CRAWL_FAILED)
        result = compare(store, older, newer)
    print_diff(result, console)
    for path in write_diff(result, output):
        console.print(f"Wrote {path}")
    code = judge(newer.result, result, gate, junit, console)
    if code:
        raise SystemExit(code)
