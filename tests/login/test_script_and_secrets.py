"""[[login.steps]] logs in through Chromium once, for raw and rendered crawls alike; and
no password, session cookie or token reaches any output of a crawl that logged in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import open_db, pages_by_path, run_touchpoint
from tests.hostile.app_server import serve_app
from tests.login.shop import ACCOUNT, EMAIL, PASSWORD, Shop

STEPS = """
[[login.steps]]
goto = "/login/"
[[login.steps]]
fill = "#email"
value = "${SHOP_USER}"
[[login.steps]]
fill = "#password"
value = "${SHOP_PASSWORD}"
[[login.steps]]
click = "#go"
[[login.steps]]
wait_for_url = "**/account/"
"""
FORM = """
[login]
url = "/login/"
fields = {email = "${SHOP_USER}", password = "${SHOP_PASSWORD}"}
"""
SECRET_ENV = {"SHOP_USER": EMAIL, "SHOP_PASSWORD": PASSWORD}


@pytest.mark.parametrize("render", ["off", "on"])
def test_a_login_script_serves_raw_and_rendered_crawls(render: str, tmp_path: Path) -> None:
    (tmp_path / "touchpoint.toml").write_text(STEPS, encoding="utf-8")
    db = tmp_path / "tp.db"
    with serve_app(Shop(js_login=True)) as app:
        result = run_touchpoint(
            "crawl", f"{app.base}/", "--db", str(db), "--fast", "--render", render,
            cwd=tmp_path, timeout=240, **SECRET_ENV,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "logged in by the [[login.steps]] script (5 steps)" in result.stdout
    pages = pages_by_path(db)
    for path in ACCOUNT:
        assert pages[path]["status"] == 200 and pages[path]["access"] == "login", path
    assert pages["/account/"]["rendered"] == (render == "on")


def test_a_failing_step_is_named_without_its_value(tmp_path: Path) -> None:
    broken = STEPS.replace('click = "#go"', 'click = "#no-such-button"')
    (tmp_path / "touchpoint.toml").write_text(broken, encoding="utf-8")
    with serve_app(Shop(js_login=True)) as app:
        result = run_touchpoint(
            "crawl", f"{app.base}/", "--db", str(tmp_path / "tp.db"), cwd=tmp_path,
            timeout=240, **SECRET_ENV,
        )  # fmt: skip
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: login step 4 (click #no-such-button)")
    assert PASSWORD not in result.stderr


def test_an_unset_variable_is_one_line_before_the_crawl(tmp_path: Path) -> None:
    (tmp_path / "touchpoint.toml").write_text(FORM, encoding="utf-8")
    result = run_touchpoint("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "tp.db"),
                            cwd=tmp_path, SHOP_USER=EMAIL)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Error: [login] fields.password uses ${SHOP_PASSWORD}, which is not set in the environment"
    )


def test_no_secret_of_a_login_is_written_anywhere(tmp_path: Path) -> None:
    """The password (from ${VAR} in touchpoint.toml), the session cookie the site set and
    the CSRF token: none in the store, audit.json, report.html, the CSVs or the terminal."""
    (tmp_path / "touchpoint.toml").write_text(FORM, encoding="utf-8")
    shop = Shop()
    with serve_app(shop) as app:
        result = run_touchpoint(
            "audit", f"{app.base}/", "--db", "tp.db", "-o", "out", "--fast", cwd=tmp_path,
            timeout=240, **SECRET_ENV,
        )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    assert shop.issued, "the login did not happen"
    with open_db(tmp_path / "tp.db") as conn:
        assert conn.execute("SELECT count(*) FROM pages WHERE access = 'login'").fetchone()[0]
    secrets = [PASSWORD, *shop.issued, *shop.tokens.values()]
    outputs = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "touchpoint.toml"]
    assert {p.name for p in outputs} >= {"tp.db", "audit.json", "report.html", "pages.csv"}
    written = {p.name: p.read_bytes() for p in outputs}
    written["terminal"] = (result.stdout + result.stderr).encode()
    for secret in secrets:
        leaks = [name for name, data in written.items() if secret.encode() in data]
        assert not leaks, f"a secret is written in {leaks}"
