"""Site chrome and page sections must not decide what a page is for (review of a Shopify
shop and a SaaS site): the footer newsletter form, an FAQ block on a pricing page, and
Shopify's /blogs/<blog>/<post> paths."""

from __future__ import annotations

import pytest
from rulesupport import cta, form, page

from rules import classify_page, load_pack
from rules.touchpoints import form_purpose, text_action

PACK = load_pack()

# Shopify's footer newsletter form (Dawn and most themes), on every page.
FOOTER_NEWSLETTER = form(
    ("email", "contact[email]"),
    ("text", "contact[first_name]"),
    ("text", "contact[last_name]"),
    ("tel", "contact[phone]"),
    submit="Subscribe",
    region="footer",
)


def rules_fired(record: dict) -> set[str]:
    return {e["rule"] for e in classify_page(record, PACK).evidence}


def test_subscribe_button_makes_a_newsletter_form() -> None:
    assert form_purpose(PACK, FOOTER_NEWSLETTER) == ("newsletter", "email-subscribe-submit")


@pytest.mark.parametrize(
    "submit", ["Subscribe", "Sign up for news", "Join our list", "Join our mailing list"]
)
def test_newsletter_submit_words(submit: str) -> None:
    assert text_action(PACK, submit) == "subscribe"
    fields = (("email", "email"), ("text", "first_name"), ("tel", "phone"))
    assert form_purpose(PACK, form(*fields, submit=submit))[0] == "newsletter"


def test_a_name_and_email_sent_as_an_enquiry_is_a_lead_form() -> None:
    """grupo-dulas-property-maintenance-palma-es: each service page closes with a name, an
    "email or phone" box and "Enviar consulta". Two fields, but the button asks to send an
    enquiry: a lead form, not a newsletter. The same two fields with "Subscribe", or an
    e-mail alone sent by "Send", stay a newsletter form."""
    enquiry = form(("text", "nombre"), ("text", "_replyto"), submit="Enviar consulta")
    enquiry["fields"][0]["placeholder"] = "Tu nombre"
    enquiry["fields"][1]["placeholder"] = "Tu email o teléfono"
    assert form_purpose(PACK, enquiry) == ("contact", "email-contact-submit")
    news = form(("text", "name"), ("email", "email"), submit="Subscribe")
    assert form_purpose(PACK, news)[0] == "newsletter"
    assert form_purpose(PACK, form(("email", "email"), submit="Send"))[0] == "newsletter"


def test_same_fields_without_subscribe_stay_a_contact_form() -> None:
    fields = (("email", "email"), ("text", "name"), ("tel", "phone"))
    assert form_purpose(PACK, form(*fields, submit="Send"))[0] == "contact"
    # a password or a card makes it an account or a sale, whatever the button says
    paid = form(("email", "email"), ("text", "cc-number"), submit="Subscribe")
    assert form_purpose(PACK, paid)[0] == "checkout"


@pytest.mark.parametrize(
    ("url", "stage", "action"),
    [
        ("https://x.test/blogs/journal/v60-brew-guide", "awareness", "read"),
        ("https://x.test/blogs/journal/", "awareness", "read"),
        ("https://x.test/search/", "consideration", "browse"),
        ("https://x.test/pages/returns/", "retention", "read"),
    ],
)
def test_footer_form_does_not_vote_the_page(url: str, stage: str, action: str) -> None:
    verdict = classify_page(page(url, forms=[FOOTER_NEWSLETTER]), PACK)
    assert (verdict.stage, verdict.action) == (stage, action)
    assert not {e["rule"] for e in verdict.evidence if e["signal"] == "form"}
    assert verdict.form_purposes == [(0, "newsletter")]


