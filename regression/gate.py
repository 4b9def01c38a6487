"""The CI gate: ``--fail-on new-errors|budget|any-new`` turned into a verdict and a reason.

The CLI turns a failed gate into exit code 1 (``touchpoint.exit_codes``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from core.text import counted
from regression.budgets import BudgetResult
from regression.diff import AuditDiff

FAIL_ON = ("new-errors", "budget", "any-new")
DIFF_MODES = ("new-errors", "any-new")  # need a baseline
SCREEN_LINES = 20  # the explanation fits one terminal screen; the rest is in diff.json


class GateError(ValueError):
    """The gate cannot be evaluated as asked (unknown mode, no baseline for a diff mode)."""


@dataclass
class GateResult:
    passed: bool
    failures: list[str] = field(default_factory=list)  # one line per broken thing
    checked: list[str] = field(default_factory=list)  # the modes evaluated

    def explain(self) -> str:
        """One screen: the verdict, then what broke (capped, with a pointer to the rest)."""
        modes = ", ".join(self.checked) or "nothing"
        if self.passed:
            return f"Gate passed (--fail-on {modes})."
        shown = self.failures[:SCREEN_LINES]
        lines = [f"Gate FAILED (--fail-on {modes}): {counted(len(self.failures), 'problem')}"]
        lines += [f"  - {line}" for line in shown]
        if len(self.failures) > len(shown):
            lines.append(f"  ... and {len(self.failures) - len(shown)} more in diff.json")
        return "\n".join(lines)


def parse_fail_on(values: Iterable[str]) -> list[str]:
    """Modes from repeated or comma-separated ``--fail-on`` values, validated, in order."""
    modes: list[str] = []
    for value in values:
        for mode in filter(None, (part.strip() for part in value.split(","))):
            if mode not in FAIL_ON:
                raise GateError(f"--fail-on {mode!r}: use {', '.join(FAIL_ON)}")
            if mode not in modes:
                modes.append(mode)
    return modes


def check_modes(modes: Iterable[str], *, baseline: bool, budgets: int, config: str | None) -> None:
    """Refuse, before any work is done, a gate that could never judge what it is asked to:
    a diff mode without a baseline, or ``budget`` without a single budget."""
    modes = list(modes)
    if not baseline:
        for mode in modes:
            if mode in DIFF_MODES:
                raise GateError(
                    f"--fail-on {mode} compares with a baseline: give --baseline "
                    "(previous, latest, a crawl id or an audit.json)"
                )
    if "budget" in modes and not budgets:
        if config is None:
            raise GateError(
                "--fail-on budget: no config file, so no budgets "
                "(add a [budgets] table to ./touchpoint.toml or give --config FILE)"
            )
        raise GateError(f"--fail-on budget: there are no budgets in {config} (no [budgets] table)")


def evaluate(
    modes: Iterable[str], diff: AuditDiff | None, budgets: Iterable[BudgetResult] = ()
) -> GateResult:
    """Apply the gate modes to a diff (None without a baseline) and the budget results."""
    result = GateResult(True, checked=list(modes))
    for mode in result.checked:
        if mode == "budget":
            result.failures += [
                f"budget {b.budget.name}: {b.message}"
                + (f" ({'; '.join(b.breaking[:3])}{' ...' if len(b.breaking) > 3 else ''})"
                   if b.breaking else "")
                for b in budgets
                if not b.ok
            ]  # fmt: skip
            continue
        if diff is None:
            raise GateError(f"--fail-on {mode} compares with a baseline: give one")
        if mode == "new-errors":
            result.failures += [
                f"new error {f.check}: {f.url}: {f.detail}" for f in diff.new_findings("error")
            ]
        else:
            result.failures += diff.regressions()
    if result.failures:
        result.passed = False
    return result
