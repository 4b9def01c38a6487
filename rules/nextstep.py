"""Does a page's own content offer a working next step?

A visitor at the end of a blog post whose only ways on are the site's menus, on an
empty template page or on a product whose only buy button is disabled has nowhere
to go that the page itself offers: the journey stops there. Template elements
(header, nav, footer, anything repeated on most pages), share buttons, disabled
buttons, ``#``/``javascript:`` placeholders, a jump to a part of the same page and a
post's previous/next pager (the layout's pagination, not something the page offers) are
not next steps; a content link to another working page, a working CTA, a content form, an
e-mail or phone link, a form, booking or cart widget the page draws itself, or a hand-off
to a merchant, cart or booking tool is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.text import counted
from core.urls import bare_host, is_placeholder_href, is_up_link
from rules.pack import RulePack
from rules.touchpoints import (
    CONTACT_CHANNELS,
    HANDOFF_ACTIONS,
    embed_provider,
    in_content,
    is_jump,
    link_handoff,
    messaging_channel,
    provider_of,
    submittable,
)
from rules.vocab import fold

NOT_A_STEP = frozenset({"none", "share"})
OFF_JOURNEY = ("none", "none")  # the verdict of a utility or broken page
SEARCH = "search"
SCRIPTED = frozenset({"button", "input"})  # no href to judge: a script or a form drives them
# A pager's link ("← Previous Post", "Older posts", "Next »", "2"): the layout walks the
# archive, the page itself offers nothing (folded text: lower case, no accents).
PAGER_TEXT = re.compile(
    r"^\W*((previous|prev|next|older|newer|earlier|later|siguiente|anterior|precedent|suivant"
    r"|vorherige[rs]?|nachste[rs]?|zuruck|proximo|seguinte)"
    r"( (post|posts|page|article|articles|entry|entries|story|stories|pagina|entrada"
    r"|beitrag|artikel|seite))?|[0-9]{1,4})\W*$"
)
PAGER_RELS = frozenset({"prev", "next", "previous"})


def is_pager(link: Mapping[str, Any]) -> bool:
    """A previous/next or numbered pagination link, by its ``rel`` or its words."""
    rel = link.get("rel")
    if rel and not PAGER_RELS.isdisjoint(rel.lower().split()):
        return True
    return _pager_words(link.get("anchor_text") or "")


@functools.lru_cache(maxsize=65_536)
def _pager_words(text: str) -> bool:
    # Every content link of every page asks; a site's anchor texts repeat.
    return bool(PAGER_TEXT.match(fold(text)))


@dataclass(frozen=True)
class ButtonSteps:
    """The ways on a page's own buttons offer, given each button's action."""

    settles: bool = False  # a working button whatever other pages are (no target, a hand-off)
    targets: tuple[str, ...] = ()  # a way on unless that page is broken or a utility page
    shares: int = 0
    dead: int = 0  # disabled or placeholder buttons


@dataclass(frozen=True)
class StepOptions:
    """What a page's own content offers as ways on, read from the page alone.

    ``next_step_of`` settles it against the other pages' verdicts (``context``): a content
    link counts only when it leads to a page on the journey, a button only when its
    target is not broken. Kept apart from the verdict so that the second pass of
    ``rules.crawl`` judges it without reading the page again.
    """

    # a content form, an e-mail or phone link, a hand-off link, or an error page (not judged)
    own: bool = False
    links: tuple[str | None, ...] = ()  # internal content-link targets, in page order
    buttons: ButtonSteps = ButtonSteps()
    empty: bool = False  # no links, buttons or forms at all
    chrome: int = 0
    pagers: int = 0
    ups: int = 0


def step_options(
    page: Mapping[str, Any],
    content_links: Sequence[Mapping[str, Any]],
    pack: RulePack,
    ctas: Sequence[Mapping[str, Any]],
    cta_actions: Sequence[str],
    form_purposes: Sequence[tuple[int, str]],
) -> StepOptions:
    """The ways on a page offers; ``content_links`` are the page's links that ``in_content``
    keeps (the others are its chrome)."""
    if (page.get("status") or 200) >= 400:
        return StepOptions(own=True)
    url = page.get("url")
    links = page.get("links") or ()
    pagers = ups = 0
    handoff = False  # a content link handing the visitor to a checkout, booking or shop
    targets: list[str | None] = []
    for link in content_links:
        if is_pager(link):
            pagers += 1
            continue
        target = link.get("target_url")
        if target and is_up_link(url, target):
            ups += 1
            continue
        if link.get("internal") and target != url and target != page.get("final_url"):
            targets.append(target)
        elif not link.get("internal") and not handoff and target:
            handoff = link_handoff(pack, link) is not None
    return StepOptions(
        own=handoff or _offers_its_own(page, pack, form_purposes),
        links=tuple(targets),
        buttons=_button_steps(url, pack, ctas, cta_actions),
        empty=not links and not ctas and not page.get("forms"),
        chrome=len(links) - len(content_links),
        pagers=pagers,
        ups=ups,
    )


def _button_steps(
    url: str | None,
    pack: RulePack,
    ctas: Sequence[Mapping[str, Any]],
    cta_actions: Sequence[str],
) -> ButtonSteps:
    """The ways on the buttons of the page at ``url`` offer (its CTAs, link CTAs included)."""
    own_host = bare_host(url)
    shares = dead = 0
    targets: list[str] = []
    for cta, action in zip(ctas, cta_actions, strict=True):
        if not in_content(cta, pack):
            continue
        placeholder = cta.get("kind") not in SCRIPTED and is_placeholder_href(cta.get("href"))
        if cta.get("disabled") or placeholder:
            dead += 1
            continue
        if is_jump(cta):  # what it scrolls to is judged on its own
            continue
        if action in NOT_A_STEP:
            shares += action == "share"
            continue
        target = cta.get("target_url")
        # An outbound "Read more" to a reference is not a step on this journey; an
        # outbound buy, order, sign-up or booking link is (a hand-off), and so is any
        # button to a known form, booking or cart service ("Get in touch" -> Typeform).
        if (
            target
            and bare_host(target) != own_host
            and action not in HANDOFF_ACTIONS
            and provider_of(pack, target) is None
            and not messaging_channel(target)
        ):
            continue
        if not target:
            return ButtonSteps(settles=True)
        targets.append(target)
    return ButtonSteps(targets=tuple(targets), shares=shares, dead=dead)


def _offers_its_own(
    page: Mapping[str, Any], pack: RulePack, form_purposes: Sequence[tuple[int, str]]
) -> bool:
    """A content form to send (not a search), a contact link, or a form, booking or cart
    service's widget in the page (a tour operator's booking calendar): a way on in itself."""
    purposes = dict(form_purposes)
    for form in page.get("forms") or ():
        if (
            in_content(form, pack)
            and submittable(form)
            and purposes.get(form.get("position")) != SEARCH
        ):
            return True
    if any(
        contact.get("kind") in CONTACT_CHANNELS and in_content(contact, pack)
        for contact in page.get("contacts") or ()
    ):
        return True
    # A record no template marked (a library caller's page alone): all its widgets are its own.
    own = page.get("own_embeds", page.get("embeds")) or ()
    return any(embed_provider(pack, embed) is not None for embed in own)


def next_step_of(
    options: StepOptions, context: Mapping[str, tuple[str, str]] | None
) -> tuple[bool, str]:
    """(has a next step, why not): the reason is empty when it has one. Without
    ``context`` (a first pass) any internal link or button target counts."""
    buttons = options.buttons
    if options.own or buttons.settles:
        return True, ""
    if context is None:
        if options.links or buttons.targets:
            return True, ""
        nowhere = 0
    else:
        for target in options.links:
            known = context.get(target) if target else None
            if known is not None and known != OFF_JOURNEY:
                return True, ""
        nowhere = sum(_leads_nowhere(target, context) for target in buttons.targets)
        if nowhere < len(buttons.targets):
            return True, ""
    if options.empty:
        return False, "It has no links, buttons or forms at all."
    ways = (
        (options.chrome, "site-template link", ""),
        (options.pagers, "previous/next pager link", ""),
        (options.ups, "link", " back up to a section it belongs to"),
        (buttons.shares, "share button", ""),
        (buttons.dead, "disabled or placeholder button", ""),
        (nowhere, "button", " to a broken or utility page"),
    )
    parts = [counted(n, noun) + rest for n, noun, rest in ways if n]
    if not parts:
        return False, "Its content links to no other working page of the journey."
    return False, "Its only ways on are " + _and(parts) + "."


def _leads_nowhere(target: str, context: Mapping[str, tuple[str, str]]) -> bool:
    """A crawled page of this site that is off the journey: broken (a "Book now" to a
    404 goes nowhere) or a utility page that asks nothing (legal, 404). A login page has
    no stage either but asks to log in: a way on. A target the crawl never fetched gets
    the benefit of the doubt: a cart or booking URL may only answer a real visitor."""
    return context.get(target) == OFF_JOURNEY


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
