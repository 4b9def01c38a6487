"""Ctrl-C outside the crawl: exit 130 like an interrupted crawl, never click's exit 1.

Exit 1 means "the gate failed" to a scheduled job, so an interrupt must not look like it.
"""

from __future__ import annotations

import pytest

from touchpoint import cli
from touchpoint.commands import rules


def test_ctrl_c_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rules, "pack_or_exit", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["rules"])
    assert exit_info.value.code == 130
    err = capsys.readouterr().err
    assert err.strip() == "Interrupted."


@pytest.mark.parametrize(
    ("args", "code"), [(["--version"], 0), (["rules", "--model", "hourglass"], 2), (["x"], 2)]
)
def test_other_exit_codes_are_unchanged(args: list[str], code: int) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code == code
