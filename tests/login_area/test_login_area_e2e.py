"""A real shop on 127.0.0.1 whose account area needs a login, crawled by the real CLI.

Without a session cookie, /account/, /account/orders/ and /subscriptions/ answer 302 to
/login?next=...; with it they are pages. The anonymous audit reports the area as not
audited (TP505) without calling it broken or missing (TP102, TP503); the audit of a
crawl made with the session, whose account pages are marked behind the login in the store
(the crawler's job; set here by hand, as the crawler side lands separately), counts
them in the retention stage, in the report's stage map and worksheet, and in
``touchpoint explain``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema
import pytest

from store.crawls import Store
from tests.conftest import ROOT, run_touchpoint
from tests.hostile.app_server import Answer, Seen, html, serve_app
from tests.login.shop import ACCOUNT as SHOP_ACCOUNT
from tests.login.shop import PASSWORD, Shop, login_args

SESSION = "session=s3cret-session"
ACCOUNT = {
    "/account/": ("Your account", '<a href="/account/orders/">Your orders</a>'),
    "/account/orders/": ("Your orders", '<a href="/account/">Back to your account</a>'),
    "/subscriptions/": ("Your subscriptions", '<a href="/account/">Your account</a>'),
}
NAV = (
    '<nav><a href="/">Home</a> <a href="/products/">Products</a> '
    '<a href="/account/">My account</a> <a href="/account/orders/">Orders</a> '
    '<a href="/subscriptions/">Subscriptions</a></nav>'
)
PUBLIC = {
    "/": ("Lamp shop", '<main><h1>Lamps</h1>'
          '<a class="btn-primary" href="/products/">Shop now</a></main>'),
    "/products/": ("Products", '<main><h1>Desk lamp</h1>'
                   '<a class="btn-primary" href="/checkout/">Buy now</a></main>'),
    "/checkout/": ("Checkout", '<main><h1>Checkout</h1><form method="post" action="/checkout/">'
                   '<label>Card number <input name="cardnumber" autocomplete="cc-number"></label>'
                   '<button>Pay now</button></form></main>'),
    "/login": ("Log in", '<main><h1>Log in</h1><form method="post" action="/login">'
               '<label>Email <input type="email" name="email"></label>'
               '<label>Password <input type="password" name="password"></label>'
               "<button>Log in</button></form></main>"),
}  # fmt: skip


def shop(request: Seen) -> Answer:
    path = urlsplit(request.path).path
    if path in ACCOUNT:
        if SESSION not in request.headers.get("Cookie", ""):
            return Answer(status=302, headers={"Location": "/login?next=" + quote(path, "")})
        title, body = ACCOUNT[path]
        return Answer(html(title, f"{NAV}<main><h1>{title}</h1>{body}</main>"))
    if path in PUBLIC:
        title, body = PUBLIC[path]
        return Answer(html(title, NAV + body))
    return Answer(html("Not found", "<h1>Not found</h1>"), status=404)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve_app(shop) as app:
        yield app.base


def audit(folder: Path, *args: str) -> dict[str, Any]:
    folder.mkdir(exist_ok=True)
    done = run_touchpoint(
        "audit", *args, "--db", str(folder / "store.db"), "-o", str(folder / "out"), cwd=folder
    )
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads((folder / "out/audit.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "core/schema/audit.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    return data


def report(folder: Path) -> str:
    return (folder / "out/report.html").read_text(encoding="utf-8")


def test_without_a_login_the_report_says_the_account_area_was_not_audited(
    site: str, tmp_path: Path
) -> None:
    data = audit(tmp_path, site + "/", "--fast")
    [finding] = [f for f in data["findings"] if f["code"] == "TP505"]
    assert finding["detail"] == (
        "The account area was not audited: 3 pages (/account/, /account/orders/, "
        "/subscriptions/) need a login (they redirect to /login). Give touchpoint "
        "--login-url (and --login-field) to audit it."
    )
    assert finding["url"] == site + "/login?next=%2Faccount%2F"  # the login page as crawled
    codes = {f["code"] for f in data["findings"]}
    assert not codes & {"TP102", "TP503"}, codes
    area = data["journey_map"]["login_area"]
    assert area["status"] == "not_audited" and area["not_reached"] == 3
    text = "Not audited: needs a login (3 pages; they redirect to /login)."
    assert area["text"] == data["worksheet"]["login_area"] == text
    page = report(tmp_path)
    assert f'<span class="note login-area">{text}</span>' in page
    assert re.search(r'class="note ws-login-area"><strong>[^<]+</strong> ' + re.escape(text), page)


def test_with_a_login_the_account_pages_are_retention_in_the_report_and_explain(
    site: str, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    crawled = run_touchpoint(
        "crawl", site + "/", "--db", str(db), "--fast", "--cookie", SESSION, cwd=tmp_path
    )
    assert crawled.returncode == 0, crawled.stderr
    with Store.open(str(db)) as store:  # what the crawler's logged-out check will record
        store.mark_behind_login(1, [site + path for path in ACCOUNT])
    data = audit(tmp_path, "--crawl", "1")
    stages = {p["url"].removeprefix(site): p["stage"] for p in data["pages"]}
    assert {stages[path] for path in ACCOUNT} == {"retention"}
    assert stages["/checkout/"] == "decision"
    assert not [f for f in data["findings"] if f["code"] in ("TP505", "TP503")]
    area = data["journey_map"]["login_area"]
    assert area["status"] == "audited" and area["pages"] == 3 and area["not_reached"] == 0
    retention = next(s for s in data["journey_map"]["stages"] if s["stage"] == "retention")
    assert {site + path for path in ACCOUNT} <= {p["url"] for p in retention["pages"]}
    page = report(tmp_path)
    assert '<span class="note login-area">Behind the login: 3 pages.</span>' in page
    assert "Not audited: needs a login" not in page
    explained = run_touchpoint(
        "explain", "/account/orders/", "--db", str(db), "--json", cwd=tmp_path
    )
    assert explained.returncode == 0, explained.stderr
    verdict = json.loads(explained.stdout)
    assert verdict["stage"] == "retention"
    [entry] = [e for e in verdict["evidence"] if e["rule"] == "behind-login"]
    assert entry["matched"] == (
        "behind the login: its anonymous request was refused or sent to the login page"
    )


def test_the_fixture_shop_with_its_form_login_and_without(tmp_path: Path) -> None:
    """The issue's "must show": with the login its account and order pages are crawled
    and classified retention; without it, the report says the area was not reached."""
    with serve_app(Shop()) as app:
        logged_in = audit(
            tmp_path / "login", app.base + "/", "--fast",
            *login_args(app.base), "--login-field", f"password={PASSWORD}",
        )  # fmt: skip
        anonymous = audit(tmp_path / "anonymous", app.base + "/", "--fast")
    stages = {p["url"].removeprefix(app.base): p["stage"] for p in logged_in["pages"]}
    assert {stages[path] for path in SHOP_ACCOUNT} == {"retention"}, stages
    area = logged_in["journey_map"]["login_area"]
    assert (area["status"], area["pages"], area["with_login"]) == ("audited", 8, True)
    assert "TP505" not in {f["code"] for f in logged_in["findings"]}
    behind = '<span class="note login-area">Behind the login: 8 pages.</span>'
    assert behind in report(tmp_path / "login")
    [finding] = [f for f in anonymous["findings"] if f["code"] == "TP505"]
    assert finding["detail"].startswith("The account area was not audited: 1 page (/account/)")
    assert anonymous["journey_map"]["login_area"]["status"] == "not_audited"
    assert "Not audited: needs a login" in report(tmp_path / "anonymous")
