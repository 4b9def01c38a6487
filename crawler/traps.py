"""Crawler traps: URL patterns that would make a crawl endless, noticed and stopped.

A trap is a chain of pages each linking to a new URL of the same kind: an event
calendar's "next month" forever, a session or token value that changes on every click
(even when the chain alternates between a few kinds of page), a relative link that makes
the path one folder deeper on every page. ``TrapGuard`` follows each chain as the crawl
walks it. A page is *barren* when every new URL it links to is of a kind (pattern) it
was itself found through: an empty month linking the next month, a token page linking
the same pages with new tokens. When the way a URL was found (its ancestry from the start
page) holds ``limit`` barren pages of its pattern, or ``limit`` hops in a row each
extending the previous URL, or the path repeats its own folders, the URL is only
*probed* for its status, not parsed, so the chain ends. A blog's 100 pages of
pagination are not a trap: each page links new posts, so none is barren. Every trap is
kept with examples and reported (TP902), so a consultant can tell the site's developers
which URLs to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DEFAULT_TRAP_LIMIT = 20  # hops of one pattern in a row; legitimate chains stay far below it
REPEATS = 3  # one folder name this many times in a path: /a/b/a/b/a/
EXAMPLES = 3
DIGITS = re.compile(r"\d+")
# Pagination is the one long chain real sites have (a blog 107 pages deep, its older
# posts also linked from elsewhere, so its pages can look barren): its patterns get
# PAGINATION_FACTOR times the limit, which still ends a listing that never runs out.
PAGINATION = re.compile(
    r"/(?:page|p|pagina|seite|side|sida)/N(?:/|$)"
    r"|[?&](?:page|p|paged|pg|pagina|seite|start|offset)(?:&|$)",
    re.I,
)
PAGINATION_FACTOR = 10
# A URL's pattern is asked a few times in a row (as a page's new link, then as the child
# it schedules), so a small cache serves it; one by URL would grow with the site.
PATTERN_CACHE_SIZE = 4_096

REPEATING = "repeating path segments"
DEEPER = "ever-deeper path"
SAME_PATTERN = "endless URLs of one pattern"


@lru_cache(maxsize=PATTERN_CACHE_SIZE)
def url_pattern(url: str) -> str:
    """The kind of URL: digits as ``N`` in the path, and the query's names without values.

    ``/events/2027/01/?view=month&day=3`` -> ``/events/N/N/?day&view``: successive months
    of a calendar, pages of a token-stamped listing, share one pattern.
    """
    parts = urlsplit(url)
    path = DIGITS.sub("N", parts.path)
    names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return path + ("?" + "&".join(names) if names else "")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _grows(parent: str, child: str) -> bool:
    """``child`` extends ``parent``: its path goes deeper, or it adds query parameters."""
    p, c = urlsplit(parent), urlsplit(child)
    p_segments, c_segments = _segments(p.path), _segments(c.path)
    if len(c_segments) > len(p_segments) and c_segments[: len(p_segments)] == p_segments:
        return bool(p_segments)  # every path extends "/": the homepage starts no chain
    if p.path == c.path and p.query and c.query != p.query:
        return set(parse_qsl(p.query)) < set(parse_qsl(c.query))
    return False


def repeated_segment(url: str) -> str | None:
    """A folder name the path repeats ``REPEATS`` times or more (numbers aside), or None."""
    seen: dict[str, int] = {}
    for segment in _segments(urlsplit(url).path):
        if segment.isdigit():
            continue
        seen[segment] = seen.get(segment, 0) + 1
        if seen[segment] >= REPEATS:
            return segment
    return None


@dataclass
class Trap:
    kind: str
    pattern: str
    examples: list[str] = field(default_factory=list)
    stopped: int = 0  # URLs of the pattern probed instead of parsed

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "pattern": self.pattern,
            "examples": self.examples,
            "stopped": self.stopped,
        }


@dataclass(frozen=True)
class Chain:
    """Where a URL stands in the chains it continues (carried in its request's meta)."""

    patterns: tuple[str, ...] = ()  # of the URLs it was found through, and its own
    deeper: int = 0  # hops in a row, each extending the previous URL
    barren: tuple[str, ...] = ()  # patterns of the barren pages it was found through

    def as_meta(self) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
        return (self.patterns, self.deeper, self.barren)

    @classmethod
    def from_meta(cls, value: Any) -> Chain:
        return cls(*value) if value else cls()


@dataclass
class TrapGuard:
    limit: int = DEFAULT_TRAP_LIMIT  # 0 turns trap detection off
    traps: dict[tuple[str, str], Trap] = field(default_factory=dict)

    def is_barren(self, page: str, chain: Chain, new_urls: Iterable[str]) -> bool:
        """Whether ``page`` links to nothing new but URLs of the kinds it was found through."""
        known = set(chain.patterns or (url_pattern(page),))
        return all(url_pattern(url) in known for url in new_urls)

    def follow(
        self, parent: str, parent_chain: Chain, url: str, parent_barren: bool = False
    ) -> tuple[Chain, bool]:
        """The chain ``url`` continues from ``parent``, and whether it is a trap to stop."""
        pattern = url_pattern(url)
        ancestry = parent_chain.patterns or (url_pattern(parent),)
        deeper = parent_chain.deeper + 1 if _grows(parent, url) else 0
        barren = (*parent_chain.barren, ancestry[-1]) if parent_barren else parent_chain.barren
        chain = Chain((*ancestry, pattern), deeper, barren)
        if not self.limit:
            return chain, False
        segment = repeated_segment(url)
        if segment is not None:
            self._caught(REPEATING, f".../{segment}/.../{segment}/.../{segment}/...", url)
        elif chain.deeper >= self.limit:
            root = _segments(urlsplit(url).path)[:1]
            self._caught(DEEPER, "/" + "".join(root) + "/.../.../...", url)
        elif barren.count(pattern) >= self.limit * (
            PAGINATION_FACTOR if PAGINATION.search(pattern) else 1
        ):
            self._caught(SAME_PATTERN, pattern, url)
        else:
            return chain, False
        return chain, True

    def _caught(self, kind: str, pattern: str, url: str) -> None:
        trap = self.traps.setdefault((kind, pattern), Trap(kind, pattern))
        trap.stopped += 1
        if len(trap.examples) < EXAMPLES:
            trap.examples.append(url)

    def report(self) -> list[dict[str, Any]]:
        return [trap.as_dict() for trap in self.traps.values()]
