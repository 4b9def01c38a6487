"""Words for people: counts with their nouns in the right number."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """``1 error``, ``2 errors``: a count with its noun in the right number.

    Nouns are regular English (``page``, ``URL``, ``click``, ``new error finding``).
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
