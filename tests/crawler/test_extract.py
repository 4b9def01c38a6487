"""The extractor on real fixture HTML: one page record per document, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.urls import Scope
from crawler.extract import PageExtraction, extract_html

SITES = Path(__file__).resolve().parent.parent / "sites" / "crawl"
BASE = "https://shop.example/"


def extract(name: str, url: str = BASE + "page", encoding: str = "utf-8") -> PageExtraction:
    path = SITES / name if "/" in name else SITES / "extract" / name
    return extract_html(path.read_bytes(), url, Scope.for_start_url(url), encoding)


def by_target(rows: list[dict], key: str = "target_url") -> dict[str, dict]:
    return {row[key].removeprefix(BASE.rstrip("/")): row for row in rows}


def test_page_metadata() -> None:
    page = extract("meta.html").page
    assert page["title"] == "Boutique Acme"  # whitespace collapsed
    assert page["meta_description"] == "Des widgets pour tous."
    assert page["robots_meta"] == "noindex, nofollow"
    assert page["lang"] == "fr"
    assert page["h1"] == ["Bienvenue"]
    assert page["h2"] == ["Nos produits", "Notre histoire"]
    # <base href> applies to the canonical and to links; tracking parameters are dropped.
    assert page["canonical"] == "https://shop.example/fr/accueil"
    # Words of the title and body count; <style> and <script> text does not.
    assert page["word_count"] == 13
    assert page["parse_note"] is None


def test_base_href_resolves_relative_links() -> None:
    links = extract("meta.html").links
    assert [link["target_url"] for link in links] == ["https://shop.example/fr/produits"]


def test_link_regions_by_tag_role_and_sectioning() -> None:
    links = by_target(extract("regions.html").links)
    assert {url: link["region"] for url, link in links.items()} == {
        "/skip": "body",
        "/logo": "header",
        "/nav-link": "nav",
        "/role-nav": "nav",
        # A <header>/<footer> inside an article is part of the main content.
        "/article-header": "main",
        "/in-main": "main",
        "/article-footer": "main",
        "/aside-link": "aside",
        "/section-link": "main",
        "/role-footer": "footer",
        "/footer-link": "footer",
    }
    footer = links["/footer-link"]
    assert footer["nofollow"] is True and footer["rel"] == "nofollow noopener"
    assert links["/logo"]["nofollow"] is False
    assert all(link["internal"] for link in links.values())
    assert [link["position"] for link in extract("regions.html").links] == list(range(11))


def test_cta_candidates() -> None:
    ctas = extract("ctas.html").ctas
    texts = [(c["kind"], c["text"]) for c in ctas]
    assert texts == [
        ("link", "Start free trial"),
        ("button", "💬"),
        ("button", "Buy now"),
        ("input", "Send"),
        ("input", "Show more"),
        ("input", "Go"),
        ("input", "Submit"),  # a bare submit input says "Submit" in every browser
        ("link", "Request a demo"),
        ("link", "Book a call"),
        ("link", "See pricing"),
        ("link", "Dead button"),
        ("link", "Script button"),
        ("link", "Cart"),  # an image-only button link is named by its alt text
    ]
    first = ctas[0]
    assert first["region"] == "header"
    assert first["classes"] == "btn btn-primary" and first["element_id"] == "hero-cta"
    assert first["target_url"] == "https://shop.example/signup" and first["internal"] is True
    chat = ctas[1]
    assert chat["aria_label"] == "Open the chat"
    assert ctas[7]["role"] == "button"
    booking = ctas[8]
    assert booking["internal"] is False and booking["target_url"] == "https://calendly.example/acme"
    # Links that go nowhere keep their raw href, so "#" and "javascript:" stay visible.
    assert (ctas[10]["href"], ctas[10]["target_url"]) == ("#", None)
    assert (ctas[11]["href"], ctas[11]["target_url"]) == ("javascript:void(0)", None)
    # Class words must be whole words: "btnx" and "subtle" are not buttons.
    assert not any(c["text"] in ("Not a CTA (class word btnx)", "Just a link") for c in ctas)


def test_scripts_and_styles_inside_a_cta_or_label_are_not_its_text() -> None:
    html = b"""<html><body>
    <a class="btn" href="/buy"><script>alert(3)</script>Buy <b>now</b><style>b{}</style></a>
    <form><label for="e">Email <script>alert(5)</script>address</label>
    <input id="e" name="email"></form></body></html>"""
    extraction = extract_html(html, BASE, Scope.for_start_url(BASE), "utf-8")
    assert [c["text"] for c in extraction.ctas] == ["Buy now"]
    links = [link["anchor_text"] for link in extraction.links]
    assert links == ["Buy now"]
    labels = [f["label"] for form in extraction.forms for f in form["fields"]]
    assert labels == ["Email address"]


def test_forms_with_labels_in_every_way() -> None:
    forms = extract("forms.html").forms
    assert len(forms) == 3
    contact = forms[0]
    assert contact["method"] == "post"
    assert contact["action"] == "/contact/send"
    assert contact["action_url"] == "https://shop.example/contact/send"
    assert contact["element_id"] == "contact" and contact["region"] == "main"
    assert contact["submit_text"] == "Send message" and contact["has_submit"] is True
    fields = {f["name"]: f for f in contact["fields"]}
    assert "csrf" not in fields  # hidden inputs are not fields a visitor fills
    labels = {name: f["label"] for name, f in fields.items()}
    assert labels == {
        "name": "Your name",  # <label for>
        "email": "Email address",  # wrapping <label>
        "phone": "Phone number",  # aria-label
        "company": "Company (optional)",  # aria-labelledby, several ids
        "city": None,  # a placeholder is not a label...
        "unlabelled": None,
        "topic": "Topic",  # <label for> placed after the field
        "message": None,
    }
    assert fields["city"]["placeholder"] == "City"  # ...but it is kept
    assert fields["name"]["required"] is True and fields["name"]["autocomplete"] == "name"
    assert fields["topic"]["required"] is True  # aria-required
    assert fields["email"]["required"] is False
    assert (fields["email"]["type"], fields["topic"]["type"], fields["message"]["type"]) == (
        "email",
        "select",
        "textarea",
    )

    newsletter = forms[1]
    assert newsletter["method"] == "get"
    assert newsletter["action"] is None
    assert newsletter["action_url"] == BASE + "page"  # no action: submits to the page itself
    assert newsletter["has_submit"] is False and newsletter["submit_text"] is None
    assert newsletter["region"] == "footer"

    search = forms[2]
    assert search["submit_text"] == "Search"  # <input type=submit>; the type=button is not
    assert [f["label"] for f in search["fields"]] == ["Search"]


def test_contact_points_and_social_profiles() -> None:
    contacts = extract("contacts.html").contacts
    found = {(c["kind"], c["network"]) for c in contacts}
    assert found == {
        ("chat", "intercom"),
        ("phone", None),
        ("email", None),
        ("sms", None),
        ("whatsapp", "whatsapp"),
        ("messenger", "messenger"),
        ("share", "facebook"),
        ("social", "facebook"),
        ("social", "instagram"),
        ("social", "linkedin"),
        ("social", "x"),
        ("social", "youtube"),
        ("social", "tiktok"),
        ("social", "pinterest"),
    }
    assert len([c for c in contacts if c["network"] == "x"]) == 2  # x.com and twitter.com
    phone = next(c for c in contacts if c["kind"] == "phone")
    assert phone["target"] == "tel:+1-555-123-4567" and phone["text"] == "Call us"
    assert phone["region"] == "main"
    assert all(c["target"] != "https://example.org/not-social" for c in contacts)
    # tel:/mailto: are contact points, not links; web profiles are also external links.
    targets = {link["target_url"] for link in extract("contacts.html").links}
    assert not any(t.startswith(("tel:", "mailto:", "sms:")) for t in targets)
    assert "https://www.facebook.com/acme" in targets


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://www.linkedin.com/sharing/share-offsite/?url=https://a.example/x", "share"),
        ("https://www.linkedin.com/shareArticle?mini=true&url=x", "share"),
        ("https://twitter.com/intent/tweet?url=x", "share"),
        ("https://www.facebook.com/sharer/sharer.php?u=x", "share"),
        ("https://www.linkedin.com/company/flowly", "social"),
        ("https://www.facebook.com/shareholders.page", "social"),  # not a share link
    ],
)
def test_share_links_are_not_profiles(href: str, expected: str) -> None:
    from core.contacts import classify_contact

    kind = classify_contact(href)
    assert kind is not None and kind[0] == expected


def test_structured_data_types_from_jsonld_microdata_and_rdfa() -> None:
    page = extract("schema.html").page
    assert page["schema_types"] == [
        "BreadcrumbList",
        "Event",
        "FAQPage",
        "IndividualProduct",
        "LocalBusiness",
        "Offer",
        "Organization",
        "Product",
        "Review",
    ]
    assert page["parse_note"] is None  # a broken JSON-LD block is skipped, not a page error


def test_malformed_html_is_read_as_far_as_possible_with_a_note() -> None:
    result = extract("shop/malformed.html")
    page = result.page
    assert page["title"] == "Malformed but readable"
    assert page["h1"] and page["h1"][0].startswith("Still a heading")
    assert [link["target_url"] for link in result.links] == [
        "https://shop.example/pricing",
        "https://shop.example/blog/",
        "https://shop.example/about",
    ]
    assert page["parse_note"] and page["parse_note"].startswith("malformed HTML")
    assert "line 3" in page["parse_note"]


def test_binary_junk_inside_html_is_noted_and_the_rest_read() -> None:
    result = extract("binary.html")
    assert result.page["title"] == "Binary junk"
    assert [link["target_url"] for link in result.links] == ["https://shop.example/after-junk"]
    assert result.page["parse_note"] and "malformed" in result.page["parse_note"]


def test_encoding_given_by_the_response_wins_over_a_wrong_meta_charset() -> None:
    page = extract("bom.html").page
    assert page["title"] == "Café latin"
    assert page["h1"] == ["Menú"]


@pytest.mark.parametrize("body", [b"", b"   \n\t "])
def test_empty_documents_are_noted(body: bytes) -> None:
    result = extract_html(body, BASE, Scope.for_start_url(BASE))
    assert result.page["parse_note"] == "empty document"
    assert result.links == [] and result.forms == []


@pytest.mark.parametrize(
    "body", [b"\x00\x00\x00", b"<<<>>>", b"<a href='", b"\xff\xfe<html", b"<html>" * 5000]
)
def test_garbage_never_raises(body: bytes) -> None:
    result = extract_html(body, BASE, Scope.for_start_url(BASE))
    assert set(result.as_record()) == {"page", "links", "ctas", "forms", "contacts"}
    assert result.page["title"] is None


def test_unknown_encoding_name_falls_back_instead_of_failing() -> None:
    result = extract("meta.html", encoding="x-no-such-charset")
    assert result.page["title"] == "Boutique Acme"


def test_extraction_is_pure_and_repeatable() -> None:
    first = extract("forms.html").as_record()
    second = extract("forms.html").as_record()
    assert first == second
    assert set(first) == {"page", "links", "ctas", "forms", "contacts"}


def test_geometry_is_read_only_from_our_own_rendered_documents() -> None:
    html = (
        b'<html><body><a class="btn" href="/buy" '
        b'data-tp-geom=\'{"desktop": {"above_fold": true}}\'>Buy</a></body></html>'
    )
    scope = Scope.for_start_url(BASE)
    raw = extract_html(html, BASE, scope)
    rendered = extract_html(html, BASE, scope, measured=True)
    assert raw.ctas[0]["geometry"] is None  # a site cannot forge its own measurements
    assert rendered.ctas[0]["geometry"] == {"desktop": {"above_fold": True}}


def test_a_relative_sitemap_loc_is_resolved_against_the_sitemap() -> None:
    from crawler.sitemaps import parse_sitemap

    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>/tags/a/</loc></url><url><loc>https://x.test/b/</loc></url></urlset>"
    )
    kind, locations, _ = parse_sitemap(body, "https://x.test/sitemap.xml")
    assert kind == "urlset"
    assert locations == ["https://x.test/tags/a/", "https://x.test/b/"]


def test_a_header_that_opens_with_the_pages_h1_is_its_intro() -> None:
    """A landing page's hero: what follows the H1 in its <header> is the page's own."""
    extraction = extract("intro.html")
    ctas = {c["text"]: c["region"] for c in extraction.ctas}
    assert ctas == {"Sign up free": "nav", "Get started for free": "intro"}
    links = by_target(extraction.links)
    assert links["/features/segments"]["region"] == "main"
    assert links["/terms"]["region"] == "footer"  # the intro ends with its <header>


def test_the_content_block_that_opens_with_the_pages_h1_is_its_intro() -> None:
    """jaramillo-landscape-landscaping-nampa-id-us: each service page opens its <main> with
    a hero <section> (the H1, a line, "Get a Free Estimate"): that button is the page's own
    ask, however many service pages repeat it. The next section is content again."""
    ctas = {c["text"]: c["region"] for c in extract("hero-section.html").ctas}
    assert ctas == {
        "Free Estimate": "header",
        "Get a Free Estimate": "intro",
        "See our work": "main",
    }


def test_a_heading_after_the_h1_ends_the_intro_of_a_wrapper() -> None:
    """A container holding the whole page's text is no hero: its intro ends at a form or
    the next heading, so a sitewide newsletter form and a closing band's button stay
    content to be judged as such (paradise-city-festival-2019-tickets-be)."""
    extraction = extract("hero-wrapper.html")
    ctas = {c["text"]: c["region"] for c in extraction.ctas}
    assert ctas == {"Meet the team": "intro", "Sign me up": "main", "Contact us": "main"}
    assert [f["region"] for f in extraction.forms] == ["main"]


def test_a_site_header_with_a_logo_h1_is_no_intro() -> None:
    """An H1 that is (or follows) the logo link names the site, not the page."""
    links = by_target(extract("logo-h1.html").links)
    assert links["/order"]["region"] == "header"
    assert links["/menu"]["region"] == "header"


def test_a_header_left_open_by_broken_markup_ends_at_the_page_h1() -> None:
    """A stray ``</nav>`` makes the parser drop the ``</header>`` too (budibase-lowcode-saas):
    after the menu, the page's H1 and what follows it are the page's content."""
    links = by_target(extract("unclosed-header.html").links)
    assert links["/self-host"]["region"] == "nav"
    assert links["/integration/"]["region"] == "intro"  # the rest of the H1's block: content
    assert links["/privacy"]["region"] == "footer"


def test_a_footer_closing_the_main_column_is_content() -> None:
    """A theme's ``<div id="main">`` is the page's column: the ``<footer>`` closing its post
    holds the page's own button (highland-park-furniture-stripe-cart); the site's footer
    after it stays chrome."""
    links = extract("main-div-footer.html").links
    regions = {(link["anchor_text"], link["region"]) for link in links}
    assert ("Our Portfolio", "main") in regions
    assert ("Instagram", "footer") in regions and ("Portfolio", "nav") in regions


def test_a_block_named_navigation_is_navigation_not_content() -> None:
    """A theme's previous/next block or breadcrumbs written as <div>s walk the site; an
    in-text link and a class that only contains a navigation word stay content."""
    links = by_target(extract("post-navigation.html").links)
    assert {url: link["region"] for url, link in links.items()} == {
        "/blog/earlier-take/": "main",
        "/blog/previous-post/": "nav",
        "/blog/next-post/": "nav",
        "/blog/": "nav",
        "/about/": "main",
    }


def test_the_site_footer_left_inside_main_by_broken_markup_is_chrome() -> None:
    """A parser repairing broken markup can nest the site's ``<footer id="footer">`` inside
    ``<main>`` (laire-visuelle-optometrist-fr): its id names the site's footer, so it stays
    chrome; an article's own ``<footer>`` (its tags) stays the page's content."""
    links = by_target(extract("nested-site-footer.html").links)
    regions = {url: link["region"] for url, link in links.items()}
    assert regions["/articles/tag/solaire/"] == "main"
    assert regions["/catalogue/"] == "footer"
    assert regions["/nous-rejoindre/"] == "footer"
    assert regions["/mentions/"] == "footer"


def test_a_script_an_inline_loader_adds_is_an_embed() -> None:
    """Shopify's Buy Button snippet writes its own script tag: the script URL in the
    inline code is the page's embed (gatorface-woodworking-shop-ca); a data URL is not."""
    embeds = extract("inline-loader.html").page["embeds"]
    assert embeds == ["sdks.shopifycdn.com/buy-button/latest/buy-button-storefront.min.js"]


