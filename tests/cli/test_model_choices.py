"""Issue 14, item 6: ``--model`` names its choices, in ``--help`` and in its error."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import available_models
from tests.conftest import run_touchpoint

MODELS = available_models()


def one_line(text: str) -> str:
    """Help text unwrapped: click breaks long lines after a hyphen."""
    return " ".join(text.split()).replace("- ", "-")


@pytest.mark.parametrize("command", ["audit", "rules", "goals", "explain"])
def test_help_lists_every_model(command: str, tmp_path: Path) -> None:
    done = run_touchpoint(command, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(MODELS) >= 3
    assert f"--model NAME Funnel model whose stage names to use: {', '.join(MODELS)}." in one_line(
        done.stdout
    )


def test_unknown_model_error_lists_every_model(serve_site, tmp_path: Path) -> None:
    site = serve_site(Path(__file__).parent / "sites" / "hostile")
    done = run_touchpoint("audit", site + "/", "--model", "hourglas", "-o", "out", cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.splitlines() == [
        f"Error: unknown funnel model 'hourglas' (known: {', '.join(MODELS)})"
    ]
    assert site.requests == []
