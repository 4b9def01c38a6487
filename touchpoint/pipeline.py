"""The pipeline, for a Python user and for every command: crawl, classify, audit, keep,
compare and judge, write the outputs. Each step is callable alone; ``audit_site`` runs
them all and returns what they found, printing nothing (the CLI prints).

    from pathlib import Path
    from touchpoint.pipeline import audit_site
    from crawler.options import CrawlOptions

    run = audit_site(CrawlOptions(start_url="https://example.com", max_pages=200),
                     db="example.db", output=Path("audit-example"))
    print(run.result.scores["overall"], [f.title for f in run.result.findings][:5])
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from audit.config import AuditConfig
from audit.runner import run_audit
from core.model import AuditResult
from crawler.options import CrawlOptions, OptionsError
from crawler.progress import plain_every
from crawler.run import CrawlFailed, CrawlSummary, run_crawl
from regression.diff import AuditDiff
from regression.history import Resolved
from regression.sites import audit_site as site_of_audit
from regression.sites import site_key
from regression.step import (
    GatePlan,
    Judgement,
    Kept,
    check_baseline,
    judge,
    keep_and_compare,
    same_site,
)
from reports import Branding, render_html, write_tables
from reports.ci_formats import github_annotations, in_github_actions, write_junit
from reports.diff_html import write_diff
from rules import ClassifySummary, Goals, RulePack, classify_crawl, load_pack, run_fingerprint
from store.classifications import forget, is_classified
from store.crawls import DEFAULT_DB, CrawlState, Store, StoreError, crawl_state
from store.inputs import AuditInputError, load_input

Step = Callable[[str], None]  # told which step starts: "Classifying ...", "Auditing ..."


class PipelineError(Exception):
    """The run cannot go on as asked (no such crawl or store, nothing to audit, an output
    that cannot be written): one line for the user."""


class CrawlNotFinished(PipelineError):
    """The crawl was interrupted or failed: nothing was audited or saved."""

    def __init__(self, summary: CrawlSummary) -> None:
        super().__init__(f"crawl {summary.crawl_id} was {summary.status}")
        self.summary = summary


class CrawlUnfinished(PipelineError):
    """A stored crawl asked for is running, interrupted or failed, and no partial audit
    was asked for (exit 3 in the CLI)."""

    def __init__(self, crawl_id: int, state: CrawlState) -> None:
        said = {
            "running": f"crawl {crawl_id} is not finished ({state}): wait for it to finish",
            "failed": f"crawl {crawl_id} failed: crawl the site again",
        }.get(
            state.name,
            f"crawl {crawl_id} is not finished ({state}): "
            f"resume it with `touchpoint crawl --resume {crawl_id}`",
        )
        super().__init__(f"{said}, or audit what it has with --partial")
        self.crawl_id, self.state = crawl_id, state


def crawl(options: CrawlOptions, db: str = DEFAULT_DB, resume: int | None = None) -> CrawlSummary:
    """Crawl a site into the store (or finish crawl ``resume``). ``CrawlFailed`` when the
    crawl itself failed (exit 3 in the CLI); ``PipelineError`` for bad options or store."""
    try:
        if resume is None:
            options.validate()
        progress = os.environ.get("TOUCHPOINT_PROGRESS", "auto")
        plain_every()  # a bad $TOUCHPOINT_PROGRESS_EVERY is one line, before the crawl
        return run_crawl(options, db=db, resume=resume, progress=progress)
    except (OptionsError, StoreError) as exc:
        raise PipelineError(str(exc)) from None


def classify(
    store: Store,
    crawl_id: int,
    pack: RulePack,
    goals: Goals | None = None,
    on_step: Step | None = None,
) -> ClassifySummary | None:
    """Classify the crawl unless this pack (with these goals) already did; None when the
    stored verdicts are reused. The one place that decides it, for every command."""
    if is_classified(store, crawl_id, run_fingerprint(pack, goals)):
        return None
    if on_step is not None:
        on_step(f"Classifying the pages of crawl {crawl_id}...")
    summary = classify_crawl(store, crawl_id, pack, goals)
    if summary.pages == 0:
        raise PipelineError(
            f"crawl {crawl_id} has no HTML page that answered with content: "
            "nothing to audit (see `touchpoint crawls`)"
        )
    return summary


@contextmanager
def classified(
    store: Store,
    crawl_id: int,
    pack: RulePack,
    goals: Goals | None = None,
    on_step: Step | None = None,
    partial: bool = False,
) -> Iterator[CrawlState]:
    """The crawl classified for the ``with`` block; yields its state. Verdicts are what
    every later audit reuses, so only a finished crawl's are kept: an unfinished crawl is
    refused (``CrawlUnfinished``) unless ``partial``, and then classified afresh for the
    block and forgotten after it."""
    state = crawl_state(store.get_crawl(crawl_id))
    if state.finished:
        classify(store, crawl_id, pack, goals, on_step)
        yield state
        return
    if not partial:
        raise CrawlUnfinished(crawl_id, state)
    forget(store, crawl_id)
    try:
        classify(store, crawl_id, pack, goals, on_step)
        yield state
    finally:
        forget(store, crawl_id)


def audit_crawl(
    db: str,
    crawl_id: int,
    config: AuditConfig | None = None,
    pack: RulePack | None = None,
    goals: Goals | None = None,
    on_step: Step | None = None,
    partial: bool = False,
) -> AuditResult:
    """Classify the stored crawl when needed, then audit it. An unfinished crawl raises
    ``CrawlUnfinished``, unless ``partial``: its audit is then marked ``partial``."""
    tell = on_step or (lambda _: None)
    pack = pack or load_pack()
    try:
        with (
            Store.open(db, create=False) as store,
            classified(store, crawl_id, pack, goals, tell, partial) as state,
        ):
            tell(f"Auditing crawl {crawl_id}...")
            result = run_audit(load_input(store, crawl_id), config or AuditConfig())
    except (StoreError, AuditInputError) as exc:
        raise PipelineError(str(exc)) from None
    result.partial = not state.finished
    result.crawl.status = state.name  # "interrupted" for a crawl killed while "running"
    # which rules made the verdicts, so a diff tells a rule change from a site change
    result.model["pack"] = {"name": pack.name, "fingerprint": run_fingerprint(pack, goals)}
    return result


def check_output_folder(folder: Path, what: str = "the outputs") -> None:
    """Refuse an output folder that cannot be written before any crawl (``PipelineError``):
    its nearest existing ancestor must be a folder that takes a file. Nothing is created.
    ``what`` names what would be written there (the outputs, the store)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    where = f"cannot write {what} to {folder}"
    if not existing.is_dir():
        raise PipelineError(f"{where}: {existing} is not a folder")
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        raise PipelineError(f"{where}: {exc.strerror or exc}") from None


