"""Where the conversion happens: CTAs say what a page asks, only the page itself,
a form in its content or a hand-off make it a conversion page (docs/rules.md)."""

from __future__ import annotations

from pathlib import Path

from rulesupport import cta, form, page

from rules import classify_page, load_pack

PACK = load_pack()
SIGNUP_FORM = (("text", "name"), ("email", "email"))
CARD_FORM = (("email", "email"), ("text", "cc-number"), ("text", "cvc"))


def _rule(verdict: object, rule_id: str) -> dict:
    return next(e for e in verdict.evidence if e["rule"] == rule_id)  # type: ignore[attr-defined]


def test_a_buy_now_button_does_not_make_a_product_page_a_conversion() -> None:
    product = page(
        "https://x.test/shop/cast-iron-kettle/",
        schema_types=["Product"],
        ctas=[cta("Buy now", classes="btn btn-primary", target_url="https://x.test/checkout/")],
    )
    verdict = classify_page(product, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "purchase", False)
    assert not any(e.get("converts") for e in verdict.evidence)


def test_a_content_page_with_a_buy_button_is_not_a_conversion() -> None:
    guide = page(
        "https://x.test/care-guide/",
        word_count=600,
        ctas=[cta("Buy now", classes="btn-primary", target_url="https://x.test/checkout/")],
    )
    verdict = classify_page(guide, PACK)
    assert verdict.action == "purchase" and not verdict.is_conversion


def test_the_checkout_and_the_cart_are_conversions() -> None:
    checkout = page("https://x.test/checkout/", forms=[form(*CARD_FORM, submit="Pay now")])
    verdict = classify_page(checkout, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "purchase", True)
    assert (
        _rule(verdict, "url-checkout")["converts"] and _rule(verdict, "form-checkout")["converts"]
    )
    cart = page("https://x.test/cart/", ctas=[cta("Checkout", target_url="https://x.test/c/")])
    assert classify_page(cart, PACK).is_conversion


def test_a_signup_form_converts_on_the_homepage_without_making_it_a_decision_page() -> None:
    home = page(
        "https://x.test/",
        h2=["Join us: 10% off your first order"],  # heading-offer votes decision too
        ctas=[
            cta("Shop kettles", classes="btn btn-primary", position=0),
            cta("Buy now", position=1, target_url="https://x.test/shop/kettle/"),
        ],
        forms=[form(*SIGNUP_FORM, submit="Sign up")],
    )
    verdict = classify_page(home, PACK)
    # The hero's button is the page's dominant ask; the signup form in the content is where
    # a signup happens (a conversion when signup is the site's goal, rules.goals).
    assert (verdict.stage, verdict.action) == ("awareness", "browse")
    assert "signup" in verdict.converting
    signup = _rule(verdict, "form-signup")
    # The form's stage vote is a fallback: shown, but not counted, when the page names one.
    assert signup["stage"] is None and signup["unused_stage"] == "decision"


def test_a_form_decides_the_stage_of_a_page_that_says_nothing_else() -> None:
    verdict = classify_page(
        page("https://x.test/welcome", forms=[form(*SIGNUP_FORM, submit="Sign up")]), PACK
    )
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "signup", True)
    assert "unused_stage" not in _rule(verdict, "form-signup")


def test_a_form_outside_the_content_converts_nothing() -> None:
    app = page(
        "https://x.test/ledger-app/",
        ctas=[cta("Start free trial", classes="btn-primary", target_url="https://x.test/go/")],
        forms=[form(*SIGNUP_FORM, submit="Sign up", region="footer")],
        schema_types=["Product"],
    )
    verdict = classify_page(app, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "signup", False)


