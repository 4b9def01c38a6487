"""Two sites on one host: ``diff`` and ``--baseline previous`` never mix them up silently.

One fixture site served twice, on two ports of 127.0.0.1 (two sites with one host
name), each audited with ``--baseline previous`` into one store in the working folder.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_touchpoint


@pytest.fixture(scope="module")
def two(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Site a (port 1) audited first, then site b (port 2), both into ./touchpoint.db."""
    work = tmp_path_factory.mktemp("two-sites")
    a, b = serve_site("regress/v1"), serve_site("regress/v1")

    def audit(site: str, name: str) -> subprocess.CompletedProcess[str]:
        return run_touchpoint(
            "audit", site + "/", "-o", name, "--db", "touchpoint.db", "--fast", "--baseline",
            "previous", cwd=work,
        )  # fmt: skip

    first, second = audit(a, "a"), audit(b, "b")
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    return {"a": a, "b": b, "work": work, "first": first, "second": second}


def diff(two: dict[str, Any], *args: str) -> subprocess.CompletedProcess[str]:
    return run_touchpoint("diff", *args, "-o", "d", cwd=two["work"])


def test_previous_is_the_previous_audit_of_the_same_site_not_of_the_same_host(
    two: dict[str, Any],
) -> None:
    out = two["second"].stdout
    assert f"No earlier audit of {two['b']}/" in out, out
    assert "this one is the baseline" in out
    assert not (two["work"] / "b" / "diff.json").exists()


def test_diff_of_two_sites_is_refused_in_one_line(two: dict[str, Any]) -> None:
    result = diff(two, "a", "b")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "different sites" in lines[0] and "--allow-other-site" in lines[0]
    assert f"{two['a']}/" in lines[0] and f"{two['b']}/" in lines[0]
    assert not (two["work"] / "d").exists()


def test_allow_other_site_warns_first_then_diffs(two: dict[str, Any]) -> None:
    result = diff(two, "a", "b", "--allow-other-site")
    assert result.returncode == 0, result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("Warning: ") and "different sites" in first, result.stdout
    assert (two["work"] / "d" / "diff.json").is_file()


def test_previous_latest_in_the_store_finds_no_audit_of_the_newest_site(
    two: dict[str, Any],
) -> None:
    result = diff(two, "previous", "latest")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and f"no audit of {two['b']}/" in result.stderr


def test_another_start_path_is_another_site(two: dict[str, Any], tmp_path: Path) -> None:
    data = json.loads((two["work"] / "a" / "audit.json").read_text(encoding="utf-8"))
    data["crawl"]["start_url"] = f"{two['a']}/shop/"
    (tmp_path / "shop.json").write_text(json.dumps(data), encoding="utf-8")
    result = diff(two, "a", str(tmp_path / "shop.json"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "different sites" in result.stderr and "/shop/" in result.stderr


def test_the_same_site_still_diffs_without_a_word(two: dict[str, Any]) -> None:
    result = diff(two, "a/audit.json", "a")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout and "No changes." in result.stdout


def test_explain_reads_the_crawl_of_the_urls_site(two: dict[str, Any]) -> None:
    """Site a was audited first: the store's newest crawl is b's, on the same host."""
    result = run_touchpoint("explain", f"{two['a']}/pricing", cwd=two["work"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"read from   crawl 1 of {two['a']}/ in touchpoint.db" in result.stdout


def test_explain_of_a_site_never_crawled_says_so(two: dict[str, Any]) -> None:
    result = run_touchpoint("explain", "http://127.0.0.1:9/pricing", cwd=two["work"])
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Error: no crawl of http://127.0.0.1:9 in touchpoint.db "
        "(see `touchpoint crawls`, or give --db)"
    )


def test_the_audit_ends_with_the_commands_that_read_it_again(two: dict[str, Any]) -> None:
    out = two["first"].stdout
    assert f"  touchpoint explain {two['a']}/checkout --crawl 1 --db touchpoint.db\n" in out, out
    assert "  touchpoint diff a latest --db touchpoint.db " in out
    explained = run_touchpoint(
        "explain", f"{two['a']}/checkout", "--crawl", "1", "--db", "touchpoint.db",
        cwd=two["work"],
    )  # fmt: skip
    assert explained.returncode == 0, explained.stderr
    assert "conversion  yes" in explained.stdout


def test_a_baseline_of_another_site_is_refused_before_the_crawl(two: dict[str, Any]) -> None:
    result = run_touchpoint(
        "audit", two["b"] + "/", "-o", "b2", "--fast", "--baseline", "a", cwd=two["work"]
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip() == (
        f"Error: --baseline a is an audit of {two['a']}/, not of {two['b']}/: "
        "compare two sites with `touchpoint diff --allow-other-site`"
    )
    assert "Crawl" not in result.stdout and not (two["work"] / "b2").exists()
