"""The site's touchpoint inventory, for the site-level TP5xx checks and the worksheet.

A stored contact point is an ``<a href>`` the crawler recognised (``core.contacts``)
or a chat widget's script, once per page that carries it. The inventory reads each one
again from its href, so an audit of an older crawl judges it as a new crawl would, and
sorts it into one of three piles:

- the business's own **channels** (its social profiles, phone, email, SMS, WhatsApp,
  Messenger, chat): one ``Channel`` per distinct channel, however many pages link it
  (``twitter.com/acme`` and ``x.com/acme/`` are one), with how many pages do;
- **share links** (``twitter.com/intent/tweet``, ``facebook.com/sharer``,
  ``wa.me/?text=``, ``mailto:?subject=`` with no recipient...): the visitor's channel for
  telling others, an advocacy touchpoint, one ``Channel`` per network;
- **placeholders**: a profile link to nobody (``facebook.com/``, ``instagram.com/username``),
  ``tel:`` with no number, ``mailto:`` with no address. Template leftovers, not channels.
  (``href="#"`` and ``javascript:`` never become contact points at all.)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from audit.checks.base import Check
from audit.context import AuditContext
from core.contacts import classify_contact
from core.model import Finding
from core.records import AuditInput, Contact

CONTACT_KINDS = frozenset({"phone", "email", "sms", "whatsapp", "messenger", "chat"})
OWN_KINDS = frozenset({"social", *CONTACT_KINDS})  # the business's own channels
NETWORK_NAMES = {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok",
                 "whatsapp": "WhatsApp", "hackernews": "Hacker News",
                 "addtoany": "AddToAny"}  # fmt: skip
KIND_NAMES = {"phone": "Phone", "email": "Email", "sms": "SMS", "whatsapp": "WhatsApp",
              "messenger": "Messenger", "chat": "Chat"}  # fmt: skip
# First path segments that name a kind of account, so the handle is the next one too
# (linkedin.com/company/acme, youtube.com/channel/UC..., bsky.app/profile/acme.com).
ACCOUNT_PREFIXES = frozenset(
    {"company", "in", "school", "showcase", "channel", "c", "user", "u", "profile", "groups",
     "pages", "pg"}
)  # fmt: skip
# A profile URL whose handle is one of these points at nobody: a theme's sample value.
PLACEHOLDER_HANDLES = frozenset(
    {"username", "yourusername", "your-username", "yourname", "your-name", "yourpage",
     "your-page", "yourcompany", "your-company", "yourhandle", "your-handle", "handle",
     "example", "profile.php", "home.php", "#"}
)  # fmt: skip
# Links to one post or video, not to an account (youtube.com/watch?v=, instagram.com/p/...).
CONTENT_SEGMENTS = frozenset(
    {"watch", "embed", "shorts", "playlist", "results", "hashtag", "search", "explore", "p",
     "reel", "tv", "events", "photo.php", "video.php", "story.php", "permalink.php"}
)  # fmt: skip


class Verdict(NamedTuple):
    """What a contact point is, and what makes two of them the same channel."""

    kind: str
    network: str | None
    identity: str


def read_contact(contact: Contact) -> Verdict | None:
    """The contact point as the inventory counts it; None when it is no channel at all
    (a placeholder, or a link to one post rather than to an account)."""
    verdict = _read(contact.kind, contact.network, (contact.target or "").strip())
    return None if verdict is None or verdict.kind == "placeholder" else verdict


@lru_cache(maxsize=65_536)
def _read(kind: str, network: str | None, target: str) -> Verdict | None:
    """``read_contact`` by value: a footer link repeats on every page, so this is cached."""
    if kind == "chat":  # a widget's script, not a link
        return Verdict("chat", network, network or target)
    judged = classify_contact(target)
    if judged is None:
        return None
    kind, network = judged
    if kind == "share":
        return Verdict("share", network, network or "share")
    identity = _identity(kind, target)
    if identity is None:
        return Verdict("placeholder", network, f"{kind}:{network or ''}")
    if identity == "":
        return None  # a post or a video: content, not an account
    return Verdict(kind, network, identity)


def _identity(kind: str, target: str) -> str | None:
    """What makes two links the same channel; None for a placeholder, "" for content."""
    scheme, _, rest = target.partition(":")
    if kind in ("phone", "sms") or (kind == "whatsapp" and scheme.lower() == "whatsapp"):
        if kind == "whatsapp":
            rest = parse_qs(urlsplit(target).query).get("phone", [""])[0]
        number = rest.partition("?")[0]
        digits = re.sub(r"[^\d]", "", unquote(number))
        if not digits:
            return None
        return ("+" if unquote(number).lstrip().startswith("+") else "") + digits
    if kind == "email":
        address = unquote(rest.partition("?")[0]).strip().lower()
        return address if "@" in address.strip("@") else None
    try:
        parts = urlsplit(target if not target.startswith("//") else "https:" + target)
    except ValueError:
        return None
    segments = [unquote(s).lower() for s in parts.path.split("/") if s]
    if kind == "whatsapp":
        host = (parts.hostname or "").lower()
        if host == "wa.me":
            number = segments[0] if segments else ""
        elif host == "chat.whatsapp.com":
            return f"group/{segments[0]}" if segments else None
        else:
            number = parse_qs(parts.query).get("phone", [""])[0]
        digits = re.sub(r"[^\d]", "", number)
        return "+" + digits if digits else None
    if not segments:
        return None
    if segments[0] == "profile.php":  # facebook.com/profile.php?id=1234
        account = parse_qs(parts.query).get("id", [""])[0]
        return f"id/{account}" if account.strip() else None
    if segments[0] in CONTENT_SEGMENTS:
        return ""
    handle = segments[:2] if segments[0] in ACCOUNT_PREFIXES else segments[:1]
    if len(handle) < (2 if segments[0] in ACCOUNT_PREFIXES else 1):
        return None
    if handle[-1].lstrip("@") in PLACEHOLDER_HANDLES or not handle[-1].strip("@#"):
        return None
    return "/".join(handle)


@dataclass
class Channel:
    """One distinct touchpoint: a channel of the business, a share network or a placeholder."""

    kind: str  # social, phone, email, sms, whatsapp, messenger, chat; or share; or placeholder
    network: str | None
    identity: str  # the handle, number, address or provider that makes it one channel
    url: str  # the href as the site wrote it, the most common one
    pages: int  # how many pages carry it
    sample: list[str] = field(default_factory=list)  # which pages (the first few, sorted)

    @property
    def label(self) -> str:
        """How a consultant names it: "Instagram @acme", "Phone +441174960123"."""
        name = _network_name(self.network) if self.network else KIND_NAMES.get(self.kind, "")
        if self.kind == "share":
            return "Share by email" if self.network == "email" else f"Share on {name}"
        if self.kind == "social":
            handle = self.identity.rsplit("/", 1)[-1]
            return f"{name} {handle if handle.startswith('@') else '@' + handle}"
        if self.kind == "chat":
            return f"Chat ({self.network or self.identity})"
        if self.kind == "placeholder":
            return f"{name or 'Channel'} link to nobody"
        return f"{KIND_NAMES.get(self.kind, self.kind)} {self.identity}"

    def as_item(self) -> dict[str, Any]:
        """A worksheet line."""
        return {"label": self.label, "kind": self.kind, "network": self.network,
                "url": self.url, "pages": self.pages, "pages_sample": self.sample}  # fmt: skip


def _network_name(network: str) -> str:
    return NETWORK_NAMES.get(network, network.capitalize())


@dataclass
class Touchpoints:
    """The site's contact points, one ``Channel`` per distinct one, in three piles."""

    channels: list[Channel]  # the business's own: profiles, phone, email, messaging, chat
    shares: list[Channel]  # share links, one per network: advocacy
    placeholders: list[Channel]  # channel links to nobody: not channels


