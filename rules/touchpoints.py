"""Judge a page's touchpoints one by one: each CTA's action and prominence, each form's purpose.

Results are cached on the pack by the fields they depend on: the same nav
buttons and footer forms repeat on every page of a site.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from core.contacts import classify_contact
from core.urls import bare_host
from rules.pack import RulePack
from rules.vocab import fold

CACHE_LIMIT = 100_000


def remember(cache: dict[Any, Any], key: Any, value: Any) -> Any:
    """Store a result in one of the pack's caches (``RulePack.cache``), which stay below
    ``CACHE_LIMIT`` entries each."""
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def text_action(pack: RulePack, text: str | None) -> str | None:
    """The lexicon action whose phrase covers most of a CTA text (``_longest_phrase``); None
    when none matches or when that phrase is the lexicon's ``none`` ("Contact lenses")."""
    if not text:
        return None
    cache = pack.cache["text"]
    action = cache.get(text)
    if action is None:
        folded = fold(text)
        action = remember(cache, text, _longest_phrase(pack, folded))
    return action if action and action != "none" else None


def _longest_phrase(pack: RulePack, folded: str) -> str:
    """The action whose lexicon phrase matches most of the text, the first action in the
    lexicon's order among equals: "Pedir cita" books an appointment, though "pedir" alone
    orders (estetica-barcelona-beauty-salon-es)."""
    best, longest = "", 0
    for action, regex in pack.lexicon:
        for match in regex.finditer(folded):
            if len(match.group(0)) > longest:
                best, longest = action, len(match.group(0))
    return best


# A page file's extension: /contact.html is the same page as /contact/ to a visitor.
PAGE_SUFFIX = re.compile(r"(/index)?\.(html?|php|aspx?|jsp)$")


def url_path(url: str | None) -> str:
    """The accent-folded, percent-decoded path that URL rules match, without a page file's
    extension (``/chi-siamo.html`` matches as ``/chi-siamo``, ``/blog/index.html`` as
    ``/blog``), so a rule's ``(/|$)`` ending fits sites built as plain files."""
    if not url:
        return ""
    try:
        path = fold(unquote(urlsplit(url).path))
    except ValueError:
        return ""
    return PAGE_SUFFIX.sub("", path) or "/"


# A home page's path, in any language version: /, /en/, /pt-br/ (and their index files).
HOME_PATH = re.compile(r"^/([a-z]{2}(-[a-z]{2})?/?)?$")


def is_home_path(url: str | None) -> bool:
    """Whether a URL is a home page of the site or of one of its language versions."""
    return bool(HOME_PATH.match(url_path(url)))


def asks_more_than_reading(pack: RulePack, element: Mapping[str, Any]) -> bool:
    """A link or button whose words, or else its own site's target, ask for something
    other than reading on: "Book now", "Start a project" to /contact/."""
    action = text_action(pack, element.get("anchor_text") or element.get("text"))
    if action is None and element.get("internal"):
        action = path_action(pack, element.get("target_url"))
    return action not in (None, "read")


def path_action(pack: RulePack, url: str | None) -> str | None:
    """The action the strongest URL rule gives a link target (a "Get started" to /signup)."""
    if not url:
        return None
    cache = pack.cache["path"]
    best = cache.get(url)
    if best is None:
        path = url_path(url)
        best, weight = "", 0.0
        for rule in pack.by_signal["url"]:
            if rule.action and rule.weight > weight and rule.regex and rule.regex.search(path):
                best, weight = rule.action, rule.weight
        remember(cache, url, best)
    return best or None


def off_journey(pack: RulePack, url: str | None) -> bool:
    """A page its URL puts off the journey (a legal, login or error page: a URL rule of
    stage ``none``)."""
    path = url_path(url)
    return any(rule.regex.search(path) for rule in pack.off_journey_urls if rule.regex)


# What an outbound CTA hands over by its words, and what counts as a next step off the
# site: a buy or order link to a merchant, a signup on the product's app, a booking.
HANDOFF_ACTIONS = frozenset({"purchase", "add_to_cart", "checkout", "signup", "book_call"})


