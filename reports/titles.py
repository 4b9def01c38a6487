"""Page titles as the report shows them: without the site's name on every one.

Sites write "Menu · Brand" or "Brand | Menu" on every page; repeated in every table,
card, path and tooltip, the brand only pushes the page's own words away. The report
shows each page title through ``title_cutter`` (once, in ``reports.view``, before any
section reads a title); audit.json and the exports keep the true title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

# What sites put between a page's own title and the site's name: "Menu · Brand", "Brand | Menu".
TITLE_SEPARATOR = re.compile(r"\s+[·|\-–—»:/]\s+")

TitleCut = Callable[[str | None], str | None]


def site_affixes(titles: Iterable[str | None]) -> tuple[str, str]:
    """The site-name prefix and suffix ("Brand | ", " · Brand") that most titles share, each
    "" when none does: repeated on every page, they only push the page's own words away."""
    named = [t for t in titles if t]
    prefixes: Counter[str] = Counter()
    suffixes: Counter[str] = Counter()
    for title in named:
        cuts = list(TITLE_SEPARATOR.finditer(title))
        if cuts:
            prefixes[title[: cuts[0].end()]] += 1
            suffixes[title[cuts[-1].start() :]] += 1

    def shared(counts: Counter[str]) -> str:
        affix, count = counts.most_common(1)[0] if counts else ("", 0)
        return affix if count >= 2 and count * 2 > len(named) else ""

    return shared(prefixes), shared(suffixes)


def title_cutter(titles: Iterable[str | None]) -> TitleCut:
    """The one function the report shows a page title through, made from all the site's
    ``titles``: it cuts the prefix and suffix most of them share (``site_affixes``), and
    a shortened form of that same name ("Spring offer · Kettle & Crane" where most say
    "· Kettle & Crane Coffee Roasters"). A title that is only the site name stays whole."""
    prefix, suffix = site_affixes(titles)
    brands = [name for name in (_name(prefix), _name(suffix)) if name]

    def cut(title: str | None) -> str | None:
        if not title or not (prefix or suffix):
            return title
        short = title.removeprefix(prefix).removesuffix(suffix).strip()
        if short == title.strip():
            short = _without_short_brand(short, brands)
        return short or title

    return cut


def shown_titles(pages: list[Mapping[str, Any]]) -> tuple[list[Mapping[str, Any]], TitleCut]:
    """The pages with their titles cut for the report, and the cut itself for every other
    place a page title reaches the report (the worksheet, the journey view)."""
    cut = title_cutter(p["title"] for p in pages)
    return [{**p, "title": cut(p["title"])} for p in pages], cut


def site_name(titles: Iterable[str | None]) -> str | None:
    """The site's name as its own titles give it (the suffix or prefix most of them
    share: "Kettle & Crane Coffee Roasters"), or None when they share none."""
    prefix, suffix = site_affixes(titles)
    return _name(suffix) or _name(prefix) or None


def _name(affix: str) -> str:
    """The site name inside an affix: " · Brand" -> "Brand"."""
    return TITLE_SEPARATOR.sub("", f" {affix} ").strip() if affix else ""


def _without_short_brand(title: str, brands: list[str]) -> str:
    """``title`` without a first or last part that is the site name cut short at a word
    ("Kettle & Crane" of "Kettle & Crane Coffee Roasters"); else unchanged."""
    cuts = list(TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return title
    first, last = title[: cuts[0].start()], title[cuts[-1].end() :]
    if any(_word_start(last, brand) for brand in brands):
        return title[: cuts[-1].start()].strip()
    if any(_word_start(first, brand) for brand in brands):
        return title[cuts[0].end() :].strip()
    return title


def _word_start(part: str, name: str) -> bool:
    """Whether ``part`` is ``name`` or its first words."""
    part = part.strip()
    return bool(part) and (name == part or name.startswith(part + " "))
