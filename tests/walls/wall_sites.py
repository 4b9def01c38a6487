"""The walled sites the tests crawl, served by ``tests.hostile.app_server``: a consent wall
every page redirects to until its POST form sets a cookie, and an age gate that answers
every page itself until its link sets one."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from tests.hostile.app_server import Answer, Seen, html

CONSENT_VALUE = "cw-Hq73nPz1"  # what the wall's cookie holds: never written anywhere
CSRF = "tok-Lm20qXe8"
CONTENT = {
    "/": "<main><h1>Alpine gear</h1><p>Boots, tents and ropes for the mountains.</p>"
    '<a href="/shop">Shop</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact</a>'
    "</main>",
    "/shop": '<main><h1>Shop</h1><p>Our boots.</p><a href="/cart" class="btn">Add to cart</a>'
    '<a href="/">Home</a></main>',
    "/pricing": '<main><h1>Pricing</h1><p>Plans and prices.</p><a href="/contact">Ask</a></main>',
    "/contact": '<main><h1>Contact us</h1><form method="post" action="/contact">'
    '<input name="email" type="email"><textarea name="message"></textarea>'
    "<button>Send message</button></form></main>",
    "/cart": '<main><h1>Your cart</h1><a href="/shop">Back</a></main>',
}
CONSENT_PAGE = (
    "<main><h2>We value your privacy</h2><p>We use cookies to run this shop.</p>"
    '<form method="post" action="/consent"><input type="hidden" name="next" value="{next}">'
    f'<input type="hidden" name="csrf" value="{CSRF}">'
    '<button name="choice" value="reject">Reject</button>'
    '<button name="choice" value="accept">Accept all</button></form>'
    '<a href="/privacy">Privacy policy</a></main>'
)


def has_cookie(request: Seen, name: str, value: str) -> bool:
    return f"{name}={value}" in request.headers.get("Cookie", "")


def consent_wall(request: Seen, walled_anyway: tuple[str, ...] = ()) -> Answer:
    """Every page 302s to /consent?next=PATH until the wall's POST set the cookie (the
    ``walled_anyway`` pages even then)."""
    parts = urlsplit(request.path)
    if parts.path == "/consent" and request.method == "POST":
        form = request.form()
        headers = {"Location": form.get("next") or "/"}
        if form.get("choice") == "accept" and form.get("csrf") == CSRF:
            headers["Set-Cookie"] = f"cw={CONSENT_VALUE}; Path=/; HttpOnly"
        return Answer("", 302, headers)
    if parts.path == "/consent":
        nxt = dict(p.partition("=")[::2] for p in parts.query.split("&")).get("next", "/")
        return Answer(html("Cookies", CONSENT_PAGE.format(next=nxt)))
    if parts.path not in CONTENT:
        return Answer(html("Not found", "no"), 404)
    if not has_cookie(request, "cw", CONSENT_VALUE) or parts.path in walled_anyway:
        return Answer("", 302, {"Location": f"/consent?next={quote(parts.path)}"})
    return Answer(html(parts.path.strip("/") or "Alpine", CONTENT[parts.path]))


def age_gate(request: Seen) -> Answer:
    """Every page answers 200 with an age gate until the age_verified cookie is there."""
    parts = urlsplit(request.path)
    if parts.path == "/age/yes":
        headers = {"Location": "/", "Set-Cookie": "age_verified=1; Path=/"}
        return Answer("", 302, headers)
    if parts.path not in CONTENT:
        return Answer(html("Not found", "no"), 404)
    if not has_cookie(request, "age_verified", "1"):
        gate = (
            "<main><h1>Are you of legal drinking age?</h1><p>You must be 18 or older.</p>"
            '<a href="/age/yes">Yes, I am over 18</a> <a href="/underage">No</a>'
            "</main>"
        )
        return Answer(html("Welcome", gate))
    return Answer(html(parts.path.strip("/") or "Alpine", CONTENT[parts.path]))