def _on_host(
    table: Mapping[str, tuple[str, str]], host: str, path: str = ""
) -> tuple[str, str] | None:
    """The entry for a host or any domain above it (``eu.checkout.stripe.com``), else for
    the host and the path's first folder (``docs.google.com/forms``: Google Docs hosts
    other things than forms)."""
    domain = host
    while domain:
        found = table.get(domain)
        if found:
            return found
        _, _, domain = domain.partition(".")
    folder = path.lstrip("/").partition("/")[0]
    return table.get(host + "/" + folder) if folder else None


# An installer or a release's file: a link there downloads the software, wherever it is
# hosted (a GitHub release's AppImage and .exe, filmulator-raw-photo-editor-download).
INSTALLER = re.compile(
    r"/releases/download/|\.(exe|msi|msix|dmg|pkg|appimage|deb|rpm|apk|flatpakref)$", re.I
)


def provider_of(pack: RulePack, url: str | None) -> tuple[str, str] | None:
    """(provider, action) when a URL is on a known hosted checkout or booking host, or is
    an installer to download (the host takes the download)."""
    if not url or not pack.providers:
        return None
    host = bare_host(url)
    found = _on_host(pack.providers, host, urlsplit(url).path)
    if found is None and INSTALLER.search(url.partition("?")[0]):
        return host, "download"
    return found


# The query parameters merchants' affiliate programmes put in a link (Amazon's ``tag``,
# ``aff_id``, ``ref`` ...): such a link is the site's click-out, whatever its words.
AFFILIATE_PARAM = re.compile(
    r"[?&](tag|aff|affid|aff_id|affiliate|affiliate_id|affiliates|partner|partner_id|ref|refid"
    r"|ref_id|associate|associate_id|clickref|subid|irgwc|awc|campid)=",
    re.I,
)


# A marketplace's page of one product (Amazon's /dp/, Etsy's /listing/, eBay's /itm/): a
# store badge there (an image link, no words) sends the visitor to buy that product; a
# post's in-text mention of a book on Amazon is a reference.
MARKETPLACE_ITEM = re.compile(r"^https?://[^/]+/(?:[^?#]*/)?(dp|gp/product|listing|itm)/", re.I)


def asks_for_handoff(pack: RulePack, link: Mapping[str, Any]) -> bool:
    """Whether a plain outbound link to a merchant (Amazon, Etsy) is a step to buy there:
    its words ask for something, it is marked ``rel=sponsored``, it carries an affiliate
    parameter or it is a wordless badge opening one product's page (an author's Amazon
    badge on a book page).
    An icon link titled "Site web" to a maker's Etsy shop is a profile. (A link to a
    checkout or booking service is the step itself, whatever its words.)"""
    return (
        is_sponsored(link)
        or text_action(pack, link.get("anchor_text")) is not None
        or (
            not (link.get("anchor_text") or "").strip()
            and bool(MARKETPLACE_ITEM.match(link.get("target_url") or ""))
        )
    )


def link_handoff(pack: RulePack, link: Mapping[str, Any]) -> tuple[str, str] | None:
    """(provider, action) when a plain link hands the visitor to a known service: a hosted
    checkout, ticket office, booking or form service whatever its words, a marketplace
    (Amazon, Etsy) only when the link asks to buy there (``asks_for_handoff``). The verdict
    and the next step both ask this."""
    found = provider_of(pack, link.get("target_url"))
    if found is None or (found[0] in pack.marketplaces and not asks_for_handoff(pack, link)):
        return None
    return found


def embed_provider(pack: RulePack, embed: str) -> tuple[str, str] | None:
    """(provider, action) for an embed (``host/path`` of a third-party script or frame), by
    its host or by its host and first folder."""
    host, _, path = embed.partition("/")
    return _on_host(pack.embeds, host, path)


def submittable(form: Mapping[str, Any]) -> bool:
    """A form with no submit control (a calculator, an invoice generator) completes
    nothing: it is a next step, or says what a page is for, only when it can be sent."""
    return form.get("has_submit") is not False


def in_content(element: Mapping[str, Any], pack: RulePack) -> bool:
    """In the page's own content: a content region, and not repeated by the site template."""
    return element.get("region") in pack.content_regions and not element.get("template")


