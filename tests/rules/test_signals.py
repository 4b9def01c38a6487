"""Each signal kind of the default pack, on hand-built page records."""

from __future__ import annotations

import pytest
from rulesupport import cta, form, page

from rules import classify_page, load_pack
from rules.touchpoints import form_purpose, text_action

PACK = load_pack()


def fired(page_record: dict, context: dict | None = None) -> set[str]:
    return {e["rule"] for e in classify_page(page_record, PACK, context).evidence}


def test_url_signal() -> None:
    verdict = classify_page(page("https://x.test/checkout/"), PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "purchase", True)
    assert verdict.evidence[0]["matched"] == "/checkout/"


@pytest.mark.parametrize("path", ["/warenkorb/", "/carrito/", "/panier/", "/carrinho/", "/cart/"])
def test_url_words_in_five_languages(path: str) -> None:
    assert classify_page(page("https://x.test" + path), PACK).action == "checkout"


def test_title_signal() -> None:
    verdict = classify_page(page("https://x.test/p?id=3", title="Page not found"), PACK)
    assert "title-utility" in {e["rule"] for e in verdict.evidence}
    assert verdict.stage == "none"


def test_heading_signal() -> None:
    record = page("https://x.test/help-centre", h1=["Frequently asked questions"])
    assert "heading-faq" in fired(record)
    assert classify_page(record, PACK).stage == "consideration"


def test_schema_signal() -> None:
    verdict = classify_page(page("https://x.test/x", schema_types=["BlogPosting"]), PACK)
    assert (verdict.stage, verdict.action) == ("awareness", "read")


def test_words_and_status_signals() -> None:
    assert "long-read" in fired(page("https://x.test/x", word_count=900))
    verdict = classify_page(page("https://x.test/products/a", status=404), PACK)
    assert verdict.stage == "none" and "error-page" in {e["rule"] for e in verdict.evidence}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Add to cart", "add_to_cart"),
        ("In den Warenkorb", "add_to_cart"),
        ("Añadir al carrito", "add_to_cart"),
        ("Ajouter au panier", "add_to_cart"),
        ("Adicionar ao carrinho", "add_to_cart"),
        ("Buy now", "purchase"),
        ("Jetzt kaufen", "purchase"),
        ("Start free trial", "signup"),
        ("Regístrate", "signup"),
        ("Créer un compte", "signup"),
        ("Cadastre-se", "signup"),
        ("Book a call", "book_call"),
        ("Prendre rendez-vous", "book_call"),
        ("Termin buchen", "book_call"),
        ("Request a demo", "request_demo"),
        ("Solicitar demonstração", "request_demo"),
        ("Contact us", "contact"),
        ("Fale conosco", "contact"),
        ("Subscribe", "subscribe"),
        ("Abonnieren", "subscribe"),
        ("Download", "download"),
        ("Télécharger", "download"),
        ("Read more", "read"),
        ("Weiterlesen", "read"),
        ("Share", "share"),
        ("Write a review", "review"),
        ("Log in", "login"),
        ("Iniciar sesión", "login"),
        ("Shop now", "browse"),
        ("Proceed to checkout", "checkout"),
    ],
)
def test_cta_lexicon(text: str, action: str) -> None:
    assert text_action(PACK, text) == action


def test_cta_signal_primary_beats_nav() -> None:
    record = page(
        "https://x.test/landing",
        ctas=[
            cta("Log in", region="header", position=0),
            cta("Book a free consultation", classes="btn btn-primary", position=1),
        ],
    )
    verdict = classify_page(record, PACK)
    assert verdict.action == "book_call"
    assert verdict.cta_actions == [
        (0, "login", "secondary", None),
        (1, "book_call", "primary", None),
    ]


def test_cta_without_words_takes_its_target_path() -> None:
    record = page(ctas=[cta("Get going", target_url="https://example.com/signup/")])
    assert classify_page(record, PACK).action == "signup"


@pytest.mark.parametrize(
    ("fields", "submit", "purpose"),
    [
        ((("email", "email"),), "Subscribe", "newsletter"),
        ((("email", "email"), ("password", "password")), "Log in", "login"),
        ((("text", "name"), ("email", "email"), ("password", "password")), "Go", "signup"),
        ((("email", "email"), ("text", "cc-number"), ("text", "cvc")), "Pay", "checkout"),
        ((("text", "name"), ("email", "email"), ("textarea", "message")), "Send", "contact"),
        ((("text", "name"), ("date", "day"), ("select", "time")), "Request", "booking"),
        ((("email", "email"), ("text", "company")), "Request a demo", "demo"),
        ((("search", "q"),), "Search", "search"),
        ((("text", "colour"),), "Go", "other"),
    ],
)
def test_form_purposes(fields: tuple, submit: str, purpose: str) -> None:
    assert form_purpose(PACK, form(*fields, submit=submit))[0] == purpose


def test_form_signal() -> None:
    record = page(
        "https://x.test/x", forms=[form(("email", "e"), ("password", "p"), submit="Sign in")]
    )
    verdict = classify_page(record, PACK)
    # LABELLING.md: login and password pages are no stage of the journey.
    assert (verdict.stage, verdict.action) == ("none", "login")
    assert verdict.form_purposes == [(0, "login")]


def test_offsite_handoff_is_a_conversion() -> None:
    record = page(
        "https://x.test/gift",
        ctas=[
            cta("Get yours", internal=False, target_url="https://checkout.stripe.com/c/pay/cs_1"),
        ],
    )
    verdict = classify_page(record, PACK)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == ("decision", "checkout", True)
    handoff = next(e for e in verdict.evidence if e["signal"] == "offsite")
    assert handoff["provider"] == "stripe"


def test_offsite_handoff_by_plain_link() -> None:
    link = {"target_url": "https://calendly.com/acme/intro", "internal": False, "region": "main"}
    verdict = classify_page(page("https://x.test/meet", links=[link]), PACK)
    assert verdict.action == "book_call" and verdict.is_conversion


def test_contact_signal() -> None:
    record = page(
        "https://x.test/x", contacts=[{"kind": "phone", "target": "tel:1", "region": "main"}]
    )
    assert classify_page(record, PACK).action == "contact"


def test_graph_signal_makes_a_category_page() -> None:
    products = [f"https://x.test/item-{i}" for i in range(4)]
    links = [{"target_url": u, "internal": True, "region": "main"} for u in products]
    record = page("https://x.test/spring-picks", links=links)
    assert classify_page(record, PACK).stage == "none"
    context = {u: ("decision", "add_to_cart") for u in products}
    verdict = classify_page(record, PACK, context)
    assert (verdict.stage, verdict.action) == ("consideration", "browse")
    assert "graph-category" in {e["rule"] for e in verdict.evidence}


def test_nothing_fires_gives_none_with_zero_confidence() -> None:
    verdict = classify_page(page("https://x.test/zzz"), PACK)
    assert (verdict.stage, verdict.action, verdict.confidence) == ("none", "none", 0.0)
