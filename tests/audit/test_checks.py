"""Each check fires exactly where it should and nowhere else (bad and good variants).

Every bad variant starts from the healthy site of conftest.py, where nothing fires,
and breaks one thing; the assertions name every URL the check must report.
"""

from __future__ import annotations

import pytest
from audit_builders import SiteBuilder, field, found

from audit.checks import ALL_CHECKS
from audit.checks.base import sentence


def test_the_healthy_site_has_no_findings(site: SiteBuilder) -> None:
    result = site.audit()
    assert result.findings == []
    assert {c.status for c in result.checks} <= {"pass", "not_applicable"}
    assert len(result.checks) == len(ALL_CHECKS)


def test_dead_end(site: SiteBuilder) -> None:
    site.page("/lp/", "decision", "signup", depth=1).link("/", "/lp/")  # no link out
    site.page("/guide/", "awareness", "read", depth=1).link("/", "/guide/")
    site.link("/guide/", "/privacy/").link("/guide/", "/guide/")  # utility and itself only
    result = site.audit("dead-end")
    assert found(result, "dead-end") == ["/guide/", "/lp/"]
    assert "no internal link" in next(f.detail for f in result.findings if f.url.endswith("/lp/"))


def test_dead_end_spares_conversion_pages(site: SiteBuilder) -> None:
    site.page("/checkout/", "decision", "checkout", conversion=True, depth=2)
    site.link("/pricing/", "/checkout/")
    assert found(site.audit("dead-end"), "dead-end") == []


def test_broken_link_reports_each_target_once_with_its_linking_pages(site: SiteBuilder) -> None:
    site.page("/gone/", status=404, parsed=False).page(
        "/down/", status=None, parsed=False, error="TimeoutError: took too long"
    )
    site.page("/private/", status=None, parsed=False, error="robots.txt disallows this URL")
    long_reason = "not fetched: URL of 2,131 characters, over the 2,083 limit"
    site.page("/search?q=long", status=None, parsed=False, error=long_reason)
    site.link("/blog/", "/gone/").link("/blog/post/", "/gone/").link("/pricing/", "/down/")
    site.link("/blog/", "/private/").link("/blog/", "/search?q=long")
    result = site.audit("broken-link")
    # Not fetched on purpose (robots.txt, over-long URL) is not broken.
    assert found(result, "broken-link") == ["/down/", "/gone/"]
    gone = next(f for f in result.findings if f.url.endswith("/gone/"))
    assert gone.evidence["linked_from"] == [
        "https://shop.test/blog/", "https://shop.test/blog/post/"
    ]  # fmt: skip
    assert gone.severity == "error" and gone.evidence["status"] == 404
    # the page summaries carry why there is no status, so diff and budgets agree
    summaries = {p.url.removeprefix("https://shop.test"): p for p in result.pages}
    assert [u for u in ("/gone/", "/down/", "/private/") if summaries[u].is_broken] == [
        "/gone/", "/down/"
    ]  # fmt: skip
    assert summaries["/private/"].error == "robots.txt disallows this URL"


def test_redirect_chain_needs_two_hops(site: SiteBuilder) -> None:
    site.redirect("/old-pricing/", "/pricing/", hops=2).redirect("/moved/", "/blog/", hops=1)
    site.link("/blog/post/", "/old-pricing/").link("/", "/moved/")
    result = site.audit("redirect-chain")
    assert found(result, "redirect-chain") == ["/old-pricing/"]
    assert result.findings[0].evidence["linked_from"] == ["https://shop.test/blog/post/"]


def test_orphan_page(site: SiteBuilder) -> None:
    site.page("/old-offer/", "decision", "purchase").page("/linked/", "awareness")
    site.link("/", "/linked/").link("/old-offer/", "/")
    site.sitemap |= {"/old-offer/", "/linked/"}
    assert found(site.audit("orphan-page"), "orphan-page") == ["/old-offer/"]


