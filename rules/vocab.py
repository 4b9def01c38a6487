"""The rules' own words: signals, form purposes and how text is folded before matching."""

from __future__ import annotations

import unicodedata
from typing import Literal

Signal = Literal[
    "url",
    "title",
    "heading",
    "link",
    "schema",
    "words",
    "prices",
    "depth",
    "status",
    "access",
    "cta",
    "form",
    "offsite",
    "embed",
    "contact",
    "graph",
]
FormPurpose = Literal[
    "newsletter",
    "signup",
    "login",
    "checkout",
    "contact",
    "booking",
    "demo",
    "review",
    "search",
    "other",
]

# How a page hands the visitor to another host, as an ``offsite`` rule's ``kinds`` name it.
HANDOFF_KINDS = frozenset({"button", "link"})


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Regístrate" and "registrate" match one pattern."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
