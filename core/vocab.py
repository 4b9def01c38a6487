"""The closed vocabulary every layer shares: funnel stages, intended actions, severities.

Defined once here, so the rules, the audit, the store and the report agree on the words.
"""

from __future__ import annotations

from typing import Literal

Stage = Literal["awareness", "consideration", "decision", "retention", "advocacy", "none"]
Action = Literal[
    "purchase",
    "add_to_cart",
    "checkout",
    "signup",
    "login",
    "contact",
    "book_call",
    "request_demo",
    "subscribe",
    "download",
    "browse",
    "read",
    "share",
    "review",
    "none",
]
Severity = Literal["error", "warning", "notice"]

STAGES: tuple[str, ...] = Stage.__args__  # type: ignore[attr-defined]
FUNNEL = STAGES[:5]  # the ordered journey; "none" is for utility pages
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "notice")

# Page regions the crawler tells apart. The content regions are the page's own; a rule
# pack may choose others (``prominence.content_regions``), and the rules store their
# verdict for every CTA and form, so the audit never judges a region itself.
CONTENT_REGIONS = frozenset({"main", "body", "intro"})
# A page's intro: a ``<header>`` that opens with the page's own H1 (no link before it or
# in it), as in a landing page's hero. What follows the H1 there is the page's content,
# even when other pages repeat it: each feature page's own "Start free trial".
INTRO = "intro"
CHROME_REGIONS = frozenset({"header", "nav", "footer"})

# Why a URL was stored without being fetched: robots.txt forbade it, or the crawler chose
# not to (e.g. over the URL length limit). Such a URL is not broken: nobody asked it.
NOT_FETCHED = "not fetched: "
NOT_FETCHED_PREFIXES = ("robots.txt", NOT_FETCHED)