@pytest.mark.parametrize("region", ["header", "nav", "aside", "footer"])
def test_chrome_forms_never_vote(region: str) -> None:
    contact = form(("email", "email"), ("textarea", "message"), submit="Send", region=region)
    verdict = classify_page(page("https://x.test/x", forms=[contact]), PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("none", "none", False)


def test_content_form_still_votes() -> None:
    contact = form(("email", "email"), ("textarea", "message"), submit="Send")
    verdict = classify_page(page("https://x.test/x", forms=[contact]), PACK)
    assert (verdict.stage, verdict.action) == ("decision", "contact")


def test_pricing_page_with_an_faq_section() -> None:
    record = page(
        "https://x.test/pricing/",
        title="Pricing - Flowly",
        h1=["Simple, transparent pricing"],
        h2=["Compare plans", "Frequently asked questions", "Ready to start?"],
        word_count=925,
        ctas=[
            cta(
                "Start your free trial",
                classes="btn btn-primary",
                target_url="https://x.test/signup/",
            )
        ],
    )
    verdict = classify_page(record, PACK)
    # a pricing page is a decision page (tests/corpus/LABELLING.md); its FAQ section is
    # not a vote at all (heading-faq has sections: false)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "signup", False)
    assert not any(e["rule"] == "heading-faq" for e in verdict.evidence)


def test_faq_as_the_page_heading_still_counts_in_full() -> None:
    """An FAQ page answers what a visitor asks before buying: consideration (the labelled
    real sites' FAQ pages, tests/corpus/dev)."""
    record = page(
        "https://x.test/pages/faq/",
        h1=["Frequently asked questions"],
        h2=["When do you ship?"],
    )
    verdict = classify_page(record, PACK)
    assert verdict.stage == "consideration"
    assert next(e for e in verdict.evidence if e["rule"] == "heading-faq")["weight"] == 2.0


def test_an_faq_asks_for_what_its_own_links_ask() -> None:
    """Labellers split an FAQ page between read and the site's contact (12 of 30 dev FAQ
    pages ask for contact): the URL and heading say consideration, not the action."""
    contact_link = {"target_url": "https://x.test/contact/", "anchor_text": "contact us"}
    record = page(
        "https://x.test/faq/", h1=["FAQ"], word_count=600, links=[dict(contact_link, region="main")]
    )
    verdict = classify_page(record, PACK)
    assert verdict.stage == "consideration"
    acting = {e["rule"] for e in verdict.evidence if e.get("action")}
    assert not acting & {"url-faq", "heading-faq"}


def test_shipping_information_is_asked_before_buying() -> None:
    """How and when an order arrives is a question before the purchase (3 of 4 dev
    shipping pages are consideration); a returns page stays the customer's."""
    for path in ("/shipping/", "/pages/shipping-returns/", "/envios/"):
        assert classify_page(page("https://x.test" + path), PACK).stage == "consideration"
    assert classify_page(page("https://x.test/returns/"), PACK).stage == "retention"


def test_h2_counts_in_full_on_a_page_without_h1() -> None:
    record = page("https://x.test/x", h2=["Frequently asked questions"])
    assert classify_page(record, PACK).stage == "consideration"


@pytest.mark.parametrize(
    ("path", "rule"),
    [
        ("/blogs/news/spring-sale-recap", "url-blog-post"),
        ("/blogs/news/", "url-blog-index"),
        ("/blogs/", "url-blog-index"),
        ("/news/", "url-blog-index"),
        ("/articles/", "url-blog-index"),
        ("/blog/", "url-blog-index"),
        ("/blog/a-post", "url-blog-post"),
    ],
)
def test_blog_url_patterns(path: str, rule: str) -> None:
    fired = rules_fired(page("https://x.test" + path))
    assert rule in fired
    assert not {"url-blog-post", "url-blog-index"} - {rule} & fired


@pytest.mark.parametrize("path", ["/blogspot-export/", "/weblogs/x", "/newsroom-login/"])
def test_blog_patterns_leave_unrelated_paths(path: str) -> None:
    assert not {"url-blog-post", "url-blog-index"} & rules_fired(page("https://x.test" + path))
