"""Issue 14, item 5: a misspelt table or key in touchpoint.toml is refused with the nearest
known name, before anything is crawled, instead of being silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import AuditConfig, ConfigError, ConfigFile
from tests.conftest import run_touchpoint

TABLES = "(known tables: audit, budgets, goals, login)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[audti]\nselect = ["TP1"]\n',
         f":1: unknown table [audti]; did you mean [audit]? {TABLES}"),
        ("[audit]\n\n[budget]\nmin-score = 50\n",
         f":3: unknown table [budget]; did you mean [budgets]? {TABLES}"),
        ('[audit.severty]\nTP101 = "error"\n',
         ": unknown key [audit] severty; did you mean severity?"),
        ('[report]\nlogo = "x.png"\n', f":1: unknown table [report] {TABLES}"),
        ('select = ["TP1"]\n', f":1: unknown top-level key select {TABLES}"),
        ("[audit.options.deep-page]\nmax-click = 3\n",
         ": [audit.options.deep-page] unknown option 'max-click'; did you mean max-clicks?"),
    ],
)  # fmt: skip
def test_unknown_names_are_refused(tmp_path: Path, text: str, message: str) -> None:
    toml = tmp_path / "touchpoint.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        AuditConfig.from_file(ConfigFile.read(toml))
    assert str(caught.value).startswith(f"{toml}{message}")


def test_audit_refuses_a_misspelt_table_before_crawling(serve_site, tmp_path: Path) -> None:
    site = serve_site(Path(__file__).parent / "sites" / "hostile")
    (tmp_path / "touchpoint.toml").write_text('[audti]\nselect = ["TP1"]\n', encoding="utf-8")
    done = run_touchpoint("audit", site + "/", "--fast", "-o", "out", cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.splitlines() == [
        "Error: touchpoint.toml:1: unknown table [audti]; did you mean [audit]? "
        "(known tables: audit, budgets, goals, login)"
    ]
    assert site.requests == []
