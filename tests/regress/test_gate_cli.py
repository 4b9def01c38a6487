"""The gate at the CLI edge: a baseline is never the audit itself, and a bad gate is
refused before anything is crawled or stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from regression.history import History
from store.crawls import Store
from tests.conftest import SITES, open_db, run_touchpoint
from tests.regress.builders import audit, changed, finding
from touchpoint.commands.diff import diff


def stored_audits(db: Path) -> int:
    """How many audits the store keeps (none when there is no store or no table yet)."""
    if not db.exists():
        return 0
    try:
        with open_db(db) as conn:
            return conn.execute("SELECT count(*) FROM audits").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_baseline_latest_and_a_crawl_id_never_name_the_audit_being_made(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("regress/v1")
    db = tmp_path / "g.db"

    def audit_cli(version: str, *args: str) -> Any:
        site.root = SITES / "regress" / version
        return run_touchpoint("audit", *args, "--db", str(db), "-o", str(tmp_path / version))

    first = audit_cli("v1", site + "/", "--fast")
    assert first.returncode == 0, first.stderr
    # v2 breaks a link: a new error finding that `latest` (audit 1) did not have.
    second = audit_cli(
        "v2", site + "/", "--fast", "--baseline", "latest", "--fail-on", "new-errors"
    )
    out = " ".join(second.stdout.split())
    assert "audit 1 (crawl 1) -> audit 2 (crawl 2)" in out, out
    assert second.returncode == 1, second.stdout + second.stderr
    assert "Gate FAILED (--fail-on new-errors)" in out
    assert "new error broken-link" in out
    written = json.loads((tmp_path / "v2" / "diff.json").read_text(encoding="utf-8"))
    assert (written["base"]["label"], written["new"]["label"]) == (
        "audit 1 (crawl 1)",
        "audit 2 (crawl 2)",
    )

    # Re-auditing crawl 2 against crawl 2 compares with its earlier audit, not itself.
    again = audit_cli("v2", "--crawl", "2", "--baseline", "2", "--fail-on", "any-new")
    out = " ".join(again.stdout.split())
    assert again.returncode == 0, again.stdout + again.stderr
    assert "audit 2 (crawl 2) -> audit 3 (crawl 2)" in out and "No changes." in out


def test_a_baseline_file_is_read_before_the_audit_writes_over_it(
    serve_site: Any, tmp_path: Path
) -> None:
    """`-o out --baseline out`: the baseline is the audit out/ held before this run, not
    the audit.json this run writes there (which would diff empty and pass the gate)."""
    site = serve_site("regress/v1")
    db = str(tmp_path / "g.db")
    first = run_touchpoint("audit", site + "/", "--fast", "--db", db, "-o", "out", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    site.root = SITES / "regress" / "v2"  # v2 breaks a link: a new error finding
    second = run_touchpoint(
        "audit", site + "/", "--fast", "--db", db, "-o", "out", "--baseline", "out",
        "--fail-on", "new-errors", cwd=tmp_path,
    )  # fmt: skip
    out = " ".join(second.stdout.split())
    assert second.returncode == 1, second.stdout + second.stderr
    assert "out/audit.json -> audit 2 (crawl 2)" in out and "new error broken-link" in out
    written = json.loads((tmp_path / "out" / "diff.json").read_text(encoding="utf-8"))
    assert written["details"] is True  # the file is stored audit 1: CTAs and forms named


def test_diff_latest_against_the_file_of_the_latest_audit_is_not_itself(tmp_path: Path) -> None:
    """NEW given as the folder a stored audit wrote is that stored audit: `latest` as BASE
    is the audit before it, as the help promises."""
    db = tmp_path / "h.db"
    first, second = audit(), changed(audit())
    second.findings.append(finding("broken-link", "/old", severity="error"))
    with Store.open(db) as store:
        history = History(store)
        for crawl_id, result in ((1, first), (2, second)):
            (tmp_path / f"a{crawl_id}").mkdir()
            history.save(crawl_id, result, result.save(tmp_path / f"a{crawl_id}" / "audit.json"))
    args = ["latest", str(tmp_path / "a2"), "--db", str(db), "-o", str(tmp_path / "d")]
    done = CliRunner().invoke(diff, args)
    assert done.exit_code == 0, done.output
    assert "No changes" not in done.output
    data = json.loads((tmp_path / "d" / "diff.json").read_text(encoding="utf-8"))
    assert (data["base"]["label"], data["new"]["label"]) == (
        "audit 1 (crawl 1)",
        str(tmp_path / "a2" / "audit.json"),
    )
    assert [(f["change"], f["check"]) for f in data["findings"]] == [("new", "broken-link")]
    # a file no stored audit wrote (a2/ written again since) is compared as before
    rewritten = changed(second)
    rewritten.generated_at = "2025-02-01T00:00:00+00:00"
    rewritten.save(tmp_path / "a2" / "audit.json")
    again = CliRunner().invoke(diff, [*args[:-1], str(tmp_path / "d2")])
    assert again.exit_code == 0, again.output
    data = json.loads((tmp_path / "d2" / "diff.json").read_text(encoding="utf-8"))
    assert data["base"]["label"] == "audit 2 (crawl 2)"


@pytest.mark.parametrize(
    ("args", "toml", "message"),
    [
        (["--fail-on", "bogus"], None, "--fail-on 'bogus': use new-errors, budget, any-new"),
        (["--fail-on", "new-errors"], None, "--fail-on new-errors compares with a baseline"),
        (["--fail-on", "budget,any-new"], None, "--fail-on any-new compares with a baseline"),
        ([], "[budgets]\nmin-score = 130\n", "{toml}:2: budgets.min-score must be between 0"),
        (["--fail-on", "budget"], '[audit]\nselect = ["ALL"]\n', "no budgets in {toml}"),
        (["--fail-on", "budget"], None, "--fail-on budget: no config file, so no budgets"),
        (["--baseline", "yesterday"], None, "--baseline yesterday: 'yesterday' is not an audit"),
        (["--baseline", "old/audit.json"], None, "no audit file old/audit.json"),
        (["--baseline", "7"], None, "--baseline 7: no crawl 7 in "),
        (["--rules", "missing.yaml"], None, "no such rule pack file"),
        (["--model", "hourglass"], None, "unknown funnel model 'hourglass'"),
    ],
)
def test_a_bad_gate_is_refused_before_crawling_and_stores_nothing(
    serve_site: Any, tmp_path: Path, args: list[str], toml: str | None, message: str
) -> None:
    site = serve_site("regress/v1")
    db = tmp_path / "g.db"
    Store.open(db).close()  # an existing, empty store: `--baseline 7` is looked up in it
    config: list[str] = []
    if toml is not None:
        (tmp_path / "t.toml").write_text(toml, encoding="utf-8")
        config = ["--config", str(tmp_path / "t.toml")]
    done = run_touchpoint(
        "audit", site + "/", "--db", str(db), "-o", str(tmp_path / "out"), "--fast",
        *config, *args, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("Error: ") and message.format(toml=tmp_path / "t.toml") in line, line
    assert site.requests == [], "the site was crawled before the command line was checked"
    assert stored_audits(db) == 0
    assert not (tmp_path / "out").exists()


def test_diff_refuses_fail_on_budget_without_budgets(tmp_path: Path) -> None:
    base = audit()
    new = changed(base)
    new.findings.append(finding("broken-link", "/old", severity="error"))
    files = [str(base.save(tmp_path / "base.json")), str(new.save(tmp_path / "new.json"))]
    toml = tmp_path / "t.toml"
    toml.write_text('[audit]\nselect = ["ALL"]\n', encoding="utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(
        diff, [*files, "-o", str(out), "--fail-on", "budget", "--config", str(toml)]
    )
    assert done.exit_code == 2, done.output
    [line] = done.stderr.strip().splitlines()
    assert line == f"Error: --fail-on budget: there are no budgets in {toml} (no [budgets] table)"
    assert not out.exists()  # refused before the diff was made


def test_an_unwritable_junit_file_is_one_line(tmp_path: Path) -> None:
    base = audit()
    files = [str(base.save(tmp_path / "base.json")), str(changed(base).save(tmp_path / "n.json"))]
    junit = tmp_path / "no-such-folder" / "junit.xml"
    done = CliRunner().invoke(diff, [*files, "-o", str(tmp_path / "out"), "--junit", str(junit)])
    assert done.exit_code == 2, done.output
    [line] = done.stderr.strip().splitlines()
    assert line == f"Error: cannot write --junit {junit}: No such file or directory"
