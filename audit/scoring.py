"""Scores from 0 to 100, per category and overall. The formula, also in docs/scoring.md:

1. Each check gets a score from 0 to 1. A passing check scores 1. A failing check
   that examined ``n`` items (pages, forms, CTAs, link targets) with ``k`` findings
   scores ``min(0.9, 1 - k / n)``: the share of items without a problem, capped so
   that any failure costs at least 10 points of that check. A failing site-level
   check (no item count) scores 0. Not-applicable, informative and errored checks
   have no score and no weight (Lighthouse does the same). Items are counted as the
   check sees them: a site-wide template form counts (and fails) once, and a hosted
   checkout or booking hand-off is an off-site CTA that passes.
2. A category's score is the mean of its checks' scores weighted by severity
   (error 3, warning 2, notice 1), times 100, rounded.
3. The overall score is the plain mean of the category scores that have one, rounded:
   every category counts the same, however many checks it has.
"""

from __future__ import annotations

from collections import defaultdict

from audit.model import CheckResult

SEVERITY_WEIGHTS = {"error": 3, "warning": 2, "notice": 1}
FAIL_CAP = 0.9


def check_score(result: CheckResult) -> float | None:
    if result.status == "pass":
        return 1.0
    if result.status != "fail":
        return None
    if not result.value:
        return 0.0
    return max(0.0, min(FAIL_CAP, 1 - result.count / result.value))


def scores(results: list[CheckResult]) -> dict[str, object]:
    """``{"overall": int | None, "categories": {category: int | None}}``."""
    weighted: dict[str, list[tuple[float, int]]] = defaultdict(list)
    categories: dict[str, int | None] = {}
    for result in results:
        categories.setdefault(result.category, None)
        if result.score is not None:
            weighted[result.category].append((result.score, SEVERITY_WEIGHTS[result.severity]))
    for category, items in weighted.items():
        total = sum(weight for _, weight in items)
        categories[category] = round(100 * sum(s * w for s, w in items) / total)
    known = [value for value in categories.values() if value is not None]
    overall = round(sum(known) / len(known)) if known else None
    return {"overall": overall, "categories": categories}
