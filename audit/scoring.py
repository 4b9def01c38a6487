"""Scores from 0 to 100, per category and overall. The formula, also in docs/scoring.md:

1. Each failing check costs points from its category: up to 40 for an error, 15 for a
   warning, 5 for a notice (its effective severity, after config overrides).
2. It costs ``points * (1/4 + 3/4 * share)``, where ``share`` is the share (0 to 1) of the
   items it examined that have the problem: one finding counts as one item, or, when it
   reaches many pages (a template element reported once, with ``pages``,
   ``form_pages`` or ``linking_pages`` in its evidence), as the share of the site's
   pages it reaches, whichever is more. A site-level check has a share of 1.
3. A category starts at 100 and loses the points of its failing checks (never below 0);
   the overall score is the mean of the category scores. Passing checks cost nothing,
   and not-applicable, informative and errored checks have no score at all.
4. Any error caps its category and the overall score at 89, any finding at 99: 90 and
   more means no error, 100 means nothing was found.
5. Costs depend on shares, never on counts, so a 20-page site and a 20,000-page site
   with the same proportion of problems get the same score.

Adding a finding or raising a severity can only lower a score: costs only grow, and
nothing is averaged with passing checks inside a category.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from core.model import CheckResult, Finding

SEVERITY_POINTS = {"error": 40, "warning": 15, "notice": 5}
SEVERITY_RANK = {"notice": 1, "warning": 2, "error": 3}
MIN_COST = 0.25  # the cost of a failure at the smallest share, as a part of its points
ERROR_CAP = 89  # the best score of a category (and the overall) with an error finding
FINDING_CAP = 99  # the best score of a category (and the overall) with any finding
REACH_KEYS = ("pages", "form_pages", "linking_pages")  # evidence: how many pages it is on


def reach(finding: Finding) -> int:
    """How many pages a finding is on: its ``pages`` (or ``form_pages``, ``linking_pages``)
    evidence, else 1."""
    for key in REACH_KEYS:
        value = finding.evidence.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 1


def problem_share(
    result: CheckResult, findings: Iterable[Finding] | None = None, pages: int | None = None
) -> float:
    """The share (0 to 1) of what a failing check examined that has its problem.

    Each finding counts as one of the ``result.value`` items, or as the share of the
    site's ``pages`` it reaches (``reach``), whichever is more. Without ``findings``,
    ``result.count`` findings of one item each. A site-level check (no item count) that
    fails has a share of 1; a check that does not fail, 0.
    """
    if result.status != "fail":
        return 0.0
    if not result.value:
        return 1.0
    items = result.value
    if findings is None:
        return min(1.0, result.count / items)
    total = 0.0
    for finding in findings:
        on_pages = reach(finding) / pages if pages else 0.0
        total += max(1 / items, on_pages)
    return min(1.0, total)


def check_score(
    result: CheckResult, findings: Iterable[Finding] | None = None, pages: int | None = None
) -> float | None:
    """The part of its points a check keeps, 0 to 1: 1 when it passes, ``1 - (1/4 + 3/4 *
    share)`` when it fails (at most 0.75), None when it has no score (not applicable,
    informative, errored). ``findings`` are the check's own, ``pages`` the site's working
    pages; see ``problem_share``."""
    if result.status == "pass":
        return 1.0
    if result.status != "fail":
        return None
    return 1.0 - (MIN_COST + (1.0 - MIN_COST) * problem_share(result, findings, pages))


def _score_of(result: CheckResult) -> float | None:
    """The stored score (the runner's, which knows the findings), else one from the count."""
    if result.status not in ("pass", "fail"):
        return None
    return result.score if result.score is not None else check_score(result)


def check_cost(result: CheckResult) -> float:
    """The points a check takes from its category's 100."""
    score = _score_of(result)
    if score is None:
        return 0.0
    return SEVERITY_POINTS[result.severity] * (1.0 - score)


def _capped(score: float, worst: int) -> int:
    """``score`` rounded, then capped by the worst severity found (0: nothing found)."""
    value = max(0, min(100, round(score)))
    if worst >= SEVERITY_RANK["error"]:
        return min(value, ERROR_CAP)
    if worst:
        return min(value, FINDING_CAP)
    return value


def scores(results: list[CheckResult]) -> dict[str, object]:
    """``{"overall": int | None, "categories": {category: int | None}}``."""
    categories: dict[str, int | None] = {}
    lost: dict[str, float] = defaultdict(float)
    worst: dict[str, int] = defaultdict(int)
    for result in results:
        categories.setdefault(result.category, None)
        if _score_of(result) is None:
            continue
        lost[result.category] += check_cost(result)
        if result.status == "fail":
            rank = SEVERITY_RANK[result.severity]
            worst[result.category] = max(worst[result.category], rank)
    for category, points in lost.items():
        categories[category] = _capped(100.0 - points, worst[category])
    known = [value for value in categories.values() if value is not None]
    overall = _capped(sum(known) / len(known), max(worst.values(), default=0)) if known else None
    return {"overall": overall, "categories": categories}
