"""The regression step of a run: keep the audit, compare it with its baseline, judge it.

Library code: it returns what it found (``Kept``, ``Judgement``) and raises
``RegressionError`` (one line) for what the user asked wrongly; printing, writing
diff.json, JUnit and annotations, and exit codes belong to the caller (the CLI, or
``touchpoint.pipeline``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from audit.config import ConfigError, ConfigFile
from core.model import AuditResult
from regression.budgets import Budget, BudgetResult, budgets_from, check_budgets
from regression.diff import AuditDiff, Details, diff_audits, page_details
from regression.gate import DIFF_MODES, GateError, GateResult, check_modes, evaluate, parse_fail_on
from regression.history import (
    History,
    HistoryError,
    Resolved,
    as_baseline,
    pick_of_site,
    recognise,
    resolve,
    stored_site,
)
from regression.sites import SiteKey, audit_site, other_site
from store.crawls import Store, StoreError

FIRST_RUN_REFS = ("latest", "previous")


class RegressionError(Exception):
    """A gate, budget or baseline the user asked for cannot be used (one line)."""


@dataclass
class GatePlan:
    """The gate of one run, validated before any work: ``--fail-on`` modes and budgets."""

    modes: list[str] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)


def plan_gate(fail_on: Sequence[str], config: ConfigFile | None, baseline: bool) -> GatePlan:
    """Parse ``--fail-on`` and the ``[budgets]`` of the already read config, and refuse a
    gate that could never judge (a diff mode without a baseline, ``budget`` without
    budgets), before anything is crawled, audited or stored."""
    try:
        modes = parse_fail_on(fail_on)
        budgets = budgets_from(config) if config is not None else []
        source = str(config.path) if config is not None else None
        check_modes(modes, baseline=baseline, budgets=len(budgets), config=source)
    except (GateError, ConfigError) as exc:
        raise RegressionError(str(exc)) from None
    return GatePlan(modes, budgets)


def check_baseline(db: str, baseline: str | None, site: SiteKey | None = None) -> Resolved | None:
    """Refuse a baseline that can never resolve (not a reference, no such file, crawl or
    audit) or that is an audit of another site than ``site`` (the site about to be
    crawled, when known) before anything is crawled or stored. ``latest`` and
    ``previous`` always pass: on a site's first run there is simply nothing to compare yet.

    Returns an audit.json baseline as read now, for ``keep_and_compare`` to use as it is
    (the run may write its own audit.json over that very file); a stored audit depends
    on the audit being made, so it is resolved only once that is saved."""
    if baseline is None or baseline.strip() in FIRST_RUN_REFS:
        return None
    ref = baseline.strip()
    try:
        if not ref.isdigit():  # an audit.json (or its folder), or an error saying what is wrong
            found = as_baseline(resolve(ref))
            same_site(ref, audit_site(found.result), site)
            return found
        with Store.open(db, create=False) as store:
            history = History(store)
            same_site(ref, stored_site(history, history.pick(ref, None, None)), site)
    except (HistoryError, StoreError) as exc:
        raise RegressionError(f"--baseline {ref}: {exc}") from None
    return None


def same_site(ref: str, baseline: SiteKey, site: SiteKey | None) -> None:
    """Refuse a baseline of another site than the one audited (``site``, when known):
    every page would read as added and removed."""
    if site is not None and baseline != site:
        raise RegressionError(
            f"--baseline {ref} is an audit of {baseline.label}, not of {site.label}: "
            "compare two sites with `touchpoint diff --allow-other-site`"
        )


def compare(store: Store | None, base: Resolved, new: Resolved) -> AuditDiff:
    """The diff of two audits, with CTA and form detail when both crawls are in ``store``."""
    details: tuple[Details | None, Details | None] = (None, None)
    if store is not None and base.crawl_id is not None and new.crawl_id is not None:
        details = page_details(store, base.crawl_id), page_details(store, new.crawl_id)
    return diff_audits(
        base.result, new.result, details[0], details[1], labels=(base.label, new.label)
    )


@dataclass
class Kept:
    """An audit saved in the store's history, and its diff against the baseline."""

    audit_id: int
    diff: AuditDiff | None = None
    first_run: bool = False  # a latest/previous baseline, and no earlier audit of the site


