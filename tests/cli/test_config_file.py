"""touchpoint.toml at the CLI edge: found by default, read once, every mistake one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.regress.builders import audit, changed, finding
from touchpoint.commands.diff import diff


@pytest.fixture
def audits(tmp_path: Path) -> tuple[str, str]:
    """Two audit.json files; the new one has a new error finding."""
    base = audit()
    new = changed(base)
    new.findings.append(finding("broken-link", "/old", severity="error"))
    return str(base.save(tmp_path / "base.json")), str(new.save(tmp_path / "new.json"))


def test_diff_reads_the_default_touchpoint_toml_once(
    audits: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    config_reads: list[Path],
) -> None:  # fmt: skip
    (tmp_path / "touchpoint.toml").write_text(
        '[audit]\nselect = ["TP1"]\n\n[budgets.max-findings]\nbroken-link = 0\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(diff, [*audits, "-o", "out", "--fail-on", "budget"])
    assert done.exit_code == 1, done.output
    assert config_reads == [Path("touchpoint.toml")]
    assert "budget max-findings.broken-link: BROKEN" in done.output


def test_without_a_config_file_there_are_no_budgets(
    audits: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(diff, [*audits, "-o", "out", "--fail-on", "new-errors"])
    assert done.exit_code == 1, done.output
    assert "budget" not in done.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "no config file {toml}"),
        ("[budgets\n", "{toml}: not valid TOML: "),
        ("budgets = 3\n", "{toml}: budgets must be a table"),
        ("audit = 3\n", None),  # the diff reads only [budgets]
        ("[budgets]\nmin-score = 130\n", "{toml}:2: budgets.min-score must be between 0 and 100"),
    ],
)
def test_config_mistakes_are_one_line_with_exit_2(
    audits: tuple[str, str], tmp_path: Path, text: str | None, message: str | None
) -> None:
    toml = tmp_path / "bad.toml"
    if text is not None:
        toml.write_text(text, encoding="utf-8")
    args = [*audits, "-o", str(tmp_path / "out"), "--config", str(toml)]
    done = CliRunner().invoke(diff, args)
    if message is None:
        assert done.exit_code == 0, done.output
        return
    assert done.exit_code == 2, done.output
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"Error: {message.format(toml=toml)}"), line
