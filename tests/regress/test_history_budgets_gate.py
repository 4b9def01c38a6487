"""History in a real SQLite store, budgets from real touchpoint.toml files, the gate, CI formats."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit.config import ConfigFile
from core.model import CrawlInfo
from regression.budgets import BudgetError, budgets_from, check_budgets
from regression.diff import diff_audits
from regression.gate import GateError, evaluate, parse_fail_on
from regression.history import History, HistoryError, resolve
from regression.sites import site_key
from reports.ci_formats import github_annotations, in_github_actions, junit_xml
from store.crawls import Store
from tests.regress.builders import SITE, audit, changed, finding, home_path

OTHER = CrawlInfo(id=9, start_url="https://other.example/", status="finished")
SHOP = site_key(SITE + "/")


@pytest.fixture
def history(store_target: str) -> Iterator[History]:
    opened = Store.open(store_target)
    yield History(opened)
    opened.close()


def test_history_resolves_latest_previous_crawl_ids_and_files(
    history: History, tmp_path: Path
) -> None:
    first, second, other = audit(), changed(audit()), audit(site="other.example", crawl=OTHER)
    second.scores = {"overall": 70}
    ids = [history.save(1, first), history.save(2, second), history.save(3, other)]
    assert [row["crawl_id"] for row in history.summaries(site="shop.example")] == [1, 2]
    assert resolve("latest", history).audit_id == ids[2]
    assert resolve("latest", history, site=SHOP).result.scores == {"overall": 70}
    assert resolve("previous", history, relative_to=ids[1]).audit_id == ids[0]
    assert resolve("2", history).crawl_id == 2
    first.save(tmp_path / "audit.json")
    from_folder = resolve(str(tmp_path), None)
    assert from_folder.label.endswith("audit.json") and from_folder.audit_id is None
    assert from_folder.result.to_dict() == first.to_dict()


def test_relative_to_an_audit_a_reference_never_names_that_audit(history: History) -> None:
    """`touchpoint audit --baseline latest` saves the new audit, then resolves the baseline
    relative to it: `latest` must be the newest audit of the site *before* it."""
    first = history.save(1, audit())
    history.save(9, audit(site="other.example", crawl=OTHER))
    new = history.save(2, changed(audit()))
    assert resolve("latest", history, site=SHOP).audit_id == new
    for ref in ("latest", "previous"):
        assert resolve(ref, history, site=SHOP, relative_to=new).audit_id == first
    again = history.save(2, changed(audit()))  # crawl 2 audited again
    assert resolve("2", history, site=SHOP, relative_to=again).audit_id == new
    assert resolve("2", history, site=SHOP).audit_id == again
    with pytest.raises(HistoryError, match=r"no audit of https://shop\.example/ before audit 1"):
        resolve("latest", history, site=SHOP, relative_to=first)
    with pytest.raises(HistoryError, match="crawl 1 has no audit other than audit 1"):
        resolve("1", history, site=SHOP, relative_to=first)


def test_a_crawl_id_without_an_audit_says_whether_the_crawl_exists(history: History) -> None:
    crawl_id = history.store.create_crawl("shop.example", SITE + "/", {}, "0.1.0")
    with pytest.raises(HistoryError, match=f"run `touchpoint audit --crawl {crawl_id}` first"):
        resolve(str(crawl_id), history)
    with pytest.raises(HistoryError, match=r"no crawl 99 in .* \(see `touchpoint crawls`\)"):
        resolve("99", history)


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (
            "9",
            r"no crawl 9 in (\S*touchpoint\.db|postgresql://\S+/t_\w+) \(see `touchpoint crawls`\)",
        ),
        ("previous", "no audit of https://other.example/ before its latest one"),
        ("missing/audit.json", "no audit file missing/audit.json"),
        ("yesterday", "'yesterday' is not an audit"),
    ],
)
def test_history_errors_say_what_is_missing(history: History, ref: str, message: str) -> None:
    history.save(1, audit())
    history.save(2, audit(site="other.example", crawl=OTHER))
    with pytest.raises(HistoryError, match=message):
        resolve(ref, history)


def test_previous_and_latest_need_a_store_with_audits(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="needs the store"):
        resolve("latest", None)
    empty = Store.open(tmp_path / "empty.db")
    with pytest.raises(HistoryError, match="no audits stored"):
        resolve("previous", History(empty))
    empty.close()


BUDGETS = """\
[audit]
select = ["ALL"]

[budgets]
no-new-errors = true
min-score = 75
must-reach = ["/checkout", "/signup"]

[budgets.max-clicks-to-conversion]
"/checkout" = 3

