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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from audit.config import AuditConfig
from audit.runner import run_audit
from core.model import AuditResult
from crawler.options import CrawlOptions, OptionsError
from crawler.run import CrawlFailed, CrawlSummary, run_crawl
from regression.diff import AuditDiff
from regression.history import Resolved
from regression.step import (
    GatePlan,
    Judgement,
    Kept,
    check_baseline,
    judge,
    keep_and_compare,
)
from reports import render_html, write_tables
from reports.ci_formats import github_annotations, in_github_actions, write_junit
from reports.diff_html import write_diff
from rules import ClassifySummary, Goals, RulePack, classify_crawl, load_pack, run_fingerprint
from store.classifications import is_classified
from store.crawls import DEFAULT_DB, Store, StoreError
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


def crawl(options: CrawlOptions, db: str = DEFAULT_DB, resume: int | None = None) -> CrawlSummary:
    """Crawl a site into the store (or finish crawl ``resume``). ``CrawlFailed`` when the
    crawl itself failed (exit 3 in the CLI); ``PipelineError`` for bad options or store."""
    try:
        if resume is None:
            options.validate()
        progress = os.environ.get("TOUCHPOINT_PROGRESS", "auto")
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


def audit_crawl(
    db: str,
    crawl_id: int,
    config: AuditConfig | None = None,
    pack: RulePack | None = None,
    goals: Goals | None = None,
    on_step: Step | None = None,
) -> AuditResult:
    """Classify the stored crawl when needed, then audit it."""
    tell = on_step or (lambda _: None)
    pack = pack or load_pack()
    try:
        with Store.open(db, create=False) as store:
            store.get_crawl(crawl_id)  # one line for a missing crawl, before any work
            classify(store, crawl_id, pack, goals, tell)
            tell(f"Auditing crawl {crawl_id}...")
            return run_audit(load_input(store, crawl_id), config or AuditConfig())
    except (StoreError, AuditInputError) as exc:
        raise PipelineError(str(exc)) from None


def write_outputs(result: AuditResult, folder: Path) -> list[Path]:
    """audit.json, pages.csv, findings.csv, links.csv and report.html in ``folder``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = [result.save(folder / "audit.json")]
        written += write_tables(result, folder, formats=("csv",))
        written.append(render_html(result, folder / "report.html"))
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
    the files written and the regression verdict."""

    crawl: CrawlSummary | None
    result: AuditResult
    written: list[Path]
    verdict: Verdict


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
) -> AuditRun:
    """Crawl (``options``) or take a stored crawl (``crawl_id``), classify, audit, write
    the outputs, keep the audit and judge it. Raises ``PipelineError`` (one line),
    ``CrawlNotFinished`` for an interrupted crawl and ``CrawlFailed`` for a failed one.
    ``baseline_file`` is an audit.json baseline already read (``check_baseline``)."""
    baseline_file = baseline_file or check_baseline(db, baseline)
    summary = None
    if crawl_id is None:
        if options is None:
            raise PipelineError("give crawl options with a start URL, or a stored crawl id")
        summary = crawl(options, db)
        if on_crawled is not None:
            on_crawled(summary)
        if summary.status != "finished":
            raise CrawlNotFinished(summary)
        crawl_id = summary.crawl_id
    result = audit_crawl(db, crawl_id, config, pack, goals, on_step)
    written = write_outputs(result, output)
    verdict = keep_and_judge(db, crawl_id, result, output, baseline, gate, junit, baseline_file)
    return AuditRun(summary, result, written, verdict)


__all__ = [
    "AuditRun",
    "CrawlFailed",
    "CrawlNotFinished",
    "PipelineError",
    "Verdict",
    "audit_crawl",
    "audit_site",
    "classify",
    "crawl",
    "keep_and_judge",
    "write_outputs",
]
