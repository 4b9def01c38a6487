"""The login area in the audit, on hand-built crawls (no HTTP): TP505, TP102, TP503, the
journey map and the worksheet, with and without a login.

A crawl without a login meets the account area from outside: /account/ and its pages
redirect to /login (a password form), or answer 401/403. A crawl with one stores those
pages with ``access = "login"`` (the crawler's side, set here by hand).
"""

from __future__ import annotations

from typing import Any

from audit.login_area import find_login_area
from tests.audit.audit_builders import SiteBuilder, field, found, healthy_site, url

ACCOUNT = ["/account/", "/account/orders/", "/subscriptions/"]


def shop() -> SiteBuilder:
    """A public shop with no retention page of its own: /login is its only login."""
    site = SiteBuilder()
    site.page("/", "awareness", "browse", depth=0)
    site.page("/products/", "consideration", "browse", depth=1)
    site.page("/checkout/", "decision", "purchase", conversion=True, depth=2)
    site.link("/", "/products/", "Products", "nav").cta(
        "/products/", "/checkout/", "Buy", "purchase"
    )
    site.link("/checkout/", "/", "Home", "nav")
    return site


def with_login_page(site: SiteBuilder) -> SiteBuilder:
    """The anonymous crawl: every account URL 302s to /login, which holds a password form."""
    site.page("/login", "retention", "login", depth=2)
    site.form("/login", [field("email", "Email", "email"), field("pw", "Password", "password")],
              purpose="login", method="post")  # fmt: skip
    site.link("/login", "/", "Home", "nav")
    for path in ACCOUNT:
        site.redirect(path, "/login")
        site.pages[url(path)].status = 302
        site.link("/", path, "Your account", "header")
    return site


def refused(site: SiteBuilder, statuses: dict[str, int]) -> SiteBuilder:
    """Account URLs answering 401/403 (no login page anywhere)."""
    for path, status in statuses.items():
        site.page(path, "none", "none", status=status, parsed=False, depth=1)
        site.link("/", path, "Account", "header")
    return site


def only(result: Any, code: str) -> list[Any]:
    return [f for f in result.findings if f.code == code]


def test_redirects_to_the_login_page_are_one_finding_with_its_wording() -> None:
    result = with_login_page(shop()).audit()
    [finding] = only(result, "TP505")
    assert finding.detail == (
        "The account area was not audited: 3 pages (/account/, /account/orders/, "
        "/subscriptions/) need a login (they redirect to /login). Give touchpoint "
        "--login-url (and --login-field) to audit it."
    )
    assert finding.severity == "notice" and finding.url == url("/login")
    assert finding.evidence["page_count"] == 3
    assert finding.evidence["pages"] == sorted(url(p) for p in ACCOUNT)
    assert not only(result, "TP102") and not only(result, "TP103")
    area = result.journey_map["login_area"]
    assert area["status"] == "not_audited" and area["not_reached"] == 3 and area["pages"] == 0
    assert area["login_url"] == url("/login") and area["with_login"] is False
    assert area["text"] == "Not audited: needs a login (3 pages; they redirect to /login)."
    assert result.worksheet["login_area"] == area["text"]


def test_more_than_three_pages_are_named_with_an_ellipsis() -> None:
    site = with_login_page(shop())
    site.redirect("/account/profile/", "/login")
    [finding] = only(site.audit("TP505"), "TP505")
    assert "4 pages (/account/, /account/orders/, /account/profile/, …) need a login" in (
        finding.detail
    )


def test_401_and_403_are_the_login_area_not_broken_links_and_tp503_does_not_claim_none() -> None:
    site = refused(shop(), {"/account/": 401, "/orders/": 403})
    result = site.audit()
    [finding] = only(result, "TP505")
    assert finding.detail == (
        "The account area was not audited: 2 pages (/account/, /orders/) need a login "
        "(2 answers 401/403). Give touchpoint --login-url (and --login-field) to audit it."
    )
    assert finding.url == url("/")  # no login page was crawled
    assert not only(result, "TP102")
    assert not only(result, "TP503")
    assert {c.code: c.status for c in result.checks}["TP503"] == "pass"


def test_without_any_login_area_tp503_still_fails_and_404_is_still_broken() -> None:
    site = refused(shop(), {"/gone/": 404})
    result = site.audit()
    assert not only(result, "TP505")
    assert [f.detail for f in only(result, "TP503")] == [
        "No account, login, support, FAQ page and no newsletter form or CTA was found."
    ]
    assert found(result, "broken-link") == ["/gone/"]
    assert result.journey_map["login_area"]["status"] == "none"
    assert result.journey_map["login_area"]["text"] is None
    assert result.worksheet["login_area"] is None


def test_logout_and_login_redirects_are_not_the_account_area() -> None:
    site = shop()
    site.page("/login", "retention", "login", depth=2)
    site.redirect("/logout", "/login").redirect("/account/login/", "/login")
    site.redirect("/old-products/", "/products/")
    assert find_login_area(site.build()).unreached == []
    assert not only(site.audit("TP505"), "TP505")


def test_a_login_page_known_only_by_its_path_or_password_form() -> None:
    site = shop()
    site.redirect("/account/", "/users/sign_in")  # not crawled: its path says login
    site.page("/members/", "none", "none", depth=1)  # a password form, classified nothing
    site.form("/members/", [field("pw", "Password", "password")], purpose="other")
    site.redirect("/orders/", "/members/")
    area = find_login_area(site.build())
    assert sorted(area.unreached) == [url("/account/"), url("/orders/")]


def test_with_a_login_the_pages_behind_it_are_counted_in_retention() -> None:
    site = shop()
    for path in ACCOUNT:
        site.page(path, "retention", "none", depth=2, access="login")
        site.link("/", path, "Your account", "header")
    site.crawl.settings = {"login_url": url("/login"), "login_method": "form"}
    result = site.audit()
    assert not only(result, "TP505") and not only(result, "TP503")
    assert {c.code: c.status for c in result.checks}["TP505"] == "pass"
    area = result.journey_map["login_area"]
    assert area["status"] == "audited" and area["pages"] == 3 and area["not_reached"] == 0
    assert area["pages_sample"] == sorted(url(p) for p in ACCOUNT) and area["with_login"]
    assert area["text"] == "Behind the login: 3 pages." == result.worksheet["login_area"]
    retention = next(s for s in result.journey_map["stages"] if s["stage"] == "retention")
    assert retention["page_count"] == 3


def test_with_a_login_that_did_not_reach_a_page_the_advice_is_about_the_session() -> None:
    site = with_login_page(shop())
    site.crawl.settings = {"login_url": url("/login"), "login_method": "form"}
    [finding] = only(site.audit("TP505"), "TP505")
    assert finding.detail.endswith(
        "(they redirect to /login). The crawl's login did not reach them: check that its "
        "session lasts."
    )


def test_the_healthy_site_has_no_login_area() -> None:
    result = healthy_site().audit()
    assert result.journey_map["login_area"]["status"] == "none"
    assert not only(result, "TP505")
