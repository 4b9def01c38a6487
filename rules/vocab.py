"""The closed vocabulary every pack and report shares: funnel stages and intended actions."""

from __future__ import annotations

import unicodedata
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
Signal = Literal[
    "url",
    "title",
    "heading",
    "schema",
    "words",
    "status",
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

STAGES: tuple[str, ...] = Stage.__args__  # type: ignore[attr-defined]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Regístrate" and "registrate" match one pattern."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
