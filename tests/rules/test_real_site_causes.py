"""General causes of wrong verdicts found on the real sites of the development corpus
(tests/corpus/dev, issue 11), each pinned on a small page record: a post whose only way
on is the layout's previous/next pager, and a bookable unit whose booking section a
script draws."""

from __future__ import annotations

from rulesupport import cta, form, page

from rules import classify_page, load_pack
from rules.crawl import cart_providers, has_own_cart_button
from rules.goals import KINDS, GoalCollector, Goals
from rules.nextstep import is_pager
from rules.template import TemplateCounter
from rules.touchpoints import (
    asks_more_than_reading,
    cta_action,
    embed_provider,
    form_purpose,
    is_jump,
    off_journey,
    provider_of,
    text_action,
)

PACK = load_pack()
SITE = "https://farm.test"


def link(target: str, text: str, region: str = "main") -> dict:
    return {"target_url": SITE + target, "anchor_text": text, "region": region, "internal": True}


def test_pager_links_are_recognised_by_words_or_rel() -> None:
    for text in ("← Previous Post", "Next Post →", "Older posts", "Nächste Seite", "2"):
        assert is_pager({"anchor_text": text}), text
    assert is_pager({"anchor_text": "»", "rel": "next"})
    assert not is_pager({"anchor_text": "»"})
    for text in ("Read more", "Next steps for your project", "Book now", "Camel Trail"):
        assert not is_pager({"anchor_text": text}), text


def test_a_post_whose_only_way_on_is_the_pager_is_a_dead_end() -> None:
    pager = [link("/posts/a/", "← Previous Post"), link("/posts/c/", "Next Post →")]
    context = {SITE + "/posts/a/": ("awareness", "read"), SITE + "/posts/c/": ("awareness", "read")}
    post = page(f"{SITE}/posts/b/", word_count=600, links=pager)
    verdict = classify_page(post, PACK, context)
    assert not verdict.next_step
    assert "2 previous/next pager links" in verdict.next_step_reason
    # one link of its own in the text is a next step again
    post["links"].append(link("/cottages/", "our cottages"))
    context[SITE + "/cottages/"] = ("consideration", "browse")
    assert classify_page(post, PACK, context).next_step


def test_a_booking_section_makes_a_bookable_unit() -> None:
    cottage = page(
        f"{SITE}/accommodation/haypole-barn/",
        h1=["Haypole Barn"],
        h2=["Welcome to Haypole Barn", "Check Availability & Book"],
        word_count=700,
    )
    verdict = classify_page(cottage, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "book_call")
    assert verdict.is_conversion
    # the same words as a section of an article do not outweigh the article
    post = page(
        f"{SITE}/blog/our-summer/", h1=["Our summer"], h2=["Book your stay"], word_count=700
    )
    assert classify_page(post, PACK).stage == "awareness"


def test_availability_and_free_trial_words_are_ctas() -> None:
    assert text_action(PACK, "View Availability & Book") == "book_call"
    assert text_action(PACK, "See availability") == "book_call"
    assert text_action(PACK, "Try it for free") == "signup"
    assert text_action(PACK, "View Full Details & Availability") is None


def test_a_button_to_a_form_service_is_a_next_step() -> None:
    def faq(target: str, text: str) -> dict:
        button = cta(text, href=target, target_url=target, internal=False)
        return page(f"{SITE}/faq/", word_count=400, ctas=[button])

    typeform = faq("https://acme.typeform.com/to/x1", "Get in touch")
    assert classify_page(typeform, PACK, {}).next_step
    reference = faq("https://en.wikipedia.org/wiki/Posture", "Read more")
    assert not classify_page(reference, PACK, {}).next_step


def test_a_previous_next_post_pager_makes_the_page_a_post() -> None:
    pager = [link("/activities/a/", "← Previous Post"), link("/activities/c/", "Next Post →")]
    post = page(f"{SITE}/activities/cycling/camel-trail/", word_count=500, links=pager)
    verdict = classify_page(post, PACK)
    assert (verdict.stage, verdict.action) == ("awareness", "read")
    assert "link-post-pager" in {e["rule"] for e in verdict.evidence}
    # a catalogue's "Next page" is no post, and a pager in the template says nothing
    listing = page(f"{SITE}/cottages/", word_count=500, links=[link("/cottages/2/", "Next page")])
    chrome = page(f"{SITE}/x/", word_count=500, links=[link("/y/", "Next post", "footer")])
    for other in (listing, chrome):
        assert "link-post-pager" not in {e["rule"] for e in classify_page(other, PACK).evidence}


def test_a_hero_button_in_an_intro_header_is_the_pages_own_cta() -> None:
    hero = cta("View Availability & Book", region="header", classes="hero-book-btn", href="/stay/")
    home = page(f"{SITE}/", word_count=160, ctas=[hero])
    verdict = classify_page(home, PACK)
    assert (verdict.stage, verdict.action) == ("awareness", "book_call")
    assert 0 in verdict.content_ctas
    # the same button repeated on most pages is the header's chrome
    home["ctas"] = [{**hero, "template": True}]
    assert classify_page(home, PACK).action != "book_call"
    # and a plain header link button is chrome without being repeated
    home["ctas"] = [{**hero, "classes": "nav-link"}]
    assert classify_page(home, PACK).action != "book_call"


def test_a_site_taking_bookings_and_enquiries_collects_leads() -> None:
    """A service business with a booking page and enquiry forms converts on both: it
    is lead generation; only a site with no enquiry form is a booking business."""

    def collect(enquiry_paths: tuple[str, ...], sitewide: tuple[str, ...] = ()) -> str | None:
        collector = GoalCollector()
        collector.add(f"{SITE}/", (), {}, home=True, sitewide=sitewide)
        collector.add(f"{SITE}/book-online/", ("book_call",), {}, stage="decision")
        for path in enquiry_paths:
            collector.add(f"{SITE}{path}", ("contact",), {"contact": "typeform"})
        return collector.infer(frozenset()).kind

    enquiries = ("/contact-us/", "/faq/")
    assert collect(enquiries) == "lead-gen"
    # a header asking every visitor to book does not hide the enquiry forms
    assert collect(enquiries, sitewide=("book_call", "contact")) == "lead-gen"
    # without an enquiry form the bookings are the goal
    assert collect(()) == "booking"
    # and so they are when the only enquiry form closes the home pages (a B&B's one-page
    # home in three languages beside its booking engine: casa-mathilda-bnb-barcelona-es)
    assert collect(("/index.html", "/en/", "/fr/index.html")) == "booking"
    assert collect(("/en/", "/en/contact/")) == "lead-gen"


def test_a_repeated_intro_cta_stays_the_pages_own() -> None:
    """Every feature page of a SaaS opens with its own "Get started for free": repeated
    on most pages, it is still each page's ask and its next step (engage-so)."""
    from rules.template import TemplateCounter

    signup = "https://app.example/signup"

    def feature(path: str) -> dict:
        hero = cta("Get Started for free", region="intro", href=signup, target_url=signup,
                   internal=False)  # fmt: skip
        band = cta("Get Started for free", region="main", href=signup, target_url=signup,
                   internal=False)  # fmt: skip
        return page(f"{SITE}{path}", word_count=300, ctas=[hero, band],
                    h1=[f"Feature {path}"])  # fmt: skip

    pages = [feature(f"/features/f{i}/") for i in range(6)]
    template = TemplateCounter().add_all(pages)
    marked = template.mark(pages[0])
    assert [c["template"] for c in marked["ctas"]] == [False, True]
    verdict = classify_page(marked, PACK)
    assert verdict.action == "signup"
    assert verdict.next_step is True


def test_an_offsite_signup_button_names_the_stage_only_as_a_fallback() -> None:
    """A SaaS asks for the signup on every feature page: those stay consideration pages.
    A buy button to a merchant still makes the page a decision page."""
    signup = "https://app.example/signup"
    feature = page(f"{SITE}/features/automation/", word_count=300,
                   ctas=[cta("Get started for free", href=signup, target_url=signup,
                             internal=False)])  # fmt: skip
    assert classify_page(feature, PACK).stage == "consideration"
    bare = page(f"{SITE}/x7/", word_count=300, ctas=feature["ctas"])
    assert classify_page(bare, PACK).stage == "decision"  # nothing else names one
    shop = "https://merchant.example/buy/kettle"
    review = page(f"{SITE}/features/kettle/", word_count=300,
                  ctas=[cta("Buy now", href=shop, target_url=shop, internal=False)])  # fmt: skip
    assert classify_page(review, PACK).stage == "decision"


def test_two_related_products_do_not_make_a_product_page_a_category() -> None:
    """graph-category needs several product links: a product page's "you may also like"
    pair among four content links is not a listing; a page linking five products is."""
    products = [f"/shop/p{i}/" for i in range(5)]
    context = {SITE + p: ("decision", "add_to_cart") for p in products}
    context |= {SITE + "/about/": ("awareness", "read"), SITE + "/blog/": ("awareness", "read")}
    product = page(f"{SITE}/shop/kettle/", word_count=150,
                   links=[link(p, "Related") for p in (*products[:2], "/about/", "/blog/")],
                   ctas=[cta("Add to cart", kind="button")])  # fmt: skip
    verdict = classify_page(product, PACK, context)
    assert "graph-category" not in {e["rule"] for e in verdict.evidence}
    listing = page(f"{SITE}/shop/", word_count=150,
                   links=[link(p, "Product") for p in products])  # fmt: skip
    verdict = classify_page(listing, PACK, context)
    assert "graph-category" in {e["rule"] for e in verdict.evidence}


def test_a_page_asking_to_get_in_touch_is_weighed_not_decided() -> None:
    """A service page whose main ask is "Get a quote" is where a visitor weighs the service
    (consideration), even when an FAQ block on it reads like an article; the page with the
    contact form itself stays the decision page."""
    quote = f"{SITE}/contact/"
    service = page(f"{SITE}/sell/", word_count=900, schema_types=["FAQPage"],
                   ctas=[cta("Get a quote", href=quote, target_url=quote)])  # fmt: skip
    verdict = classify_page(service, PACK)
    assert (verdict.stage, verdict.action) == ("consideration", "contact")
    contact = page(quote, title="Contact us", word_count=120,
                   forms=[form(("text", "name"), ("email", "email"), ("textarea", "message"),
                               submit="Send")],
                   ctas=[cta("Call us", href="tel:+15550100")])  # fmt: skip
    assert classify_page(contact, PACK).stage == "decision"


def test_store_badges_on_a_download_page_make_an_app_site() -> None:
    """A wallet's download pages hand the visitor to app stores: its goal is the install,
    not the contact form one page carries (bluewallet-app-docs)."""
    collector = GoalCollector()
    collector.add(f"{SITE}/", ("download",), {"download": "apps.apple.com"}, home=True)
    for path in ("/download/", "/desktop/"):
        collector.add(
            f"{SITE}{path}", ("download",), {"download": "play.google.com"}, stage="decision"
        )
    collector.add(f"{SITE}/contact/", ("contact",), {})
    goals = collector.infer(frozenset())
    assert goals.kind == "app" and goals.actions == {"download"}
    assert goals.stages == ("decision",)  # the badges on the home page do not convert it
    assert goals.label == "gets visitors to install its app"


def test_a_paypal_donate_form_is_the_checkout_of_a_donation_page() -> None:
    donate = form(("hidden", "hosted_button_id"), submit="Donate to BAMRU")
    donate["action_url"] = "https://www.paypal.com/cgi-bin/webscr"
    verdict = classify_page(page(f"{SITE}/donate/", forms=[donate]), PACK)
    assert (verdict.stage, verdict.action) == ("decision", "purchase")
    assert verdict.form_purposes == [(0, "checkout")]
    # a quote form whose button says "Order now" stays a contact form: it has a message box
    quote = form(("text", "name"), ("textarea", "message"), submit="Order now")
    assert classify_page(page(f"{SITE}/quote/", forms=[quote]), PACK).form_purposes == [
        (0, "contact")
    ]


def test_a_page_file_matches_like_its_folder() -> None:
    """Sites built as plain files (/chi-siamo.html) match the same URL rules as folders."""
    from rules.touchpoints import url_path

    assert url_path(f"{SITE}/chi-siamo.html") == "/chi-siamo"
    assert url_path(f"{SITE}/blog/index.html") == "/blog"
    assert url_path(f"{SITE}/index.html") == "/"
    assert url_path(f"{SITE}/feed.xml") == "/feed.xml"  # not a page file: kept
    about = classify_page(page(f"{SITE}/about.html"), PACK)
    assert about.stage == "awareness"


def test_redirects_and_bare_errors_do_not_thin_out_the_template() -> None:
    """A crawl full of 301s (links without a trailing slash) and 404s: the element on every
    real page is still template."""
    from rules.template import TemplateCounter, cta_key

    band = cta("Book online", href="/book/", target_url=f"{SITE}/book/")
    pages = [page(f"{SITE}/p{i}/", ctas=[dict(band)]) for i in range(4)]
    stubs = [page(f"{SITE}/p{i}", status=301) for i in range(4)]
    stubs += [page(f"{SITE}/gone{i}/", status=404) for i in range(3)]
    template = TemplateCounter().add_all(pages + stubs)
    assert template.reach == {cta_key(band): 4}


def test_a_link_back_up_its_own_section_is_not_a_next_step() -> None:
    """A post's category chip to the blog index or a breadcrumb is the layout's way back
    (hollington-construction-lawyer); a link home in the text is still a way on."""
    from core.urls import is_up_link

    post = f"{SITE}/articles/tralon-homes/"
    assert is_up_link(post, f"{SITE}/articles/") and is_up_link(post, f"{SITE}/articles")
    assert not is_up_link(post, f"{SITE}/")
    assert not is_up_link(post, f"{SITE}/articles/other/")
    assert not is_up_link(f"{SITE}/articles/", f"{SITE}/articles/tralon-homes/")
    chip = link("/articles/", "Construction Contracts")
    context = {SITE + "/articles/": ("awareness", "read")}
    verdict = classify_page(page(post, word_count=900, links=[chip]), PACK, context)
    assert not verdict.next_step
    assert "1 link back up to a section it belongs to" in verdict.next_step_reason


def test_a_repeated_logo_link_in_the_intro_header_is_chrome() -> None:
    from rules.template import TemplateCounter

    def shop_page(path: str) -> dict:
        logo = {**link("/", "Four A's Five H's", region="intro")}
        hero = cta("Shop the books", region="intro", href="/shop/", target_url=f"{SITE}/shop/")
        return page(f"{SITE}{path}", links=[logo], ctas=[hero])

    pages = [shop_page(f"/p{i}/") for i in range(5)]
    marked = TemplateCounter().add_all(pages).mark(pages[0])
    assert marked["links"][0]["template"] is True
    assert marked["ctas"][0]["template"] is False  # the intro's button stays the page's


def test_a_pricing_page_asking_for_the_signup_is_the_saas_conversion() -> None:
    """A SaaS whose signup is on its app's domain converts on its pricing page, even when
    the pricing page's button is scripted; feature pages linking to the app do not
    (LABELLING.md; budibase-lowcode-saas)."""
    collector = GoalCollector()
    app = {"signup": "portal.app.test"}
    collector.add(f"{SITE}/", ("signup",), app, home=True, stage="awareness", asks="signup")
    for path in ("/integration/mysql/", "/integration/s3/"):
        collector.add(f"{SITE}{path}", ("signup",), app, stage="consideration", asks="signup")
    collector.add(f"{SITE}/pricing/", (), {}, stage="decision", asks="signup")
    goals = collector.infer(frozenset())
    assert goals.kind == "saas" and goals.stages == ("decision",)
    assert goals.goal_for((), {}, f"{SITE}/pricing/", "decision", "signup") == "saas"
    assert goals.goal_for(("signup",), app, f"{SITE}/integration/s3/", "consideration") is None
    assert goals.goal_for((), {}, f"{SITE}/blog/", "decision", "read") is None