def make_store_folder(db: str) -> None:
    """Make the folder of a new SQLite store, as the outputs' folder is made: the
    DIR/touchpoint.db of ``touchpoint audit -o DIR``, once everything was checked."""
    if "://" in db:
        return
    try:
        Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PipelineError(f"cannot create the store {db}: {exc.strerror or exc}") from None


def check_partial(
    partial: bool, baseline: str | None, gate: GatePlan | None, junit: Path | None
) -> None:
    """A partial audit is neither kept nor judged: refuse what would judge it, up front."""
    asked = [
        name
        for name, given in (("--baseline", baseline), ("--fail-on", gate and gate.modes),
                            ("--junit", junit))
        if given
    ]  # fmt: skip
    if partial and asked:
        raise PipelineError(
            f"--partial cannot be combined with {', '.join(asked)}: a partial audit is "
            "never kept in the history nor judged"
        )


def write_outputs(
    result: AuditResult, folder: Path, raw_csv: bool = False, branding: Branding | None = None
) -> list[Path]:
    """audit.json, pages.csv, findings.csv, links.csv and report.html in ``folder``, each
    replaced whole or not at all; CSV cells that start like a formula get a ``'`` unless
    ``raw_csv``; ``branding`` names the consultant and the client on the report."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = [result.save(folder / "audit.json")]
        written += write_tables(result, folder, formats=("csv",), raw_csv=raw_csv)
        written.append(render_html(result, folder / "report.html", branding))
    except OSError as exc:
        raise PipelineError(f"cannot write {exc.filename or folder}: {exc.strerror}") from None
    return written


@dataclass
class Verdict:
    """What the regression step found and wrote: the diff (and its files), the budgets
    and gate, the JUnit file and the GitHub annotations (already printed by nobody)."""

    kept: Kept
    judgement: Judgement
    diff_files: list[Path] = field(default_factory=list)
    junit: Path | None = None
    annotations: list[str] = field(default_factory=list)


def keep_and_judge(
    db: str,
    crawl_id: int,
    result: AuditResult,
    output: Path,
    baseline: str | None = None,
    gate: GatePlan | None = None,
    junit: Path | None = None,
    baseline_file: Resolved | None = None,
) -> Verdict:
    """Keep the audit in the store's history, diff it against ``baseline`` (diff.json and
    diff.html next to audit.json), check budgets and gate, write JUnit if asked."""
    gate = gate or GatePlan()
    try:
        with Store.open(db) as store:
            kept = keep_and_compare(
                store,
                crawl_id,
                result,
                output / "audit.json",
                baseline,
                baseline_file,
            )
    except StoreError as exc:
        raise PipelineError(str(exc)) from None
    verdict = Verdict(kept, judge(result, kept.diff, gate, kept.first_run))
    if kept.diff is not None:
        try:
            verdict.diff_files = write_diff(kept.diff, output)
        except OSError as exc:
            raise PipelineError(f"cannot write {exc.filename or output}: {exc.strerror}") from None
    verdict.junit, verdict.annotations = ci_outputs(result, verdict.judgement, kept.diff, junit)
    return verdict


def ci_outputs(
    result: AuditResult, judgement: Judgement, diff: AuditDiff | None, junit: Path | None
) -> tuple[Path | None, list[str]]:
    """For a CI job: the JUnit file (when ``junit`` is asked for) and, inside GitHub
    Actions, the workflow annotations of one judged audit."""
    written = None
    if junit is not None:
        try:
            written = write_junit(junit, result, judgement.budgets, diff)
        except OSError as exc:
            raise PipelineError(f"cannot write --junit {junit}: {exc.strerror}") from None
    annotations = github_annotations(result, judgement.budgets, diff) if in_github_actions() else []
    return written, annotations


@dataclass
class AuditRun:
    """One ``touchpoint audit`` as data: the crawl (None for a stored crawl), the audit,
    the files written and the regression verdict (None for a partial audit: not kept)."""

    crawl: CrawlSummary | None
    result: AuditResult
    written: list[Path]
    verdict: Verdict | None


def audit_site(
    options: CrawlOptions | None = None,
    *,
    crawl_id: int | None = None,
    db: str = DEFAULT_DB,
    output: Path = Path("touchpoint-audit"),
    config: AuditConfig | None = None,
    pack: RulePack | None = None,
    goals: Goals | None = None,
    baseline: str | None = None,
    gate: GatePlan | None = None,
    junit: Path | None = None,
    on_crawled: Callable[[CrawlSummary], None] | None = None,
    on_step: Step | None = None,
    baseline_file: Resolved | None = None,
    partial: bool = False,
    raw_csv: bool = False,
    branding: Branding | None = None,
) -> AuditRun:
    """Crawl (``options``) or take a stored crawl (``crawl_id``), classify, audit, write
    the outputs, keep the audit and judge it. Raises ``PipelineError`` (one line),
    ``CrawlNotFinished`` for an interrupted crawl and ``CrawlFailed`` for a failed one,
    ``CrawlUnfinished`` for a stored crawl not finished. With ``partial``, an unfinished
    crawl is audited as far as it got, marked partial, and neither kept nor judged.
    ``baseline_file`` is an audit.json baseline already read (``check_baseline``);
    ``raw_csv`` keeps CSV cells that start like a formula as crawled."""
    check_partial(partial, baseline, gate, junit)
    site = None
    if options is not None:
        site = site_key(options.start_url, {"include": options.include, "exclude": options.exclude})
    if baseline_file is not None:  # an audit.json the CLI read before: is it this site's?
        same_site(baseline or "", site_of_audit(baseline_file.result), site)
    baseline_file = baseline_file or check_baseline(db, baseline, site)
    summary = None
    if crawl_id is None:
        if options is None:
            raise PipelineError("give crawl options with a start URL, or a stored crawl id")
        make_store_folder(db)
        summary = crawl(options, db)
        if on_crawled is not None:
            on_crawled(summary)
        if summary.status != "finished" and not partial:
            raise CrawlNotFinished(summary)
        crawl_id = summary.crawl_id
    result = audit_crawl(db, crawl_id, config, pack, goals, on_step, partial)
    written = write_outputs(result, output, raw_csv, branding)
    if result.partial:
        return AuditRun(summary, result, written, None)
    verdict = keep_and_judge(db, crawl_id, result, output, baseline, gate, junit, baseline_file)
    if verdict.kept.diff is not None:  # again, now with the executive page's before and after
        try:
            render_html(result, output / "report.html", branding, verdict.kept.diff.to_dict())
        except OSError as exc:
            raise PipelineError(f"cannot write {exc.filename or output}: {exc.strerror}") from None
    return AuditRun(summary, result, written, verdict)


__all__ = [
    "AuditRun",
    "CrawlFailed",
    "CrawlNotFinished",
    "CrawlUnfinished",
    "PipelineError",
    "Verdict",
    "audit_crawl",
    "audit_site",
    "check_output_folder",
    "classified",
    "classify",
    "crawl",
    "keep_and_judge",
    "write_outputs",
]
