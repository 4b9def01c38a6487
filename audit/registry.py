"""The check registry: code and slug to class, and linter-style selection.

A selector is a code (``TP301``), a slug (``long-path-to-conversion``), a code
prefix (``TP3``, ``TP``) or ``ALL``. Unknown selectors are errors, never ignored:
a typo in an ignore list must not silently keep a check on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.checks import ALL_CHECKS, Check

CHECKS: dict[str, type[Check]] = {cls.code: cls for cls in ALL_CHECKS}
BY_SLUG: dict[str, type[Check]] = {cls.slug: cls for cls in ALL_CHECKS}
# Renamed codes and slugs keep old configs working: {"old": "new code"}. Never reuse a code.
REDIRECTS: dict[str, str] = {}
PREFIX = re.compile(r"^TP\d{0,2}$")


class SelectorError(ValueError):
    """A check selector names no check."""


def lookup(name: str) -> type[Check]:
    """The check a code or slug names (case-insensitive codes)."""
    key = REDIRECTS.get(name.strip(), name.strip())
    found = CHECKS.get(key.upper()) or BY_SLUG.get(key.lower())
    if found is None:
        raise SelectorError(
            f"unknown check {name!r}: use a code (TP301), a slug (long-path-to-conversion), "
            "a prefix (TP3) or ALL; `touchpoint checks` lists them"
        )
    return found


def expand(selector: str) -> list[type[Check]]:
    """Every check a selector covers, in code order."""
    text = selector.strip()
    if text.upper() == "ALL":
        return list(ALL_CHECKS)
    if PREFIX.match(text.upper()):
        matched = [cls for cls in ALL_CHECKS if cls.code.startswith(text.upper())]
        if matched:
            return matched
    return [lookup(text)]


def select(selectors: Iterable[str] = ("ALL",), ignore: Iterable[str] = ()) -> list[type[Check]]:
    """The selected checks minus the ignored ones, in code order."""
    chosen = {cls for s in selectors for cls in expand(s)}
    dropped = {cls for s in ignore for cls in expand(s)}
    return [cls for cls in ALL_CHECKS if cls in chosen and cls not in dropped]