[budgets.max-findings]
missing-cta = 0
error = 0
"""


def write(tmp_path: Path, text: str) -> ConfigFile:
    path = tmp_path / "touchpoint.toml"
    path.write_text(text, encoding="utf-8")
    return ConfigFile.read(path)


def test_budgets_are_judged_and_point_at_their_line(tmp_path: Path) -> None:
    budgets = budgets_from(write(tmp_path, BUDGETS))
    assert [(b.name, b.line) for b in budgets] == [
        ("no-new-errors", 5),
        ("min-score", 6),
        ("max-clicks-to-conversion./checkout", 10),
        ("must-reach./checkout", 7),
        ("must-reach./signup", 7),
        ("max-findings.missing-cta", 13),
        ("max-findings.error", 14),
    ]
    base = audit()
    new = changed(base)
    new.paths = [home_path("/checkout", 4)]
    new.findings.append(finding("broken-link", "/old", severity="error"))
    results = {r.budget.name: r for r in check_budgets(budgets, new, diff_audits(base, new))}
    assert {name for name, r in results.items() if not r.ok} == {
        "no-new-errors",
        "max-clicks-to-conversion./checkout",
        "must-reach./signup",
        "max-findings.missing-cta",
        "max-findings.error",
    }
    assert results["min-score"].ok and results["must-reach./checkout"].ok
    assert results["max-clicks-to-conversion./checkout"].breaking == [SITE + "/checkout: 4 clicks"]
    assert results["no-new-errors"].breaking == ["broken-link: " + SITE + "/old"]
    without_baseline = check_budgets(budgets, new)[0]
    assert without_baseline.skipped and without_baseline.ok


def test_must_reach_fails_a_broken_page_but_not_a_robots_blocked_one(tmp_path: Path) -> None:
    budgets = budgets_from(write(tmp_path, '[budgets]\nmust-reach = ["/checkout"]\n'))
    new = audit()
    checkout = new.pages[3]
    checkout.status, checkout.error = None, "robots.txt disallows this URL"
    [blocked] = check_budgets(budgets, new)
    assert blocked.ok, blocked.message
    checkout.error = "DNSLookupError: no such host"
    [broken] = check_budgets(budgets, new)
    assert not broken.ok and broken.message == f"{SITE}/checkout answers no response"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("max-pages = 3", r"touchpoint.toml:2: budgets.max-pages is not a budget"),
        ("min-score = 130", r"min-score must be between 0 and 100, not 130"),
        ("max-clicks-to-conversion = 0", r"must be a whole number >= 1, not 0"),
        ('must-reach = "/checkout"', r"must-reach must be a list of page paths or URLs"),
        ("no-new-errors = 1", r"no-new-errors must be true or false"),
        ("[budgets.max-findings]\nbroken-links = 0", r"unknown check 'broken-links'"),
    ],
)
def test_bad_budgets_are_one_line_errors(tmp_path: Path, table: str, message: str) -> None:
    with pytest.raises(BudgetError, match=message) as error:
        budgets_from(write(tmp_path, f"[budgets]\n{table}\n"))
    assert "\n" not in str(error.value)


def test_the_gate_names_what_broke_within_one_screen() -> None:
    assert parse_fail_on(["budget,any-new", "budget"]) == ["budget", "any-new"]
    with pytest.raises(GateError, match="--fail-on 'everything'"):
        parse_fail_on(["everything"])
    base = audit()
    new = changed(base)
    new.findings += [finding("dead-end", f"/p{i}") for i in range(30)]
    diff = diff_audits(base, new)
    assert evaluate(["new-errors"], diff).passed
    gate = evaluate(["any-new"], diff)
    assert not gate.passed
    text = gate.explain()
    assert "30 problems" in text and "new warning dead-end: /p0" in text
    assert "... and 10 more in diff.json" in text and len(text.splitlines()) == 22
    with pytest.raises(GateError, match="compares with a baseline"):
        evaluate(["any-new"], None)


def test_junit_has_a_case_per_budget_and_check_failing_on_new_findings_only(tmp_path: Path) -> None:
    budgets = check_budgets(budgets_from(write(tmp_path, BUDGETS)), audit())
    base = audit()
    new = changed(base)
    new.findings.append(finding("form-unlabelled-field", "/shop/", "form #1 field #1"))
    root = ET.fromstring(junit_xml(new, budgets, diff_audits(base, new)))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert suites["budgets"].get("tests") == "7" and suites["checks"].get("tests") == "4"
    cases = {c.get("name"): c for c in suites["checks"].iter("testcase")}
    assert cases["TP401 form-unlabelled-field"].find("failure") is not None
    assert "/shop/" in (cases["TP401 form-unlabelled-field"].find("failure").text or "")
    assert cases["TP201 missing-cta"].find("failure") is None  # known, not new
    assert cases["TP502 no-contact-channel"].find("skipped") is not None
    assert suites["checks"].get("failures") == "1"
    standalone = ET.fromstring(junit_xml(new, budgets))
    assert sum(1 for _ in standalone.iter("failure")) == 2 + 2  # budgets + failing checks


def test_github_annotations_point_budgets_at_the_toml_line(tmp_path: Path) -> None:
    assert in_github_actions({"GITHUB_ACTIONS": "true"})
    assert not in_github_actions({})
    config = write(tmp_path, BUDGETS)
    new = audit(scores={"overall": 50})
    new.findings.append(finding("broken-link", "/a,b", severity="error"))
    new.findings[-1].detail = "100% broken\nsee log"
    lines = github_annotations(new, check_budgets(budgets_from(config), new))
    budget_line = next(line for line in lines if "min-score" in line)
    assert budget_line.startswith(
        f"::error file={config.path},line=6,title=touchpoint budget min-score::"
    )
    finding_line = next(line for line in lines if line.startswith("::error title="))
    title = "::error title=touchpoint TP000 broken-link::"
    assert finding_line == title + "https://shop.example/a,b: 100%25 broken%0Asee log"
