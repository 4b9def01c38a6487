"""CI formats: JUnit XML (one test case per budget and per check) and GitHub Actions annotations.

CI servers (GitLab, Jenkins, Azure, GitHub test reporters) show JUnit natively, so
a broken budget or a regressed check reads like a failing test. With a baseline a
check's test case fails on *new* findings only, so a site with old, known problems
still goes green until something gets worse; without one it fails on any finding.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from core.files import write_text_atomic
from core.model import AuditResult, Finding
from core.text import terminal_safe
from regression.diff import AuditDiff, FindingChange

if TYPE_CHECKING:  # budgets read touchpoint.toml and the check registry; JUnit needs neither
    from regression.budgets import BudgetResult

MAX_LISTED = 50  # findings named in one failure message; the reports have the rest


def _suite(name: str, cases: list[ET.Element]) -> ET.Element:
    suite = ET.Element("testsuite", name=name, tests=str(len(cases)))
    for tag in ("failure", "skipped", "error"):
        count = sum(1 for case in cases if case.find(tag) is not None)
        suite.set({"failure": "failures", "skipped": "skipped", "error": "errors"}[tag], str(count))
    suite.extend(cases)
    return suite


def _listing(findings: Iterable[Finding | FindingChange]) -> str:
    items = list(findings)
    lines = [f"{f.severity} {f.url}: {f.detail}" for f in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(f"... and {len(items) - MAX_LISTED} more")
    return "\n".join(lines)


def junit_xml(
    result: AuditResult, budgets: Iterable[BudgetResult] = (), diff: AuditDiff | None = None
) -> str:
    """The JUnit document: a ``budgets`` suite and a ``checks`` suite."""
    budget_cases = []
    for b in budgets:
        case = ET.Element("testcase", classname="touchpoint.budgets", name=b.budget.name)
        if b.skipped:
            ET.SubElement(case, "skipped", message=b.message)
        elif not b.ok:
            failure = ET.SubElement(case, "failure", message=b.message, type="budget")
            failure.text = "\n".join(b.breaking)
        else:
            ET.SubElement(case, "system-out").text = b.message
        budget_cases.append(case)

    by_check: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_check[finding.check].append(finding)
    new_by_check: dict[str, list[FindingChange]] = defaultdict(list)
    for change in diff.new_findings() if diff else []:
        new_by_check[change.check].append(change)
    check_cases = []
    for check in result.checks:
        case = ET.Element(
            "testcase", classname="touchpoint.checks", name=f"{check.code} {check.slug}"
        )
        found = by_check[check.slug]
        if check.status == "error":
            ET.SubElement(case, "error", message=check.message or "the check could not run")
        elif check.status in ("not_applicable", "informative"):
            ET.SubElement(case, "skipped", message=check.status.replace("_", " "))
        elif diff is not None and new_by_check[check.slug]:
            new = new_by_check[check.slug]
            failure = ET.SubElement(
                case, "failure", message=f"{len(new)} new: {check.title}", type=check.severity
            )
            failure.text = _listing(new)
        elif diff is None and found:
            failure = ET.SubElement(
                case, "failure", message=f"{len(found)}: {check.title}", type=check.severity
            )
            failure.text = _listing(found)
        elif found:
            ET.SubElement(case, "system-out").text = f"{len(found)} known, none new\n" + _listing(
                found
            )
        check_cases.append(case)

    root = ET.Element("testsuites", name=f"touchpoint {result.site}")
    root.append(_suite("budgets", budget_cases))
    root.append(_suite("checks", check_cases))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(
    path: str | Path,
    result: AuditResult,
    budgets: Iterable[BudgetResult] = (),
    diff: AuditDiff | None = None,
) -> Path:
    return write_text_atomic(path, junit_xml(result, budgets, diff))


# -- GitHub Actions -------------------------------------------------------------


def _escape_data(text: str) -> str:
    """GitHub's escaping of a workflow command's data; crawled text printed into the CI
    log loses its terminal escapes first."""
    return terminal_safe(text).replace("%", "%25").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, message: str, **props: str | int | None) -> str:
    given = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + given if given else ''}::{_escape_data(message)}"


def github_annotations(
    result: AuditResult, budgets: Iterable[BudgetResult] = (), diff: AuditDiff | None = None
) -> list[str]:
    """Workflow commands: a broken budget points at its line in touchpoint.toml; findings
    (the new ones when there is a baseline, else the errors) are titled by check."""
    lines = [
        _command(
            "error",
            f"{b.message}" + (f": {'; '.join(b.breaking[:5])}" if b.breaking else ""),
            file=b.budget.source,
            line=b.budget.line,
            title=f"touchpoint budget {b.budget.name}",
        )
        for b in budgets
        if not b.ok
    ]
    findings: list[Finding | FindingChange] = list(
        diff.new_findings() if diff else [f for f in result.findings if f.severity == "error"]
    )
    level = {"error": "error", "warning": "warning", "notice": "notice"}
    for f in findings[:MAX_LISTED]:
        title = f"touchpoint {f.code} {f.check}" + (" (new)" if diff else "")
        lines.append(_command(level[f.severity], f"{f.url}: {f.detail}", title=title))
    if len(findings) > MAX_LISTED:
        lines.append(_command("notice", f"{len(findings) - MAX_LISTED} more in the reports"))
    return lines


def in_github_actions(environ: Mapping[str, str] | None = None) -> bool:
    return (environ if environ is not None else os.environ).get("GITHUB_ACTIONS") == "true"
