"""The demo site's deliberate problems (touchpoint/demo/problems.yaml) are all found."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_audit_e2e import run_audit_command

from touchpoint.demo import serve_demo

PROBLEMS = yaml.safe_load(
    resources.files("touchpoint.demo").joinpath("problems.yaml").read_text("utf-8")
)


@pytest.fixture(scope="module")
def demo_audit(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("demo")
    with serve_demo() as demo:
        run = run_audit_command(demo.url("/"), "-o", str(folder / "out"),
                                "--db", str(folder / "demo.db"), "--fast")  # fmt: skip
        base = demo.url("")
    assert run.returncode == 0, run.stderr
    return base.rstrip("/"), json.loads(Path(folder / "out/audit.json").read_text("utf-8"))


@pytest.mark.parametrize("problem", PROBLEMS["problems"], ids=lambda p: f"{p['check']}:{p['url']}")
def test_every_planted_problem_is_found(
    demo_audit: tuple[str, dict[str, Any]], problem: dict[str, Any]
) -> None:
    base, data = demo_audit
    matches = [
        f
        for f in data["findings"]
        if f["check"] == problem["check"] and f["url"] == base + problem["url"]
    ]
    assert matches, f"{problem['check']} not reported for {problem['url']}"
    evidence = matches[0]["evidence"]
    if "linked_from" in problem:
        assert evidence["linked_from"] == [base + p for p in problem["linked_from"]]
    if "clicks" in problem:
        assert evidence["clicks"] == problem["clicks"]
    if "path" in problem and "path" in evidence:
        assert evidence["path"] == [base + p for p in problem["path"]]


@pytest.mark.parametrize("check", PROBLEMS["absent"])
def test_site_level_checks_that_must_not_fire(
    demo_audit: tuple[str, dict[str, Any]], check: str
) -> None:
    _, data = demo_audit
    assert [f for f in data["findings"] if f["check"] == check] == []
    assert next(c for c in data["checks"] if c["slug"] == check)["status"] == "pass"