def test_an_ambiguous_subscribe_url_leaves_the_stage_to_its_form() -> None:
    paid = page(
        "https://x.test/subscribe/",
        forms=[form(("email", "email"), ("password", "new-password"), submit="Start subscription")],
    )
    verdict = classify_page(paid, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "signup", True)
    letter = page("https://x.test/subscribe/", forms=[form(("email", "email"), submit="Subscribe")])
    verdict = classify_page(letter, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == (
        "consideration",
        "subscribe",
        False,
    )


def test_a_handoff_on_the_homepage_converts_there_and_keeps_it_awareness() -> None:
    home = page(
        "https://x.test/",
        ctas=[cta("Book a call", internal=False, target_url="https://calendly.com/acme/intro")],
    )
    verdict = classify_page(home, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == (
        "awareness",
        "book_call",
        True,
    )


def test_a_client_pack_can_count_a_cta_as_the_conversion(tmp_path: Path) -> None:
    conversions = "conversions: [purchase, checkout, add_to_cart, signup]\n"
    plain, client = tmp_path / "plain.yaml", tmp_path / "shop.yaml"
    plain.write_text(conversions)  # add_to_cart is a conversion, but not where it happens
    client.write_text(conversions + "rules:\n  - {id: cta-buy, converts: true}\n")
    product = page(
        "https://x.test/shop/kettle/",
        schema_types=["Product"],
        ctas=[cta("Add to cart", classes="btn-primary")],
    )
    without = classify_page(product, load_pack(plain))
    assert without.action == "add_to_cart" and not without.is_conversion
    assert classify_page(product, load_pack(client)).is_conversion
    nav_only = page("https://x.test/shop/kettle/", schema_types=["Product"],
                    ctas=[cta("Add to cart", region="header")])  # fmt: skip
    assert not classify_page(nav_only, load_pack(client)).is_conversion


def test_a_client_pack_can_mark_a_thank_you_page(tmp_path: Path) -> None:
    client = tmp_path / "thanks.yaml"
    client.write_text(
        "rules:\n  - {id: url-thanks, signal: url, pattern: '/order-complete/', "
        "stage: decision, action: purchase, weight: 5}\n"
    )
    thanks = page(
        "https://x.test/order-complete/", ctas=[cta("Continue shopping", classes="btn-primary")]
    )
    assert not classify_page(thanks, PACK).is_conversion
    assert classify_page(thanks, load_pack(client)).is_conversion


def test_only_the_votes_that_make_a_conversion_page_are_marked_converts() -> None:
    """A signup form in a blog post votes signup, but the post stays a read: no vote of
    a page that is not a conversion page is marked as converting (``touchpoint explain``)."""
    post = page(
        "https://x.test/blog/how-to-season-cast-iron/",
        schema_types=["BlogPosting"],
        word_count=1200,
        forms=[form(*SIGNUP_FORM, submit="Sign up")],
    )
    verdict = classify_page(post, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("awareness", "read", False)
    assert _rule(verdict, "form-signup")["action"] == "signup"
    assert not any(e.get("converts") for e in verdict.evidence)


def test_converts_marks_only_the_votes_that_make_the_conversion_page() -> None:
    """On a conversion page the votes for its action that make it one keep the flag; a vote
    for another conversion action, or a page-level vote off a conversion stage, does not."""
    newsletter = {**form(*SIGNUP_FORM, submit="Sign up"), "position": 1}
    checkout = page("https://x.test/checkout/", forms=[form(*CARD_FORM), newsletter])
    verdict = classify_page(checkout, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "purchase", True)
    assert _rule(verdict, "url-checkout")["converts"]
    assert _rule(verdict, "form-checkout")["converts"]
    assert "converts" not in _rule(verdict, "form-signup")  # signup did not win
    post = page(
        "https://x.test/blog/start/",  # url-signup matches /start/, the post stays awareness
        schema_types=["BlogPosting"],
        forms=[form(*SIGNUP_FORM, submit="Sign up")],
    )
    verdict = classify_page(post, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("awareness", "signup", True)
    assert _rule(verdict, "form-signup")["converts"]  # the form converts on any stage
    assert "converts" not in _rule(verdict, "url-signup")  # the URL only on a decision page