def test_a_host_an_inline_loader_joins_to_a_path_is_an_embed() -> None:
    """volcano-tours-iceland-day-tours: Bókun's booking-widget snippet names its host alone
    ('widgets.bokun.is') and builds the script URL from it; a property path, a file name
    or a version number in the same code is no host."""
    embeds = extract("host-loader.html").page["embeds"]
    assert embeds == ["widgets.bokun.is/"]


def test_a_shops_buy_link_is_a_cta_by_its_class_alone() -> None:
    """localc-promo-products-shop-qc: "Ajouter au devis" is a ``javascript:`` link whose
    only styling is an ``add-to-cart`` class; Snipcart's buy links are "snipcart-add-item";
    gurcoff-heladeria-san-agustin-co names its buttons in Spanish ("botones")."""
    ctas = extract("shop-class-ctas.html").ctas
    assert [(c["text"], c["href"]) for c in ctas] == [
        ("Ajouter au devis", "javascript:;"),
        ("Buy", "#"),
        ("Pide tu domicilio", "https://wa.me/573115245225"),
    ]


def test_fields_the_markup_hides_are_not_fields_a_visitor_fills() -> None:
    """A prefilled field hidden by ``hidden`` or an inline style is the site's, not a
    question (kawoosa-papier-mache-crafts-shop: "…CARD HOLDERS" made an enquiry a checkout)."""
    (form,) = extract("hidden-fields.html").forms
    assert [f["name"] for f in form["fields"]] == ["email", "message"]
    assert form["submit_text"] == "Send an enquiry"