def cta_action(pack: RulePack, cta: Mapping[str, Any]) -> tuple[str, str | None]:
    """(action, provider): a provider host first, then the CTA's words, then its target path;
    an outbound button whose words say nothing ("See the offer ->") but which is marked
    ``rel=sponsored`` or carries an affiliate parameter asks to buy at the merchant, and one
    opening a WhatsApp or Messenger chat with the business asks the visitor to write."""
    target = cta.get("target_url")
    if target and not cta.get("internal"):
        provider = provider_of(pack, target)
        if provider:
            return provider[1], provider[0]
    action = text_action(pack, cta.get("text") or cta.get("aria_label"))
    if action == "signup" and cta.get("internal"):
        # "Get started" to the contact page asks for the enquiry there: no signup completes
        # on a contact, booking or demo page (craftal-cro-web-agency).
        on_target = path_action(pack, target)
        action = on_target if on_target in LEAD_PAGE_ACTIONS else action
    if action is None and looks_like_cart_button(pack, cta):
        action = "add_to_cart"
    if action is None and cta.get("internal"):
        action = path_action(pack, target)
    elif action is None and not target and writes_to_business(cta.get("href")):
        action = "contact"  # "Email Seller" on a mailto:, "Call 512-555-0123" on a tel:
    elif action is None and target and cta.get("internal") is False:
        if is_sponsored(cta):
            action = "purchase"
        elif messaging_channel(target):
            action = "contact"
        else:
            action = app_path_action(pack, target)
    return action or "none", None


# The asks of a page a generic "Get started" may lead to, which then say what it asks.
LEAD_PAGE_ACTIONS = frozenset({"contact", "book_call", "request_demo"})


# What a button to another host asks by its target's page: the product's app
# (``app.example.com/signup``) signs the visitor up, takes the order or books the demo there,
# whatever the button says ("Kies Basic"). Any other page there says nothing of this site.
APP_PATH_ACTIONS = frozenset({"signup", "request_demo", "checkout"})


def app_path_action(pack: RulePack, target: str) -> str | None:
    """The ``APP_PATH_ACTIONS`` action the last folder of an outbound target names: the
    page itself (``/signup``), never a folder on the way (a public register's
    ``/registration/<number>`` is a record to read)."""
    try:
        last = urlsplit(target).path.rstrip("/").rpartition("/")[2]
    except ValueError:
        return None
    action = path_action(pack, "/" + last) if last else None
    return action if action in APP_PATH_ACTIONS else None


# A chat with the business on a messaging app: a button there asks the visitor to write.
MESSAGING = frozenset({"whatsapp", "messenger"})


# The channels a visitor writes to or calls the business by (a "mailto:", "tel:" or chat
# link): a way on, and a button's ask to get in touch.
CONTACT_CHANNELS = frozenset({"email", "phone", "whatsapp", "messenger", "sms"})


def writes_to_business(href: str | None) -> bool:
    """A ``mailto:``, ``tel:``, ``sms:`` or ``whatsapp:`` button to the business, not a
    share intent (a ``mailto:`` with a subject and no recipient)."""
    channel = classify_contact(href) if href else None
    return channel is not None and channel[0] in CONTACT_CHANNELS


def messaging_channel(target: str) -> bool:
    """A link opening a chat with the business (``wa.me/<number>``, ``m.me/<page>``), not
    a share intent (``wa.me/?text=`` to no number)."""
    channel = classify_contact(target)
    return channel is not None and channel[0] in MESSAGING


# Hosts that exist only to count an affiliate's clicks: Amazon Associates' short links
# (amzn.to), Geniuslink, and the networks' redirectors (ShareASale, Awin, CJ, Rakuten,
# Skimlinks, Impact, LTK). A link there is paid, whatever its words or parameters.
AFFILIATE_HOSTS = frozenset(
    {
        "amzn.to",
        "amzn.eu",
        "geni.us",
        "shareasale.com",
        "awin1.com",
        "anrdoezrs.net",
        "jdoqocy.com",
        "tkqlhce.com",
        "dpbolvw.net",
        "kqzyfj.com",
        "click.linksynergy.com",
        "go.skimresources.com",
        "prf.hn",
        "sjv.io",
        "rstyle.me",
    }
)


def is_sponsored(link: Mapping[str, Any]) -> bool:
    """A paid link: ``rel=sponsored``, an affiliate programme's parameter in its URL, or an
    affiliate redirector's host (``AFFILIATE_HOSTS``)."""
    rel = link.get("rel")
    if rel and "sponsored" in rel.lower().split():
        return True
    target = link.get("target_url")
    if not target or link.get("internal"):
        return False
    # Every content link of every page asks: only a URL with a query can carry a parameter.
    return ("?" in target and bool(AFFILIATE_PARAM.search(target))) or (
        bare_host(target) in AFFILIATE_HOSTS
    )