def test_a_quote_forms_own_send_button_does_not_make_it_a_service_page() -> None:
    """ "Envoyer" under a quote form is the form's button: the form makes the page the
    decision page, the button's "get in touch" words do not pull it back to
    consideration (veranda77-verandas-quotes)."""
    quote = form(("text", "name"), ("email", "email"), ("textarea", "message"), submit="Envoyer")
    send = cta("Envoyer", kind="button", position=1)
    verdict = classify_page(
        page(f"{SITE}/devis/", word_count=200, forms=[quote], ctas=[send]), PACK
    )
    assert (verdict.stage, verdict.action) == ("decision", "contact")
    # a "Get in touch" link on a page without a form still says consideration
    link_cta = cta("Get in touch", href="/contact/", target_url=f"{SITE}/contact/")
    verdict = classify_page(page(f"{SITE}/services/roofs/", word_count=200, ctas=[link_cta]), PACK)
    assert verdict.stage == "consideration"


def test_a_learn_more_button_to_the_appointment_page_asks_for_the_appointment() -> None:
    """A service page's closing band "Rendez-vous en ligne ... En savoir plus" leads to the
    appointment page (laire-visuelle-optometrist-fr): its generic words ask nothing, the
    page it opens asks for the booking. Without the other pages' verdicts it stays "read"."""
    target = SITE + "/rendez-vous-opticien/"
    button = cta("En savoir plus", href="/rendez-vous-opticien/", target_url=target, internal=True)
    service = page(
        f"{SITE}/services/opticien/", h1=["Nos opticiens"], word_count=400, ctas=[button]
    )
    assert classify_page(service, PACK).action == "read"
    booked = {target: ("decision", "book_call")}
    assert classify_page(service, PACK, booked).action == "book_call"
    # a "Learn more" to an article stays a read
    assert classify_page(service, PACK, {target: ("awareness", "read")}).action == "read"


def test_a_product_name_holding_an_action_word_asks_nothing() -> None:
    """ "Contact lenses" names a product (laire-visuelle-optometrist-fr): not a contact ask."""
    for text in ("Contact lenses", "Verres de contact", "Lentes de contacto"):
        assert text_action(PACK, text) is None, text
    assert text_action(PACK, "Contact us") == "contact"


def test_a_bare_paypal_button_form_hands_the_payment_over() -> None:
    """PayPal's "Donate" or "Buy now" form has nothing to fill in here (the extractor keeps
    no hidden inputs): the payment completes at PayPal, a hand-off to a hosted checkout."""
    donate = form(submit="PayPal - The safer, easier way to pay online!")
    donate["action_url"] = "https://www.paypal.com/cgi-bin/webscr"
    verdict = classify_page(page(f"{SITE}/donate/", forms=[donate]), PACK)
    assert verdict.handoffs == {"purchase": "paypal"}
    # a form the visitor fills in on the page is the site's own checkout
    card = form(("text", "cc-number"), ("text", "cvc"), submit="Pay")
    card["action_url"] = "https://www.paypal.com/cgi-bin/webscr"
    assert classify_page(page(f"{SITE}/pay/", forms=[card]), PACK).handoffs == {}


def test_the_homepage_ask_and_the_template_buttons_choose_between_cart_and_signup() -> None:
    """A makerspace's home asks "Become a member" (a hosted membership signup) beside a
    PayPal donate page: a signup site (chimera-makerspace-membership). A rescue team's header
    "Donate" button on every page makes the donation its goal, not its volunteer form
    (bamru-mountain-rescue-donations)."""

    def site(home_asks: str, sitewide: set[str]) -> str | None:
        collector = GoalCollector()
        collector.add(f"{SITE}/", (), {}, home=True, asks=home_asks, sitewide=sitewide)
        collector.add(f"{SITE}/donate/", ("purchase",), {"purchase": "paypal"})
        collector.add(f"{SITE}/join/", ("signup",), {"signup": "memberful"})
        return collector.infer(frozenset({"paypal"})).kind

    assert site("signup", {"signup", "purchase"}) == "saas"
    assert site("read", {"purchase"}) == "hosted-cart-shop"


def test_a_content_button_is_not_the_headers_sitewide_button() -> None:
    """amp-studio-agency-uk: "Start a project" to /contact/ in the header of every page and
    the same words as a content button on a few pages are two elements; the content one is
    the page's own ask. A placeholder button has no target to tell them apart: one element."""
    from rules.template import cta_key

    target = {"href": "/contact/", "target_url": f"{SITE}/contact/"}
    header = cta("Start a project", region="header", **target)
    content = cta("Start a project", region="main", **target)
    assert cta_key(header) != cta_key(content)
    assert cta_key(header) == cta_key(cta("Start a Project", region="nav", **target))
    placeholder = {"href": "#"}
    assert cta_key(cta("Sign up", region="header", **placeholder)) == cta_key(
        cta("Sign up", region="main", **placeholder)
    )


def outbound(target: str, text: str, rel: str | None = None) -> dict:
    return {"target_url": target, "anchor_text": text, "region": "main", "internal": False,
            "rel": rel}  # fmt: skip


def test_a_provider_link_hands_over_only_when_it_asks_or_is_an_affiliate_link() -> None:
    """localc-promo-products-shop-qc: a maker page's icon link titled "Site web" to the
    maker's Etsy shop is a profile, not a click-out; an Amazon link with the site's
    affiliate tag in a post (betterwaterguide) or a ``rel=sponsored`` link still is."""
    icon = outbound("https://www.etsy.com/shop/Blanc", "Site web")
    profile = page(f"{SITE}/blancsoja/", links=[icon])
    assert classify_page(profile, PACK).handoffs == {}
    tagged = outbound("https://www.amazon.com/s?k=sediment+filter&tag=guide-20", "sediment filters")
    assert classify_page(page(f"{SITE}/vs/a/", links=[tagged]), PACK).handoffs
    sponsored = outbound("https://www.amazon.com/dp/B01", "this filter", rel="sponsored nofollow")
    assert classify_page(page(f"{SITE}/vs/b/", links=[sponsored]), PACK).handoffs
    asking = outbound("https://www.etsy.com/listing/123", "Buy it on Etsy")
    assert classify_page(page(f"{SITE}/flag/", links=[asking]), PACK).handoffs


def test_a_button_in_an_articles_body_is_not_its_hero() -> None:
    """caffeine-ios-sdk-saas-docs, posturehq-chiropractic: a blog post's "Try it for free"
    or "Share on Twitter" button asks less than the post asks to be read; the same button
    on a page that is no article is its dominant ask."""
    pager = [link("/2016/a/", "← Previous Post")]
    button = cta("Try Caffeine For Free", classes="btn btn-primary", href="/sign-up/",
                 target_url=f"{SITE}/sign-up/")  # fmt: skip
    post = page(f"{SITE}/2016/b/", word_count=1900, links=pager, ctas=[button])
    assert classify_page(post, PACK).action == "read"
    share = cta("Share on Twitter", classes="btn btn-primary", href="https://twitter.com/share",
                target_url="https://twitter.com/share", internal=False)  # fmt: skip
    shared = page(f"{SITE}/blog/keep-alive/", word_count=280, ctas=[share])
    assert classify_page(shared, PACK).action == "read"
    landing = page(f"{SITE}/benefits/", word_count=300, ctas=[dict(button)])
    assert classify_page(landing, PACK).action == "signup"


def test_about_team_and_project_pages_by_their_url_words() -> None:
    """LABELLING.md puts about and company pages and project overviews under awareness
    (hollington-construction-lawyer's /about-the-firm/, checkmirrors' /our-instructors/,
    amp-studio's portfolio); an "about <topic>" page is not the company's."""
    for path in ("/about-the-firm/", "/about-our-practice/", "/our-instructors/",
                 "/attorneys/", "/notre-entreprise/", "/portfolio/2018/great-bear/",
                 "/projects/planter/", "/nos-realisations/"):  # fmt: skip
        assert classify_page(page(SITE + path), PACK).stage == "awareness", path
    assert classify_page(page(SITE + "/case-studies/legacy/"), PACK).stage == "consideration"
    about_topic = classify_page(page(SITE + "/about-acupuncture/"), PACK)
    assert not any(e["rule"] == "url-about" for e in about_topic.evidence)


def test_add_to_quote_is_a_cart_step() -> None:
    """A quote cart's "Ajouter au devis" / "Add to quote" puts the item in a cart."""
    for text in ("Ajouter au devis", "Add to quote", "Añadir al presupuesto"):
        assert text_action(PACK, text) == "add_to_cart", text


def test_enquiry_words_ask_for_contact() -> None:
    """A maker's catalogue asks "Send an enquiry" under each product
    (kawoosa-papier-mache-crafts-shop): the enquiry is the contact ask."""
    for text in ("Send an enquiry", "Make an inquiry", "Enquiry", "Inquire now", "Request info"):
        assert text_action(PACK, text) == "contact", text


def test_a_page_completing_the_lead_goal_in_its_content_is_where_the_visitor_decides() -> None:
    """An enquiry form on each collection page of a shop without a cart: the page's words
    say consideration, the form completes the site's goal there, so it is the decision page
    (LABELLING.md). The home page and a newsletter form stay what their words say."""
    goals = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    enquiry = form(("email", "email"), ("textarea", "message"), submit="Send an enquiry")
    collection = page(f"{SITE}/collections/boxes/", h1=["Boxes"], word_count=300)
    assert classify_page(collection, PACK, goals=goals).stage == "consideration"
    collection["forms"] = [enquiry]
    verdict = classify_page(collection, PACK, goals=goals)
    assert verdict.stage == "decision" and verdict.is_conversion
    assert any(e["rule"] == "goal-completes-here" for e in verdict.evidence)
    home = classify_page(page(f"{SITE}/", word_count=300, forms=[enquiry]), PACK, goals=goals)
    assert home.stage != "decision"
    newsletter = form(("email", "email"), submit="Subscribe")
    content = Goals(kind="content", actions=KINDS["content"][0])
    post = page(f"{SITE}/blog/spring/", word_count=900, forms=[newsletter])
    assert classify_page(post, PACK, goals=content).stage == "awareness"


def test_a_sidebar_box_is_not_the_same_element_as_a_posts_own_link() -> None:
    """mechanic-marketing: a "Book a call" box in the sidebar of most posts and a post's own
    "Book a call" in its text are two elements; counted as one, the post's own link became
    template and the post a dead end."""
    from rules.template import TemplateCounter

    def post(i: int, own: bool) -> dict:
        links = [link("/contact", "Book a call", region="aside")]
        if own:
            links.append(link("/contact", "Book a call", region="main"))
        return page(f"{SITE}/blog/p{i}/", word_count=600, links=links)

    pages = [post(i, own=i < 4) for i in range(10)]
    marked = TemplateCounter().add_all(pages).mark(pages[0])
    assert [x["template"] for x in marked["links"]] == [True, False]
    context = {SITE + "/contact": ("decision", "contact")}
    assert classify_page(marked, PACK, context).next_step


def test_a_shops_contact_page_is_asked_before_the_decision() -> None:
    """LABELLING.md: a shop's pre-sales contact page is consideration, a SaaS's contact
    page a secondary goal; a service business's contact page hands its lead over, the
    decision (celiart-art-shop, gatorface-woodworking-shop-ca, budibase-lowcode-saas)."""
    message = form(("text", "name"), ("email", "email"), ("textarea", "message"),
                   submit="Send message")  # fmt: skip
    contact = page(f"{SITE}/contact/", h1=["Contact us"], word_count=120, forms=[message])
    for kind in ("own-checkout-shop", "saas"):
        verdict = classify_page(contact, PACK, goals=Goals(kind=kind, actions=KINDS[kind][0]))
        assert (verdict.stage, verdict.action) == ("consideration", "contact"), kind
        assert any(e["rule"] == "contact-not-the-goal" for e in verdict.evidence)
    lead = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    assert classify_page(contact, PACK, goals=lead).stage == "decision"


def test_a_service_page_whose_only_way_on_is_the_template_asks_for_the_lead() -> None:
    """LABELLING.md: service pages -> contact when their only next step is the contact form
    or button (veranda77-verandas-quotes, hollington-construction-lawyer: the sidebar's
    consultation button). A page something names a read, or one with a way on of its own,
    keeps its read; so does one text that nothing names a service page, built in fewer
    than three sections (a doctor's bio, a guide to a birding site, a recipe: on the dev
    half such lead asks were wrong 83 times in 99)."""
    lead = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    sidebar = dict(link("/contact/", "Contact us", region="aside"), template=True)
    service = page(f"{SITE}/veranda-melun/", h1=["Verandas in Melun"], word_count=1100,
                   h2=["Our verandas", "How we build", "Prices"], links=[sidebar])  # fmt: skip
    verdict = classify_page(service, PACK, {}, goals=lead)
    assert (verdict.stage, verdict.action, verdict.next_step) == ("consideration", "contact", False)
    assert any(e["rule"] == "service-page-asks-the-lead" for e in verdict.evidence)
    story = dict(service, url=f"{SITE}/dr-myers/", h1=["Dr Myers"], h2=["Education"])
    assert classify_page(story, PACK, {}, goals=lead).action == "read"
    testimonial = dict(service, url=f"{SITE}/testimonials/2017/01/09/rob-passed/")
    assert classify_page(testimonial, PACK, {}, goals=lead).action == "read"
    own = dict(service, links=[sidebar, link("/verandas-bois/", "our wooden verandas")])
    context = {SITE + "/verandas-bois/": ("consideration", "read")}
    assert classify_page(own, PACK, context, goals=lead).action == "read"
    shop = Goals(kind="own-checkout-shop", actions=KINDS["own-checkout-shop"][0])
    assert classify_page(service, PACK, {}, goals=shop).action == "read"


def test_a_sidebar_every_post_of_a_section_repeats_is_that_sections_template() -> None:
    """laire-visuelle-optometrist-fr: each article carries a "Nos services" block, on too
    few of the site's pages to be its template but on every page of /articles/: it is the
    section's template, not each article's next step. A repeated link that asks ("Book
    now" on every room) stays each page's own."""
    from rules.template import TemplateCounter, section_of

    assert section_of(f"{SITE}/articles/a/") == "articles"
    assert section_of(f"{SITE}/articles/") is None and section_of(f"{SITE}/") is None

    def article(i: int) -> dict:
        block = [link(f"/services/s{n}/", f"Service {n}") for n in range(3)]
        return page(f"{SITE}/articles/a{i}/", word_count=900,
                    links=[*block, link("/book/", "Book now")])  # fmt: skip

    others = [page(f"{SITE}/p{i}/", links=[link(f"/q{i}/", "elsewhere")]) for i in range(12)]
    articles = [article(i) for i in range(5)]
    counter = TemplateCounter(asks=lambda element: element["anchor_text"] == "Book now")
    template = counter.add_all(articles + others)
    marked = template.mark(articles[0])
    assert [x["template"] for x in marked["links"]] == [True, True, True, False]
    outside = template.mark(page(f"{SITE}/about/x/", links=[link("/services/s0/", "Service 0")]))
    assert outside["links"][0]["template"] is False


def test_what_asks_more_than_reading_on() -> None:
    """A section's repeated button stays each page's own when its words or its target ask
    (amp-studio-agency-uk's "Start a Project" to /contact/ on every portfolio page); a post
    sidebar's "Learn More" to the about page is the sidebar's (posturehq-chiropractic)."""
    from rules.touchpoints import asks_more_than_reading

    start = cta("Start a Project", href="/contact/", target_url=f"{SITE}/contact/")
    assert asks_more_than_reading(PACK, start)
    assert asks_more_than_reading(PACK, link("/booking/", "Book now"))
    learn = cta("Learn More", href="/about-us", target_url=f"{SITE}/about-us")
    assert not asks_more_than_reading(PACK, learn)
    assert not asks_more_than_reading(PACK, link("/services/s1/", "Lunetterie"))


def test_demo_request_urls_are_demo_pages() -> None:
    """ "/request-demo/" is where a sales-led SaaS takes its demo requests
    (aerlytix-aviation-finance-saas-demo): the page asks for the demo, not a contact."""
    demo_form = form(("text", "name"), ("email", "email"), ("text", "company"))
    for path in ("/request-demo/", "/book-a-demo/", "/demo/", "/schedule-a-live-demo/"):
        verdict = classify_page(page(f"{SITE}{path}", forms=[demo_form]), PACK)
        assert (verdict.stage, verdict.action) == ("decision", "request_demo"), path
    assert classify_page(page(f"{SITE}/demolition/", forms=[demo_form]), PACK).action == "contact"


