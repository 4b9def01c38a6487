"""The quick start's main job, and --help with an example on every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from touchpoint.cli import cli
from touchpoint.commands.demo import planted_problems

COMMANDS = sorted(cli.list_commands(click.Context(cli)))  # the group imports them lazily


def test_every_planned_command_is_registered() -> None:
    assert {"crawl", "crawls", "rules", "explain", "audit", "checks", "diff", "demo"} <= set(
        COMMANDS
    )
    context = click.Context(cli)
    assert all(cli.get_command(context, name) is not None for name in COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"touchpoint {name}" in result.output.split("Example:", 1)[1]


def test_demo_audits_the_bundled_site_and_ends_with_the_report_path(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = subprocess.run(
        [sys.executable, "-m", "touchpoint", "demo", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"TOUCHPOINT_PROGRESS": "off", "COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    report = out.resolve() / "report.html"
    assert lines[-1] == f"Report: {report}"
    assert report.stat().st_size > 10_000
    for name in ("audit.json", "pages.csv", "findings.csv", "touchpoint.db"):
        assert (out / name).is_file()
    planted = planted_problems()
    found_rows = [
        line
        for line in lines
        if line.split()[:1] and line.split()[0] in {p["check"] for p in planted}
    ]
    assert len(found_rows) == len(planted)
    assert all(row.split()[-1] == "yes" for row in found_rows), found_rows
    assert "Traceback" not in done.stderr


def test_demo_into_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    done = CliRunner().invoke(cli, ["demo", "-o", str(blocker / "demo")])
    assert done.exit_code == 2
    assert done.output.strip().splitlines()[-1].startswith(f"Error: cannot write {blocker}")