def test_deep_page_threshold_and_option(site: SiteBuilder) -> None:
    site.page("/a/", depth=5).page("/b/", depth=6)
    site.link("/", "/a/").link("/a/", "/b/").link("/b/", "/")
    assert found(site.audit("deep-page"), "deep-page") == ["/b/"]
    limited = site.audit("deep-page", options={"deep-page": {"max-clicks": 4}})
    assert found(limited, "deep-page") == ["/a/", "/b/"]


def test_missing_cta_on_consideration_and_decision_pages_only(site: SiteBuilder) -> None:
    site.page("/compare/", "consideration", "browse").link("/", "/compare/")
    site.link("/compare/", "/pricing/", "Pricing", "nav")  # navigation is not a CTA
    site.cta("/compare/", "/signup/", "Sign up", region="header")  # site chrome either
    site.page("/product/", "decision", "purchase").link("/", "/product/")
    site.cta("/product/", None, "Buy", href="#")  # a placeholder is no CTA
    site.link("/product/", "/")
    site.page("/story/", "awareness", "read").link("/", "/story/").link("/story/", "/pricing/")
    site.page("/book/", "decision", "book_call").link("/", "/book/").link("/book/", "/")
    site.form("/book/", [field("email", "Email")], purpose="booking", has_submit=True)
    assert found(site.audit("missing-cta"), "missing-cta") == ["/compare/", "/product/"]


def test_a_hub_page_whose_content_leads_on_needs_no_cta(site: SiteBuilder) -> None:
    site.page("/collections/coffee/", "consideration", "browse").link("/", "/collections/coffee/")
    for product in ("/products/kenya/", "/products/featured/"):
        site.page(product, "decision", "purchase").link("/", product)
        site.cta(product, "/cart/", "Add to cart", action="purchase")
    # Links in the navigation or to itself are not a next step ...
    site.link("/collections/coffee/", "/products/featured/", "Featured", "nav")
    site.link("/collections/coffee/", "/collections/coffee/", "Coffee")
    assert found(site.audit("missing-cta"), "missing-cta") == ["/collections/coffee/"]
    # ... a product link in the collection's content is.
    site.link("/collections/coffee/", "/products/kenya/", "Kenya AA")
    assert found(site.audit("missing-cta"), "missing-cta") == []
    # A product page must ask itself: related products do not save a sold-out one.
    site.page("/products/sold-out/", "decision", "browse").link("/", "/products/sold-out/")
    site.link("/products/sold-out/", "/products/kenya/", "You may also like")
    assert found(site.audit("missing-cta"), "missing-cta") == ["/products/sold-out/"]


def test_missing_cta_ignores_forms_in_the_site_chrome(site: SiteBuilder) -> None:
    # A sold-out product: no CTA, only the newsletter form of the site-wide footer (and a
    # sidebar one). Those are not the page's action; a "Notify me" form in content is.
    site.page("/sold-out/", "decision", "purchase").link("/", "/sold-out/")
    site.link("/sold-out/", "/")
    newsletter = [field("email", "Email", "email")]
    for region in ("footer", "header", "aside"):
        site.form("/sold-out/", newsletter, purpose="newsletter", region=region)
    assert found(site.audit("missing-cta"), "missing-cta") == ["/sold-out/"]
    site.form("/sold-out/", newsletter, purpose="newsletter", region="main")
    assert found(site.audit("missing-cta"), "missing-cta") == []


def test_competing_ctas(site: SiteBuilder) -> None:
    for text, action in [("Buy", "purchase"), ("Subscribe", "subscribe"), ("Book", "book_call"),
                         ("Refer", "share"), ("Read more", "read")]:  # fmt: skip
        site.cta("/blog/", "/signup/", text, action=action)
    site.cta("/blog/post/", "/signup/", "Trial", action="signup")
    site.cta("/blog/post/", "/signup/", "Demo", action="request_demo")
    site.cta("/blog/post/", "/signup/", "Buy", action="purchase", prominence="secondary")
    result = site.audit("competing-ctas")
    assert found(result, "competing-ctas") == ["/blog/"]
    assert sorted(result.findings[0].evidence["actions"]) == [
        "book_call", "purchase", "share", "subscribe"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("href", "fires"),
    [("#", True), ("", True), (None, True), ("javascript:void(0)", True), ("#pricing", False)],
)
def test_placeholder_cta(site: SiteBuilder, href: str | None, fires: bool) -> None:
    site.cta("/pricing/", None, "Gift it", href=href)
    result = site.audit("placeholder-cta")
    assert found(result, "placeholder-cta") == (["/pricing/"] if fires else [])
    if fires:
        assert result.findings[0].element == 'CTA #1 "Gift it"'