def touchpoints(data: AuditInput, sample_size: int = 5) -> Touchpoints:
    """The inventory of ``data.contacts`` (see the module docstring)."""
    pages: dict[tuple[str, str | None, str], set[str]] = defaultdict(set)
    hrefs: dict[tuple[str, str | None, str], Counter[str]] = defaultdict(Counter)
    for contact in data.contacts:
        verdict = _read(contact.kind, contact.network, (contact.target or "").strip())
        if verdict is None:
            continue
        pages[verdict].add(contact.page_url)
        hrefs[verdict][contact.target] += 1
    piles: dict[str, list[Channel]] = {"own": [], "share": [], "placeholder": []}
    for key, urls in pages.items():
        kind, network, identity = key
        pile = kind if kind in ("share", "placeholder") else "own"
        url = min(hrefs[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        piles[pile].append(
            Channel(kind, network, identity, url, len(urls), sorted(urls)[:sample_size])
        )
    for items in piles.values():
        items.sort(key=lambda c: (c.kind, -c.pages, c.network or "", c.identity))
    return Touchpoints(piles["own"], piles["share"], piles["placeholder"])


@dataclass(frozen=True)
class Gap:
    """A kind of touchpoint and the evidence that would fill it."""

    stages: frozenset[str] = frozenset()  # working pages of these stages
    actions: frozenset[str] = frozenset()  # pages or CTAs asking for these actions
    form_purposes: frozenset[str] = frozenset()
    contact_kinds: frozenset[str] = frozenset()

    def found(self, data: AuditInput, limit: int = 10) -> list[str]:
        """Descriptions of what fills this gap, up to ``limit`` (empty: the gap is real)."""
        found: list[str] = []
        for page in data.pages.values():
            if page.is_working and (page.stage in self.stages or page.action in self.actions):
                found.append(f"page {page.url} ({page.stage}, {page.action})")
                if len(found) >= limit:
                    return found
        found += [
            f"{form.purpose} form on {form.page_url}"
            for form in data.forms
            if form.purpose in self.form_purposes
        ][: limit - len(found)]
        if self.contact_kinds and len(found) < limit:
            inventory = touchpoints(data)
            found += [
                f"{channel.kind} {channel.url}"
                for channel in inventory.channels + inventory.shares
                if channel.kind in self.contact_kinds
            ][: limit - len(found)]
        found += [
            f"{cta.action} CTA on {cta.page_url}" for cta in data.ctas if cta.action in self.actions
        ][: limit - len(found)]
        return found


CONTACT = Gap(
    actions=frozenset({"contact", "book_call"}),
    form_purposes=frozenset({"contact", "booking", "demo"}),
    contact_kinds=CONTACT_KINDS,
)
RETENTION = Gap(
    stages=frozenset({"retention"}),
    actions=frozenset({"login", "subscribe"}),
    form_purposes=frozenset({"login", "newsletter"}),
)
ADVOCACY = Gap(
    stages=frozenset({"advocacy"}),
    actions=frozenset({"share", "review"}),
    form_purposes=frozenset({"review"}),
    contact_kinds=frozenset({"share"}),
)


class InventoryCheck(Check):
    """Shared body of the site-level inventory checks: fail when ``gap`` finds nothing."""

    gap: ClassVar[Gap]
    detail: ClassVar[str]

    def check(self, ctx: AuditContext) -> list[Finding]:
        if self.gap.found(ctx.data, limit=1):
            return []
        return [self.finding(ctx.home_url, self.detail, element="site")]
