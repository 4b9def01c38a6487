"""The score's promises (docs/scoring.md), checked over many seeded random audits.

hypothesis is not installed: each property runs a seeded ``random.Random`` loop over
lists of CheckResults and their findings, so a failure names its seed and repeats.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field

import pytest
from audit_builders import field as form_field
from audit_builders import healthy_site

from audit.scoring import (
    ERROR_CAP,
    FINDING_CAP,
    REACH_KEYS,
    SEVERITY_POINTS,
    check_cost,
    check_score,
    problem_share,
    scores,
)
from core.model import CheckResult, Finding
from core.vocab import SEVERITIES

CATEGORIES = ("reachability", "intent", "paths", "forms", "touchpoints", "crawl")
ROUNDS = 1500


@dataclass
class Check:
    """One check of a random audit: its result and its findings."""

    result: CheckResult
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Site:
    pages: int
    checks: list[Check]

    def results(self) -> list[CheckResult]:
        """The CheckResults as the runner leaves them: status, count and score set."""
        out = []
        for check in self.checks:
            result = copy.copy(check.result)
            if result.status in ("pass", "fail"):
                result.count = len(check.findings)
                result.status = "fail" if check.findings else "pass"
            result.score = check_score(result, check.findings, self.pages)
            out.append(result)
        return out

    def scores(self) -> dict[str, object]:
        return scores(self.results())


def random_finding(rng: random.Random, pages: int) -> Finding:
    evidence: dict[str, object] = {}
    if rng.random() < 0.3:  # a template element or a much-linked target: reported once
        evidence[rng.choice(REACH_KEYS)] = rng.randint(1, pages)
    return Finding("x", "TP000", "warning", f"https://s.test/{rng.random()}", "t", "d", None,
                   evidence)  # fmt: skip


def random_site(rng: random.Random) -> Site:
    pages = rng.choice([1, 3, 10, rng.randint(1, 200), rng.randint(200, 20_000)])
    checks = []
    for i in range(rng.randint(1, 22)):
        status = rng.choices(
            ["pass", "fail", "not_applicable", "informative", "error"], [4, 4, 1, 1, 1]
        )[0]
        value = None if rng.random() < 0.25 else rng.choice([1, 2, 3, rng.randint(1, 5 * pages)])
        result = CheckResult(
            code=f"TP{i:03d}", slug=f"check-{i}", title="t", severity=rng.choice(SEVERITIES),
            category=rng.choice(CATEGORIES), status=status, value=value,
        )  # fmt: skip
        check = Check(result)
        if status == "fail":
            check.findings = [random_finding(rng, pages) for _ in range(rng.randint(1, 40))]
        checks.append(check)
    return Site(pages, checks)


def assert_not_higher(after: dict[str, object], before: dict[str, object], why: str) -> None:
    assert after["categories"].keys() == before["categories"].keys(), why  # type: ignore[attr-defined]
    pairs = [("overall", after["overall"], before["overall"])] + [
        (name, after["categories"][name], value)  # type: ignore[index]
        for name, value in before["categories"].items()  # type: ignore[attr-defined]
    ]
    for name, new, old in pairs:
        assert (new is None) == (old is None), f"{why}: {name} {old} -> {new}"
        assert new is None or new <= old, f"{why}: {name} rose from {old} to {new}"


def add_finding(rng: random.Random, site: Site) -> str | None:
    scorable = [c for c in site.checks if c.result.status in ("pass", "fail")]
    if not scorable:
        return None
    check = rng.choice(scorable)
    check.findings.append(random_finding(rng, site.pages))
    return f"finding added to {check.result.code} ({check.result.status})"


def raise_severity(rng: random.Random, site: Site) -> str | None:
    raisable = [c for c in site.checks if c.result.severity != "error"]
    if not raisable:
        return None
    check = rng.choice(raisable)
    old = check.result.severity
    check.result.severity = SEVERITIES[SEVERITIES.index(old) - 1]  # error, warning, notice
    return f"{check.result.code} raised from {old} to {check.result.severity}"


@pytest.mark.parametrize("mutate", [add_finding, raise_severity])
def test_a_finding_more_or_a_severity_up_never_raises_any_score(mutate: object) -> None:
    for seed in range(ROUNDS):
        rng = random.Random(seed)
        site = random_site(rng)
        before = site.scores()
        why = mutate(rng, site)  # type: ignore[operator]
        if why is None:
            continue
        assert_not_higher(site.scores(), before, f"seed {seed}, {why}")


def test_scores_only_fall_along_a_run_of_random_changes() -> None:
    for seed in range(ROUNDS // 5):
        rng = random.Random(10_000 + seed)
        site = random_site(rng)
        current = site.scores()
        for step in range(30):
            why = rng.choice([add_finding, raise_severity])(rng, site)
            if why is None:
                continue
            after = site.scores()
            assert_not_higher(after, current, f"seed {10_000 + seed} step {step}, {why}")
            current = after


def test_scores_stay_between_0_and_100_and_hit_100_only_without_findings() -> None:
    for seed in range(ROUNDS):
        site = random_site(random.Random(20_000 + seed))
        result = site.scores()
        failing = [c for c in site.results() if c.status == "fail"]
        values = [result["overall"], *result["categories"].values()]  # type: ignore[attr-defined]
        assert all(v is None or 0 <= v <= 100 for v in values)
        if failing:
            assert result["overall"] is not None and result["overall"] <= FINDING_CAP


def test_any_error_keeps_the_score_at_or_below_the_cap() -> None:
    capped = 0
    for seed in range(ROUNDS):
        site = random_site(random.Random(30_000 + seed))
        results = site.results()
        result = site.scores()
        errors = {c.category for c in results if c.status == "fail" and c.severity == "error"}
        for category in errors:
            assert result["categories"][category] <= ERROR_CAP  # type: ignore[index]
        if errors:
            capped += 1
            assert result["overall"] is not None and result["overall"] <= ERROR_CAP
    assert capped > ROUNDS // 10  # the property was exercised


def test_a_site_with_only_small_warnings_can_score_above_any_site_with_an_error() -> None:
    warnings = [_result("warning", 1, 200, "reachability"), _result("warning", 2, 500, "intent")]
    error = [_result("error", 1, 10_000, "reachability")]
    assert scores(warnings)["overall"] > ERROR_CAP >= scores(error)["overall"]  # type: ignore[operator]


def test_errors_cost_more_than_warnings_and_warnings_more_than_notices() -> None:
    rng = random.Random(40_000)
    for _ in range(ROUNDS):
        value = rng.randint(1, 10_000)
        count = rng.randint(1, value)
        costs = [check_cost(_result(severity, count, value)) for severity in SEVERITIES]
        assert costs[0] > costs[1] > costs[2] > 0  # error, warning, notice
    assert SEVERITY_POINTS == {"error": 40, "warning": 15, "notice": 5}


def test_a_sitewide_element_counts_once_weighted_by_its_reach() -> None:
    """A footer form on 20 of a 40-page site's pages, with 10 distinct forms examined:
    its share is 20/40, not 20 findings (the whole check) and not 1 form of 10."""
    result = _result("warning", 1, 10)
    once = Finding("form-x", "TP401", "warning", "https://s.test/", "t", "d", "form #0",
                   {"form_pages": 20})  # fmt: skip
    as_reach = problem_share(result, [once], pages=40)
    plain = Finding("form-x", "TP401", "warning", "https://s.test/", "t", "d", "form #0")
    n_times = problem_share(_result("warning", 20, 10), [plain] * 20, pages=40)
    as_one = problem_share(result, [plain], pages=40)
    assert (as_one, as_reach, n_times) == (pytest.approx(0.1), pytest.approx(0.5), 1.0)
    # on every page, reported once with `pages: N`: the same as failing on every page
    everywhere = Finding("x", "TP203", "warning", "https://s.test/", "t", "d", "CTA #1",
                         {"pages": 40})  # fmt: skip
    page_check = _result("warning", 1, 40)
    assert check_score(page_check, [everywhere], 40) == check_score(_result("warning", 40, 40))
    assert check_score(page_check, [everywhere], 40) == 0.0


def test_a_template_form_in_a_real_audit_is_weighted_by_the_pages_it_is_on() -> None:
    def unlabelled_newsletter(paths: list[str]) -> float:
        site = healthy_site()
        for path in paths:
            site.form(path, [form_field("email", None, "email")], purpose="newsletter",
                      region="footer", action="/subscribe")  # fmt: skip
        check = next(c for c in site.audit("form-unlabelled-field").checks)
        assert check.count == 1 and check.value == 2  # the signup form and the footer one
        assert check.score is not None
        return check.score

    pages = sorted(healthy_site().pages)
    one_page, everywhere = unlabelled_newsletter(pages[:1]), unlabelled_newsletter(pages)
    assert one_page == pytest.approx(1 - (0.25 + 0.75 * 1 / 2))  # one form of two
    assert everywhere == 0.0  # on all 8 pages: the whole share


def test_few_items_examined_never_cost_more_than_failing_most_of_a_large_site() -> None:
    """1 of 3 is a third: it costs less than any check failing on more than half of what it
    examined, whatever the size of either site; the same share costs the same."""
    rng = random.Random(50_000)
    for _ in range(ROUNDS):
        severity = rng.choice(SEVERITIES)
        small = rng.randint(1, 6)
        few = rng.randint(1, max(1, (small - 1) // 2)) if small > 2 else 0
        large = rng.randint(100, 100_000)
        most = rng.randint(large // 2 + 1, large)
        if few:
            assert check_cost(_result(severity, few, small)) < check_cost(
                _result(severity, most, large)
            )
        factor = rng.randint(2, 1000)
        k = rng.randint(1, small)
        assert check_cost(_result(severity, k, small)) == pytest.approx(
            check_cost(_result(severity, k * factor, small * factor))
        )
    assert check_cost(_result("warning", 1, 3)) == pytest.approx(15 / 2)  # half its points


def test_the_same_proportions_score_the_same_on_a_small_and_a_large_site() -> None:
    for seed in range(ROUNDS // 3):
        rng = random.Random(60_000 + seed)
        factor = rng.randint(2, 50)
        small = [
            _result(rng.choice(SEVERITIES), k, n, rng.choice(CATEGORIES))
            for n in (rng.randint(1, 40) for _ in range(rng.randint(1, 12)))
            for k in [rng.randint(0, n)]
        ]
        large = [copy.copy(r) for r in small]
        for r in large:
            r.count, r.value = r.count * factor, (r.value or 0) * factor
        assert scores(small) == scores(large)


def test_the_issue_example_ranks_the_worse_site_lower() -> None:
    """Before: 4 errors and 62 warnings on a large site scored 96; 4 mild findings on a
    small one scored 84."""
    large = [
        _result("error", 4, 2_500, "reachability"),  # broken links
        _result("warning", 30, 1_800, "reachability"),  # dead ends
        _result("warning", 12, 2_500, "reachability"),  # redirect chains
        _result("warning", 20, 900, "intent"),  # pages asking for nothing
        *(_result(s, 0, 50, c) for s, c in [("error", "paths"), ("warning", "forms"),
                                             ("warning", "touchpoints"), ("notice", "crawl")]),
    ]  # fmt: skip
    small = [
        _result("warning", 1, 5, "reachability"),
        _result("notice", 1, 6, "reachability"),
        _result("warning", 1, 3, "intent"),
        _result("notice", 1, 2, "forms"),
        *(_result(s, 0, 3, c) for s, c in [("error", "paths"), ("warning", "touchpoints"),
                                           ("notice", "crawl")]),
    ]  # fmt: skip
    worse, better = scores(large)["overall"], scores(small)["overall"]
    assert worse is not None and better is not None
    assert worse <= ERROR_CAP < better


def test_results_without_a_stored_score_are_scored_from_their_counts() -> None:
    stored = _result("warning", 2, 8, "forms")
    stored.score = check_score(stored)
    bare = _result("warning", 2, 8, "forms")
    assert bare.score is None and scores([bare]) == scores([stored])
    assert scores([_result("warning", 0, None, "touchpoints")])["overall"] == 100
    site_level = _result("warning", 1, None, "touchpoints")
    assert scores([site_level])["categories"] == {"touchpoints": 100 - 15}


def _result(
    severity: str, count: int, value: int | None, category: str = "reachability"
) -> CheckResult:
    return CheckResult(
        code="TP999", slug="x", title="t", severity=severity,  # type: ignore[arg-type]
        category=category, status="fail" if count else "pass", count=count, value=value,
    )  # fmt: skip
