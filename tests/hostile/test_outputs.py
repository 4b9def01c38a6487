"""Safe and atomic outputs: crawled text never turns into a spreadsheet formula or a
terminal command, and a killed ``audit`` or ``report`` never destroys the previous output."""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.bench_audit import generate
from bench.kill_outputs import (
    kill_tries,
    outputs,
    run_command,
    temp_files,
    touchpoint,
    write_phases,
)
from core.files import atomic_write, write_text_atomic
from tests.conftest import ROOT, ServedSite, run_touchpoint, touchpoint_env

FORMULA = '=HYPERLINK("http://evil.example","x")'
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list, not the code's constant
TITLE_ESCAPES = "Shop \x1b]0;pwned\x07 \x1b]52;c;ZWNobyBwd25lZA==\x07\x1b[2J\x9b31m\x7f end"


def hostile_site(folder: Path, title: str, cta: str) -> Path:
    """A three-page site whose home page has the given title and a prominent CTA."""
    folder.mkdir()
    (folder / "index.html").write_text(
        f"<!doctype html><title>{title}</title><main><h1>{cta}</h1>"
        f'<a class="btn btn-primary" href="/buy">{cta}</a> <a href="/about">About</a></main>',
        encoding="utf-8",
    )
    for name in ("buy", "about"):
        (folder / f"{name}.html").write_text(
            f'<!doctype html><title>{name}</title><main><a href="/">Home</a></main>',
            encoding="utf-8",
        )
    return folder


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as src:
        return list(csv.DictReader(src))


def cells(path: Path, column: str) -> set[str]:
    return {row[column] for row in rows(path)}


def every_cell(folder: Path) -> list[str]:
    return [
        value
        for name in ("pages", "findings", "links")
        for row in rows(folder / f"{name}.csv")
        for value in row.values()
    ]


def test_formula_cells_are_neutralised_in_csv_and_literal_in_xlsx_unless_raw(
    tmp_path: Path, serve_site: Callable[..., ServedSite]
) -> None:
    base = serve_site(hostile_site(tmp_path / "site", FORMULA, FORMULA))
    audit = run_touchpoint(
        "audit", base + "/", "--db", "t.db", "-o", "out", "--fast", cwd=tmp_path, timeout=180
    )
    assert audit.returncode == 0, audit.stderr
    raw = run_touchpoint(
        "audit", "--crawl", "1", "--db", "t.db", "-o", "raw", "--raw-csv", cwd=tmp_path
    )
    assert raw.returncode == 0, raw.stderr
    report = run_touchpoint(
        "report", "out/audit.json", "-o", "r.html", "--csv", "tables", "--xlsx", "tables",
        cwd=tmp_path,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    report_raw = run_touchpoint(
        "report", "out/audit.json", "-o", "r2.html", "--csv", "rawtables", "--raw-csv",
        cwd=tmp_path,
    )  # fmt: skip
    assert report_raw.returncode == 0, report_raw.stderr

    for folder in ("out", "tables"):
        assert "'" + FORMULA in cells(tmp_path / folder / "pages.csv", "title")
        assert "'" + FORMULA in cells(tmp_path / folder / "links.csv", "text")
        assert not [v for v in every_cell(tmp_path / folder) if v.startswith(FORMULA_STARTS)]
    for folder in ("raw", "rawtables"):
        assert FORMULA in cells(tmp_path / folder / "pages.csv", "title")
        assert FORMULA in cells(tmp_path / folder / "links.csv", "text")
    # the workbook keeps the true text in a string cell marked as text, never a formula
    sheet = load_workbook(tmp_path / "tables" / "touchpoint-audit.xlsx")["pages"]
    (cell,) = [row[1] for row in sheet.iter_rows(min_row=2) if row[1].value == FORMULA]
    assert cell.data_type == "s" and cell.quotePrefix
    # audit.json keeps the true value
    assert json.dumps(FORMULA) in (tmp_path / "out" / "audit.json").read_text(encoding="utf-8")


def test_raw_csv_without_csv_is_refused(tmp_path: Path) -> None:
    result = run_touchpoint(
        "report", str(ROOT / "tests/golden/demo-audit.json"), "-o", "r.html", "--raw-csv",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--raw-csv" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_explain_and_goals_print_no_terminal_escapes(
    tmp_path: Path, serve_site: Callable[..., ServedSite]
) -> None:
    base = serve_site(hostile_site(tmp_path / "site", TITLE_ESCAPES, "Buy [bold]now[/bold]"))
    audit = run_touchpoint(
        "audit", base + "/", "--db", "t.db", "-o", "out", "--fast", cwd=tmp_path, timeout=180
    )
    explain = run_touchpoint("explain", "/", "--db", "t.db", cwd=tmp_path)
    goals = run_touchpoint("goals", "--db", "t.db", cwd=tmp_path)
    for result in (audit, explain, goals):
        assert result.returncode == 0, result.stderr
        for stream in (result.stdout, result.stderr):
            assert not [c for c in stream if (ord(c) < 32 and c not in "\t\n")
                        or 0x7F <= ord(c) <= 0x9F], stream  # fmt: skip
    assert "Shop ]0;pwned" not in explain.stdout  # the whole sequence goes, not the ESC only
    assert "Shop" in explain.stdout and "end" in explain.stdout
    assert "Buy [bold]now[/bold]" in explain.stdout  # rich markup in crawled text is text


def test_kill_9_while_writing_leaves_the_previous_outputs_intact(tmp_path: Path) -> None:
    generate(tmp_path / "g.db", 1500)
    out, rep = tmp_path / "out", tmp_path / "rep"
    out.mkdir()
    rep.mkdir()
    env = touchpoint_env(TOUCHPOINT_PROGRESS="off")
    audit = touchpoint("audit", "--crawl", "1", "--db", "g.db", "-o", "out")
    report = touchpoint("report", "out/audit.json", "-o", "rep/report.html", "--csv", "rep")
    commands = {"audit": (audit, [out]), "report": (report, [rep])}
    phases = write_phases(commands, env, tmp_path)  # a normal run of each: the outputs to keep
    tries = kill_tries(commands, phases, 6, random.Random(15), env, tmp_path)

    assert sum(t.killed for t in tries) >= 3, tries  # most kills land mid-write
    assert [t for t in tries if t.broken] == []
    before = outputs([out, rep])
    for command, folders in commands.values():
        run_command(command, folders, env, tmp_path)
    assert temp_files([out, rep]) == []
    assert set(outputs([out, rep])) == set(before)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "audit.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write("new, half written")
        raise RuntimeError("the run dies here")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["audit.json"]


def test_the_next_write_removes_the_temp_files_of_dead_runs_only(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (tmp_path / f".links.csv.tmp-{dead}").write_text("half", encoding="utf-8")
    live = tmp_path / f".report.html.tmp-{os.getppid()}"  # another run, writing now
    live.write_text("being written", encoding="utf-8")
    (tmp_path / "notes.tmp-1").write_text("not ours", encoding="utf-8")
    write_text_atomic(tmp_path / "audit.json", "{}")
    assert sorted(os.listdir(tmp_path)) == [live.name, "audit.json", "notes.tmp-1"]


def test_an_output_that_cannot_be_written_is_named_as_given(tmp_path: Path) -> None:
    result = run_touchpoint(
        "report", str(ROOT / "tests/golden/demo-audit.json"), "-o", "missing/r.html",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: cannot write missing/r.html: No such file or directory"