def test_conversion_unreachable(site: SiteBuilder) -> None:
    site.page("/checkout/", "decision", "checkout", conversion=True)
    site.page("/cart/", "decision", "checkout").link("/cart/", "/checkout/")  # /cart/ unlinked
    result = site.audit("conversion-unreachable")
    assert found(result, "conversion-unreachable") == ["/checkout/"]
    assert result.findings[0].evidence["linked_from"] == ["https://shop.test/cart/"]


def test_long_path_to_conversion_counts_clicks(site: SiteBuilder) -> None:
    # / -> /shop/ -> /shop/c/ -> /shop/p/ -> /checkout/ : 4 clicks, by hand.
    for path in ("/shop/", "/shop/c/", "/shop/p/"):
        site.page(path, "consideration", "browse")
    site.page("/checkout/", "decision", "checkout", conversion=True)
    site.link("/", "/shop/", "Shop").link("/shop/", "/shop/c/", "Coffee")
    site.link("/shop/c/", "/shop/p/", "Kenya").cta("/shop/p/", "/checkout/", "Buy", "purchase")
    site.link("/checkout/", "/")
    result = site.audit("long-path-to-conversion")
    assert found(result, "long-path-to-conversion") == ["/checkout/"]
    evidence = result.findings[0].evidence
    assert evidence["clicks"] == 4 and evidence["links"] == ["Shop", "Coffee", "Kenya", "Buy"]
    assert evidence["cta_clicks"] is None  # no CTA path from the homepage
    assert (
        found(site.audit("TP302", options={"TP302": {"max-clicks": 4}}), "long-path-to-conversion")
        == []
    )


def test_funnel_gap_missing_stage_and_no_way_forward() -> None:
    site = SiteBuilder()
    site.page("/", "awareness", "browse").page("/blog/", "awareness", "read")
    site.page("/product/", "decision", "purchase").page("/terms/", "none", "none")
    site.link("/", "/blog/").link("/blog/", "/terms/").link("/product/", "/")
    result = site.audit("funnel-gap")
    gaps = sorted((f.evidence["stage"], f.evidence["gap"]) for f in result.findings)
    assert gaps == [("awareness", "no-way-forward"), ("consideration", "no-page")]


def test_form_unlabelled_field(site: SiteBuilder) -> None:
    site.form("/blog/", [field("email", None, "email", placeholder="Your email"),
                         field("name", "Name")], purpose="newsletter")  # fmt: skip
    result = site.audit("form-unlabelled-field")
    assert found(result, "form-unlabelled-field") == ["/blog/"]
    assert result.findings[0].evidence["fields"] == [
        {"name": "email", "type": "email", "placeholder": "Your email"}
    ]


def footer_form_everywhere(
    site: SiteBuilder, fields: list[dict[str, object]], **kw: object
) -> list[str]:
    """The same footer form (action, method, field names) on every working page."""
    paths = sorted(p.removeprefix("https://shop.test") for p, page in site.pages.items()
                   if page.is_working)  # fmt: skip
    for path in paths:
        site.form(path, fields, action="/subscribe", region="footer", method="post", **kw)
    return paths


