"""A diff across a rule change says so first, and never counts as fixed (or new) the
findings of a check only one of the two audits ran."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.cli14.test_diff_wording import GOLDEN, write
from tests.conftest import run_touchpoint


def test_a_rule_pack_change_is_named_and_a_dropped_check_fixes_nothing(tmp_path: Path) -> None:
    base = json.loads(GOLDEN.read_text(encoding="utf-8"))
    new = copy.deepcopy(base)
    new["model"]["pack"]["fingerprint"] = "another pack"
    new["config"]["ignore"] = ["dead-end"]  # --ignore dead-end: its 4 findings are not run
    new["checks"] = [c for c in new["checks"] if c["slug"] != "dead-end"]
    new["findings"] = [f for f in new["findings"] if f["check"] != "dead-end"]
    result = run_touchpoint(
        "diff", write(tmp_path / "base.json", base), write(tmp_path / "new.json", new),
        "-o", "d", "--fail-on", "any-new", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    said = " ".join(result.stdout.split())  # as read, whatever the terminal width
    caveats = (
        "The rules changed between these audits (rule pack; check selection): findings "
        "may differ because of that, not the site. Not compared: the findings of 1 check "
        "run by one audit only (dead-end). No changes."
    )
    assert caveats in said, result.stdout
    assert "Fixed findings" not in result.stdout and "No changes." in result.stdout
    data = json.loads((tmp_path / "d" / "diff.json").read_text(encoding="utf-8"))
    assert data["rules_changed"] == ["rule pack", "check selection"]
    assert data["findings"] == []
    html = (tmp_path / "d" / "diff.html").read_text(encoding="utf-8")
    assert "The rules changed between these audits" in html


def test_a_new_touchpoint_version_is_named_with_both_versions(tmp_path: Path) -> None:
    base = json.loads(GOLDEN.read_text(encoding="utf-8"))
    new = copy.deepcopy(base)
    new["tool_version"] = "9.9.9"
    result = run_touchpoint(
        "diff", write(tmp_path / "base.json", base), write(tmp_path / "new.json", new),
        "-o", "d", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    said = " ".join(result.stdout.split())
    assert "The rules changed between these audits (touchpoint 0.0.0+golden -> 9.9.9)" in said