def test_product_pages_of_a_site_that_sells_nothing_online_describe_the_product() -> None:
    """A B2B SaaS's /products/risk-management/ describes a module; nothing on it puts
    anything in a cart (aerlytix-aviation-finance-saas-demo): a product-feature page,
    consideration (LABELLING.md). A shop's product page, or any page with a buy button of
    its own, stays the decision."""
    demo = Goals(kind="saas-demo", actions=KINDS["saas-demo"][0])
    module = page(f"{SITE}/products/risk-management/", h1=["Risk Management"], word_count=300)
    verdict = classify_page(module, PACK, goals=demo)
    assert (verdict.stage, verdict.action) == ("consideration", "read")
    assert any(row["rule"] == "sells-nothing-online" for row in verdict.evidence)
    assert classify_page(module, PACK).stage == "decision"  # without goals: the URL's word
    shop = Goals(kind="own-checkout-shop", actions=KINDS["own-checkout-shop"][0])
    assert classify_page(module, PACK, goals=shop).stage == "decision"
    buy = cta("Add to cart", kind="button", position=0)
    verdict = classify_page({**module, "ctas": [buy]}, PACK, goals=demo)
    assert (verdict.stage, verdict.action) == ("decision", "add_to_cart")


def test_year_slug_permalinks_company_pages_and_press_pages() -> None:
    """Jekyll's "/:year/:title/" permalink is a post (casa-mathilda-bnb-barcelona-es); a
    press or careers page is a company page, awareness, not a utility page like the legal
    ones (chimera-makerspace-membership, budibase-lowcode-saas)."""
    for path in ("/2015/after-work-en-casa-mathilda/", "/2019/05/10/posture.html", "/2020/x1/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=110), PACK)
        assert (verdict.stage, verdict.action) == ("awareness", "read"), path
    assert classify_page(page(f"{SITE}/2015/", word_count=110), PACK).stage != "awareness"
    for path in ("/press/", "/careers/", "/en/prensa/"):
        assert classify_page(page(f"{SITE}{path}", word_count=200), PACK).stage == "awareness"
    assert classify_page(page(f"{SITE}/privacy-policy/", word_count=900), PACK).stage == "none"


def test_a_three_page_sections_side_menu_is_its_template() -> None:
    """thinking-space-psychology-london: the three treatment pages each carry the same side
    menu of the three treatments; it is the section's template, not each page's next step.
    Two pages sharing links are not a section's template."""
    from rules.template import TemplateCounter

    menu = [link(f"/treatments/{t}.html", t.upper()) for t in ("act", "cbt", "fap")]
    others = [page(f"{SITE}/p{i}/", links=[link(f"/q{i}/", "elsewhere")]) for i in range(12)]

    def marks(count: int) -> list[bool]:
        pages = [page(f"{SITE}/treatments/t{i}.html", links=list(menu)) for i in range(count)]
        template = TemplateCounter().add_all(pages + others)
        return [x["template"] for x in template.mark(pages[0])["links"]]

    assert marks(3) == [True, True, True]
    assert marks(2) == [False, False, False]


def test_an_accept_terms_box_is_not_a_postcode() -> None:
    """ "accept-terms" holds "cep" (a Brazilian postcode): an appointment form with a name,
    an e-mail, a phone and that box was judged a checkout (thinking-space-psychology-london)."""
    from rules.touchpoints import form_purpose

    appointment = form(("text", "your-name"), ("email", "email-address"), ("text", "phone"))
    appointment["fields"].append({**appointment["fields"][0], "type": "checkbox",
                                  "name": "accept-terms"})  # fmt: skip
    appointment["submit_text"] = "Submit your request"
    assert form_purpose(PACK, appointment)[0] != "checkout"
    shipping = form(("email", "email"), ("text", "cep"))
    assert form_purpose(PACK, shipping)[0] == "checkout"


def test_a_cart_page_without_a_checkout_page_hands_the_cart_over_by_script() -> None:
    """highland-park-furniture-stripe-cart: "Add to Cart" fills /cart/, whose "Proceed to
    Checkout" calls Stripe's redirectToCheckout; no page takes the payment on the site and
    no link hands it over. The cart is where the shop converts, not its product pages."""
    collector = GoalCollector()
    collector.add(f"{SITE}/", (), {}, home=True)
    for path in ("/shop/table/", "/shop/bench/"):
        collector.add(f"{SITE}{path}", ("add_to_cart",), {}, stage="decision")
    collector.add(f"{SITE}/cart/", ("checkout",), {}, stage="decision")
    collector.add(f"{SITE}/contact/", ("contact",), {"contact": "formsubmit.co"})
    goals = collector.infer(frozenset())
    assert goals.kind == "hosted-cart-shop" and goals.actions == {"checkout"}
    assert goals.goal_for({"checkout"}, {}) == "hosted-cart-shop"
    assert goals.goal_for({"add_to_cart"}, {}) is None
    assert goals.goal_for({"contact"}, {"contact": "formsubmit.co"}) is None


def test_product_pages_with_cart_buttons_and_no_cart_page_make_a_shop_not_a_lead_site() -> None:
    """spaeth-farms-beef-shop-cadott-wi-us, tamimt-souss-honey-argan-shop-ma: "Add to Cart"
    fills a script drawer and no page is the cart or the checkout. Such a shop converts
    nowhere on the site, and its contact form is a pre-sales question (LABELLING.md), not
    the goal. Product pages by URL alone (a SaaS's /products/ pages) are no shop."""
    collector = GoalCollector()
    collector.add(f"{SITE}/", (), {}, home=True)
    for path in ("/products/brisket/", "/products/roast/", "/products/steak/"):
        collector.add(f"{SITE}{path}", ("add_to_cart",), {}, stage="decision", carts=True)
    collector.add(f"{SITE}/contact/", ("contact",), {})
    goals = collector.infer(frozenset())
    assert goals.kind == "hosted-cart-shop" and goals.actions == {"checkout"}
    assert goals.goal_for({"contact"}, {}) is None
    saas = GoalCollector()
    saas.add(f"{SITE}/", (), {}, home=True)
    for path in ("/products/ledger/", "/products/payroll/", "/products/invoices/"):
        saas.add(f"{SITE}{path}", ("add_to_cart",), {}, stage="decision", asks="add_to_cart")
    saas.add(f"{SITE}/contact/", ("contact",), {})
    assert saas.infer(frozenset()).kind == "lead-gen"
    # the first pass tells a page's own cart button from a URL
    button = cta("Add to Cart", kind="button", position=0)
    product = classify_page(page(f"{SITE}/products/brisket/", ctas=[button]), PACK)
    assert has_own_cart_button(product)
    ledger = classify_page(page(f"{SITE}/products/ledger/", word_count=200), PACK)
    assert not has_own_cart_button(ledger)


def test_rooms_on_a_reservation_engine_make_a_booking_site_beside_its_contact_form() -> None:
    """auberge-de-nos-aieux-charlevoix-qc-ca, toubkal-ecolodge-imlil-ma: an inn hands
    its rooms to Cloudbeds and answers questions by a contact form. The booking is its goal
    and the contact page a question before it (LABELLING.md: a booking business). A
    consultant's Calendly beside a contact form stays a lead site: both take leads."""
    engines = PACK.reservation_engines
    assert {"cloudbeds", "booking-com", "bokun"} <= engines and "calendly" not in engines

    def site(provider: str) -> GoalCollector:
        collector = GoalCollector()
        collector.add(f"{SITE}/", ("book_call",), {"book_call": provider}, home=True)
        for path in ("/rooms/", "/en/rooms/"):
            collector.add(f"{SITE}{path}", ("book_call",), {"book_call": provider})
        collector.add(f"{SITE}/contact/", ("contact",), {"contact": "formspree.io"})
        collector.add(f"{SITE}/en/contact/", ("contact",), {"contact": "formspree.io"})
        return collector

    inn = site("cloudbeds").infer(cart_providers(PACK), engines)
    assert inn.kind == "booking"
    assert inn.goal_for({"contact"}, {"contact": "formspree.io"}) is None
    assert inn.goal_for({"book_call"}, {"book_call": "cloudbeds"}) == "booking"
    consultant = site("calendly").infer(cart_providers(PACK), engines)
    assert consultant.kind == "lead-gen"
    assert consultant.goal_for({"contact"}, {"contact": "formspree.io"}) == "lead-gen"


def test_a_section_index_of_services_is_a_listing_to_browse() -> None:
    """laire-visuelle-optometrist-fr's /services/ and hollington's /areas-served/ list the
    service pages below them: listings to browse (LABELLING.md), where their words say
    read. An index of articles stays a read; the home page is no section's index."""
    services = [f"{SITE}/services/{name}/" for name in ("exams", "lenses", "frames")]
    index = page(
        f"{SITE}/services/",
        word_count=230,
        links=[link(url.removeprefix(SITE), url[-6:]) for url in services],
    )
    assert classify_page(index, PACK).action == "read"  # first pass: no context
    offered = {url: ("consideration", "book_call") for url in services}
    verdict = classify_page(index, PACK, offered)
    assert verdict.action == "browse"
    assert any(row["rule"] == "graph-section-index" for row in verdict.evidence)
    posts = {url: ("awareness", "read") for url in services}
    assert classify_page(index, PACK, posts).action == "read"
    home = {**index, "url": f"{SITE}/"}
    assert not any(
        row["rule"] == "graph-section-index" for row in classify_page(home, PACK, offered).evidence
    )


def test_a_restaurants_reservations_page_and_button_ask_for_the_booking() -> None:
    """asador-caracoles-restaurant-lerma-es: the "Reservas" button and the page headed
    "Reservas" (at /contacto.html, tables booked by phone) ask to book a table, a bookable
    unit (LABELLING.md); a wine named "Gran Reserva" asks nothing."""
    for text in ("Reservas", "Reservations", "Réservations", "Prenotazioni", "Reservierung"):
        assert text_action(PACK, text) == "book_call", text
    assert text_action(PACK, "Rioja Gran Reserva 2015") is None
    reservas = page(f"{SITE}/contacto.html", h1=["Reservas"], title="Reservas & Contacto")
    verdict = classify_page(reservas, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "book_call")


def test_a_contact_page_named_after_the_business_is_a_contact_page() -> None:
    """shamayoga-yoga-teacher-training-uk's contact page is /contact-shamayoga/; an
    optician's /contact-lenses/ is a product page, not a contact page."""
    verdict = classify_page(page(f"{SITE}/contact-shamayoga/", word_count=40), PACK)
    assert (verdict.stage, verdict.action) == ("decision", "contact")
    assert classify_page(page(f"{SITE}/contact-lenses/", word_count=300), PACK).action != "contact"


def test_a_short_page_of_text_is_still_a_page_to_read() -> None:
    """shamayoga-yoga-teacher-training-uk's venue and prerequisites pages hold 57-68 words
    and no other signal: a page to read, not a page touchpoint knows nothing about. A page
    of a few words (an empty template) still gets no verdict."""
    verdict = classify_page(page(f"{SITE}/teacher-training/venues/", word_count=60), PACK)
    assert (verdict.stage, verdict.action) == ("consideration", "read")
    bare = classify_page(page(f"{SITE}/teacher-training/venues/", word_count=12), PACK)
    assert (bare.stage, bare.action) == ("none", "none")


def test_a_shops_home_without_a_hero_button_asks_to_browse() -> None:
    """LABELLING.md: "Home: its dominant hero CTA (browse for most shops)". A shop's home
    page of teasers with no button of its own that leads to several product or category
    pages asks to browse (celiart-art-shop, gatorface-woodworking-shop-ca,
    localc-promo-products-shop-qc); a charity's home that leads to its one donation page
    keeps its read (bamru-mountain-rescue-donations). Any other site's home of teasers is a
    hub to browse by ``test_a_home_page_without_a_hero_ask_is_a_hub_to_browse``."""
    shop = Goals(kind="hosted-cart-shop", actions=KINDS["hosted-cart-shop"][0])
    teasers = [link(f"/products/p{i}/", f"Hand-made bowl {i}") for i in range(3)]
    home = page(f"{SITE}/", h1=["Hand-made in Quebec"], word_count=300, links=teasers)
    context = {SITE + f"/products/p{i}/": ("decision", "add_to_cart") for i in range(3)}
    verdict = classify_page(home, PACK, context, goals=shop)
    assert (verdict.stage, verdict.action) == ("awareness", "browse")
    assert any(e["rule"] == "shop-home-browses" for e in verdict.evidence)
    one = dict(home, links=teasers[:1])
    assert classify_page(one, PACK, context, goals=shop).action == "read"
    lead = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    hub = classify_page(home, PACK, context, goals=lead)  # any site's home without a hero ask
    assert not any(e["rule"] == "shop-home-browses" for e in hub.evidence)
    assert any(e["rule"] == "home-hub-browses" for e in hub.evidence)
    product = dict(home, url=f"{SITE}/about/")
    assert classify_page(product, PACK, context, goals=shop).action != "browse"


def test_demo_requests_outnumbering_webinar_registrations_make_a_demo_led_saas() -> None:
    """A sales-led SaaS's product pages each carry a demo form posting to a form service,
    and a few blog posts link to webinar registrations elsewhere: the demo is the goal
    (placeos-smart-building-saas). Signups at least as many as demos keep it a SaaS."""

    def collect(webinars: int) -> str | None:
        collector = GoalCollector()
        collector.add(f"{SITE}/", (), {}, home=True)
        for i in range(3):
            demo = {"request_demo": "submit-form.com"}
            collector.add(f"{SITE}/products/p{i}/", ("request_demo",), demo)
        for i in range(webinars):
            webex = {"signup": "acme.webex.com"}
            collector.add(f"{SITE}/posts/webinar-{i}/", ("signup",), webex)
        return collector.infer(frozenset()).kind

    assert collect(2) == "saas-demo"
    assert collect(3) == "saas"


def test_a_listing_of_articles_under_a_category_url_is_an_archive() -> None:
    """LABELLING.md: blog archives are awareness, catalogue categories consideration. A
    /categories/ page whose linked pages are all articles is a blog archive, whatever its
    URL says (placeos-smart-building-saas's tag pages)."""
    posts = [link(f"/posts/p{i}/", f"How buildings learn, part {i}") for i in range(6)]
    archive = page(f"{SITE}/categories/energy/", h1=["Energy"], word_count=600, links=posts)
    context = {SITE + f"/posts/p{i}/": ("awareness", "read") for i in range(6)}
    verdict = classify_page(archive, PACK, context)
    assert (verdict.stage, verdict.action) == ("awareness", "read")


def test_a_membership_page_is_the_signup_of_a_club() -> None:
    """LABELLING.md: signup and registration pages are decision; a club's membership page
    is where a visitor joins (western-canadian-blacksmiths-guild, whose membership is a
    printed form). Its sub-pages (the membership agreement) are not."""
    joining = page(f"{SITE}/membership/", h1=["Membership"], word_count=300)
    assert (classify_page(joining, PACK).stage, classify_page(joining, PACK).action) == (
        "decision",
        "signup",
    )
    agreement = page(f"{SITE}/membership/agreement/", h1=["Agreement"], word_count=900)
    assert classify_page(agreement, PACK).action != "signup"


def test_polish_and_dutch_appointment_words_ask_to_book() -> None:
    """ "Zadzwoń i umów się na wizytę!" (call and book a visit) closing a practice page makes
    it the practice's booking page (centrum-gabinetow-terapeutycznych-pl)."""
    for text in ("Umów wizytę", "Zadzwoń i umów się na wizytę!", "Maak een afspraak"):
        assert text_action(PACK, text) == "book_call", text
    practice = page(
        f"{SITE}/logopeda/",
        h1=["Gabinet logopedyczny"],
        h2=["Ćwiczenia oddechowe", "Zadzwoń i umów się na wizytę!"],
        word_count=400,
    )
    verdict = classify_page(practice, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "book_call")


def test_a_theme_stamping_blogposting_on_every_page_names_no_post() -> None:
    """A theme that puts BlogPosting on most pages, the index of a section included (the
    /rooms/ listing and each room, menu and activity page of de-klumpu-eco-stay-bali),
    says nothing of what a page is: its schema weighs as the template does. A blog whose
    index is no BlogPosting keeps its posts' schema (betterwaterguide, bluewallet)."""

    def site(index_types: list[str]) -> list[dict]:
        rooms = page(f"{SITE}/rooms/", h1=["Rooms"], word_count=200, schema_types=index_types)
        blog_posting = ["BlogPosting"]
        units = [
            page(f"{SITE}/rooms/r{i}/", h1=[f"Suite {i}"], schema_types=blog_posting)
            for i in range(4)
        ]
        home = page(f"{SITE}/", h1=["Eco stay"], word_count=300, schema_types=["WebSite"])
        return [home, rooms, *units]

    stamped = site(["BlogPosting"])
    template = TemplateCounter(home=f"{SITE}/").add_all(stamped)
    assert template.schema_stamp == {"BlogPosting"}
    activity = template.mark(stamped[2])
    assert activity["template_schema"] == ["BlogPosting"]
    schema_rows = [e for e in classify_page(activity, PACK).evidence if e["signal"] == "schema"]
    assert all(e["weight"] < 1 for e in schema_rows)  # the template's weight: none by default
    unmarked = classify_page(dict(stamped[2], template_schema=[]), PACK)
    assert any(e["signal"] == "schema" and e["weight"] >= 1 for e in unmarked.evidence)
    blog = site(["CollectionPage"])
    assert TemplateCounter(home=f"{SITE}/").add_all(blog).schema_stamp == frozenset()


def test_a_sponsored_button_with_neutral_words_is_a_click_out() -> None:
    """waterfiltersoftenercombo-affiliate-review: a review's "SpringWell Combo →" button to the
    merchant says nothing by its words, but its link is ``rel=sponsored``: the visitor is
    sent to buy there, so the review is where the affiliate site converts."""
    merchant = "https://www.springwellwater.com/products/combo/?affid=40"
    button = cta("SpringWell Combo →", target_url=merchant, internal=False)
    review = page(
        f"{SITE}/springwell-review/",
        word_count=900,
        ctas=[button],
        links=[outbound(merchant, "SpringWell Combo →", rel="nofollow sponsored noopener")],
    )
    verdict = classify_page(review, PACK)
    assert verdict.action == "purchase"
    assert verdict.handoffs
    # the same words to a merchant without the paid-link mark ask nothing
    plain = "https://www.springwellwater.com/products/combo/"
    unpaid = page(
        f"{SITE}/springwell-review-2/",
        word_count=900,
        ctas=[cta("SpringWell Combo →", target_url=plain, internal=False)],
        links=[outbound(plain, "SpringWell Combo →")],
    )
    assert classify_page(unpaid, PACK).action != "purchase"


def test_ticket_and_book_order_words_and_ticketing_services_ask_to_buy() -> None:
    """serverlessdays-london-2019-tito-tickets, atomic-design-ebook-shopify: "Get Tickets"
    to Tito and "Order the Book" are purchases; a ticketing service is a hand-off."""
    for text in ("Get Tickets", "Buy tickets", "Order the Book", "Pre-order now", "Get your copy"):
        assert text_action(PACK, text) == "purchase", text
    tickets = "https://ti.to/serverlessdays-london/2019"
    home = page(
        f"{SITE}/",
        word_count=300,
        ctas=[cta("Get Tickets", target_url=tickets, internal=False, position=0)],
        links=[outbound(tickets, "Get Tickets")],
    )
    verdict = classify_page(home, PACK)
    assert verdict.action == "purchase"
    assert verdict.handoffs == {"purchase": "tito"}


def test_an_faq_block_does_not_make_a_page_a_support_page() -> None:
    """defensa-penal-cordoba-lawyer-ar: every service page closes with "Preguntas
    frecuentes"; that section says nothing of the page's stage. An FAQ page still is one."""
    service = page(
        f"{SITE}/imputado-cordoba/",
        h1=["Imputado en Córdoba: qué significa y cómo actuar"],
        h2=["Qué hacer", "Preguntas frecuentes"],
        word_count=1900,
    )
    assert not any(e["rule"] == "heading-faq" for e in classify_page(service, PACK).evidence)
    faq = page(f"{SITE}/faq/", h1=["Preguntas frecuentes"], word_count=900)
    verdict = classify_page(faq, PACK)
    assert any(e["rule"] == "heading-faq" for e in verdict.evidence)
    assert verdict.stage == "consideration"  # questions asked before buying (url-faq)


def test_a_button_opening_a_whatsapp_chat_asks_for_contact() -> None:
    """defensa-penal-cordoba-lawyer-ar: a lawyer's "Consultar mi situación penal" button
    opens a WhatsApp chat with the practice: it asks the visitor to get in touch. A
    WhatsApp share intent (a message to no number) asks nothing of the sort."""
    chat = "https://wa.me/543513772921?text=Hola%2C%20necesito%20una%20consulta"
    service = page(
        f"{SITE}/imputado-cordoba/",
        h1=["Imputado en Córdoba"],
        word_count=1200,
        ctas=[cta("Consultar mi situación penal", target_url=chat, internal=False)],
    )
    assert classify_page(service, PACK).action == "contact"
    share = "https://wa.me/?text=Mira%20esto"
    post = page(
        f"{SITE}/orientacion/",
        h1=["Qué hacer"],
        word_count=1200,
        ctas=[cta("Compartir", target_url=share, internal=False)],
    )
    assert classify_page(post, PACK).action != "contact"


def test_a_book_chapter_is_read_before_any_offer() -> None:
    """atomic-design-ebook-shopify: a 6,800-word chapter with no URL, heading or button
    naming a stage is a long read at the top of the funnel, not a description of an
    offer; a short page of text still falls back to consideration."""
    chapter = page(f"{SITE}/chapter-1/", h1=["Designing Systems"], word_count=6800)
    assert (classify_page(chapter, PACK).stage, classify_page(chapter, PACK).action) == (
        "awareness",
        "read",
    )
    short = page(f"{SITE}/our-approach/", h1=["Our approach"], word_count=400)
    assert classify_page(short, PACK).stage == "consideration"


def test_view_details_buttons_ask_to_browse() -> None:
    """kawoosa-papier-mache-crafts-shop, seascape-vacations: a listing's "View Product
    Details" and "View Details" buttons lead on to the items: they ask to browse."""
    for text in ("View Product Details", "View Details", "See details"):
        assert text_action(PACK, text) == "browse", text


def test_an_address_form_asking_for_an_estimate_is_a_lead_not_a_checkout() -> None:
    """seascape-vacations-rental-management-fl: an owner's form with name, phone, email
    and the property's address, sent by "Get My Free Revenue Estimate →", asks for a
    reply; an address form sent by "Place order" is still a checkout."""
    fields = (("text", "owner_name"), ("tel", "owner_phone"), ("email", "owner_email"),
              ("text", "property_address"))  # fmt: skip
    lead = form(*fields, submit="Get My Free Revenue Estimate →")
    assert form_purpose(PACK, lead)[0] == "contact"
    order = form(*fields, submit="Place order")
    assert form_purpose(PACK, order)[0] == "checkout"


def test_a_page_listing_bookable_units_is_a_listing_to_browse() -> None:
    """seascape-vacations-rental-management-fl: a "stays" landing page of 680 words whose
    own links are mostly the rental homes' pages (each asking for the booking) lists them:
    consideration / browse, though the theme stamps Article on it."""
    homes = [f"/properties/home-{n}/" for n in range(4)]
    landing = page(
        f"{SITE}/stays/babymoon-vacation-rentals/",
        h1=["Babymoon Vacation Rentals"],
        schema_types=["Article", "ItemList"],
        word_count=680,
        links=[link(h, "View Details") for h in homes] + [link("/properties/", "View all")],
    )
    context = {SITE + h: ("decision", "book_call") for h in homes}
    verdict = classify_page(landing, PACK, context)
    assert (verdict.stage, verdict.action) == ("consideration", "browse")


def test_access_requests_are_signups_and_german_quote_words_ask_for_contact() -> None:
    """boolean-csat-survey-saas: "Request Access" asks for the signup of an app in private
    beta. ruempelraeumung-house-clearance-at: "Gratis Angebot", "Jetzt kostenloses Angebot
    sichern" and "Jetzt anrufen" ask for contact, and /angebot/ is the quote-request page."""
    for text in ("Request Access", "Get early access", "Join the waitlist"):
        assert text_action(PACK, text) == "signup", text
    for text in ("Gratis Angebot", "Jetzt kostenloses Angebot sichern", "call Jetzt anrufen"):
        assert text_action(PACK, text) == "contact", text
    for path in ("/angebot/", "/presupuesto/", "/demande-de-devis/", "/wycena/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=300), PACK)
        assert (verdict.stage, verdict.action) == ("decision", "contact"), path


def test_faq_page_schema_leans_to_awareness_but_asks_nothing() -> None:
    """ruempelraeumung-house-clearance-at: an SEO plugin stamps FAQPage on every service
    page with closing questions; it leans the stage but never votes the page a read, so a
    service page still asks for its lead."""
    service = page(f"{SITE}/leistungen/kellerraeumung/", schema_types=["FAQPage"], word_count=550)
    faq = next(e for e in classify_page(service, PACK).evidence if e["rule"] == "schema-faq-page")
    assert faq["stage"] == "awareness" and faq.get("action") is None


def test_common_button_words_in_dutch_polish_and_more() -> None:
    """The lexicon's European languages beyond the first five: the everyday words of
    shop, booking, contact and read-more buttons."""
    expected = {
        "Koop nu": "purchase",
        "Zarezerwuj teraz": "book_call",
        "Reserva ahora": "book_call",
        "Zapytaj o cenę": "contact",
        "Appelez-nous": "contact",
        "Bekijk alle producten": "browse",
        "Czytaj więcej": "read",
        "Lees meer": "read",
        "Zarejestruj się": "signup",
    }
    assert {text: text_action(PACK, text) for text in expected} == expected


def test_a_wordless_store_badge_to_one_product_is_a_click_out() -> None:
    """connor-cole-mysteries-ebook-author-us: a book page's Amazon badge (an image link,
    no words) opens the book's /dp/ page: the visitor is sent to buy it. A post naming a
    book "on Amazon" in its text only refers to it."""
    badge = outbound("https://www.amazon.com/Murder-Magic-City-ebook/dp/B07D66BQXR", "")
    book = page(f"{SITE}/products/murder-in-magic-city/", word_count=150, links=[badge])
    assert classify_page(book, PACK).handoffs == {"purchase": "amazon"}
    mention = outbound("https://www.amazon.com/dp/B01ABCDEF", "this book")
    post = page(f"{SITE}/blog/letting-go/", word_count=900, links=[mention])
    assert classify_page(post, PACK).handoffs == {}


def test_a_ticket_office_is_the_sites_own_sale_and_a_marketplace_a_click_out() -> None:
    """serverlessdays, underscore: tickets sold on Tito or Eventbrite are the site's own
    sale handed to a hosted checkout, not click-outs to someone else's shop (which made a
    conference an affiliate site); Amazon and Etsy stay marketplaces."""
    from rules.crawl import cart_providers

    carts = cart_providers(PACK)
    assert {"tito", "ti.to", "eventbrite", "snipcart"} <= carts
    assert not {"amazon", "amazon.com", "etsy"} & carts
    collector = GoalCollector()
    collector.add(f"{SITE}/", ("purchase",), {"purchase": "tito"}, home=True)
    collector.add(f"{SITE}/tickets/", ("purchase",), {"purchase": "tito"}, stage="decision")
    assert collector.infer(carts).kind == "hosted-cart-shop"


def test_a_legal_page_never_converts_and_a_query_string_is_the_same_page() -> None:
    """underscore-scala-consultancy-uk: a privacy policy naming the shop it sells books
    through is still a legal page, no conversion; /contact/?subject=Mentoring and
    /contact/?subject=Training are one contact page in the goal's evidence."""
    shop = outbound("https://gumroad.com/l/essential-scala", "Buy the book")
    privacy = page(f"{SITE}/privacy/", title="Privacy Policy", word_count=1800, links=[shop])
    shop_goals = Goals(kind="hosted-cart-shop", actions=KINDS["hosted-cart-shop"][0])
    verdict = classify_page(privacy, PACK, goals=shop_goals)
    assert verdict.stage == "none" and not verdict.is_conversion and verdict.goal is None
    collector = GoalCollector()
    for subject in ("Mentoring", "Training", "Back+On+Track"):
        collector.add(f"{SITE}/contact/?subject={subject}", ("contact",), {})
    assert collector.on_site["contact"].pages == 1


def test_an_events_ticket_page_is_where_the_ticket_is_bought() -> None:
    """pennaatak-theatre-tickets-us: /tickets/ holds the order form a script sends to the
    payment app; greenwich-comedy-festival-tickets: its /tickets/ page. The ticket page is
    the decision and the purchase, in other languages too; a ticket under a support
    section's path is not."""
    for path in ("/tickets/", "/billetterie/", "/entradas/", "/biglietti/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=250), PACK)
        assert (verdict.stage, verdict.action) == ("decision", "purchase"), path
    assert classify_page(page(f"{SITE}/tickets/4711/", word_count=250), PACK).action != "purchase"


def test_a_link_handing_the_visitor_to_a_shop_is_a_next_step() -> None:
    """connor-cole-mysteries-ebook-author-us: a book page whose only own link is its Amazon
    badge sends the visitor on, to buy: it is no dead end. An outbound reference is not."""
    badge = outbound("https://www.amazon.com/Murder-Magic-City-ebook/dp/B07D66BQXR", "")
    book = page(f"{SITE}/products/murder-in-magic-city/", word_count=150, links=[badge])
    assert classify_page(book, PACK, context={}).next_step
    reference = outbound("https://en.wikipedia.org/wiki/Miami", "Magic City")
    post = page(f"{SITE}/blog/miami/", word_count=600, links=[reference])
    assert not classify_page(post, PACK, context={}).next_step


def test_a_cart_button_is_known_by_its_classes_in_any_language() -> None:
    """kalita-joyeria-shop-mx: Snipcart's "Agregar a tu compra" button (class
    ``snipcart-add-item``) adds to the cart; its words were in no lexicon."""
    from rules.touchpoints import cta_action

    snipcart = cta("Dans le sac", kind="button", classes="snipcart-add-item btn")
    assert cta_action(PACK, snipcart) == ("add_to_cart", None)
    assert cta_action(PACK, cta("Ver más", classes="add_to_cart_button"))[0] == "add_to_cart"
    assert cta_action(PACK, cta("Ver más", classes="btn-cartography"))[0] != "add_to_cart"
    assert text_action(PACK, "Agregar a tu compra") == "add_to_cart"


def test_a_rooms_own_book_button_repeated_on_half_a_small_site_is_its_own() -> None:
    """pump-cottage-bnb-dorset-uk: five of ten pages are rooms, each closing with the same
    "Book Now" to the booking service: half the site, so it counted as template and no room
    asked for the booking. Repeated only within one section and absent from the home page,
    it is each room's own ask; a plain link repeated the same way stays chrome."""
    book = {
        "target_url": "https://www.freetobook.com/reservation.php?w_id=1",
        "anchor_text": "Book Now",
        "region": "body",
        "internal": False,
    }

    def room(i: int) -> dict:
        links = [dict(book), link("/accommodation/", "All our rooms", region="body")]
        return page(f"{SITE}/accommodation/room-{i}/", word_count=200, links=links)

    others = [page(f"{SITE}/{name}/", word_count=200) for name in ("gallery", "location", "faq")]
    pages = [page(f"{SITE}/", word_count=200), *[room(i) for i in range(5)], *others]

    def asks(element: dict) -> bool:
        return asks_more_than_reading(PACK, element)

    template = TemplateCounter(home=f"{SITE}/", asks=asks).add_all(pages)
    marked = template.mark(pages[1])
    assert [x["template"] for x in marked["links"]] == [False, True]
    # the same button on the home page too is the site's: chrome on every room
    pages[0]["links"] = [dict(book)]
    template = TemplateCounter(home=f"{SITE}/", asks=asks).add_all(pages)
    assert template.mark(pages[1])["links"][0]["template"]


def test_a_share_button_is_never_a_pages_primary_ask() -> None:
    """thepointspup-pet-travel-points-blog: a "Share" button first in an about page's
    content became its dominant ask (the hero's weight), and share outweighed the read."""
    share = cta("Share", kind="button", classes="share-button", href=None)
    about = page(f"{SITE}/about/", h1=["About"], word_count=380, ctas=[share])
    assert classify_page(about, PACK).action == "read"


def test_a_booking_sites_page_that_nothing_names_is_read() -> None:
    """de-klumpu-eco-stay-bali, waterloo-farm-holidays: a stay's pages on its food, the
    activities and the pubs nearby, whose only ways on are the template's, were made to ask
    for the booking like a service business's service pages; they are read."""
    booking = Goals(kind="booking", actions=KINDS["booking"][0])
    sidebar = dict(link("/book/", "Book your stay", region="aside"), template=True)
    food = page(f"{SITE}/food/sate-lilit/", h1=["Sate lilit"], word_count=200, links=[sidebar])
    verdict = classify_page(food, PACK, {}, goals=booking)
    assert (verdict.stage, verdict.action) == ("consideration", "read")
    assert not any(e["rule"] == "service-page-asks-the-lead" for e in verdict.evidence)


def test_an_affiliate_short_link_is_paid_whatever_its_words() -> None:
    """thepointspup-pet-travel-points-blog: a road-trip list's fifteen Amazon Associates
    short links (amzn.to) carry no parameter and no rel, but exist only to pay a commission:
    each is a step to buy at the merchant, not a reference."""
    from rules.touchpoints import asks_for_handoff, is_sponsored

    short = {"target_url": "https://amzn.to/3XHzRt6", "anchor_text": "Seat cover",
             "region": "main", "internal": False}  # fmt: skip
    assert is_sponsored(short) and asks_for_handoff(PACK, short)
    wiki = {**short, "target_url": "https://en.wikipedia.org/wiki/Seat_cover"}
    assert not is_sponsored(wiki)
    assert not is_sponsored({**short, "target_url": SITE + "/amzn.to/", "internal": True})


def test_a_paid_mention_in_a_long_text_does_not_make_it_a_sale() -> None:
    """mind-body-keto-coaching-ebooks-us: recipes linking their ingredients to Amazon with
    an affiliate tag became decision / purchase pages, and the coach's site an affiliate
    shop. A marketplace link named after what it points at, in a long text, is a mention;
    a wordless store badge or a link asking to buy still hands over."""
    tagged = "https://www.amazon.com/dp/B01N5IB20Q?tag=mbk-20"
    mention = outbound(tagged, "almond flour")
    recipe = page(f"{SITE}/keto-waffles/", h1=["Keto waffles"], word_count=760, links=[mention])
    verdict = classify_page(recipe, PACK, context={})
    assert (verdict.stage, verdict.action) == ("consideration", "read")
    assert not verdict.handoffs
    recipe["links"] = [outbound(tagged, "Buy it on Amazon")]
    assert classify_page(recipe, PACK, context={}).handoffs


def test_a_name_and_phone_form_is_a_lead_form() -> None:
    """cirrus-roofing-watsonville-ca: the roofer's estimate form asks a name, a phone
    number, the service and the town, no e-mail ("Send My Request"): a lead all the same."""
    estimate = form(("text", "first_name"), ("text", "last_name"), ("tel", "phone"),
                    ("text", "city"), submit="Send My Request")  # fmt: skip
    assert form_purpose(PACK, estimate)[0] == "contact"
    login = form(("tel", "phone"), ("text", "name"), ("password", "password"), submit="Log in")
    assert form_purpose(PACK, login)[0] != "contact"


def test_an_faq_schema_beside_a_service_type_is_a_section() -> None:
    """cirrus-roofing-watsonville-ca: each service page carries Service and FAQPage schema
    (its closing FAQ); the FAQ outweighed the service and made it an awareness page."""
    service = page(f"{SITE}/metal-roofing.html", word_count=800,
                   schema_types=["Service", "FAQPage"])  # fmt: skip
    assert classify_page(service, PACK).stage == "consideration"
    faq = page(f"{SITE}/questions.html", word_count=800, schema_types=["FAQPage"])
    assert classify_page(faq, PACK).stage == "awareness"


def test_a_plain_link_to_a_booking_service_is_a_way_on() -> None:
    """The verdict and the next step ask one question of a plain outbound link
    (``link_handoff``): a link to a booking service hands the visitor over whatever its
    words, so a page whose only own link goes to Calendly is no dead end; a merchant's only
    when the link asks to buy."""
    calendly = outbound("https://calendly.com/studio/intro", "my calendar")
    intro = page(f"{SITE}/intro-call/", word_count=300, links=[calendly])
    verdict = classify_page(intro, PACK, context={})
    assert verdict.handoffs and verdict.next_step
    reference = outbound("https://www.amazon.com/dp/B01N5IB20Q", "the book")
    post = page(f"{SITE}/blog/reading/", word_count=300, links=[reference])
    verdict = classify_page(post, PACK, context={})
    assert not verdict.handoffs and not verdict.next_step


def test_an_add_to_cart_button_outweighs_a_stamped_article_type() -> None:
    """hla-pro-life-resources-shop-us: a Jekyll theme stamps BlogPosting on each of its 99
    product pages (flat URLs, so no section index shows the stamp); the "Add to Cart" in
    each page's content tied with the schema and lost. A working buy button names the
    decision more surely than a type any theme can stamp."""
    button = cta("Add to Cart", kind="input", classes="btn", href=None)
    product = page(f"{SITE}/adoption/", word_count=256, schema_types=["BlogPosting"],
                   ctas=[button])  # fmt: skip
    verdict = classify_page(product, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "add_to_cart")


def test_a_booking_widget_in_the_page_is_its_way_on_and_its_conversion() -> None:
    """volcano-tours-iceland-day-tours: each tour page's only way on is the Bókun calendar a
    script draws in it (no link of its own): the tour is booked there, so the page is no
    dead end and completes the booking. A widget loader on most inner pages (a contact
    popup's script, nyckel-image-classification-saas) is no page's own way on."""
    tour = page(f"{SITE}/tours/golden-circle/", h1=["Golden Circle"], word_count=312,
                embeds=["widgets.bokun.is/"])  # fmt: skip
    booking = Goals(kind="booking", actions=KINDS["booking"][0])
    verdict = classify_page(tour, PACK, context={}, goals=booking)
    assert verdict.next_step and verdict.is_conversion
    assert (verdict.stage, verdict.action) == ("decision", "book_call")
    popup = "embed.typeform.com/next/embed.js"
    posts = [page(f"{SITE}/blog/p{i}/", word_count=400, embeds=[popup]) for i in range(6)]
    template = TemplateCounter(home=f"{SITE}/").add_all([page(f"{SITE}/"), *posts])
    post = template.mark(posts[0])
    assert post["own_embeds"] == [] and post["template_embeds"] == []
    assert not classify_page(post, PACK, context={}).next_step


def test_a_jump_to_a_part_of_the_page_is_no_way_on() -> None:
    """oleificio-cabriolu-olive-oil-shop-it: "Scopri e Acquista ↓" scrolls to the product's
    own section (``#product``); it settled the page's next step as a scripted button would.
    What it scrolls to is judged on its own (here: nothing)."""
    jump = cta("Scopri e Acquista ↓", href="#product", target_url=None, internal=None)
    story = page(f"{SITE}/storia/", word_count=300, ctas=[jump])
    verdict = classify_page(story, PACK, context={})
    assert not verdict.next_step
    assert is_jump(jump) and not is_jump({"href": "#"}) and not is_jump({"href": "#!/shop"})


def test_feeds_and_stub_pages_do_not_dilute_the_template() -> None:
    """qena-verzuimadvies-absence-consultancy-nl: a Hugo build's 16 XML feeds and 12
    one-link tag pages were 28 of 42 crawled documents, so the "Neem contact op" block
    closing all 11 real pages reached a quarter of the site and each service page asked for
    the contact itself. The share counts the pages that carry the template: a feed carries
    nothing, a stub page not the site's most widespread element."""
    block = {"target_url": SITE + "/contact/", "text": "Neem contact op", "kind": "link",
             "region": "main", "internal": True}  # fmt: skip
    menu = [link("/", "Home", region="nav"), link("/diensten/", "Diensten", region="nav")]

    def real(path: str) -> dict:
        return page(SITE + path, links=[dict(x) for x in menu], ctas=[dict(block)])

    pages = [real("/"), *[real(f"/diensten/d{i}/") for i in range(5)], real("/faq/")]
    pages += [page(f"{SITE}/tags/t{i}/", links=[link("/", "Home")]) for i in range(6)]
    pages += [page(f"{SITE}/tags/t{i}/index.xml", content_type="application/xml") for i in range(8)]
    template = TemplateCounter(home=f"{SITE}/").add_all(pages)
    assert template.mark(pages[1])["ctas"][0]["template"]
    # on a site where most pages lack the block, it stays each page's own
    pages += [page(f"{SITE}/blog/p{i}/", links=[dict(x) for x in menu]) for i in range(8)]
    template = TemplateCounter(home=f"{SITE}/").add_all(pages)
    assert not template.mark(pages[1])["ctas"][0]["template"]


def test_a_wordless_cart_button_is_known_by_its_look() -> None:
    """otherworld-ink-comic-art-snipcart-shop: the product pages' cart buttons are icons
    (no words, Snipcart's ``snipcart-add-item``), keyed like every other wordless button on
    the site, which the home page carries: template, so no product page asked to buy."""
    icon = {"kind": "button", "text": "", "region": "body", "position": 0,
            "classes": "snipcart-add-item is-size-3"}  # fmt: skip
    arrow = {"kind": "button", "text": "", "region": "body", "position": 1, "classes": "slick-next"}
    home = page(f"{SITE}/", ctas=[dict(arrow)])
    products = [page(f"{SITE}/shop/p{i}/", ctas=[dict(icon), dict(arrow)]) for i in range(2)]
    others = [page(f"{SITE}/blog/b{i}/", ctas=[dict(arrow)]) for i in range(3)]
    template = TemplateCounter(home=f"{SITE}/").add_all([home, *products, *others])
    marked = template.mark(products[0])
    assert [c["template"] for c in marked["ctas"]] == [False, True]
    verdict = classify_page(marked, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "add_to_cart")


def test_a_sitewide_form_the_home_page_shows_with_a_field_more_is_template() -> None:
    """centre-dental-baste-dentist-sant-boi-es: the contact form closing 51 of 55 pages is
    on the home page with one more field ("empresa"), so by the home-page check it was each
    page's own and 52 pages were conversions. A form one field apart is the same form; a
    page named for the form (``/free-estimate.html``) still converts by its URL."""
    fields = (("text", "nombre"), ("email", "email"), ("textarea", "mensaje"))
    sitewide = form(*fields, submit="ENVIAR")
    on_home = form(*fields, ("text", "empresa"), submit="ENVIAR")
    home = page(f"{SITE}/", forms=[on_home])
    posts = [page(f"{SITE}/post-{i}/", word_count=600, forms=[dict(sitewide)]) for i in range(6)]
    template = TemplateCounter(home=f"{SITE}/").add_all([home, *posts])
    assert template.mark(posts[0])["forms"][0]["template"]
    # a different form (another button) on the inner pages stays their own
    other = form(*fields, submit="Reservar")
    posts = [page(f"{SITE}/post-{i}/", word_count=600, forms=[dict(other)]) for i in range(6)]
    template = TemplateCounter(home=f"{SITE}/").add_all([home, *posts])
    assert not template.mark(posts[0])["forms"][0]["template"]
    estimate = page(f"{SITE}/free-estimate.html", h1=["Get a Free Roofing Estimate"],
                    forms=[dict(sitewide, template=True)])  # fmt: skip
    lead = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    assert classify_page(estimate, PACK, goals=lead).is_conversion


def test_a_product_grids_buy_buttons_are_each_cards_not_the_layouts() -> None:
    """arunaad-unwe-papad-snacks-shop-in: the home page and the shop list a card per
    product, each with the same script-driven "Add to cart" button that each product page
    holds once: on most pages and on the home page, it was template, and no product page
    asked to buy. A buy button a page's text repeats (a grid) is each card's; a sitewide
    "Get started" popup button, one or several a page, stays the layout's."""
    buy = {"kind": "button", "text": "Add to cart", "region": "main", "position": 0}
    start = {"kind": "button", "text": "Get started", "region": "main", "position": 1}

    def sells(element: dict) -> bool:
        return cta_action(PACK, element)[0] == "add_to_cart"

    grid = [dict(buy), dict(buy), dict(buy), dict(start), dict(start)]
    home = page(f"{SITE}/", ctas=grid)
    products = [page(f"{SITE}/products/p{i}/", ctas=[dict(buy), dict(start)]) for i in range(5)]
    pages = [home, page(f"{SITE}/shop/", ctas=[dict(x) for x in grid]), *products]
    template = TemplateCounter(home=f"{SITE}/", sells=sells).add_all(pages)
    marked = template.mark(products[0])
    assert [c["template"] for c in marked["ctas"]] == [False, True]
    assert (classify_page(marked, PACK).action) == "add_to_cart"


def test_a_ticket_office_link_hands_over_whatever_its_words() -> None:
    """schaeftlarner-konzerte-concert-tickets-de: the season's programme links each concert
    to München-Ticket with "Tickets für dieses Konzert sichern ab € 25", words no lexicon
    has. A box office, like a hosted checkout, takes the sale whatever the link says; only a
    marketplace's link must ask to buy (an author's Amazon mention is a reference)."""
    ticket = outbound("https://www.muenchenticket.de/event/konzerte-2025/428281/",
                      "Tickets für dieses Konzert sichern ab € 25")  # fmt: skip
    programme = page(f"{SITE}/programm/2025/", word_count=369, links=[ticket])
    verdict = classify_page(programme, PACK, context={})
    assert verdict.handoffs == {"purchase": "muenchen-ticket"} and verdict.next_step


def test_dutch_and_polish_section_words_name_pages() -> None:
    """qena-verzuimadvies-absence-consultancy-nl: /diensten/ is the services section;
    verhagen-plasterer-painter-nl's /watwijdoen.html is "what we do" and /projecten.html
    its projects; the same words in Polish (uslugi, realizacje)."""
    named = {
        "/diensten/verzuimbegeleiding/": "url-services",
        "/watwijdoen.html": "url-services",
        "/uslugi/": "url-services",
        "/projecten.html": "url-projects",
        "/over-ons/": "url-about",
        "/prijzen/": "url-pricing",
        "/winkel/": "url-category",
    }
    for path, rule in named.items():
        verdict = classify_page(page(SITE + path, word_count=200), PACK)
        assert rule in {e["rule"] for e in verdict.evidence}, path


def test_booking_engines_and_hosted_ordering_are_known_services() -> None:
    """toubkal-ecolodge-imlil-ma books its rooms in a Sagenda calendar frame on /rates/;
    skilletz-cafe-fremont-us takes orders on its DoorDash storefront (order.online);
    lemonmaid-cleaning-columbus-oh-us books cleanings in a BookingKoala form."""
    rates = page(f"{SITE}/rates/", word_count=120, embeds=["sagenda.net/Frontend/Calendar/5c2a"])
    assert classify_page(rates, PACK).handoffs == {"book_call": "sagenda"}
    order = outbound("https://order.online/store/skilletz-cafe-fremont-123/", "Order Pickup")
    verdict = classify_page(page(f"{SITE}/order-online/", links=[order]), PACK, context={})
    assert verdict.handoffs == {"purchase": "doordash-storefront"} and verdict.next_step
    booking = page(f"{SITE}/booking.html", embeds=["lemonmaid.bookingkoala.com/booknow"])
    assert classify_page(booking, PACK).handoffs == {"book_call": "bookingkoala"}


def test_forms_two_fields_apart_are_two_forms() -> None:
    """``forms_alike`` takes one field more or less, not a home page's newsletter box for
    every contact form that also asks for an e-mail."""
    from rules.template import form_shape, forms_alike

    contact = form_shape(form(("text", "name"), ("email", "email"), ("textarea", "message")))
    with_company = form_shape(
        form(("text", "name"), ("email", "email"), ("textarea", "message"), ("text", "company"))
    )
    without_name = form_shape(form(("email", "email"), ("textarea", "message")))
    newsletter = form_shape(form(("email", "email")))
    sent = form_shape(form(("text", "name"), ("email", "email"), ("textarea", "message"),
                           submit="Send"))  # fmt: skip
    shapes = {1: contact, 2: with_company, 3: without_name, 4: newsletter, 5: sent}
    assert forms_alike(shapes, [contact]) == {1, 2, 3}
    assert forms_alike(shapes, [with_company]) == {1, 2}
    assert forms_alike(shapes, [newsletter]) == {3, 4}


def test_a_chat_button_hands_the_lead_over_when_the_site_takes_no_lead_otherwise() -> None:
    """A room page's "Contact us on WhatsApp" (bt1-apartments-belfast-uk) is a way on and
    hands the enquiry to the chat; the site's goal is that chat only when no form takes
    its leads (beside a quote form it is one more way to the form: the form pages
    convert, puntoweb-ferrara-web-designer-it)."""
    chat = "https://wa.me/447821339498"
    button = cta("Contact us on WhatsApp", href=chat, target_url=chat, internal=False)
    room = classify_page(page(f"{SITE}/jamesclow/", word_count=330, ctas=[button]), PACK, {})
    assert room.next_step
    assert room.handoffs == {"contact": "wa.me"}
    share = "https://wa.me/?text=Look"
    sharing = cta("WhatsApp", href=share, target_url=share, internal=False)
    assert not classify_page(page(f"{SITE}/post/", ctas=[sharing]), PACK, {}).handoffs

    def goals(with_form: bool) -> Goals:
        collector = GoalCollector()
        collector.add(f"{SITE}/", (), {}, home=True)
        for path in ("/jamesclow/", "/margaritaplaza/"):
            collector.add(f"{SITE}{path}", ("contact",), {"contact": "wa.me"})
        if with_form:
            collector.add(f"{SITE}/preventivo/", ("contact",), {"contact": "formspree.io"})
        return collector.infer(frozenset())

    alone = goals(with_form=False)
    assert (alone.kind, alone.hosts) == ("lead-gen", ("wa.me",))
    assert alone.goal_for(("contact",), {"contact": "wa.me"}) == "lead-gen"
    beside = goals(with_form=True)
    assert beside.kind == "lead-gen"
    assert beside.goal_for(("contact",), {"contact": "wa.me"}) is None
    assert beside.goal_for(("contact",), {"contact": "formspree.io"}) == "lead-gen"


def test_a_home_page_without_a_hero_ask_is_a_hub_to_browse() -> None:
    """A home page of text and teasers, with no hero button, asks the visitor to browse
    the site (kjeld-hansen-plumber-mason-copenhagen-dk); one listing articles still asks to
    read them, and a page further in stays a read."""
    goals = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    teasers = [link(f"/{name}/", name.title()) for name in ("vvs", "murer", "firma")]
    home = page(f"{SITE}/", word_count=600, links=teasers)
    assert classify_page(home, PACK, {}, goals).action == "browse"
    inner = page(f"{SITE}/firma/", word_count=600, links=teasers)
    assert classify_page(inner, PACK, {}, goals).action == "read"
    posts = [link(f"/blog/post-{n}/", f"Post {n}") for n in range(4)]
    articles = {f"{SITE}/blog/post-{n}/": ("awareness", "read") for n in range(4)}
    blog_home = page(f"{SITE}/", word_count=200, links=posts)
    assert classify_page(blog_home, PACK, articles, goals).action == "read"


def test_a_sites_guides_are_articles_and_its_white_papers_lead_magnets() -> None:
    """A /guides/ page is an article to read (apartment-survival-kits-affiliate-us,
    betterwaterguide-affiliate-reviews); a white paper or webinar page offers a download."""
    guide = classify_page(page(f"{SITE}/guides/deposit-risk-score/", word_count=900), PACK, {})
    assert (guide.stage, guide.action) == ("awareness", "read")
    paper = classify_page(page(f"{SITE}/whitepapers/roi/", word_count=300), PACK, {})
    assert (paper.stage, paper.action) == ("consideration", "download")


def test_a_google_form_in_a_frame_is_the_pages_form() -> None:
    """A credit application framing a Google Form asks for the lead even in a raw crawl
    (kdz-motorcycles-dealer-auburn-in-us): the pack names the service by host and folder."""
    assert embed_provider(PACK, "docs.google.com/forms/d/e/1FAIpQLSe/viewform") == (
        "google-forms",
        "contact",
    )
    assert embed_provider(PACK, "docs.google.com/document/d/1x/pub") is None


def test_a_shops_mailing_list_signup_on_its_home_page_does_not_make_a_saas() -> None:
    """A shop whose home page asks to "Join our Mailing List! Sign Up" and whose products
    and cart are its own (the cart hands over to Stripe by script) sells: its cart is the
    conversion (consider-herbs-herbal-shop). A home signup beside fewer shop pages is a SaaS."""

    def kind(products: int) -> str | None:
        collector = GoalCollector()
        collector.add(f"{SITE}/", ("signup",), {}, home=True, asks="signup")
        for n in range(products):
            collector.add(f"{SITE}/products/p{n}/", ("add_to_cart",), {})
        collector.add(f"{SITE}/cart/", ("checkout",), {})
        return collector.infer(frozenset()).kind

    assert kind(6) == "hosted-cart-shop"
    assert kind(0) == "saas"


def test_legal_pages_in_more_languages_are_off_the_journey() -> None:
    """Terms and privacy pages by their Dutch, German, French and Danish names, and an
    affiliate disclosure, are legal pages (atablebooked-restaurant-reservations-saas-nl,
    tag-in-prag-walking-tours-cz, apartment-survival-kits-affiliate-us)."""
    for path in ("/algemene-voorwaarden/", "/buchungsbedingungen/", "/affiliate-disclosure/",
                 "/conditions-generales-vente/", "/privatlivspolitik/"):  # fmt: skip
        assert classify_page(page(f"{SITE}{path}", word_count=700), PACK, {}).stage == "none"
    assert classify_page(page(f"{SITE}/blog/disclosure-rules/"), PACK, {}).stage != "none"


def test_an_order_by_whatsapp_is_a_purchase_handed_over() -> None:
    """A product page's "Pedir por WhatsApp" orders the product in a chat: a purchase the
    shop hands over (lasercrafts-laser-gifts-whatsapp-shop-cl), which converts; "Track your
    order" and "Made to order" ask for no purchase."""
    assert text_action(PACK, "Pedir por WhatsApp →") == "purchase"
    assert text_action(PACK, "Order online") == "purchase"
    assert text_action(PACK, "Track your order") is None
    assert text_action(PACK, "Made to order") is None
    chat = "https://wa.me/56912345678?text=Quiero%20comprarlo"
    button = cta("Pedir por WhatsApp →", href=chat, target_url=chat, internal=False)
    product = classify_page(page(f"{SITE}/producto/cofre/", ctas=[button]), PACK, {})
    assert product.handoffs == {"purchase": "wa.me"}
    shop = Goals(kind="affiliate-shop", actions=KINDS["affiliate-shop"][0], handoff=True)
    assert shop.goal_for(("purchase",), {"purchase": "wa.me"}) == "affiliate-shop"


def test_a_book_button_to_a_room_booking_engine_hands_the_booking_over() -> None:
    """A "Book Forest Rise" button to Nightsbridge's booking engine books the cabin there
    (wilderness-bushcamp-self-catering-za): the engine's host says what the words do not."""
    engine = "https://book.nightsbridge.com/32226"
    button = cta("Book Forest Rise", href=engine, target_url=engine, internal=False)
    assert cta_action(PACK, button) == ("book_call", "nightsbridge")
    cabin = classify_page(page(f"{SITE}/accommodation/forest-rise/", ctas=[button]), PACK, {})
    assert cabin.next_step and cabin.handoffs == {"book_call": "nightsbridge"}


def test_a_link_to_an_installer_hands_the_download_over() -> None:
    """A release's AppImage or .exe on GitHub downloads the app wherever it is hosted
    (filmulator-raw-photo-editor-download); a link to the repository does not; a bakery's
    "Jetzt vorbestellen" pre-orders (sirin-baklava-augsburg-de)."""
    release = "https://github.com/CarVac/filmulator-gui/releases/download/v0.11.1/F.AppImage"
    assert provider_of(PACK, release) == ("github.com", "download")
    installer = "https://example.org/files/setup.exe?x=1"
    assert provider_of(PACK, installer) == ("example.org", "download")
    assert provider_of(PACK, "https://github.com/CarVac/filmulator-gui") is None
    assert text_action(PACK, "Jetzt vorbestellen") == "purchase"


def test_a_donation_platform_takes_a_charitys_donations() -> None:
    """A "Donate Now!" link to Donorbox is the donation handed over
    (apes-cic-exotic-animal-rescue-donations-uk): the charity's hosted checkout, which
    outweighs a mailing-list signup posted to a form service on one page."""
    donorbox = "https://donorbox.org/apes-cic"
    assert cta_action(
        PACK, cta("Donate Now!", href=donorbox, target_url=donorbox, internal=False)
    ) == (
        "purchase",
        "donorbox",
    )
    collector = GoalCollector()
    collector.add(f"{SITE}/", (), {}, home=True, sitewide=("purchase",))
    collector.add(f"{SITE}/donate/", ("purchase",), {"purchase": "donorbox.org"})
    collector.add(f"{SITE}/mailing-list/", ("signup",), {"signup": "forms.zohopublic.eu"})
    collector.add(f"{SITE}/contact/", ("contact",), {})
    assert collector.infer(cart_providers(PACK)).kind == "hosted-cart-shop"
    assert text_action(PACK, "Apply to volunteer") == "signup"


def test_a_service_or_price_page_asks_for_the_sites_lead_or_booking() -> None:
    """A salon's price list (/leistungen/) with no button of its own asks for the booking
    the site takes (gm-hairstudio-salon-freiburg-de); a contractor's service page for its
    lead. A SaaS's, or a page no service or price word names, is still read."""
    prices = page(f"{SITE}/leistungen/", word_count=300)
    about = page(f"{SITE}/ueber-uns/", word_count=300)

    def action(record: dict, kind: str) -> str:
        goals = Goals(kind=kind, actions=KINDS[kind][0])
        return classify_page(record, PACK, {}, goals=goals).action

    assert action(prices, "booking") == "book_call"
    assert action(page(f"{SITE}/services/roofing/", word_count=300), "lead-gen") == "contact"
    assert action(prices, "saas") == "read"
    assert action(about, "booking") == "read"
    booking = Goals(kind="booking", actions=KINDS["booking"][0])
    verdict = classify_page(prices, PACK, {}, goals=booking)
    assert any(e["rule"] == "service-page-asks-the-goal" for e in verdict.evidence)


def test_a_free_trial_page_is_a_signup_page() -> None:
    """/free-trial/ names the signup as /trial/ does (stratapp-strategy-execution-saas-au)."""
    verdict = classify_page(page(f"{SITE}/free-trial/", word_count=120), PACK, {})
    assert (verdict.stage, verdict.action) == ("decision", "signup")


def test_a_code_of_conduct_is_off_the_journey() -> None:
    """An event's code of conduct is a policy page, no journey stage (both ServerlessDays
    sites' labellers, serverlessdays-cardiff-2025-conference-tickets-uk)."""
    for path in ("/coc/", "/code-of-conduct/"):
        assert classify_page(page(f"{SITE}{path}", word_count=700), PACK, {}).stage == "none"


def test_an_enrolment_is_a_signup() -> None:
    """A school's enrolment pages (/inscripcion/) and its "Inscribirme" button ask to sign
    up (irish-school-english-immersion-leioa-es); a button to a Google Form hands the
    enrolment over, as the form's embed does; the Spanish sitemap and cookie pages are off
    the journey."""
    verdict = classify_page(page(f"{SITE}/inscripcion/primer-trimestre/"), PACK, {})
    assert (verdict.stage, verdict.action) == ("decision", "signup")
    assert text_action(PACK, "Inscribirme") == "signup"
    form = "https://docs.google.com/forms/d/e/1FAIpQL/viewform"
    assert provider_of(PACK, form) == ("google-forms", "contact")
    assert provider_of(PACK, "https://forms.gle/x1") == ("google-forms", "contact")
    assert provider_of(PACK, "https://docs.google.com/document/d/1/edit") is None
    for path in ("/mapa-del-sitio/", "/uso-de-cookies/"):
        assert classify_page(page(f"{SITE}{path}", word_count=400), PACK, {}).stage == "none"


def test_a_page_nothing_names_two_clicks_from_home_is_read_first() -> None:
    """A page of text that no rule names, two clicks or more from the home page, is read
    before any offer (filosofia-del-futuro-newsletter-ar's essays, a soprano's photo albums
    in annelies-buyssens-soprano-singer-bookings-be); one a click away is weighed; a page
    a rule names keeps that rule's stage at any depth."""
    essay = page(f"{SITE}/decada-del-siglo/", word_count=900, depth=2)
    verdict = classify_page(essay, PACK, {})
    assert verdict.stage == "awareness"
    assert any(e["rule"] == "deep-text" for e in verdict.evidence)
    assert classify_page({**essay, "depth": 1}, PACK, {}).stage == "consideration"
    assert classify_page({**essay, "depth": None}, PACK, {}).stage == "consideration"
    named = page(f"{SITE}/services/roofing/", word_count=200, depth=3)
    assert classify_page(named, PACK, {}).stage == "consideration"


def test_a_docs_page_about_the_dashboard_is_documentation() -> None:
    """An account area sits at the site's root or a language's (/dashboard/, /fr/mon-compte/):
    a docs page about the dashboard is read (apitoolkit-api-observability-saas)."""
    docs = classify_page(page(f"{SITE}/docs/dashboard/log-explorer/", word_count=300), PACK, {})
    assert (docs.stage, docs.action) == ("retention", "read")
    for path in ("/dashboard/", "/fr/mon-compte/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=100), PACK, {})
        assert (verdict.stage, verdict.action) == ("retention", "login"), path


def test_a_restaurants_hosted_ordering_takes_the_order() -> None:
    """ "Click + Collect" to Orderswift orders the food there, as Toast or ChowNow do
    (only-jerkin-caribbean-street-food-london-uk); terms of business are a legal page."""
    shop = "https://only-jerkin.orderswift.com"
    button = cta("Click + Collect", href=shop, target_url=shop, internal=False)
    assert cta_action(PACK, button) == ("purchase", "orderswift")
    terms = classify_page(page(f"{SITE}/terms-of-business/", word_count=800), PACK, {})
    assert terms.stage == "none"


def test_a_restaurants_menu_is_browsed_before_ordering() -> None:
    """A menu presents what a restaurant sells, to choose from (asador-caracoles'
    /carta.html, star-inn's /menu/ and its chapters); a menu in a product's name is not."""
    for path in ("/menu/", "/carta.html", "/en/carta.html", "/menu/chapter-2/", "/speisekarte/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=600, depth=2), PACK, {})
        assert (verdict.stage, verdict.action) == ("consideration", "browse"), path
    product = classify_page(page(f"{SITE}/producto/carta-pokemon-3d/", word_count=300), PACK, {})
    assert product.action != "browse"


def test_asking_for_a_legal_review_asks_for_contact() -> None:
    """ "Solicitar Análise Jurídica" closes a law firm's service pages to its form
    (oliveira-mattos-law-firm-sao-paulo-br): a request for a review is an enquiry."""
    for words in ("Solicitar Análise Jurídica", "Fale com um especialista"):
        assert text_action(PACK, words) == "contact", words


def test_reserving_in_cyrillic_and_nordic_words_books() -> None:
    """A guest house's "Резервирай" (Reserve) button (meraklii-guesthouse-smilyan-bg) asks
    for a booking, as "Boka tid" or "Bestil tid" do."""
    for words in ("Резервирай", "Забронировать номер", "Boka tid", "Bestil tid", "Rezervovat"):
        assert text_action(PACK, words) == "book_call", words


def test_a_safeguarding_policy_is_off_the_journey() -> None:
    """A music school's safeguarding page is a policy (vancouver-irish-music-school-classes-ca)."""
    for path in ("/safeguarding/", "/child-protection-policy/", "/complaints-policy/"):
        assert classify_page(page(f"{SITE}{path}", word_count=400), PACK, {}).stage == "none", path


def test_adding_a_named_item_to_the_cart_adds_to_cart() -> None:
    """ "Add frame to cart" on an optician's product page (jpopticians-glasses-shop-uk) adds
    to the cart, like "Add to cart": a lexicon phrase's ``*`` is any one word. "View cart"
    and a bare "Cart" still go to the checkout."""
    assert text_action(PACK, "Add frame to cart") == "add_to_cart"
    assert text_action(PACK, "Add to shopping bag") == "add_to_cart"
    assert text_action(PACK, "View cart") == "checkout"
    assert text_action(PACK, "Cart") == "checkout"


def test_a_sites_product_list_is_browsed() -> None:
    """/products/ lists what the site sells, to choose from (jpopticians-glasses-shop-uk's
    script-drawn catalogue; on the dev half nine of twelve such pages were labelled browse);
    a product is one folder below it."""
    for path in ("/products/", "/produkte.html", "/en/products/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=200), PACK, {})
        assert (verdict.stage, verdict.action) == ("consideration", "browse"), path
    product = classify_page(page(f"{SITE}/products/rx7047/", word_count=200), PACK, {})
    assert (product.stage, product.action) == ("decision", "add_to_cart")


def test_checking_the_price_at_a_merchant_asks_to_buy() -> None:
    """ "🛒 Check Price on Amazon" is an affiliate review's buy button
    (petgearnerds-pet-product-reviews): the page is the decision even when the theme left
    the button a ``#`` placeholder, which is still no working next step."""
    assert text_action(PACK, "🛒 Check Price on Amazon") == "purchase"
    assert text_action(PACK, "See pricing") == "browse"
    buttons = [cta("🛒 Check Price on Amazon", href="#", position=i) for i in range(3)]
    review = page(f"{SITE}/review/best-cat-tree-2026/", word_count=980, depth=2, ctas=buttons)
    verdict = classify_page(review, PACK, {})
    assert (verdict.stage, verdict.action, verdict.next_step) == ("decision", "purchase", False)


def test_a_list_of_rooms_is_browsed_and_a_button_back_to_it_asks_nothing() -> None:
    """/rooms/ and /tours/ list a booking business's units, to choose from (de-klumpu,
    nyoni-safaris); a cottage's "Back to All Properties" to that list goes back, it is no
    browse ask that outweighs the cottage's booking heading (waterloo-farm-holidays)."""
    for path in ("/rooms/", "/tours/", "/camere.html", "/accommodation/"):
        verdict = classify_page(page(f"{SITE}{path}", word_count=200), PACK, {})
        assert (verdict.stage, verdict.action) == ("consideration", "browse"), path
    back = cta("Back to All Properties", href="/accommodation/",
               target_url=f"{SITE}/accommodation/")  # fmt: skip
    cottage = page(f"{SITE}/accommodation/swallow-barn/", word_count=141, ctas=[back],
                   h2=["Check availability"])  # fmt: skip
    verdict = classify_page(cottage, PACK, {})
    assert verdict.action == "book_call"
    assert verdict.cta_actions[0][1] == "none"


def test_a_room_or_tour_is_an_offer_that_asks_for_the_booking() -> None:
    """A tour or a room one folder below its list is an offer, weighed before booking
    (active-northeast-adventure-tours-in's tours, two clicks from home, were read as
    awareness); when nothing on it asks for anything in particular, it asks for the site's
    booking (nyoni-safaris-birding-tours)."""
    tour = page(f"{SITE}/tours/cycle-tour-sikkim/", word_count=600, depth=2)
    assert classify_page(tour, PACK, {}).stage == "consideration"
    booking = Goals(kind="booking", actions=("book_call",), source="inferred")
    assert classify_page(tour, PACK, {}, booking).action == "book_call"


def test_a_button_to_the_apps_signup_page_asks_to_sign_up() -> None:
    """A SaaS's plan buttons ("Kies Basic") lead to its app's own domain
    (app.postpilotapp.nl/signup, postpilot-linkedin-copilot-saas-nl): the page they open
    signs the visitor up, whatever the button says. Only the target's last folder counts: a
    public register's record (``/registration/<number>``, baz-clearance) is read, not
    joined, and an app's portal asks nothing of this site."""
    signup = "https://app.postpilotapp.nl/signup?plan=basic"
    plan = cta("Kies Basic", href=signup, target_url=signup, internal=False)
    assert cta_action(PACK, plan) == ("signup", None)
    register = "https://environment.data.gov.uk/public-register/registration/CBDU508787"
    licence = cta("Check Our License", href=register, target_url=register, internal=False)
    assert cta_action(PACK, licence) == ("none", None)
    portal = "https://www.joinwilla.com/portal?tab=replays"
    replay = cta("Watch the Replay", href=portal, target_url=portal, internal=False)
    assert cta_action(PACK, replay) == ("none", None)
    assert text_action(PACK, "Start gratis") == "signup"
    assert text_action(PACK, "Inloggen") == "login"


def test_a_square_store_item_is_a_hosted_checkout() -> None:
    """A shop's product pictures link to its Square store's items
    (squareup.com/store/<shop>/item/<slug>, trillium-pet-products-grooming-tabletops-square-us):
    a hand-off to a hosted checkout, as a Square Online shop (*.square.site) is."""
    assert provider_of(PACK, "https://squareup.com/store/trillium/item/leash-holder") == (
        "square",
        "checkout",
    )
    assert provider_of(PACK, "https://trillium.square.site/product/crock/12") == (
        "square",
        "checkout",
    )
    assert provider_of(PACK, "https://squareup.com/us/en/point-of-sale") is None


def test_booking_your_trip_asks_to_book() -> None:
    """A tour's "Book Your Trip" and "Reserva con nosotros" to WhatsApp ask to book
    (cali-vip-tours-colombia); "Book your demo" still asks for a demo."""
    for text in ("Book Your Trip", "Book your tour", "Reserva con nosotros", "Reserva tu tour"):
        assert text_action(PACK, text) == "book_call", text
    assert text_action(PACK, "Book your demo") == "request_demo"
    assert text_action(PACK, "Book a free demo") == "request_demo"


def test_an_email_address_field_is_no_billing_address() -> None:
    """ConvertKit names its e-mail field ``email_address`` (workshop-freelance-leads-newsletter):
    a newsletter form with it is a subscription, not a checkout asking for an address."""
    letters = form(
        ("text", "fields[first_name]"), ("text", "email_address"), submit="Get the first lesson"
    )
    assert form_purpose(PACK, letters)[0] != "checkout"
    shipping = form(("email", "email"), ("text", "billing_address"), submit="Continue")
    assert form_purpose(PACK, shipping)[0] == "checkout"


def test_a_pages_own_copy_of_a_template_element_is_its_own() -> None:
    """Every page of a SaaS closes with the same App Store badge; its three product pages
    also open with it (bapp-booking-links-catalogue-saas-ae). The product page's first
    badge is its own hand-off, the last the template's; where every page holds the pair,
    both are the template's."""
    store = "https://apps.apple.com/ae/app/bapp-partner/id1605110879"

    def badge() -> dict:
        return {"target_url": store, "anchor_text": "", "region": "main", "internal": False}

    pages = [page(f"{SITE}/p{i}/", links=[badge()]) for i in range(6)]
    product = page(f"{SITE}/bapp-links/", links=[badge(), badge()])
    marked = TemplateCounter().add_all([*pages, product]).mark(product)
    assert [link["template"] for link in marked["links"]] == [False, True]
    pairs = [page(f"{SITE}/q{i}/", links=[badge(), badge()]) for i in range(6)]
    marked = TemplateCounter().add_all(pairs).mark(pairs[0])
    assert [link["template"] for link in marked["links"]] == [True, True]


def test_an_email_adresse_field_is_no_billing_address() -> None:
    """A holiday flat's booking request asks for the "E-Mail-Adresse" and the travel dates
    (kruckenhaus-farm-holiday-flat-tirol-at): a booking form, not an address for a quote."""
    fields = [("text", "name"), ("email", "E-Mail-Adresse"), ("date", "anreise")]
    fields += [("date", "abreise"), ("textarea", "message")]
    request = form(*fields, submit="Anfrage senden")
    assert form_purpose(PACK, request)[0] == "booking"
    delivery = form(("text", "Lieferadresse"), ("text", "PLZ"), submit="Angebot anfordern")
    assert form_purpose(PACK, delivery)[0] == "contact"


def test_a_book_is_no_booking_page() -> None:
    """/book/ is where a salon takes bookings; /book/<title>/ is one book of an author's
    shop (kokyushobo-books-booth-jp), whose buy button hands over to BOOTH, Pixiv's
    creators' marketplace."""
    assert classify_page(page(f"{SITE}/book/"), PACK, {}).action == "book_call"
    booth = "https://kokyushobo.booth.pm/items/3456789"
    buy = cta("書籍通販：BOOTH（外部サイトへ）", href=booth, target_url=booth, internal=False)
    novel = classify_page(page(f"{SITE}/book/dream/", word_count=150, ctas=[buy]), PACK, {})
    assert (novel.stage, novel.action) == ("decision", "purchase")


def test_creating_an_account_on_the_login_page_is_no_goal() -> None:
    """A cleaning service's customer login page also offers "Create account"
    (fresh-and-shine-cleaning-service-za): the customer's account area, not a SaaS signup
    outranking its booking and quote forms."""
    collector = GoalCollector()
    collector.add(f"{SITE}/", (), {}, home=True, asks="book_call")
    collector.add(f"{SITE}/account.html", ("signup",), {}, stage="none", asks="login")
    for path in ("/booking.html", "/quote.html"):
        collector.add(f"{SITE}{path}", ("book_call",), {}, stage="decision", asks="book_call")
    collector.add(f"{SITE}/contact.html", ("contact",), {}, stage="decision", asks="contact")
    assert collector.infer(frozenset()).kind in ("booking", "lead-gen")


def test_a_message_box_with_no_way_to_answer_is_no_lead() -> None:
    """A web novel's "Web拍手" box takes a title and a comment, "may be sent empty"
    (kokyushobo-books-booth-jp): a reader's applause, no enquiry; twenty-eight of them made
    an author's book shop a lead-gen site. A message with an e-mail, a name or a phone to
    answer stays a contact form."""
    clap = form(("text", "title"), ("textarea", "message"), submit="Web拍手👏")
    assert form_purpose(PACK, clap) == ("other", "anonymous-message")
    for reply_to in (("email", "from"), ("text", "name"), ("tel", "tel")):
        assert form_purpose(PACK, form(reply_to, ("textarea", "message")))[0] == "contact"


def test_get_started_to_the_contact_page_asks_for_contact() -> None:
    """An agency's every "Get Started" leads to its contact form (craftal-cro-web-agency):
    no signup completes there, the button asks for the enquiry. "Get started" to a signup
    or pricing page still asks to sign up."""
    for text, target, action in (
        ("Get Started", "/contact/", "contact"),
        ("Get started", "/book-now/", "book_call"),
        ("Get started", "/signup/", "signup"),
        ("Get started", "/pricing/", "signup"),
    ):
        button = cta(text, href=target, target_url=f"{SITE}{target}")
        assert cta_action(PACK, button) == (action, None), (text, target)


def test_a_price_list_is_browsed() -> None:
    """A restaurant's sushi page is nine dishes and their prices, no link or button of its
    own (eurasia-grill-asian-restaurant-delivery-marseille-fr): a menu is browsed to choose.
    An article quoting nine costs in two thousand words is still read."""
    menu = page(f"{SITE}/sushi/", word_count=45, price_count=9)
    verdict = classify_page(menu, PACK, {})
    assert (verdict.stage, verdict.action) == ("consideration", "browse")
    assert "9 prices" in [row["matched"] for row in verdict.evidence]
    costs = page(f"{SITE}/house-cleaning-cost/", word_count=2000, price_count=9)
    assert classify_page(costs, PACK, {}).action == "read"


def test_the_longest_phrase_decides_a_buttons_ask() -> None:
    """ "Pedir cita" asks for an appointment, though "pedir" alone orders
    (estetica-barcelona-beauty-salon-es, whose every treatment page asks "Pedir cita por
    WhatsApp"): the phrase that covers most of the words wins, the lexicon's order among
    equals."""
    assert text_action(PACK, "Pedir cita por WhatsApp") == "book_call"
    assert text_action(PACK, "Pedir ahora") == "purchase"
    assert text_action(PACK, "Book a demo") == "request_demo"
    assert text_action(PACK, "Contact lenses") is None


def test_refund_usage_and_agreement_policies_are_off_the_journey() -> None:
    """A SaaS's refund policy and fair-usage terms, an agency's service agreement, a
    realtor's MLS disclaimer and a shop's exchanges-and-returns policy are legal pages
    (webperformance-report-saas, stratapp-strategy-execution-saas-au, mechanic-marketing,
    skye-summit-homes, lasercrafts-laser-gifts-whatsapp-shop-cl); a club's membership
    agreement is read before joining."""
    for path in ("/refund-policy/", "/fair-usage/", "/service-agreement/", "/mls-disclaimer/",
                 "/cambios-y-devoluciones/", "/terms-history.html"):  # fmt: skip
        assert classify_page(page(f"{SITE}{path}", word_count=400), PACK, {}).stage == "none", path
    agreement = classify_page(page(f"{SITE}/membership/agreement/", word_count=400), PACK, {})
    assert agreement.stage != "none"


def test_a_tour_operators_service_pages_ask_for_the_booking_it_mostly_takes() -> None:
    """meraviglie-del-kenya-safari-tours-malindi-it: fourteen excursion pages hand a booking
    over to WhatsApp ("Prenota su WhatsApp"), three pages take an enquiry; a safari page
    with no button of its own asks for what the business mostly takes, a booking. A
    roofer whose pages take enquiries keeps the enquiry."""
    tours = Goals(
        kind="lead-gen",
        actions=KINDS["lead-gen"][0],
        evidence={"book_call (handed off)": {"pages": 14}, "contact (on site)": {"pages": 3}},
    )
    roofer = Goals(
        kind="lead-gen", actions=KINDS["lead-gen"][0], evidence={"contact (on site)": {"pages": 7}}
    )
    assert (tours.lead_ask, roofer.lead_ask) == ("book_call", "contact")
    safari = page(f"{SITE}/masai-mara.html", word_count=900,
                  h2=["Day 1", "Day 2", "Day 3", "Prices"])  # fmt: skip
    assert classify_page(safari, PACK, {}, goals=tours).action == "book_call"
    assert classify_page(safari, PACK, {}, goals=roofer).action == "contact"


def test_a_mailto_or_tel_button_asks_to_write_or_call_the_business() -> None:
    """sailing-texas-sailboat-classifieds-tx-us: a listing's "Email Seller" (mailto:) and
    "Call 512-555-0123" (tel:) buttons ask the visitor to get in touch, whatever their words
    say; a "share by e-mail" button (a subject and no recipient) asks nothing of the sort."""
    for text, href in (("Email Seller", "mailto:seller@boats.test?subject=Hunter 25"),
                       ("512-555-0123", "tel:512-555-0123")):  # fmt: skip
        assert cta_action(PACK, cta(text, href=href, internal=None)) == ("contact", None), text
    share = cta("Email", href="mailto:?subject=Look&body=https://boats.test/", internal=None)
    assert cta_action(PACK, share)[0] != "contact"
    assert text_action(PACK, "Demo aanvragen via e-mail") == "request_demo"


def test_a_page_with_service_schema_asks_for_the_lead() -> None:
    """cirrus-roofing-watsonville-ca: a roofing service page marked up as a schema.org
    Service, with a link of its own to a related service and no button, asks for the
    roofer's lead, not to be read."""
    lead = Goals(kind="lead-gen", actions=KINDS["lead-gen"][0])
    flat = page(f"{SITE}/flat-roofing.html", word_count=780, schema_types=["Service"],
                links=[link("/hot-mop-roofing.html", "hot mop roofing page")])  # fmt: skip
    context = {SITE + "/hot-mop-roofing.html": ("consideration", "read")}
    verdict = classify_page(flat, PACK, context, goals=lead)
    assert (verdict.stage, verdict.action) == ("consideration", "contact")


def test_a_town_named_cardiff_is_no_payment_card() -> None:
    """el-pueblo-mexican-food-san-diego-us: a catering request form's "Nearest location"
    list names Cardiff-by-the-Sea; it is an enquiry, not a checkout. A card number field
    still makes one."""
    catering = form(("text", "name"), ("email", "email"), ("select", "Nearest location Cardiff"),
                    ("textarea", "message"), submit="Send catering request")  # fmt: skip
    assert form_purpose(PACK, catering)[0] == "contact"
    payment = form(("text", "cardNumber"), ("text", "cvc"), submit="Pay now")
    assert form_purpose(PACK, payment)[0] == "checkout"


def test_one_payment_page_among_application_forms_makes_no_shop() -> None:
    """institute-of-code-coding-bootcamp-bali-id: a "Scholarships & Payment Plans" page at
    /payment/ beside five application and enquiry forms is a school taking leads, not a shop
    with its own checkout; a donation page beside one contact page stays the checkout, and
    so does a checkout behind product pages."""

    def collect(*pages: tuple[str, tuple[str, ...]]) -> str | None:
        collector = GoalCollector()
        collector.add(f"{SITE}/", (), {}, home=True)
        for path, converting in pages:
            collector.add(f"{SITE}{path}", converting, {}, stage="decision")
        return collector.infer(frozenset()).kind

    school = [(f"/courses/{n}/", ("book_call",)) for n in ("web", "blog", "help", "enrol")]
    school.append(("/courses/help/", ("contact",)))
    assert collect(("/payment/", ("purchase",)), *school) == "lead-gen"
    assert collect(("/donate/", ("purchase",)), ("/contact/", ("contact",))) == "own-checkout-shop"
    shop = [(f"/products/{n}/", ("add_to_cart",)) for n in ("a", "b")]
    assert collect(("/checkout/", ("purchase",)), *shop, *school) == "own-checkout-shop"


def test_legal_and_login_pages_give_no_goal_evidence() -> None:
    """el-pueblo-mexican-food-san-diego-us: a privacy-request form on a legal page is no
    lead of the business: pages of stage none (legal, login, error pages) are no step of
    the journey, so what they take is no goal of the site."""
    collector = GoalCollector()
    collector.add(f"{SITE}/", (), {}, home=True)
    collector.add(f"{SITE}/privacy-request/", ("contact",), {}, stage="none")
    collector.add(f"{SITE}/login/", ("signup",), {}, stage="none")
    assert collector.infer(frozenset()).kind is None


def test_a_language_sections_own_menu_is_its_template() -> None:
    """hostel-2962-garmisch-partenkirchen-de: the English pages carry an English menu that
    the German home page does not, its "Contact-booking request" among five other entries:
    that link is the menu's on each English page, not the page's own ask. A section's
    grid of cards ("View details" four times) beside its "Book now" link is no menu
    (seascape-vacations-rental-management-fl): the booking link stays each page's own."""
    from rules.touchpoints import asks_more_than_reading

    def asks(element: dict) -> bool:
        return asks_more_than_reading(PACK, element)

    menu = [("/english/", "Hotel"), ("/english/zimmer/", "Rooms"), ("/english/preise/", "Prices"),
            ("/english/kontakt/", "Contact-booking request"), ("/english/lage/", "Location"),
            ("/english/newsletter/", "Newsletter")]  # fmt: skip
    english = [page(f"{SITE}/english/p{i}/", links=[link(t, w) for t, w in menu]) for i in range(6)]
    german = [page(f"{SITE}{p}", links=[link(f"{p}x/", "Zimmer")]) for p in ("/", "/a/", "/b/")]
    marked = TemplateCounter(home=f"{SITE}/", asks=asks).add_all(english + german).mark(english[0])
    assert all(x["template"] for x in marked["links"])

    cards = [link(f"/properties/p{n}/", "View details") for n in range(4)]
    stays = [page(f"{SITE}/stays/s{i}/", links=[*cards, link("/booking/", "Book now"),
                                                link("/properties/", "All properties")])
             for i in range(6)]  # fmt: skip
    template = TemplateCounter(home=f"{SITE}/", asks=asks).add_all(stays + german)
    assert not template.mark(stays[0])["links"][4]["template"]


def test_a_deep_page_asking_for_more_than_reading_describes_an_offer() -> None:
    """western-canadian-blacksmiths-guild, studio-holloway-permanent-makeup-qc: a page two
    clicks from home that no rule names is read before any offer, unless it asks for more
    than reading on (a course page's "Register" to the booking page): then it describes
    an offer, and weighs it. A deep page only to be read stays awareness."""
    register = cta("Book now", href="/booking/", target_url=f"{SITE}/booking/")
    course = page(f"{SITE}/x/forge-basics/", word_count=300, depth=3, ctas=[register])
    context = {SITE + "/booking/": ("decision", "book_call")}
    verdict = classify_page(course, PACK, context)
    assert (verdict.stage, verdict.action) == ("consideration", "book_call")
    assert any(e["rule"] == "deep-page-asks" for e in verdict.evidence)
    story = dict(course, ctas=[], links=[link("/x/history/", "our history")])
    assert classify_page(story, PACK, {SITE + "/x/history/": ("awareness", "read")}).stage == (
        "awareness"
    )


def test_czech_legal_price_booking_and_about_pages() -> None:
    """ars-salon-beauty-salon-cz: the terms of business (/obchodni-podminky/) and the
    privacy notice (/ochrana-osobnich-udaju/) are legal pages, /cenik/ the price list,
    /rezervace/ the booking page, /o-mne/ the about page."""
    expected = {
        "/obchodni-podminky/": "none",
        "/ochrana-osobnich-udaju/": "none",
        "/cenik/": "decision",
        "/rezervace/": "decision",
        "/o-mne/": "awareness",
    }
    pages = {path: page(f"{SITE}{path}", word_count=300) for path in expected}
    stages = {path: classify_page(record, PACK, {}).stage for path, record in pages.items()}
    assert stages == expected
    assert classify_page(page(f"{SITE}/rezervace/", word_count=300), PACK, {}).action == "book_call"
    titled = page(f"{SITE}/x/", title="Obchodní podmínky | ARS Salon", word_count=300)
    assert classify_page(titled, PACK, {}).stage == "none"


def test_band_ticket_and_class_booking_services_are_known() -> None:
    """order227-punk-band-music-uk sells its album on Bandcamp and a gig's tickets on
    WeGotTickets; sacred-space-yoga-studio-statesboro-us books its classes on Punchpass."""
    expected = {
        "https://order227.bandcamp.com/album/this": "purchase",
        "https://www.wegottickets.com/event/612345": "purchase",
        "https://app.punchpass.com/org/5479/calendar": "book_call",
        "https://clients.mindbodyonline.com/classic/ws?studioid=1": "book_call",
        "https://bookwhen.com/yoga": "book_call",
    }
    assert {url: (provider_of(PACK, url) or ("", ""))[1] for url in expected} == expected


def test_a_sitewide_blocks_heading_names_no_page() -> None:
    """sacred-space-yoga-studio-statesboro-us: a newsletter band closes every page with the
    H2 "Subscribe to our newsletter"; it is the band's heading, not a section of the
    etiquette or FAQ page, so it does not make them ask for a subscription. A heading only
    some pages carry (each class's "Schedule") stays theirs."""
    band = ["Subscribe to our newsletter"]
    home = page(f"{SITE}/", h2=["Welcome", *band], links=[link("/classes/", "Classes")])
    pages = [home] + [
        page(f"{SITE}/p{i}/", h2=[f"Topic {i}", *band], links=[link("/classes/", "Classes")])
        for i in range(5)
    ]
    classes = [page(f"{SITE}/classes/c{i}/", h2=["Schedule"]) for i in range(2)]
    template = TemplateCounter(home=f"{SITE}/").add_all(pages + classes)
    etiquette = template.mark(dict(pages[1]))
    assert etiquette["h2"] == ["Topic 0"]
    assert template.mark(dict(classes[0]))["h2"] == ["Schedule"]
    verdict = classify_page(dict(etiquette, word_count=400), PACK, {})
    assert verdict.action != "subscribe"


def test_register_your_interest_is_an_enquiry() -> None:
    """oakwood-group-property-developer-dublin-ie: "Register Your Interest Here" on a new
    development hands the visitor's enquiry to the development's own site; it is a lead,
    not an account. "Register now" still signs up."""
    assert text_action(PACK, "Register Your Interest Here") == "contact"
    assert text_action(PACK, "Expression of interest") == "contact"
    assert text_action(PACK, "Register now") == "signup"


def test_a_job_application_form_is_no_lead() -> None:
    """oakwood-group-property-developer-dublin-ie: the careers pages' "Submit Application"
    form takes a CV; a candidate is no customer, so it is no lead of the business and its
    pages are no conversions. A message form stays a lead."""
    job = form(("text", "name"), ("email", "email"), ("number", "phone"), ("file", "resume"),
               submit="Submit Application")  # fmt: skip
    assert form_purpose(PACK, job)[0] == "other"
    enquiry = form(("text", "name"), ("email", "email"), ("textarea", "message"), submit="Send")
    assert form_purpose(PACK, enquiry)[0] == "contact"


def test_a_home_page_is_awareness_whatever_it_sells() -> None:
    """tiny-but-mighty-kitten-rescue-cornwall-on-ca: the home page's "Donate" buttons to
    Patreon and an Amazon wish list outvoted its URL; 233 of 234 labelled dev home pages
    are awareness. The stage's confidence stays the share of its votes: contested."""
    buttons = [
        cta("Donate now", href="https://www.patreon.com/kittens",
            target_url="https://www.patreon.com/kittens", internal=False),
        cta("Buy from our wish list", href="https://www.amazon.ca/hz/wishlist/ls/1",
            target_url="https://www.amazon.ca/hz/wishlist/ls/1", internal=False),
    ]  # fmt: skip
    verdict = classify_page(page(f"{SITE}/", ctas=buttons, word_count=300), PACK)
    assert verdict.stage == "awareness"
    assert verdict.confidence < 0.8
    language_home = page(f"{SITE}/ai", ctas=buttons, word_count=300)  # a two-letter page
    assert classify_page(language_home, PACK).stage == "decision"


def test_more_amazon_stores_patreon_and_field_service_scheduling() -> None:
    """A Canadian charity's Amazon.ca wish list and its Patreon take donations (a purchase);
    jg-estate-junk-removal-wi-us schedules pickups on Jobber."""
    expected = {
        "https://www.amazon.ca/hz/wishlist/ls/2FNFZ199VJHV9": "purchase",
        "https://www.amazon.it/dp/B000": "purchase",
        "https://www.patreon.com/tinybutmightykittenrescue": "purchase",
        "https://clienthub.getjobber.com/hubs/x/public/requests/4351309/new": "book_call",
    }
    assert {url: (provider_of(PACK, url) or ("", ""))[1] for url in expected} == expected


def test_a_form_on_the_legal_pages_is_the_layouts() -> None:
    """colombia-viajera-travel-agency-co: the same contact form closes every page but the
    home page, the privacy policy and the terms included; it is the layout's, so it makes
    no tour page a contact page. A form only the tours carry stays each tour's."""
    contact_form = form(("text", "name"), ("email", "email"), ("textarea", "message"),
                        submit="Enviar")  # fmt: skip
    booking_form = form(("text", "name"), ("date", "date"), submit="Reservar")
    home = page(f"{SITE}/", links=[link("/tours/", "Tours")])
    legal = [page(f"{SITE}/{p}/", forms=[dict(contact_form)]) for p in ("privacidad", "terms")]
    tours = [
        page(f"{SITE}/tours/t{i}/", forms=[dict(contact_form), dict(booking_form)])
        for i in range(6)
    ]
    counter = TemplateCounter(home=f"{SITE}/", off_journey=lambda url: off_journey(PACK, url))
    template = counter.add_all([home, *legal, *tours])
    marked = template.mark(dict(tours[0], forms=[dict(f) for f in tours[0]["forms"]]))
    assert [f["template"] for f in marked["forms"]] == [True, False]


def test_recipes_and_tips_are_articles() -> None:
    """bloei-en-leef-coaching-retreats-meppel-nl: a coach's recipes and food facts
    (/recepten/<dish>/, /weetjes/<food>/) are read, like blog posts."""
    for path in ("/recepten/appeltaart/", "/recipes/", "/weetjes/bieten/", "/tips/packing/"):
        verdict = classify_page(page(SITE + path, word_count=500), PACK)
        assert (verdict.stage, verdict.action) == ("awareness", "read"), path


def test_a_guides_closing_consultation_button_does_not_make_it_ask() -> None:
    """capital-wealth-financial-advisor-lehi-ut-us: every retirement guide ends with
    "Schedule Your Free Visit"; a guide is an article (53 of 58 dev guide pages are read),
    its URL as strong as a blog post's, so the button is an aside."""
    visit = cta("Schedule Your Free Visit", href="/contact/", target_url=f"{SITE}/contact/")
    verdict = classify_page(page(f"{SITE}/guides/when-to-take-social-security/",
                                 ctas=[visit], word_count=2500), PACK)  # fmt: skip
    assert (verdict.stage, verdict.action) == ("awareness", "read")


def test_an_ice_cream_parlours_order_by_whatsapp_is_a_purchase() -> None:
    """gurcoff-heladeria-san-agustin-co: each sundae's "Pide tu domicilio" (order it
    delivered) orders; "Pide tu cita" still books and "Pide información" asks."""
    assert text_action(PACK, "Pide tu domicilio") == "purchase"
    assert text_action(PACK, "Pide ahora") == "purchase"
    assert text_action(PACK, "Pide tu cita") == "book_call"
    assert text_action(PACK, "Pide información") == "contact"


def test_check_out_the_packages_is_a_look_not_a_checkout() -> None:
    """love-is-creative-web-brand-designer: the home page's "check out the packages" asks
    to look at the designer's packages; "Check out" alone still goes to the checkout."""
    assert text_action(PACK, "check out the packages") == "browse"
    assert text_action(PACK, "Check out our latest projects") == "browse"
    assert text_action(PACK, "Check out") == "checkout"
    assert text_action(PACK, "Proceed to checkout") == "checkout"


def test_a_journal_is_a_blog_and_contacts_is_the_contact_page() -> None:
    """global-basket-nuts-dried-fruits-shop-moscow-ru: its blog is /journal/ (a Squarespace
    word too) and its contact page /contacts/, as on many sites translated from Russian or
    German; neither URL named its page."""
    for path in ("/journal/", "/journal/macadamia-start/"):
        verdict = classify_page(page(SITE + path, word_count=500), PACK)
        assert (verdict.stage, verdict.action) == ("awareness", "read"), path
    rules = {row["rule"] for row in classify_page(page(f"{SITE}/contacts/"), PACK).evidence}
    assert "url-contact" in rules


def test_french_legal_mentions_and_a_german_disclaimer_are_legal_pages() -> None:
    """la-cigaliere-hotel-le-beausset-var-fr's /mentions.html and
    gasthof-lehner-bavarian-inn-pentling-de's /haftungsausschluss/ are legal pages."""
    for path in ("/mentions.html", "/haftungsausschluss/"):
        verdict = classify_page(page(SITE + path, word_count=400), PACK)
        assert (verdict.stage, verdict.action) == ("none", "none"), path