def looks_primary(pack: RulePack, element: Mapping[str, Any]) -> bool:
    """Styled as the main button: the pack's primary pattern in its classes or id."""
    return _look(pack, element)[0]


def looks_like_cart_button(pack: RulePack, element: Mapping[str, Any]) -> bool:
    """Marked as a cart's buy button by its classes or id (``snipcart-add-item``,
    ``add-to-cart``): it adds to the cart whatever language its words are in."""
    return _look(pack, element)[1]


def _look(pack: RulePack, element: Mapping[str, Any]) -> tuple[bool, bool]:
    """(primary, cart button) from an element's classes and id, cached by them."""
    look = (element.get("classes"), element.get("element_id"))
    cache = pack.cache["look"]
    found = cache.get(look)
    if found is None:
        folded = fold(f"{look[0] or ''} {look[1] or ''}")
        cart = pack.cart_regex is not None and bool(pack.cart_regex.search(folded))
        found = remember(cache, look, (bool(pack.primary_regex.search(folded)), cart))
    return found


def is_jump(cta: Mapping[str, Any]) -> bool:
    """A link to a part of its own page (``#order``): it scrolls to what the page offers
    there, and is no way on by itself. (``#`` alone goes nowhere; ``#!/route`` and
    ``#/route`` are a script's pages.)"""
    href = (cta.get("href") or "").strip()
    return len(href) > 1 and href[0] == "#" and href[1] not in "!/"


def prominences(
    pack: RulePack, ctas: Sequence[Mapping[str, Any]], actions: Sequence[str]
) -> list[str]:
    """Primary: in the page's own content and styled as the main button, else the first such
    CTA (a CTA the site template repeats on most pages is never a page's primary). A hero's
    jump to the page's form ("Contact me" to ``#form``) can be primary: its words say what
    the form there asks."""
    working = [in_content(c, pack) and actions[i] != "none" for i, c in enumerate(ctas)]
    styled = [w and looks_primary(pack, c) for w, c in zip(working, ctas, strict=True)]
    if not any(styled):
        for i, c in enumerate(ctas):
            # An imperative link inside the text ("sign up" in a blog post) is read on the
            # way, not the page's main button.
            if working[i] and c.get("kind") != "text-link":
                styled[i] = True
                break
    return ["primary" if s else "secondary" for s in styled]


# What a form field's kinds are read from.
FIELD_PARTS = ("type", "tag", "name", "autocomplete", "label", "placeholder")


def field_kinds(pack: RulePack, field: Mapping[str, Any]) -> frozenset[str]:
    """The kinds a form field is (email, password, card...), from its type, name and label."""
    text = " ".join(field.get(k) or "" for k in FIELD_PARTS)
    cache = pack.cache["field"]
    kinds = cache.get(text)
    if kinds is None:
        folded = fold(text)
        found = frozenset(kind for kind, regex in pack.field_kinds if regex.search(folded))
        kinds = remember(cache, text, found)
    return kinds


def form_purpose(pack: RulePack, form: Mapping[str, Any]) -> tuple[str, str]:
    """(purpose, id of the form-purpose rule that decided it) for one form."""
    fields = form.get("fields") or ()
    submit = form.get("submit_text")
    key = (submit, *(tuple(f.get(k) for k in FIELD_PARTS) for f in fields))
    cache = pack.cache["form"]
    purpose = cache.get(key)
    if purpose is None:
        purpose = remember(cache, key, _form_purpose(pack, fields, submit))
    return purpose


def _form_purpose(
    pack: RulePack, fields: Sequence[Mapping[str, Any]], submit_text: str | None
) -> tuple[str, str]:
    kinds: set[str] = set()
    for f in fields:
        kinds |= field_kinds(pack, f)
    submit = text_action(pack, submit_text)
    for rule in pack.form_purposes:
        if rule.max_fields is not None and len(fields) > rule.max_fields:
            continue
        if not rule.all <= kinds or (rule.any and not rule.any & kinds) or rule.none & kinds:
            continue
        if rule.submit and submit not in rule.submit:
            continue
        return rule.purpose, rule.id
    return "other", ""