def test_fields_a_script_sends_without_a_form_are_a_form() -> None:
    """booleanapp.com: the home page's "Request Access" box is an email input and an
    ``<input type=button onclick=...>`` with no ``<form>`` around them; a quantity box
    and its button, or a filter, are no form."""
    html = b"""<html><body><main>
      <h1>Customer satisfaction in one question</h1>
      <input type="email" id="email_id" required placeholder="Your work email">
      <input type="button" value="Request Access" onclick="submit('top')">
      <div class="product"><input type="number" name="qty" value="1">
        <button class="btn">Add to cart</button></div>
      <input type="text" placeholder="Filter posts"><button>Go</button>
    </main></body></html>"""
    forms = extract_html(html, BASE, Scope.for_start_url(BASE), "utf-8").forms
    assert len(forms) == 1
    box = forms[0]
    assert (box["method"], box["action"], box["region"]) == ("script", None, "main")
    assert box["submit_text"] == "Request Access" and box["has_submit"] is True
    assert [f["type"] for f in box["fields"]] == ["email"]


def test_an_amp_iframe_is_an_embed() -> None:
    """An AMP page frames its form with ``<amp-iframe>``: the Google Form of a motorcycle
    dealer's credit application is the page's embed (kdz-motorcycles-dealer-auburn-in-us)."""
    embeds = extract("amp-iframe.html").page["embeds"]
    assert "docs.google.com/forms/d/e/1FAIpQLSe-credit/viewform" in embeds


