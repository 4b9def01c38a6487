"""Words for people: counts with their nouns in the right number, the goals sentence, and
crawled text made safe to print on a terminal."""

from __future__ import annotations

import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

# A terminal runs escape sequences found in what it prints: a crawled title could set the
# window title (OSC 0), write the clipboard (OSC 52), clear the screen or move the cursor.
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ parameters intermediates final
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the same with the 8-bit CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS..
    r"|\x1b[ -/]*[0-~]"  # any other ESC sequence (charset, reset, keypad modes)
)
# C0 controls but tab and newline, DEL and C1 controls: what is left of an unfinished sequence.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tab and newline
    stay): for everything a crawled site wrote that touchpoint prints to a terminal."""
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


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


def status_words(status: int) -> str:
    """An HTTP status as people read it: ``503 Service Unavailable`` (``599`` if unnamed)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def limit_sentence(name: str, hit: Mapping[str, Any]) -> str:
    """What a crawl limit that was hit cost, in words: ``--max-pages 500 left 1,204 URLs
    only checked for status, not parsed``. ``hit`` is one entry of a crawl's ``limits_hit``."""
    flag = f"--{name.replace('_', '-')} {hit.get('limit')}"
    if name == "max_requests":
        return f"{flag} left {counted(hit.get('not_checked', 0), 'URL')} not checked at all"
    if name == "max_time":
        return f"--max-time {hit.get('limit')} s stopped the crawl before its end"
    if name == "max_rate_limit_wait":
        urls = counted(hit.get("not_checked", 0), "URL")
        return f"{urls} rate-limited, not checked (429 Too Many Requests; {flag} s of waiting)"
    probed = counted(hit.get("probed_only", 0), "URL")
    return f"{flag} left {probed} only checked for status, not parsed"
