"""Must-show: a fixture site audited, changed, audited again, through the real CLI.

One server on 127.0.0.1 serves ``tests/sites/regress/v1``; after two audits of it
(the second one unchanged) it serves ``v2`` from the same address, where exactly
five things changed: a CTA removed (/pricing), a link broken (/blog/second-post
deleted), a product moved one click deeper (/products/widget, no longer linked
from /shop/), a new orphan page (/spring-sale, only in the sitemap) and a form
gaining required fields (/contact: phone, company).
"""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SITES, run_touchpoint

BUDGETS = """\
[budgets]
no-new-errors = true
max-clicks-to-conversion = 3
must-reach = ["/checkout"]

[budgets.max-findings]
orphan-page = 0
broken-link = 0
"""
GATE = ("--fail-on", "budget,any-new")


@pytest.fixture(scope="module")
def runs(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Audit v1, v1 again, then v2, each diffed against the previous audit."""
    site = serve_site("regress/v1")
    work = tmp_path_factory.mktemp("regress")
    (work / "touchpoint.toml").write_text(BUDGETS, encoding="utf-8")
    db = str(work / "history.db")

    def audit(version: str, name: str, *extra: str) -> subprocess.CompletedProcess[str]:
        site.root = SITES / "regress" / version
        return run_touchpoint(
            "audit", site + "/", "-o", str(work / name), "--db", db, "--fast",
            "--config", str(work / "touchpoint.toml"), *extra,
        )  # fmt: skip

    first = audit("v1", "a1", "--baseline", "previous", *GATE)  # nothing to compare yet
    assert first.returncode == 0, first.stdout + first.stderr
    assert "this one is the baseline" in first.stdout
    assert "--fail-on any-new: skipped, no baseline yet." in first.stdout
    assert not (work / "a1" / "diff.json").exists()
    same = audit("v1", "a2", "--baseline", "previous", *GATE)
    changed = audit("v2", "a3", "--baseline", "previous", *GATE, "--junit", str(work / "j.xml"))
    return {"site": site, "work": work, "db": db, "same": same, "changed": changed}


def paths_only(site: str, value: Any) -> Any:
    """The diff with the server's origin dropped from every string, for exact comparison."""
    return json.loads(json.dumps(value).replace(site, ""))


def test_an_unchanged_site_diffs_empty_and_passes_the_gate(runs: dict[str, Any]) -> None:
    result = runs["same"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes." in result.stdout and "Gate passed" in result.stdout
    data = json.loads((runs["work"] / "a2" / "diff.json").read_text())
    assert set(data["counts"].values()) == {0} and data["regressions"] == []
    assert data["details"] is True


def test_the_diff_reports_exactly_the_five_changes(runs: dict[str, Any]) -> None:
    data = paths_only(runs["site"], json.loads((runs["work"] / "a3" / "diff.json").read_text()))
    # 4. the orphan page appeared: in the sitemap, unlinked (no depth)
    assert [(p["url"], p["status"], p["depth"], p["in_sitemap"]) for p in data["pages_added"]] == [
        ("/spring-sale", 200, None, True)
    ]
    assert data["pages_removed"] == []
    # 2. the link to /blog/second-post broke; 3. the widget (and the checkout behind it)
    # moved one click deeper
    assert {(c["url"], c["field"], c["before"], c["after"]) for c in data["page_changes"]} == {
        ("/blog/second-post", "status", 200, 404),
        ("/products/widget", "depth", 2, 3),
        ("/checkout", "depth", 3, 4),
    }
    # 1. the CTA removed from /pricing
    assert [(c["url"], c["change"], c["text"], c["target"]) for c in data["ctas"]] == [
        ("/pricing", "lost", "Talk to sales", "/contact")
    ]
    # 5. the contact form gained two required fields
    assert [
        (f["url"], f["change"], f["form"], f["required_added"], f["fields_added"])
        for f in data["forms"]
    ] == [("/contact", "changed", "POST /contact", ["phone", "company"], ["phone", "company"])]
    # the findings those changes caused, and no other
    assert {(f["change"], f["check"], f["url"]) for f in data["findings"]} == {
        ("new", "broken-link", "/blog/second-post"),
        ("new", "orphan-page", "/spring-sale"),
        ("new", "long-path-to-conversion", "/checkout"),
    }
    # every path to the checkout is one click longer (through the moved widget), none other
    assert data["paths"], "the moved product should lengthen the path to the checkout"
    for path in data["paths"]:
        assert (path["change"], path["target"], path["after"] - path["before"]) == (
            "longer",
            "/checkout",
            1,
        ), path
    assert ("home", "/", 3, 4) in {
        (p["origin"], p["source"], p["before"], p["after"]) for p in data["paths"]
    }


def test_the_gate_exits_1_naming_each_change_and_budget(runs: dict[str, Any]) -> None:
    result = runs["changed"]
    assert result.returncode == 1, result.stdout + result.stderr
    out = " ".join(result.stdout.split())  # rich wraps long lines
    assert "Gate FAILED (--fail-on budget, any-new)" in out
    for expected in (
        "CTA lost on /pricing: 'Talk to sales' -> /contact",
        "status of /blog/second-post: 200 -> 404",
        "depth of /products/widget: 2 clicks -> 3 clicks",
        "new warning orphan-page: /spring-sale",
        "form changed on /contact: POST /contact; now requires phone, company",
        "budget max-clicks-to-conversion: conversion pages: at most 3 clicks",
        "budget no-new-errors: 1 new error finding ",
        "budget max-findings.orphan-page",
        "budget max-findings.broken-link",
    ):
        assert expected.replace(runs["site"], "") in out.replace(runs["site"], ""), expected
    assert "budget must-reach./checkout: ok" in out


def test_junit_has_a_failing_case_per_broken_budget_and_regressed_check(
    runs: dict[str, Any],
) -> None:
    root = ET.parse(runs["work"] / "j.xml").getroot()
    failed = {
        case.get("name") for case in root.iter("testcase") if case.find("failure") is not None
    }
    assert failed == {
        "no-new-errors",
        "max-clicks-to-conversion",
        "max-findings.orphan-page",
        "max-findings.broken-link",
        "TP102 broken-link",
        "TP104 orphan-page",
        "TP302 long-path-to-conversion",
    }
    assert any(c.get("name") == "must-reach./checkout" for c in root.iter("testcase"))


def test_diff_command_on_stored_audits_and_on_files(runs: dict[str, Any], tmp_path: Path) -> None:
    work, db = runs["work"], runs["db"]
    listed = run_touchpoint("crawls", "--db", db, "--site", "127.0.0.1")
    assert listed.returncode == 0 and len(re.findall(r"│ finished\s*│", listed.stdout)) == 3
    stored = run_touchpoint(
        "diff", "previous", "latest", "--db", db, "-o", str(tmp_path / "d"), "--fail-on", "any-new",
        GITHUB_ACTIONS="true",
    )  # fmt: skip
    assert stored.returncode == 1, stored.stderr
    assert "::error title=touchpoint TP102 broken-link (new)::" in stored.stdout
    mine = json.loads((tmp_path / "d" / "diff.json").read_text())
    theirs = json.loads((work / "a3" / "diff.json").read_text())
    assert {k: v for k, v in mine.items() if k not in ("base", "new")} == {
        k: v for k, v in theirs.items() if k not in ("base", "new")
    }
    assert "<td>Talk to sales</td>" in (tmp_path / "d" / "diff.html").read_text()
    # NEW as the folder of the latest audit is that audit: `latest` is the one before it
    folder = run_touchpoint(
        "diff", "latest", str(work / "a3"), "--db", db, "-o", str(tmp_path / "l")
    )
    assert folder.returncode == 0, folder.stderr
    assert "No changes" not in folder.stdout
    by_folder = json.loads((tmp_path / "l" / "diff.json").read_text())
    assert by_folder["base"]["label"] == "audit 2 (crawl 2)"
    assert {k: v for k, v in by_folder.items() if k != "new"} == {
        k: v for k, v in theirs.items() if k != "new"
    }
    same = run_touchpoint(
        "diff", "1", "2", "--db", db, "-o", str(tmp_path / "s"), *GATE,
        "--config", str(work / "touchpoint.toml"),
    )  # fmt: skip
    assert same.returncode == 0 and "No changes." in same.stdout
    files = run_touchpoint(
        "diff", str(work / "a1" / "audit.json"), str(work / "a3"), "-o", str(tmp_path / "f")
    )
    assert files.returncode == 0, files.stderr
    from_files = json.loads((tmp_path / "f" / "diff.json").read_text())
    assert from_files["details"] is False
    assert [(c["change"], c["text"], c["count"]) for c in from_files["ctas"]] == [("lost", None, 1)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("diff", "99", "latest"), "no crawl 99 in "),
        (("diff", "previous", "latest", "--fail-on", "everything"), "--fail-on 'everything'"),
        (("diff", "nowhere/audit.json", "latest"), "no audit file nowhere/audit.json"),
    ],
)
def test_input_errors_exit_2_with_one_line(
    runs: dict[str, Any], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_touchpoint(*args, "--db", runs["db"], "-o", str(tmp_path / "x"))
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