def test_form_unlabelled_field_reports_a_template_form_once(site: SiteBuilder) -> None:
    healthy_forms = len(site.forms)
    unlabelled = [field("email", None, "email", placeholder="Email"), field("name", None)]
    paths = footer_form_everywhere(site, unlabelled, purpose="newsletter")
    site.form("/blog/", [field("q", None)], action="/search/", purpose="search")  # another form
    result = site.audit("form-unlabelled-field")
    # one finding for the template form, on the homepage (the shallowest page)
    assert found(result, "form-unlabelled-field") == ["/", "/blog/"]
    template = next(f for f in result.findings if f.url == "https://shop.test/")
    assert template.evidence["form_pages"] == len(paths) > 3
    assert template.evidence["form_pages_sample"] == sorted(f"https://shop.test{p}" for p in paths)
    assert template.detail.endswith(f"email, name. The same form is on {len(paths)} pages.")
    single = next(f for f in result.findings if f.url != "https://shop.test/")
    assert "form_pages" not in single.evidence
    # counted once in the scope as well: two more forms, both failing
    check = next(c for c in result.checks if c.slug == "form-unlabelled-field")
    assert (check.value, check.count) == (healthy_forms + 2, 2)


@pytest.mark.parametrize(
    ("check", "fields", "kw"),
    [
        ("form-too-many-fields", [field(n, n) for n in "abc"], {"purpose": "newsletter"}),
        ("form-insecure", [field("pw", "Password", "password")], {"action_url": "http://x.test/"}),
        ("form-dead-end", [field("a", "A"), field("b", "B")], {"has_submit": False}),
    ],
)
def test_form_checks_report_a_template_form_once(
    site: SiteBuilder, check: str, fields: list[dict[str, object]], kw: dict[str, object]
) -> None:
    paths = footer_form_everywhere(site, fields, **kw)
    result = site.audit(check)
    assert found(result, check) == ["/"]
    assert result.findings[0].evidence["form_pages"] == len(paths)


def test_form_too_many_fields_by_purpose(site: SiteBuilder) -> None:
    three = [field(n, n) for n in ("email", "name", "phone")]
    site.form("/blog/", three, purpose="newsletter")  # newsletter allows 2
    site.form("/pricing/", three, purpose="contact")  # contact allows 5
    assert found(site.audit("form-too-many-fields"), "form-too-many-fields") == ["/blog/"]


def test_form_insecure(site: SiteBuilder) -> None:
    password = field("pw", "Password", "password")
    site.page("/login/", "retention", "login").link("/", "/login/").link("/login/", "/")
    site.form("/login/", [field("user", "User"), password], method="get")
    site.form("/pricing/", [field("card", "Card number", autocomplete="cc-number")],
              method="post", action_url="http://shop.test/pay")  # fmt: skip
    site.form("/account/", [password], method="post")  # https, post: fine
    site.form("/blog/", [field("q", "Search")], method="get")  # get, nothing secret: fine
    result = site.audit("form-insecure")
    assert found(result, "form-insecure") == ["/login/", "/pricing/"]
    assert sorted(f.detail for f in result.findings) == [
        "It submits over plain HTTP to http://shop.test/pay.",
        'Method="get" puts the secret in the URL.',  # not "...in the url."
    ]


def test_form_dead_end(site: SiteBuilder) -> None:
    site.page("/Gone/", status=404, parsed=False)
    two = [field("a", "A"), field("b", "B")]
    site.form("/blog/", two, has_submit=False)
    site.form("/blog/post/", [field("q", "Q")], has_submit=False)  # Enter submits one field
    site.form("/pricing/", two, action="#")
    site.form("/account/", two, action="/Gone/", action_url="https://shop.test/Gone/")
    result = site.audit("form-dead-end")
    assert found(result, "form-dead-end") == ["/account/", "/blog/", "/pricing/"]
    details = {f.url.removeprefix("https://shop.test"): f.detail for f in result.findings}
    assert details["/account/"] == "Its action https://shop.test/Gone/ answers HTTP 404."


def test_off_site_cta_leak_handoff_and_channels(site: SiteBuilder) -> None:
    # As stored: the rules name the hosted tool at a CTA's target.
    site.cta("/pricing/", "https://calendly.com/shop/call", "Book a call", "book_call",
             provider="calendly")  # fmt: skip
    site.cta("/pricing/", "/contact/", "Or write to us", "contact")  # the site hosts it too
    site.cta("/blog/", "https://linktr.ee/shop", "All our links", "browse")
    site.cta("/account/", "https://bookings.example.net/x", "Book a call", "book_call")
    site.cta("/signup/", "https://buy.stripe.com/abc", "Pay", "checkout", provider="stripe")
    site.cta("/blog/post/", "https://wa.me/441234", "Chat with us", "contact")  # a channel
    site.cta("/blog/post/", "https://example.org/paper", "Read the paper", "read")  # fine
    result = site.audit("off-site-cta")
    by_url = {f.url.removeprefix("https://shop.test"): f.severity for f in result.findings}
    # the checkout hand-off to Stripe is not reported at all
    assert by_url == {"/pricing/": "warning", "/blog/": "warning", "/account/": "warning"}


