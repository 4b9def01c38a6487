"""--login-url/--login-field: the form's CSRF token goes with the post, the session serves
the whole crawl, the account area is crawled and known to be behind the login, logout
links are never followed, and a session that ends stops the crawl in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import open_db, pages_by_path, run_touchpoint
from tests.hostile.app_server import App, serve_app
from tests.login.shop import ACCOUNT, EMAIL, PASSWORD, Shop, login_args

WITH_PASSWORD = ("--login-field", f"password={PASSWORD}")


@pytest.fixture
def shop() -> Shop:
    return Shop()


def crawl(app: App, db: Path, *flags: str) -> tuple[int, str, str]:
    result = run_touchpoint("crawl", f"{app.base}/", "--db", str(db), "--fast", *flags)
    return result.returncode, result.stdout, result.stderr


def test_the_form_login_crawls_the_account_area_and_marks_it_behind_the_login(
    shop: Shop, tmp_path: Path
) -> None:
    db = tmp_path / "tp.db"
    with serve_app(shop) as app:
        code, out, err = crawl(app, db, *login_args(app.base), *WITH_PASSWORD)
        posted = [r for r in app.requests if r.method == "POST" and r.path == "/login/"]
    assert code == 0, err
    assert len(posted) == 1 and posted[0].form()["csrf"]  # the hidden field went with it
    assert posted[0].form()["email"] == EMAIL
    pages = pages_by_path(db)
    for path in ACCOUNT:
        assert pages[path]["status"] == 200 and pages[path]["parsed"], path
        assert pages[path]["access"] == "login", path
    assert pages["/products/kettle/"]["access"] is None
    assert pages["/"]["access"] is None
    assert "logged in by the form at /login/" in out
    assert f"{len(ACCOUNT)} pages only a logged-in visitor reaches" in out


def test_a_logout_link_is_stored_but_never_followed(shop: Shop, tmp_path: Path) -> None:
    db = tmp_path / "tp.db"
    with serve_app(shop) as app:
        code, _, err = crawl(app, db, *login_args(app.base), *WITH_PASSWORD)
        asked = app.paths()
    assert code == 0, err
    assert "/logout/" not in asked
    logout = pages_by_path(db)["/logout/"]
    assert logout["status"] is None and "logout link" in logout["error"]
    assert shop.sessions[shop.issued[0]] > 0  # the session was never ended


def test_without_a_login_the_account_area_redirects_to_the_login_page(
    shop: Shop, tmp_path: Path
) -> None:
    db = tmp_path / "tp.db"
    with serve_app(shop) as app:
        code, _, err = crawl(app, db)
    assert code == 0, err
    pages = pages_by_path(db)
    assert "/login/?next=" in pages["/account/"]["final_url"]
    assert "/account/orders/" not in pages  # only linked from inside the area
    assert all(page["access"] is None for page in pages.values())


def test_a_wrong_password_fails_in_one_line_before_crawling(shop: Shop, tmp_path: Path) -> None:
    with serve_app(shop) as app:
        code, _, err = crawl(app, tmp_path / "tp.db", *login_args(app.base),
                             "--login-field", "password=wrong")  # fmt: skip
        asked = app.paths()
    assert code == 3
    assert err.strip().splitlines() == [
        f"Error: the login at {app.base}/login/ did not succeed: the site showed its login "
        "form again (check the --login-field values)"
    ]
    assert "/products/" not in asked


def test_a_field_the_form_lacks_is_named_with_the_fields_it_has(shop: Shop, tmp_path: Path) -> None:
    with serve_app(shop) as app:
        code, _, err = crawl(app, tmp_path / "tp.db", *login_args(app.base),
                             "--login-field", "pass=x")  # fmt: skip
    assert code == 3
    assert "has no field pass (its fields: csrf, email, password, remember)" in err
    assert len(err.strip().splitlines()) == 1


def test_a_session_that_expires_stops_the_crawl_in_one_line_and_it_resumes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "tp.db"
    shop = Shop(session_requests=4)  # the landing page, the account, its two lists
    with serve_app(shop) as app:
        code, _, err = crawl(app, db, *login_args(app.base), *WITH_PASSWORD,
                             "--concurrency", "1")  # fmt: skip
        assert code == 3, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "logged out: the last 3 pages" in lines[0]
        assert "resume with `touchpoint crawl --resume 1` and the same login options" in lines[0]
        with open_db(db) as conn:
            assert conn.execute("SELECT status FROM crawls").fetchone()[0] == "interrupted"
        shop.session_requests = None  # the site behaves again
        refused = run_touchpoint("crawl", "--resume", "1", "--db", str(db))
        assert refused.returncode == 2
        assert "--login-field email=..., --login-field password=..." in refused.stderr
        resumed = run_touchpoint("crawl", "--resume", "1", "--db", str(db),
                                 "--login-field", f"email={EMAIL}", *WITH_PASSWORD)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    pages = pages_by_path(db)
    assert all(pages[path]["status"] == 200 for path in ACCOUNT)


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (("--login-field", "email=x"), "--login-field needs --login-url"),
        (("--login-url", "/login/"), "--login-url needs the fields to fill"),
        (
            ("--login-url", "http://elsewhere.example/login", "--login-field", "a=b"),
            "is not on the crawled site",
        ),
        (("--login-url", "/login/", "--login-field", "novalue"), "--login-field takes name=value"),
    ],
)
def test_login_options_are_checked_before_anything_is_fetched(
    flags: tuple[str, ...], words: str, tmp_path: Path
) -> None:
    result = run_touchpoint("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), *flags)
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_stored_settings_name_the_login_but_hold_no_value(shop: Shop, tmp_path: Path) -> None:
    db = tmp_path / "tp.db"
    with serve_app(shop) as app:
        code, _, err = crawl(app, db, *login_args(app.base), *WITH_PASSWORD)
    assert code == 0, err
    with open_db(db) as conn:
        settings = json.loads(conn.execute("SELECT settings FROM crawls").fetchone()[0])
    assert settings["login_method"] == "form"
    assert settings["login_field_names"] == ["email", "password"]
    assert "login_fields" not in settings and PASSWORD not in json.dumps(settings)
