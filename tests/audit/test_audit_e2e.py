"""``touchpoint audit`` end to end: a real crawl of a fixture site on 127.0.0.1, the real
rules, a real SQLite store, and the files it writes; path lengths are the hand-counted
ones of tests/sites/audit/journey/README.md.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from audit.checks import ALL_CHECKS
from tests.conftest import run_touchpoint
from touchpoint.commands.audit import audit, checks

ROOT = Path(__file__).parents[2]
SCHEMA = json.loads((ROOT / "core/schema/audit.schema.json").read_text(encoding="utf-8"))
STRUCTURAL = {
    "broken-link": ["/missing/"],
    "redirect-chain": ["/old-team/"],
    "orphan-page": ["/landing/"],
    # no links at all, or only the menus and footer (tests/sites/audit/journey/README.md)
    "dead-end": ["/landing/", "/privacy/", "/team/"],
    "placeholder-cta": ["/shop/widget/"],
    "long-path-to-conversion": ["/checkout/"],
    "conversion-unreachable": [],
    "deep-page": [],
    "form-insecure": [],  # the card form posts; http:// on 127.0.0.1 is a secure context
}


def run_audit_command(*args: str) -> subprocess.CompletedProcess[str]:
    """``touchpoint audit ARGS`` in its own process (Scrapy runs one reactor per process)."""
    return run_touchpoint("audit", *args, timeout=180)


@pytest.fixture(scope="module")
def audited(
    serve_site: Callable[..., str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    base = serve_site("audit/journey")
    folder = tmp_path_factory.mktemp("journey")
    run = run_audit_command(
        base + "/", "-o", str(folder / "out"), "--db", str(folder / "t.db"), "--fast"
    )
    assert run.returncode == 0, run.stderr
    data = json.loads((folder / "out/audit.json").read_text(encoding="utf-8"))
    return {"base": base, "folder": folder, "run": run, "data": data}


def paths_of(data: dict[str, Any], check: str, base: str) -> list[str]:
    return sorted(f["url"].removeprefix(base) for f in data["findings"] if f["check"] == check)


@pytest.mark.parametrize(("check", "expected"), sorted(STRUCTURAL.items()))
def test_each_structural_check_fires_exactly_where_planted(
    audited: dict[str, Any], check: str, expected: list[str]
) -> None:
    assert paths_of(audited["data"], check, audited["base"]) == expected


def _home_paths(data: dict[str, Any], base: str) -> dict[tuple[str, str], Any]:
    return {
        (p["target"].removeprefix(base), p["via"]): p
        for p in data["paths"]
        if p["origin"] == "home"
    }


def test_paths_from_the_homepage_match_the_hand_count(
    audited: dict[str, Any], tmp_path: Path
) -> None:
    base, data = audited["base"], audited["data"]
    home = _home_paths(data, base)
    # A shop with its own checkout: the checkout is its goal, the signup a secondary one.
    assert ("/signup/", "any") not in home
    # A pack that names signup as a conversion action audits the path to it.
    pack = tmp_path / "signup.yaml"
    pack.write_text("conversions: [purchase, signup]\n", encoding="utf-8")
    out = tmp_path / "signup-out"
    run = run_audit_command(
        "--crawl", "1", "--db", str(audited["folder"] / "t.db"), "-o", str(out),
        "--rules", str(pack),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    signup = _home_paths(json.loads((out / "audit.json").read_text(encoding="utf-8")), base)
    assert signup["/signup/", "any"]["clicks"] == 2
    assert signup["/signup/", "cta"]["pages"] == [
        base + "/", base + "/pricing/", base + "/signup/"
    ]  # fmt: skip
    assert signup["/signup/", "cta"]["links"] == ["See pricing", "Start free trial"]
    assert home["/checkout/", "any"]["clicks"] == 4
    assert [u.removeprefix(base) for u in home["/checkout/", "any"]["pages"]] == [
        "/", "/shop/", "/shop/widget/", "/cart/", "/checkout/"
    ]  # fmt: skip
    assert home["/checkout/", "cta"]["clicks"] is None
    broken = next(f for f in data["findings"] if f["check"] == "broken-link")
    assert broken["evidence"]["linked_from"] == [base + "/blog/post-1/"]


def test_outputs_validate_and_summary_prints(audited: dict[str, Any]) -> None:
    data, folder, run = audited["data"], audited["folder"], audited["run"]
    jsonschema.validate(data, SCHEMA)
    assert len(data["checks"]) == len(ALL_CHECKS)
    with (folder / "out/findings.csv").open(encoding="utf-8", newline="") as src:
        rows = list(csv.DictReader(src))
    assert sorted(r["check"] for r in rows) == sorted(f["check"] for f in data["findings"])
    assert (folder / "out/pages.csv").is_file() and (folder / "out/report.html").is_file()
    assert "Findings:" in run.stdout and "Home -> " in run.stdout
    assert f"Wrote {folder / 'out/audit.json'}" in run.stdout.replace("\n", "")


def test_audit_a_stored_crawl_without_crawling_again(audited: dict[str, Any]) -> None:
    folder = audited["folder"]
    run = run_audit_command(
        "--crawl", "1", "--db", str(folder / "t.db"), "-o", str(folder / "again"),
        "--select", "TP1", "--ignore", "dead-end",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads((folder / "again/audit.json").read_text(encoding="utf-8"))
    assert [c["code"] for c in data["checks"]] == ["TP102", "TP103", "TP104", "TP105"]
    assert {f["check"] for f in data["findings"]} == {
        "broken-link",
        "redirect-chain",
        "orphan-page",
    }


def test_one_touchpoint_toml_read_selects_checks_and_judges_budgets(
    audited: dict[str, Any], monkeypatch: pytest.MonkeyPatch, config_reads: list[Path]
) -> None:
    folder = audited["folder"]
    (folder / "touchpoint.toml").write_text(
        '[audit]\nselect = ["TP1"]\n\n[budgets.max-findings]\nbroken-link = 0\n', encoding="utf-8"
    )
    monkeypatch.chdir(folder)  # ./touchpoint.toml is the default
    args = ["--crawl", "1", "--db", "t.db", "-o", "configured", "--fail-on", "budget"]
    done = CliRunner().invoke(audit, args)
    assert done.exit_code == 1, done.output
    assert config_reads == [Path("touchpoint.toml")]
    assert "budget max-findings.broken-link: BROKEN" in done.output
    data = json.loads((folder / "configured/audit.json").read_text(encoding="utf-8"))
    assert {c["code"][:3] for c in data["checks"]} == {"TP1"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--crawl", "1", "--select", "TP999"], "unknown check 'TP999'"),
        (["--crawl", "7"], "no crawl 7"),
        (["http://127.0.0.1:9/", "--crawl", "1"], "not both"),
    ],
)
def test_errors_are_one_line_with_exit_2(
    audited: dict[str, Any], args: list[str], message: str
) -> None:
    run = run_audit_command(
        *args, "--db", str(audited["folder"] / "t.db"), "-o", str(audited["folder"] / "x")
    )
    assert run.returncode == 2
    assert message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr


def test_checks_command_lists_and_explains() -> None:
    runner = CliRunner()
    listing = runner.invoke(checks, [])
    assert listing.exit_code == 0
    assert all(c.code in listing.output for c in ALL_CHECKS)
    one = runner.invoke(checks, ["long-path-to-conversion"])
    assert one.exit_code == 0 and one.output.startswith("TP302 long-path-to-conversion (warning")
    assert "How to fix" in one.output
    as_json = json.loads(runner.invoke(checks, ["TP302", "--json"]).output)
    assert as_json[0]["options"] == {"max_clicks": 3}
    bad = runner.invoke(checks, ["nope"])
    assert bad.exit_code == 2 and "unknown check 'nope'" in bad.output