def test_off_site_cta_hosted_checkout_handoffs_do_not_cost_the_score(site: SiteBuilder) -> None:
    for i in range(6):
        path = f"/products/p{i}/"
        site.page(path, "decision", "checkout", conversion=True).link("/", path)
        target = f"https://shop-x.myshopify.com/cart/{i}:1"
        site.cta(path, target, "Buy it now", "checkout", provider="shopify")
    site.cta("/products/p0/", "https://checkout.shopify.com/c/1", "Check out", "checkout",
             provider="shopify")  # fmt: skip
    result = site.audit("off-site-cta")
    assert result.findings == []
    check = next(c for c in result.checks if c.slug == "off-site-cta")
    assert check.status == "pass" and check.score == 1.0
    assert result.scores["categories"]["touchpoints"] == 100


def test_off_site_cta_booking_handoff_that_converts_is_not_a_leak(site: SiteBuilder) -> None:
    # The rules made /wholesale/ a conversion page because of its Calendly link
    # (offsite-handoff): that link is the conversion, not a leak. A footer newsletter
    # form does not make the site host the booking step on this page.
    site.page("/wholesale/", "decision", "book_call", conversion=True).link("/", "/wholesale/")
    site.cta("/wholesale/", "https://calendly.com/shop/tasting", "Book a tasting call",
             "book_call", provider="calendly")  # fmt: skip
    site.form("/wholesale/", [field("email", "Email")], purpose="newsletter", region="footer")
    result = site.audit("off-site-cta")
    assert found(result, "off-site-cta") == []
    # The same tool is a leak where the page offers its own step and sends visitors away.
    site.form("/wholesale/", [field("message", "Message")], purpose="contact")
    result = site.audit("off-site-cta")
    assert found(result, "off-site-cta") == ["/wholesale/"]
    assert result.findings[0].evidence["action"] == "book_call"


@pytest.mark.parametrize(
    ("check", "remove"),
    [
        ("no-contact-channel", lambda s: s.contacts.clear()),
        ("no-retention-touchpoint", lambda s: s.pages.pop("https://shop.test/account/")),
        ("no-advocacy-touchpoint", lambda s: s.pages.pop("https://shop.test/refer/")),
    ],
)
def test_site_level_touchpoint_gaps(site: SiteBuilder, check: str, remove: object) -> None:
    assert found(site.audit(check), check) == []
    remove(site)  # type: ignore[operator]
    result = site.audit(check)
    assert found(result, check) == ["/"]
    assert result.findings[0].element == "site"


def test_crawl_incomplete(site: SiteBuilder) -> None:
    site.crawl.limits_hit = {"max_pages": {"limit": 10, "probed_only": 7}}
    result = site.audit("crawl-incomplete")
    assert found(result, "crawl-incomplete") == ["/"]
    assert (
        result.findings[0].detail
        == "--max-pages 10 left 7 URLs only checked for status, not parsed."
    )


@pytest.mark.parametrize(
    ("clauses", "detail"),
    [
        (['method="get" puts the secret in the URL'], 'Method="get" puts the secret in the URL.'),
        (["it has no submit control", 'its action is "#"'],
         'It has no submit control; its action is "#".'),
        (["--max-pages 10 left 7 URL(s) unparsed", "the crawl is Stopped"],
         "--max-pages 10 left 7 URL(s) unparsed; the crawl is Stopped."),
        (["éclair API"], "Éclair API."),
    ],
)  # fmt: skip
def test_sentence_capitalises_the_first_character_only(clauses: list[str], detail: str) -> None:
    assert sentence(clauses) == detail
