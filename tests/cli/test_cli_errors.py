"""Bad input and hostile page text at the CLI edge: one line, the right exit code."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_touchpoint


def test_audit_of_a_site_whose_start_page_is_missing_is_one_line(
    serve_site, tmp_path: Path
) -> None:
    base = serve_site(Path(__file__).parent / "sites" / "hostile")
    done = run_touchpoint(
        "audit", base + "/no-such-page/", "--fast", "--db", str(tmp_path / "t.db"),
        "-o", str(tmp_path / "out"),
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    assert errors == [
        "Error: crawl 1 has no HTML page that answered with content: nothing to audit "
        "(see `touchpoint crawls`)"
    ]
    assert "Traceback" not in done.stderr


def test_hostile_markup_in_titles_and_ctas_is_printed_as_text(serve_site, tmp_path: Path) -> None:
    base = serve_site(Path(__file__).parent / "sites" / "hostile")
    db, out = str(tmp_path / "t.db"), str(tmp_path / "out")
    audited = run_touchpoint("audit", base + "/", "--fast", "--db", db, "-o", out)
    assert audited.returncode == 0, audited.stderr
    explained = run_touchpoint("explain", "/", "--crawl", "1", "--db", db)
    assert explained.returncode == 0, explained.stderr
    assert "Traceback" not in explained.stderr
    assert "[/] Sale [red]now[/red]" in explained.stdout  # shown, not interpreted


def test_unwritable_output_folder_is_one_line(serve_site, tmp_path: Path) -> None:
    base = serve_site(Path(__file__).parent / "sites" / "hostile")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = run_touchpoint(
        "audit", base + "/", "--fast", "--db", str(tmp_path / "t.db"), "-o", str(blocker / "out")
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("Error: cannot write")
    assert "Traceback" not in done.stderr
