"""The site's goals first, the pages second: what this business sells, and where it converts.

A consultant starts by listing the business's purchase options. From the whole crawl's
first-pass verdicts (what each page completes or hands over, and to which host) this
module infers the kind of business and its main goal: a shop with its own checkout, a
shop handing off to a hosted cart, an affiliate shop clicking out to merchants, a SaaS
signup (on the site or on its app's domain), bookings, leads (contact, quote and
appointment forms), or a newsletter. Conversion pages follow: the pages that complete
the main goal or hand the visitor over for it. Secondary goals are listed, never
counted as conversions. ``classify_crawl(goals=...)`` takes goals given by the caller
instead of the inferred ones.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from core.contacts import MESSENGER_HOSTS, WHATSAPP_HOSTS
from core.text import counted
from core.vocab import ACTIONS
from rules.touchpoints import is_home_path

# Business kind -> (the main goal's actions, how a consultant says it).
KINDS: dict[str, tuple[frozenset[str], str]] = {
    "own-checkout-shop": (frozenset({"purchase"}), "sells with its own checkout"),
    "hosted-cart-shop": (
        frozenset({"purchase", "checkout", "add_to_cart"}),
        "sells through a hosted cart or checkout",
    ),
    "affiliate-shop": (
        frozenset({"purchase", "add_to_cart", "checkout"}),
        "sends buyers to merchants (click-outs)",
    ),
    "saas": (frozenset({"signup"}), "signs up users for its product"),
    "saas-demo": (frozenset({"request_demo"}), "takes demo requests"),
    "booking": (frozenset({"book_call"}), "takes bookings"),
    "lead-gen": (frozenset({"contact", "book_call", "request_demo"}), "collects leads"),
    "app": (frozenset({"download"}), "gets visitors to install its app"),
    "content": (frozenset({"subscribe"}), "grows a newsletter or membership"),
}
# Where each kind's main goal completes: on the site (False), handed off (True), either.
HANDOFF: dict[str, bool | None] = {
    "own-checkout-shop": False,
    "hosted-cart-shop": True,
    "affiliate-shop": True,
    "app": True,  # the install completes in an app store
}
SHOP_ACTIONS = frozenset({"purchase", "checkout", "add_to_cart"})
# Kinds whose contact page is pre-sales, not the goal (LABELLING.md: "a shop's pre-sales
# contact page" is consideration; a SaaS's contact page is a secondary goal; so is an
# inn's beside its booking engine). A service business's contact page hands its lead
# over: the decision.
PRESALES_CONTACT_KINDS = frozenset(
    {"own-checkout-shop", "hosted-cart-shop", "affiliate-shop"}
    | {"saas", "saas-demo", "app", "content", "booking"}
)
EXAMPLES = 5
# A chat with the business on a messaging app (a "Contact us on WhatsApp" button): the
# lead's channel only on a site that takes no lead another way. Beside a quote form it is
# one more way to the form's goal, and the form pages convert (LABELLING.md: the lead
# form pages of a service business; puntoweb-ferrara-web-designer-it).
CHAT_HOSTS = frozenset(WHATSAPP_HOSTS | set(MESSENGER_HOSTS))
CONFIG_KEYS = ("kind", "actions", "urls", "hosts")


class GoalsError(ValueError):
    """A ``[goals]`` table that cannot be used."""


@dataclass
class GoalEvidence:
    """Pages completing or handing over one kind of conversion, with examples and hosts."""

    pages: int = 0
    examples: list[str] = field(default_factory=list)
    hosts: Counter[str] = field(default_factory=Counter)
    # A page reached with several query strings (/contact/?subject=Mentoring) is one page.
    paths: set[str] = field(default_factory=set, repr=False)

    def add(self, url: str, host: str | None) -> None:
        path = url.partition("?")[0]
        if path in self.paths:
            return
        self.paths.add(path)
        self.pages += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(url)
        if host:
            self.hosts[host] += 1


@dataclass
class Goals:
    """The business kind, its main goal and the evidence; ``None`` kind when none was found."""

    kind: str | None
    actions: frozenset[str] = frozenset()
    handoff: bool | None = None  # True: completes off-site; None: either
    source: str = "inferred"  # inferred | configured
    url_patterns: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()  # outbound hosts that take the hand-off (configured)
    # Only pages of these stages convert (a SaaS whose pricing page hands over the signup:
    # a blog post's inline "sign up" link is not where the visitor decides).
    stages: tuple[str, ...] = ()
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    secondary: list[str] = field(default_factory=list)

    @property
    def lead_ask(self) -> str:
        """What a lead business's service pages ask when nothing on them asks anything in
        particular: the booking when more of its pages take or hand over bookings than
        enquiries (a tour operator's "Prenota su WhatsApp" on each excursion), else the
        enquiry."""
        pages: Counter[str] = Counter()
        for key, found in self.evidence.items():
            pages[evidence_action(key)] += int(found.get("pages") or 0)
        leads = pages["contact"] + pages["request_demo"]
        return "book_call" if pages["book_call"] > leads else "contact"

    @property
    def label(self) -> str:
        return KINDS[self.kind][1] if self.kind in KINDS else "has no goal touchpoint could find"

    def goal_for(
        self,
        converting: Iterable[str],
        handoffs: Mapping[str, str],
        url: str | None = None,
        stage: str | None = None,
        asks: str | None = None,
    ) -> str | None:
        """The main goal when a page completes or hands over one of its actions. Where the
        goal completes on a decision page (``stages``: a SaaS whose pricing page asks for
        the signup), a page of that stage that ``asks`` for the goal's action is its page."""
        if self.kind is None:
            return None
        if url and self.url_patterns and any(p in url for p in self.url_patterns):
            return self.kind
        if self.stages and stage is not None and stage not in self.stages:
            return None
        if self.stages and asks in self.actions:
            return self.kind
        for action in converting:
            if self.hosts and _on_hosts(handoffs.get(action), self.hosts):
                return self.kind
            chat = action == "contact" and handoffs.get(action) in CHAT_HOSTS
            if action not in self.actions or chat:
                continue
            if self.handoff is None or (action in handoffs) == self.handoff:
                return self.kind
        return None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Goals:
        """The inverse of ``as_dict`` (goals stored with a classified crawl)."""
        return cls(
            kind=data.get("kind"),
            actions=frozenset(data.get("actions") or ()),
            handoff=data.get("handoff"),
            source=str(data.get("source") or "inferred"),
            url_patterns=tuple(data.get("url_patterns") or ()),
            hosts=tuple(data.get("hosts") or ()),
            stages=tuple(data.get("stages") or ()),
            evidence=dict(data.get("evidence") or {}),
            secondary=list(data.get("secondary") or ()),
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["actions"] = sorted(self.actions)
        data["url_patterns"] = list(self.url_patterns)
        data["hosts"] = list(self.hosts)
        data["stages"] = list(self.stages)
        data["label"] = self.label
        return data

    @property
    def fingerprint(self) -> str:
        """Short hash of what a ``[goals]`` table decides, recorded with the verdicts so
        a changed table classifies the crawl again."""
        decided = [
            self.kind,
            sorted(self.actions),
            self.handoff,
            self.url_patterns,
            self.hosts,
            self.stages,
        ]
        return hashlib.sha256(json.dumps(decided).encode()).hexdigest()[:12]

    def to_toml(self) -> str:
        """A ready-to-paste ``[goals]`` table for touchpoint.toml, evidence as comments."""
        kinds = ", ".join(KINDS)
        lines = [
            f"# This site {self.label} (touchpoint's inference; edit to correct it).",
            "[goals]",
            f"kind = {_toml(self.kind or '')}  # one of: {kinds}",
            f"actions = {_toml(sorted(self.actions))}  # actions that complete the main goal",
            f"urls = {_toml(list(self.url_patterns))}  # URL parts of pages completing it",
            f"hosts = {_toml(list(self.hosts))}  # outbound hosts that take the hand-off",
        ]
        for name, item in self.evidence.items():
            hosts = ", ".join(item.get("hosts") or {})
            where = f"; hosts: {hosts}" if hosts else ""
            examples = ", ".join(item.get("examples") or [])
            lines.append(
                f"# evidence: {name}: {counted(item['pages'], 'page')}, e.g. {examples}{where}"
            )
        if self.secondary:
            lines.append(f"# secondary goals (never conversions): {', '.join(self.secondary)}")
        return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    """A TOML string or array of strings (JSON's quoting is valid TOML for these)."""
    return json.dumps(value, ensure_ascii=False)


def _on_hosts(host: str | None, hosts: Iterable[str]) -> bool:
    return bool(host) and any(host == h or str(host).endswith("." + h) for h in hosts)


def goals_from_table(table: Mapping[str, Any], source: str) -> Goals | None:
    """Goals a consultant confirmed or corrected in touchpoint.toml ``[goals]``; None
    for an empty table. ``kind`` is required; ``actions`` default to the kind's."""
    if not table:
        return None
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise GoalsError(
            f"{source}: unknown key [goals] {unknown[0]} (known: {', '.join(CONFIG_KEYS)})"
        )
    kind = table.get("kind")
    if kind not in KINDS:
        raise GoalsError(f"{source}: [goals] kind = {kind!r}: use one of {', '.join(KINDS)}")
    lists = {key: _strings(table.get(key), f"{source}: [goals] {key}") for key in CONFIG_KEYS[1:]}
    actions = frozenset(lists["actions"]) if "actions" in table else KINDS[kind][0]
    wrong = sorted(actions - set(ACTIONS))
    if wrong:
        raise GoalsError(
            f"{source}: [goals] actions: unknown action {wrong[0]!r} (known: {', '.join(ACTIONS)})"
        )
    return Goals(
        kind=kind,
        actions=actions,
        handoff=HANDOFF.get(kind) if "actions" not in table else None,
        source="configured",
        url_patterns=tuple(lists["urls"]),
        hosts=tuple(h.lower().removeprefix("www.") for h in lists["hosts"]),
    )


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise GoalsError(f"{where} must be a list of non-empty strings")
    return list(value)


def evidence_key(action: str, handed: bool) -> str:
    """How ``Goals.evidence`` names what pages complete: "contact (handed off)"."""
    return f"{action} ({'handed off' if handed else 'on site'})"


def evidence_action(key: str) -> str:
    """The action of an ``evidence_key``."""
    return key.partition(" (")[0]


class GoalCollector:
    """Gathers, page by page, what each first-pass verdict completes or hands over."""

    def __init__(self) -> None:
        self.on_site: dict[str, GoalEvidence] = {}
        self.handed: dict[str, GoalEvidence] = {}
        self.pages = 0
        self.home: frozenset[str] = frozenset()  # what the homepage's content converts
        # What the site's template buttons ask on every page (the header's "Book online"):
        # the business's standing ask, read on the homepage.
        self.sitewide: frozenset[str] = frozenset()
        self.home_asks: str | None = None  # the homepage's own ask (its hero's action)
        # Decision-stage pages handing over the goal (a pricing page's signup, a download
        # page's store badge), by action: where a visitor decides, not a hero's badge.
        self.decided: Counter[str] = Counter()
        # Home pages taking a lead (the contact form closing a one-page home): a section of
        # the home page, not a lead page of its own.
        self.home_leads = 0
        # Pages whose own content has an "Add to cart" button (not only a /products/ URL):
        # a shop's catalogue even where its checkout is a script.
        self.carting = 0

    def add(
        self,
        url: str,
        converting: Iterable[str],
        handoffs: Mapping[str, str],
        home: bool = False,
        stage: str | None = None,
        sitewide: Iterable[str] = (),
        asks: str | None = None,
        carts: bool = False,
    ) -> None:
        """One first-pass verdict: what the page completes or hands over, its stage, what
        it ``asks`` (a pricing page asking for the signup, whether its button links to the
        app or a script opens it) and whether its own content has an add-to-cart button."""
        self.pages += 1
        if home:
            self.home = frozenset(converting)
            self.sitewide = frozenset(sitewide)
            self.home_asks = asks
        if stage == "none":  # a legal, login or error page takes no goal of the site's
            return
        if stage == "decision":
            self.decided.update(a for a in ("signup", "download") if a in handoffs or a == asks)
        if "contact" in converting and is_home_path(url):
            self.home_leads += 1
        if asks == "login":  # "Create an account" beside "Log in": the customer's account
            converting = [a for a in converting if a != "signup"]  # area, no goal of the site
        self.carting += carts
        for action in converting:
            if action in handoffs:
                self.handed.setdefault(action, GoalEvidence()).add(url, handoffs[action])
            else:
                self.on_site.setdefault(action, GoalEvidence()).add(url, None)

    def _count(self, where: dict[str, GoalEvidence], actions: Iterable[str]) -> int:
        return sum(where[a].pages for a in actions if a in where)

    def _chats(self) -> dict[str, int]:
        """Pages handing the contact over to a messaging app, by its host (``CHAT_HOSTS``)."""
        handed = self.handed.get("contact")
        hosts = handed.hosts.items() if handed else ()
        return {host: n for host, n in hosts if host in CHAT_HOSTS}

    def infer(self, cart_providers: frozenset[str], engines: frozenset[str] = frozenset()) -> Goals:
        """The main goal, by the order a consultant would ask: own checkout (when product
        pages, or as many purchase pages as enquiry and booking pages, back it), a homepage that
        asks for a signup (a SaaS's hero), hosted cart and click-outs (each only when it
        outweighs the signups, leads and bookings: a clinic's gift-voucher page or a few
        merchant links in blog posts do not make a shop), a cart a script drawer hands
        over (product pages with their own "Add to cart" and no booking), signup (unless
        demo requests outnumber it: a sales-led SaaS's webinar registrations), demo, app-store
        installs, bookings or leads, newsletter. A site taking bookings and enquiries
        collects leads, and both its booking and its enquiry pages convert (LABELLING.md:
        the lead form pages of a service business): only a site without an enquiry form
        is a booking business (a law firm's "Schedule a consultation" and its contact form
        are both leads); a contact form on the home page alone (a B&B's one-page home beside
        its booking engine) does not make one, nor do fewer enquiry pages than pages
        handing the booking to a reservation engine (``engines``: an inn's rooms on
        Cloudbeds beside its contact form). A
        homepage whose own hero asks for a signup that some page takes is a signup site (a
        club's "Become a member" beside its PayPal donate button); a template button asking
        to buy makes the hosted cart the goal (a charity's header "Donate")."""
        on, off = self.on_site, self.handed
        carts = sum(
            n
            for a in SHOP_ACTIONS
            if a in off
            for host, n in off[a].hosts.items()
            if host in cart_providers
        )
        click_outs = self._count(off, SHOP_ACTIONS) - carts
        chats = self._chats()
        leads = (
            self._count(on, ("contact", "request_demo"))
            + self._count(off, ("contact",))
            - sum(chats.values())
        )
        bookings = self._count(on, ("book_call",)) + self._count(off, ("book_call",))
        handed = off.get("book_call")
        reserved = sum(n for host, n in handed.hosts.items() if host in engines) if handed else 0
        signups = self._count(on, ("signup",)) + self._count(off, ("signup",))
        demos = self._count(on, ("request_demo",)) + self._count(off, ("request_demo",))
        installs = self._count(off, ("download",))  # app-store hand-offs
        # More product and cart pages than signups: a shop whose home page also takes
        # mailing-list signups ("Join our Mailing List! Sign Up"), not a SaaS.
        selling = self._count(on, ("add_to_cart", "checkout")) > signups
        kind: str | None = None
        hosts: tuple[str, ...] = ()
        actions: frozenset[str] | None = None  # the kind's, unless a branch narrows them
        handoff: bool | None = None
        purchases = self._count(on, ("purchase",))
        # One payment page beside more enquiry or booking pages (a bootcamp's "Scholarships
        # & Payment Plans" beside its application forms) is no shop's checkout.
        buying = purchases + self._count(off, SHOP_ACTIONS)
        if purchases and (selling or buying >= leads + bookings):
            kind = "own-checkout-shop"
        elif ("signup" in self.home or (signups and self.home_asks == "signup")) and not selling:
            kind = "saas"
        elif carts and (carts >= leads + bookings + signups or SHOP_ACTIONS & self.sitewide):
            kind = "hosted-cart-shop"
        elif click_outs >= 2 and click_outs > signups and click_outs >= leads + bookings:
            kind = "affiliate-shop"
        elif (self._count(on, ("checkout",)) and (not signups or selling)) or (
            self.carting >= 3 and self.carting > leads + signups and not bookings
        ):
            # A cart page and no checkout page: the cart hands over by script (Stripe's
            # redirectToCheckout, a quote cart sent by AJAX). Only the cart converts. Or
            # product pages asking "Add to cart" and no cart page at all: the cart is a
            # drawer whose checkout a script opens, nothing on the site converts, and its
            # contact form is the shop's pre-sales question, not its goal.
            kind, actions, handoff = "hosted-cart-shop", frozenset({"checkout"}), None
        elif signups >= demos and signups:
            kind = "saas"
        elif demos and not bookings:
            # A demo form posting to a form service is the same goal as one posting home;
            # a few webinar registrations on blog posts do not outweigh it.
            kind = "saas-demo"
        elif installs and installs >= leads + bookings:
            kind = "app"
        elif bookings and (not leads - self.home_leads or reserved >= leads - self.home_leads):
            kind = "booking"
        elif leads or bookings:
            kind = "lead-gen"
        elif chats:
            kind, hosts = "lead-gen", tuple(sorted(chats))
        elif self._count(on, ("subscribe",)) + self._count(off, ("subscribe",)):
            kind = "content"
        evidence = {
            evidence_key(a, handed=where is off): {
                "pages": ev.pages,
                "examples": ev.examples,
                "hosts": dict(ev.hosts.most_common(5)),
            }
            for where in (on, off)
            for a, ev in sorted(where.items())
        }
        if actions is None:
            actions = KINDS[kind][0] if kind else frozenset()
            handoff = HANDOFF.get(kind) if kind else None
        goals = Goals(kind=kind, actions=actions, handoff=handoff, hosts=hosts, evidence=evidence)
        main = {"saas": "signup", "app": "download"}.get(kind or "")
        if main and self.decided[main]:
            goals.stages = ("decision",)
        goals.secondary = sorted(
            {a for a in (*on, *off) if a not in goals.actions and a != "add_to_cart"}
        )
        return goals
