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

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

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
    "content": (frozenset({"subscribe"}), "grows a newsletter or membership"),
}
SHOP_ACTIONS = frozenset({"purchase", "checkout", "add_to_cart"})
EXAMPLES = 5


@dataclass
class GoalEvidence:
    """Pages completing or handing over one kind of conversion, with examples and hosts."""

    pages: int = 0
    examples: list[str] = field(default_factory=list)
    hosts: Counter[str] = field(default_factory=Counter)

    def add(self, url: str, host: str | None) -> None:
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
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    secondary: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return KINDS[self.kind][1] if self.kind in KINDS else "has no goal touchpoint could find"

    def goal_for(
        self, converting: Iterable[str], handoffs: Mapping[str, str], url: str | None = None
    ) -> str | None:
        """The main goal when a page completes or hands over one of its actions."""
        if self.kind is None:
            return None
        if url and self.url_patterns and any(p in url for p in self.url_patterns):
            return self.kind
        for action in converting:
            if action not in self.actions:
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
            evidence=dict(data.get("evidence") or {}),
            secondary=list(data.get("secondary") or ()),
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["actions"] = sorted(self.actions)
        data["url_patterns"] = list(self.url_patterns)
        data["label"] = self.label
        return data


class GoalCollector:
    """Gathers, page by page, what each first-pass verdict completes or hands over."""

    def __init__(self) -> None:
        self.on_site: dict[str, GoalEvidence] = {}
        self.handed: dict[str, GoalEvidence] = {}
        self.pages = 0

    def add(self, url: str, converting: Iterable[str], handoffs: Mapping[str, str]) -> None:
        self.pages += 1
        for action in converting:
            if action in handoffs:
                self.handed.setdefault(action, GoalEvidence()).add(url, handoffs[action])
            else:
                self.on_site.setdefault(action, GoalEvidence()).add(url, None)

    def _count(self, where: dict[str, GoalEvidence], actions: Iterable[str]) -> int:
        return sum(where[a].pages for a in actions if a in where)

    def infer(self, cart_providers: frozenset[str]) -> Goals:
        """The main goal, by the order a consultant would ask: own checkout, hosted cart,
        click-outs, signup, demo, bookings or leads, newsletter."""
        on, off = self.on_site, self.handed
        carts = sum(
            n
            for a in SHOP_ACTIONS
            if a in off
            for host, n in off[a].hosts.items()
            if host in cart_providers
        )
        click_outs = self._count(off, SHOP_ACTIONS) - carts
        leads = self._count(on, ("contact", "request_demo")) + self._count(off, ("contact",))
        bookings = self._count(on, ("book_call",)) + self._count(off, ("book_call",))
        signups = self._count(on, ("signup",)) + self._count(off, ("signup",))
        kind: str | None = None
        handoff: bool | None = None
        if self._count(on, ("purchase",)):
            kind, handoff = "own-checkout-shop", False
        elif carts:
            kind, handoff = "hosted-cart-shop", True
        elif click_outs >= 2 and click_outs >= leads + bookings:
            kind, handoff = "affiliate-shop", True
        elif signups:
            kind = "saas"
        elif self._count(on, ("request_demo",)) and not bookings:
            kind = "saas-demo"
        elif bookings and bookings >= leads:
            kind = "booking"
        elif leads or bookings:
            kind = "lead-gen"
        elif self._count(on, ("subscribe",)) + self._count(off, ("subscribe",)):
            kind = "content"
        evidence = {
            f"{a} ({'handed off' if where is off else 'on site'})": {
                "pages": ev.pages,
                "examples": ev.examples,
                "hosts": dict(ev.hosts.most_common(5)),
            }
            for where in (on, off)
            for a, ev in sorted(where.items())
        }
        goals = Goals(
            kind=kind,
            actions=KINDS[kind][0] if kind else frozenset(),
            handoff=handoff,
            evidence=evidence,
        )
        goals.secondary = sorted(
            {a for a in (*on, *off) if a not in goals.actions and a != "add_to_cart"}
        )
        return goals
