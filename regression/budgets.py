"""Budgets: the thresholds a site must hold, read from the ``[budgets]`` table of touchpoint.toml.

::

    [budgets]
    no-new-errors = true                 # no error finding the baseline did not have
    min-score = 70                       # overall score, 0-100
    max-clicks-to-conversion = 4         # from the homepage, by any link, to every conversion
    must-reach = ["/checkout", "/signup"]  # conversion pages that must stay reachable

    [budgets.max-clicks-to-conversion]   # or per conversion page ("*" for the others)
    "/checkout" = 3
    "*" = 5

    [budgets.max-findings]               # per check (slug or code) or per severity
    error = 0
    broken-link = 0
    TP302 = 2

A budget judges the new audit alone, except ``no-new-errors``, which needs a
baseline (without one it is skipped, and says so). Every mistake in the table is a
one-line ``BudgetError`` naming the file, the line and the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from audit.config import ConfigError, ConfigFile
from audit.registry import SelectorError, lookup
from core.model import AuditResult
from core.text import counted
from core.vocab import SEVERITIES
from regression.diff import AuditDiff

KEYS = ("no-new-errors", "min-score", "max-clicks-to-conversion", "must-reach", "max-findings")


class BudgetError(ConfigError):
    """The [budgets] table cannot be used."""


@dataclass(frozen=True)
class Budget:
    """One threshold. ``name`` is how reports and JUnit call it: ``max-findings.broken-link``."""

    kind: str  # one of KEYS
    limit: Any
    target: str | None = None  # check, severity or conversion page the limit applies to
    line: int | None = None  # in the config file, for CI annotations
    source: str = "touchpoint.toml"

    @property
    def name(self) -> str:
        return f"{self.kind}.{self.target}" if self.target else self.kind


@dataclass
class BudgetResult:
    budget: Budget
    ok: bool
    message: str  # one line: what was measured against the limit
    breaking: list[str] = field(default_factory=list)  # the URLs or findings that break it
    skipped: bool = False


def _line_of(text: str, key: str) -> int | None:
    """The line of ``key`` at or after the ``[budgets`` header (good enough for annotations)."""
    pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=', re.MULTILINE)
    found = pattern.search(text, max(text.find("[budgets"), 0))
    return text.count("\n", 0, found.start()) + 1 if found else None


def _int(value: Any, where: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise BudgetError(f"{where} must be a whole number >= {minimum}, not {value!r}")
    return value


def parse_budgets(
    table: Mapping[str, Any], source: str = "touchpoint.toml", text: str = ""
) -> list[Budget]:
    """Validate a ``[budgets]`` table into Budgets, in a stable order."""
    budgets: list[Budget] = []

    def add(kind: str, limit: Any, target: str | None = None, key: str | None = None) -> None:
        line = _line_of(text, key or target or kind)
        budgets.append(Budget(kind, limit, target, line, source))

    def where(key: str) -> str:
        line = _line_of(text, key)
        return f"{source}:{line}: budgets.{key}" if line else f"{source}: budgets.{key}"

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise BudgetError(f"{where(unknown[0])} is not a budget: use one of {', '.join(KEYS)}")
    if "no-new-errors" in table:
        if not isinstance(table["no-new-errors"], bool):
            raise BudgetError(f"{where('no-new-errors')} must be true or false")
        if table["no-new-errors"]:
            add("no-new-errors", True)
    if "min-score" in table:
        score = _int(table["min-score"], where("min-score"))
        if score > 100:
            raise BudgetError(f"{where('min-score')} must be between 0 and 100, not {score}")
        add("min-score", score)
    clicks = table.get("max-clicks-to-conversion")
    if isinstance(clicks, Mapping):
        for page, limit in clicks.items():
            add("max-clicks-to-conversion", _int(limit, where(page), 1), str(page))
    elif clicks is not None:
        add("max-clicks-to-conversion", _int(clicks, where("max-clicks-to-conversion"), 1))
    reach = table.get("must-reach")
    if reach is not None:
        if not isinstance(reach, list) or not all(isinstance(p, str) and p for p in reach):
            raise BudgetError(f"{where('must-reach')} must be a list of page paths or URLs")
        for page in reach:
            add("must-reach", True, page, key="must-reach")
    for name, limit in (table.get("max-findings") or {}).items():
        if name not in SEVERITIES:
            try:
                lookup(name)
            except SelectorError as exc:
                raise BudgetError(f"{where(name)}: {exc}") from None
        add("max-findings", _int(limit, where(name)), name)
    return budgets


def budgets_from(file: ConfigFile) -> list[Budget]:
    """The budgets of an already parsed touchpoint.toml; none without a [budgets] table."""
    return parse_budgets(file.table("budgets"), str(file.path), file.text)


# -- evaluation -------------------------------------------------------------


def _matches(page: str, url: str) -> bool:
    """A budget names a page by path ("/checkout") or full URL."""
    return page == url if "://" in page else (urlsplit(url).path or "/") == page


def _home_clicks(result: AuditResult) -> dict[str, int | None]:
    return {
        p.target: p.clicks
        for p in result.paths
        if p.origin == "home" and p.via == "any" and p.target
    }


def _max_clicks(budget: Budget, result: AuditResult, others: set[str]) -> BudgetResult:
    clicks = _home_clicks(result)
    if budget.target == "*" or budget.target is None:
        targets = {url: n for url, n in clicks.items() if url not in others}
    else:
        targets = {url: n for url, n in clicks.items() if _matches(budget.target, url)}
    over = sorted(
        f"{url}: {'unreachable' if n is None else counted(n, 'click')}"
        for url, n in targets.items()
        if n is None or n > budget.limit
    )
    subject = "conversion pages" if budget.target in (None, "*") else budget.target
    if not targets:
        return BudgetResult(budget, True, f"no {subject} in this audit", skipped=True)
    worst = max((n for n in targets.values() if n is not None), default=None)
    limit = counted(budget.limit, "click")
    message = f"{subject}: at most {limit} from the homepage; deepest {worst}"
    if any(n is None for n in targets.values()):
        message += ", some unreachable"
    return BudgetResult(budget, not over, message, over)


def _must_reach(budget: Budget, result: AuditResult) -> BudgetResult:
    assert budget.target is not None
    pages = [p for p in result.pages if _matches(budget.target, p.url)]
    clicks = {url: n for url, n in _home_clicks(result).items() if _matches(budget.target, url)}
    if not pages:
        return BudgetResult(budget, False, f"{budget.target} is not in the crawl", [budget.target])
    page = pages[0]
    if page.is_broken:
        status = page.status or "no response"
        return BudgetResult(budget, False, f"{page.url} answers {status}", [page.url])
    reached = clicks.get(page.url, page.depth)
    if reached is None:
        return BudgetResult(
            budget, False, f"{page.url} is unreachable from the homepage", [page.url]
        )
    return BudgetResult(
        budget, True, f"{page.url} is {counted(reached, 'click')} from the homepage"
    )


def _max_findings(budget: Budget, result: AuditResult) -> BudgetResult:
    target = str(budget.target)
    if target in SEVERITIES:
        found = [f for f in result.findings if f.severity == target]
        subject = f"{target} findings"
    else:
        check = lookup(target)
        found = [f for f in result.findings if f.check == check.slug]
        subject = f"{check.slug} ({check.code}) findings"
    breaking = [f"{f.check}: {f.url}" for f in found] if len(found) > budget.limit else []
    return BudgetResult(
        budget,
        len(found) <= budget.limit,
        f"{subject}: {len(found)} (max {budget.limit})",
        breaking,
    )


def check_budgets(
    budgets: list[Budget], result: AuditResult, diff: AuditDiff | None = None
) -> list[BudgetResult]:
    """Judge the new audit (and its diff, for no-new-errors) against each budget."""
    named = {b.target for b in budgets if b.kind == "max-clicks-to-conversion" and b.target != "*"}
    named_urls = {
        url for url in _home_clicks(result) for page in named if page and _matches(page, url)
    }
    results = []
    for budget in budgets:
        if budget.kind == "no-new-errors":
            if diff is None:
                results.append(BudgetResult(budget, True, "no baseline to compare", skipped=True))
                continue
            new = diff.new_findings("error")
            breaking = [f"{f.check}: {f.url}" for f in new]
            results.append(
                BudgetResult(budget, not new, counted(len(new), "new error finding"), breaking)
            )
        elif budget.kind == "min-score":
            score = result.scores.get("overall")
            ok = score is not None and score >= budget.limit
            results.append(BudgetResult(budget, ok, f"overall score {score} (min {budget.limit})"))
        elif budget.kind == "max-clicks-to-conversion":
            results.append(_max_clicks(budget, result, named_urls))
        elif budget.kind == "must-reach":
            results.append(_must_reach(budget, result))
        else:
            results.append(_max_findings(budget, result))
    return results
