"""Words for people: counts with their nouns in the right number, the goals sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def counted(n: int, noun: str) -> str:
    """``1 error``, ``2 errors``: a count with its noun in the right number.

    Nouns are regular English (``page``, ``URL``, ``click``, ``new error finding``).
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def goals_sentence(goals: Mapping[str, Any]) -> str:
    """ "This site sells with its own checkout (evidence: ...)": the verdict the whole audit
    rests on, for the top of the terminal summary and the report (``Goals.as_dict()``)."""
    label = goals.get("label") or "has no goal touchpoint could find"
    if goals.get("source") == "configured":
        return f"This site {label}, as touchpoint.toml [goals] says."
    if goals.get("source") == "pack":
        actions = ", ".join(goals.get("actions") or [])
        return f"Conversion pages are those completing the rule pack's actions: {actions}."
    handoff = goals.get("handoff")
    where = {None: ("on site", "handed off"), False: ("on site",), True: ("handed off",)}
    main = [  # evidence names read "purchase (on site)", "signup (handed off)"
        f"{counted(item['pages'], 'page')} {name}"
        for name, item in (goals.get("evidence") or {}).items()
        if name.split(" (")[0] in (goals.get("actions") or ())
        and name.split(" (")[-1].rstrip(")") in where.get(handoff, where[None])
    ]
    evidence = f" (evidence: {'; '.join(main)})" if main else ""
    return (
        f"This site {label}{evidence}. Correct this in touchpoint.toml [goals] "
        "(`touchpoint goals` prints one)."
    )
