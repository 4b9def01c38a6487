"""Input files and options at the CLI edge: one line and exit 2, never a traceback; and
the small messages (plurals, "Wrote", crawls of a site, help) read right."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from audit.config import ConfigFile
from regression.history import HistoryError, load_audit_file
from tests.conftest import crawl_site, run_touchpoint
from tests.regress.builders import audit as built_audit
from tests.regress.builders import finding
from touchpoint.commands.audit import audit, print_audit
from touchpoint.commands.diff import diff
from touchpoint.commands.report import report

NOT_UTF8 = b"\xff\xfe[budgets]\n"


def one_error_line(done: Any) -> str:
    assert "Traceback" not in done.output
    assert not isinstance(done.exception, (UnicodeDecodeError, AttributeError)), done.exception
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("Error: "), line
    return line


def test_a_config_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    toml = tmp_path / "t.toml"
    toml.write_bytes(NOT_UTF8)
    args = ["--crawl", "1", "--db", str(tmp_path / "t.db"), "--config", str(toml)]
    done = CliRunner().invoke(audit, args)
    assert done.exit_code == 2, done.output
    assert one_error_line(done) == (
        f"Error: {toml}: not UTF-8 text (byte 0xff at offset 0); TOML files are UTF-8"
    )


def test_a_utf8_byte_order_mark_is_harmless(tmp_path: Path) -> None:
    toml = tmp_path / "t.toml"
    toml.write_bytes(b"\xef\xbb\xbf[budgets]\nmin-score = 50\n")
    assert ConfigFile.read(toml).table("budgets") == {"min-score": 50}
    path = tmp_path / "audit.json"
    path.write_bytes(b"\xef\xbb\xbf" + built_audit().save(tmp_path / "plain.json").read_bytes())
    done = CliRunner().invoke(report, [str(path), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 0, done.output
    path.write_bytes(b"\xef\xbb\xbf{}\n\xff")  # offsets count from the start of the file
    with pytest.raises(HistoryError, match=r"not UTF-8 text \(byte 0xff at offset 6\)$"):
        load_audit_file(path)


def test_an_audit_json_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "audit.json"
    path.write_bytes(b'{"site": "caf\xe9"}')
    done = CliRunner().invoke(report, [str(path), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 2, done.output
    assert one_error_line(done) == (
        f"Error: {path} is not a touchpoint audit.json: not UTF-8 text (byte 0xe9 at offset 13)"
    )
    other = built_audit().save(tmp_path / "other.json")
    compared = CliRunner().invoke(diff, [str(other), str(path), "-o", str(tmp_path / "d")])
    assert compared.exit_code == 2, compared.output
    assert f"{path} is not a touchpoint audit.json" in one_error_line(compared)


def test_report_takes_the_folder_audit_wrote_and_says_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "audit-out"
    folder.mkdir()
    built_audit().save(folder / "audit.json")
    out = tmp_path / "r.html"
    done = CliRunner().invoke(report, [str(folder), "-o", str(out), "--csv", str(tmp_path / "c")])
    assert done.exit_code == 0, done.output
    assert out.is_file()
    lines = done.output.splitlines()
    assert lines[0] == f"Wrote {out}" and len(lines) == 4
    assert all(line.startswith("Wrote ") for line in lines)
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = CliRunner().invoke(report, [str(empty), "-o", str(tmp_path / "x.html")])
    assert missing.exit_code == 2, missing.output
    assert one_error_line(missing) == f"Error: no audit.json in the folder {empty}"


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--render", "on", "--max-pages", "3"], "--max-pages, --render"),
        (["--concurrency", "8"], "--concurrency"),  # the default value, but given: refused
        (["--fast"], "--fast"),
        (["--resume", "2"], "--resume"),
    ],
)
def test_crawl_options_with_crawl_id_are_refused(
    tmp_path: Path, flags: list[str], named: str
) -> None:
    done = CliRunner().invoke(audit, ["--crawl", "1", "--db", str(tmp_path / "t.db"), *flags])
    assert done.exit_code == 2, done.output
    assert one_error_line(done) == (
        f"Error: {named}: crawl options need a URL to crawl; "
        "with --crawl ID the stored crawl is audited as it is"
    )


def test_crawl_id_without_crawl_options_goes_on_to_the_store(tmp_path: Path) -> None:
    done = CliRunner().invoke(audit, ["--crawl", "1", "--db", str(tmp_path / "none.db")])
    assert done.exit_code == 2, done.output
    assert one_error_line(done).startswith(f"Error: no store at {tmp_path / 'none.db'}")


def test_findings_are_counted_in_the_right_number() -> None:
    result = built_audit()  # two warnings
    result.findings += [
        finding("broken-link", "/old", severity="error"),
        finding("crawl-incomplete", "/", severity="notice"),
    ]
    buffer = io.StringIO()
    print_audit(result, [], Console(file=buffer, width=200))
    assert "Findings: 1 error, 2 warnings, 1 notice" in buffer.getvalue()
    result.findings = []
    buffer = io.StringIO()
    print_audit(result, [], Console(file=buffer, width=200))
    assert "Findings: 0 errors, 0 warnings, 0 notices" in buffer.getvalue()


def test_audit_help_names_every_file_it_writes() -> None:
    done = CliRunner().invoke(audit, ["--help"], terminal_width=200)
    option = next(line for line in done.output.splitlines() if "--output" in line)
    assert "audit.json, pages.csv, findings.csv, links.csv and report.html" in option


def test_crawls_of_an_unknown_site_name_the_sites_there_are(
    serve_site: Any, tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    empty = run_touchpoint("crawls", "--db", str(db))
    assert empty.returncode == 2  # no store yet
    crawl_site(serve_site("crawl/ratelimit", routes={"/limited": {}}), db)
    other = run_touchpoint("crawls", "--db", str(db), "--site", "example.com")
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "No crawls of example.com stored. Sites with crawls: 127.0.0.1."
    listed = run_touchpoint("crawls", "--db", str(db), "--site", "127.0.0.1")
    assert "127.0.0.1" in listed.stdout and "No crawls" not in listed.stdout
