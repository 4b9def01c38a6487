"""A fixture shop whose account area needs a login: a form with a CSRF token that
sets a session cookie, a JavaScript login for the rendered mode, and a session that can
be made to expire. Served by ``tests.hostile.app_server.serve_app``."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from tests.hostile.app_server import Answer, Seen, html

EMAIL, PASSWORD = "ann@example.com", "Pw-9xQ2-lmT7"
HEADER = (
    '<header><a href="/">Kettle Shop</a> <a href="/products/">Products</a> '
    '<a href="/cart/">Cart</a> <a href="/account/">My account</a> <a href="/login/">Log in</a>'
    "</header>"
)
PUBLIC = {
    "/": ("Kettle Shop", '<h1>Kettles</h1><a class="btn" href="/products/kettle/">Shop now</a>'),
    "/products/": ("Products", '<h1>All kettles</h1><a href="/products/kettle/">Kettle</a>'),
    "/products/kettle/": (
        "Copper kettle",
        '<h1>Copper kettle</h1><p>49 EUR</p><form action="/cart/" method="post">'
        '<button type="submit">Add to cart</button></form>',
    ),
    "/cart/": ("Cart", '<h1>Cart</h1><a class="btn" href="/checkout/">Checkout</a>'),
    "/checkout/": (
        "Checkout",
        '<h1>Checkout</h1><form action="/order/" method="post"><input name="card">'
        "<button>Pay now</button></form>",
    ),
}
ORDERS = range(1001, 1006)
ACCOUNT = {
    "/account/": (
        "My account",
        '<h1>My account</h1><a href="/account/orders/">Orders</a> '
        '<a href="/account/subscriptions/">Subscriptions</a> <a href="/logout/">Log out</a>',
    ),
    "/account/orders/": (
        "Your orders",
        "<h1>Order history</h1>"
        + " ".join(f'<a href="/account/orders/{n}/">Order {n}</a>' for n in ORDERS),
    ),
    **{
        f"/account/orders/{n}/": (f"Order {n}", f"<h1>Order {n}</h1><p>Shipped.</p>")
        for n in ORDERS
    },
    "/account/subscriptions/": (
        "Subscriptions",
        "<h1>Your subscriptions</h1><p>Beans monthly.</p>",
    ),
}
JS_LOGIN = """
<h1>Sign in</h1>
<input id=email type=email> <input id=password type=password>
<button id=go type=button>Sign in</button>
<script>
document.getElementById('go').onclick = async () => {
  const body = new URLSearchParams({email: document.getElementById('email').value,
    password: document.getElementById('password').value});
  const r = await fetch('/api/login', {method: 'POST', body});
  if (r.ok) location.href = '/account/';
};
</script>"""


@dataclass
class Shop:
    """The shop's state: tokens issued, live sessions, and how long a session lasts."""

    session_requests: int | None = None  # a session ends after this many uses
    js_login: bool = False
    tokens: dict[str, str] = field(default_factory=dict)  # pre-session cookie -> CSRF token
    sessions: dict[str, int] = field(default_factory=dict)  # session id -> uses left
    issued: list[str] = field(default_factory=list)  # every session id handed out

    def __call__(self, request: Seen) -> Answer:
        path = request.path.split("?")[0]
        cookies = cookies_of(request)
        if path == "/logout/":
            self.sessions.pop(cookies.get("sid", ""), None)
            return Answer("", 302, {"Location": "/"})
        if path == "/login/":
            return self.login(request, cookies)
        if path == "/api/login" and request.method == "POST":
            return self.sign_in(request.form(), redirect=False)
        if path in PUBLIC:
            return Answer(page(*PUBLIC[path]))
        if path in ACCOUNT:
            if not self.use_session(cookies.get("sid", "")):
                return Answer("", 302, {"Location": f"/login/?next={path}"})
            return Answer(page(*ACCOUNT[path]))
        return Answer(page("Not found", "<h1>Not found</h1>"), 404)

    def login(self, request: Seen, cookies: dict[str, str]) -> Answer:
        if request.method == "POST":
            if request.form().get("csrf") != self.tokens.get(cookies.get("pre", ""), "-"):
                return Answer(page("Forbidden", "<h1>CSRF token missing</h1>"), 403)
            return self.sign_in(request.form(), redirect=True)
        if self.js_login:
            return Answer(page("Sign in", JS_LOGIN))
        pre, token = secrets.token_hex(8), secrets.token_hex(8)
        self.tokens[pre] = token
        form = (
            '<h1>Log in</h1><form method="post" action="/login/">'
            f'<input type="hidden" name="csrf" value="{token}">'
            '<input name="email" type="email"> <input name="password" type="password">'
            '<label><input type="checkbox" name="remember" value="1"> Remember me</label>'
            "<button>Log in</button></form>"
        )
        return Answer(page("Log in", form), headers={"Set-Cookie": f"pre={pre}; Path=/"})

    def sign_in(self, form: dict[str, str], redirect: bool) -> Answer:
        if (form.get("email"), form.get("password")) != (EMAIL, PASSWORD):
            again = '<h1>Log in</h1><p>Wrong password.</p><form method="post">' \
                '<input type="password" name="password"></form>'  # fmt: skip
            return Answer(page("Log in", again), 200 if redirect else 401)
        sid = secrets.token_hex(12)
        self.sessions[sid] = self.session_requests or 10**9
        self.issued.append(sid)
        headers = {"Set-Cookie": f"sid={sid}; Path=/; HttpOnly"}
        if redirect:
            return Answer("", 302, {**headers, "Location": "/account/"})
        return Answer("{}", headers=headers, content_type="application/json")

    def use_session(self, sid: str) -> bool:
        left = self.sessions.get(sid, 0)
        if left <= 0:
            return False
        self.sessions[sid] = left - 1
        return True


def cookies_of(request: Seen) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in request.headers.get("Cookie", "").split(";"))
    return {name: value for name, _, value in pairs if name}


def page(title: str, main: str) -> str:
    return html(f"{title} · Kettle Shop", f"{HEADER}<main>{main}</main>")


def login_args(base: str) -> list[str]:
    """The form login's flags, without the password."""
    return ["--login-url", f"{base}/login/", "--login-field", f"email={EMAIL}"]