def test_a_nav_left_open_by_broken_markup_ends_where_the_page_begins() -> None:
    """libxml2 ignores a ``</nav>`` while a ``<div>`` opened inside it is open, where a
    browser closes both (studio-holloway-permanent-makeup-qc): after the menu, a header, a
    main or the page's H1 opens the page's content, and its own button is no menu item."""
    extraction = extract("unclosed-nav.html")
    links = {(link["anchor_text"], link["region"]) for link in extraction.links}
    assert ("Microblading", "nav") in links and ("Appointment", "nav") in links
    assert ("Take An Appointment", "main") in links
    assert ("Privacy Policy", "footer") in links
    assert [(c["text"], c["region"]) for c in extraction.ctas] == [("Take An Appointment", "main")]


def test_an_aside_inside_an_article_is_its_text_unless_named_a_sidebar() -> None:
    """Hugo's default theme (Ananke) lists a section's posts in an ``<aside>`` within the
    page's ``<article>`` (vancouver-irish-music-school-classes-ca): those are the page's own
    links; an aside the theme names a sidebar stays one."""
    links = {link["anchor_text"]: link["region"] for link in extract("ananke-list.html").links}
    assert links["April classes"] == "main" and links["read more"] == "main"
    assert links["All tags"] == "aside"
    assert links["About"] == "nav"


def test_prices_in_the_pages_own_text_are_counted() -> None:
    """A restaurant's sushi page is five dishes and their prices
    (eurasia-grill-asian-restaurant-delivery-marseille-fr): five amounts in its text; the
    header's and footer's delivery minimum and the year and phone number are no prices."""
    page = extract("price-list.html").page
    assert page["price_count"] == 5


def test_a_link_styled_as_a_button_inline_is_a_cta() -> None:
    """jg-estate-junk-removal-wi-us: a page builder's "Schedule Online" is an ``<a>`` whose
    look (a filled background and padding) is written in its ``style`` attribute. A
    see-through background, or a fill without padding, is a styled link, no button."""
    ctas = extract("inline-style-ctas.html").ctas
    assert [c["text"] for c in ctas] == ["Call 262-699-0100", "Schedule Online →"]