def keep_and_compare(
    store: Store,
    crawl_id: int,
    result: AuditResult,
    audit_json: Path,
    baseline: str | None,
    baseline_file: Resolved | None = None,
) -> Kept:
    """Save the audit in the history, then diff it against ``baseline``.

    ``baseline_file`` is the audit.json baseline ``check_baseline`` already read. Any other
    baseline is resolved relative to the audit just saved, so ``latest`` and ``previous``
    both name the newest audit of the site stored *before* it (never the new audit
    itself), and a crawl id that crawl's newest other audit."""
    history = History(store)
    audit_id = history.save(crawl_id, result, audit_json.absolute())
    if baseline is None:
        return Kept(audit_id)
    site = audit_site(result)
    if baseline.strip() in FIRST_RUN_REFS and not pick_of_site(history, "latest", site, audit_id):
        return Kept(audit_id, first_run=True)
    try:
        base = as_baseline(
            recognise(history, baseline_file)
            if baseline_file is not None
            else resolve(baseline, history, site=site, relative_to=audit_id)
        )
    except HistoryError as exc:
        raise RegressionError(f"--baseline {baseline.strip()}: {exc}") from None
    same_site(baseline.strip(), audit_site(base.result), site)
    new = Resolved(result, f"audit {audit_id} (crawl {crawl_id})", audit_id, crawl_id)
    return Kept(audit_id, compare(store, base, new))


@dataclass
class Judgement:
    """Budgets and gate of one audit. ``verdict`` is None when no ``--fail-on`` mode
    applies; ``skipped`` are the modes a first run cannot judge (no baseline yet)."""

    budgets: list[BudgetResult]
    verdict: GateResult | None = None
    skipped: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.verdict is None or self.verdict.passed


def judge(
    result: AuditResult, diff: AuditDiff | None, gate: GatePlan, first_run: bool = False
) -> Judgement:
    """Check the budgets and apply the gate. On a site's first run there is nothing to
    compare yet, so the modes that need a baseline pass (listed in ``skipped``) instead
    of failing the first scheduled build."""
    modes, skipped = list(gate.modes), []
    if first_run and diff is None:
        skipped = [mode for mode in modes if mode in DIFF_MODES]
        modes = [mode for mode in modes if mode not in DIFF_MODES]
    budgets = check_budgets(gate.budgets, result, diff)
    if not modes:
        return Judgement(budgets, skipped=skipped)
    try:
        return Judgement(budgets, evaluate(modes, diff, budgets), skipped)
    except GateError as exc:
        raise RegressionError(str(exc)) from None


@dataclass
class Pair:
    """The two audits of ``touchpoint diff``; ``other_site`` says why they are of two
    sites when they are (allowed only with ``--allow-other-site``)."""

    older: Resolved
    newer: Resolved
    other_site: str | None = None


def resolve_pair(store: Store | None, base: str, new: str, allow_other_site: bool = False) -> Pair:
    """The two audits ``touchpoint diff BASE NEW`` names (an audit never compared with
    itself: as BASE, ``latest`` is the newest audit of NEW's site before NEW). Audits of
    two sites are refused unless ``allow_other_site``."""
    history = History(store) if store is not None else None
    try:
        newer = resolve(new, history)
        older = as_baseline(
            resolve(base, history, site=audit_site(newer.result), relative_to=newer.audit_id)
        )
    except (HistoryError, StoreError) as exc:
        raise RegressionError(str(exc)) from None
    why = other_site((older.label, older.result), (newer.label, newer.result))
    if why and not allow_other_site:
        raise RegressionError(f"{why}; give --allow-other-site to compare them anyway")
    return Pair(older, newer, why)


def needs_store(ref: str) -> bool:
    """A reference to the history (``latest``, ``previous``, a crawl id), not a file."""
    return ref.strip() in FIRST_RUN_REFS or ref.strip().isdigit()
