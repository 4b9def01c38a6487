"""URL normalisation and crawl scope: one canonical form per page.

Every URL the crawler stores or compares goes through ``normalize_url`` so that
``HTTP://Site.com:80/a?utm_source=x&b=2#top`` and ``http://site.com/a?b=2`` are
the same page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

WEB_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

# Click and campaign identifiers: they never change the page, only the analytics.
TRACKING_PARAMS = frozenset(
    {
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid",
        "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "_hsenc", "_hsmi", "mkt_tok", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid",
        "s_cid", "wickedid", "ref_src",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
# Session identifiers (Java, PHP, ASP, ColdFusion, osCommerce, Zen Cart, generic): every
# visit gets new ones, so a crawl that kept them would see one site as endless new URLs.
SESSION_PARAMS = frozenset(
    {
        "jsessionid", "phpsessid", "aspsessionid", "asp.net_sessionid", "sessionid",
        "session_id", "sessid", "sid", "cfid", "cftoken", "oscsid", "zenid", "sesskey",
    }
)  # fmt: skip

# Each URL cache's size. Resolving and normalising the links of a page is most of a
# crawler's CPU, and a link recurs on many pages: with 20,000 entries a 10,000-page site's
# links stay cached (5,000 made the whole crawl 20% slower). Caches keyed by URL grow with
# the site up to their size, so only these two are: hosts are cached by authority.
URL_CACHE_SIZE = 20_000
HOST_CACHE_SIZE = 1_024


@dataclass(frozen=True)
class ParamPolicy:
    """Which query (and ``;name=value`` path) parameters normalisation drops, besides
    tracking parameters: the session identifiers, minus ``keep``, plus ``drop``."""

    keep: frozenset[str] = frozenset()
    drop: frozenset[str] = frozenset()

    def drops(self, name: str) -> bool:
        lowered = name.lower()
        if lowered in self.keep:
            return False
        if lowered in self.drop or lowered in SESSION_PARAMS:
            return True
        return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)

    def is_session(self, name: str) -> bool:
        lowered = name.lower()
        return lowered not in self.keep and (lowered in SESSION_PARAMS or lowered in self.drop)


_policy = ParamPolicy()
# Session parameters normalisation took out of this process's URLs: name -> [count of
# distinct URLs, an example]. A site putting session IDs in its links is a crawler trap
# touchpoint defused, and the audit says so (TP902).
_sessions_dropped: dict[str, list[Any]] = {}


def session_params_dropped() -> dict[str, dict[str, Any]]:
    """``{"sid": {"urls": 12, "example": "https://.../?sid=8f2"}}`` for this process."""
    return {name: {"urls": n, "example": ex} for name, (n, ex) in _sessions_dropped.items()}


def _note_session(name: str, url: str) -> None:
    entry = _sessions_dropped.setdefault(name.lower(), [0, url])
    entry[0] += 1


PATH_PARAM = re.compile(r";([^;/=?#]+)=[^;/?#]*")
PATH_PARAM_NAMES = re.compile(r";([^;/=?#]+)=")


def set_param_policy(keep: Iterable[str] = (), drop: Iterable[str] = ()) -> None:
    """Set the parameters to keep or drop for this process (``--keep-param``/``--drop-param``).

    Process-wide on purpose: one process runs one crawl, and every URL of it, resolved
    deep in the extractor's caches, must be normalised the same way.
    """
    global _policy
    _policy = ParamPolicy(frozenset(n.lower() for n in keep), frozenset(n.lower() for n in drop))
    normalize_url.cache_clear()
    _resolve_cached.cache_clear()


def _strip_path_params(path: str) -> str:
    """``/cart;jsessionid=A1B2`` -> ``/cart``: drop the path parameters the policy drops."""
    if ";" not in path:
        return path
    return PATH_PARAM.sub(lambda m: "" if _policy.drops(m.group(1)) else m.group(0), path)


def _dropped_names(url: str, names: Iterable[str]) -> None:
    for name in names:
        if _policy.is_session(name):
            _note_session(name, url)


@lru_cache(maxsize=URL_CACHE_SIZE)
def normalize_url(url: str) -> str | None:
    """The canonical form of an absolute http(s) URL, or None for other schemes.

    Lower-case scheme and host, no default port, no fragment, no tracking or session
    parameters (``ParamPolicy``), sorted query, normalised percent-encoding, ``/`` for an
    empty path.
    """
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in WEB_SCHEMES or not parts.hostname:
            return None
        host = parts.hostname.rstrip(".")
        port = parts.port
    except ValueError:
        return None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _policy.drops(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
            _dropped_names(url, (k for k, _ in pairs if _policy.drops(k)))
    path = _strip_path_params(parts.path) or "/"
    if path != (parts.path or "/"):
        _dropped_names(url, PATH_PARAM_NAMES.findall(parts.path))
    rebuilt = urlunsplit((scheme, netloc, path, query, ""))
    try:
        return canonicalize_url(rebuilt, keep_fragments=False)
    except ValueError:  # w3lib >= 2.6 validates hosts as WHATWG does: "www.127.0.0.1"
        return None


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL: what a root-relative href resolves against.

    "" for a URL that is not absolute, which has no origin.
    """
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def resolve(base: str, href: str, origin: str | None = None) -> str | None:
    """Resolve an href found on ``base`` and normalise it; None when not a web URL.

    Root-relative hrefs (``/pricing``) resolve the same on every page of a site,
    so passing the page's ``origin`` lets the cache answer them across pages.
    """
    href = href.strip()
    if origin and href.startswith("/") and not href.startswith("//"):
        return _resolve_cached(origin, href)
    return _resolve_cached(base, href)


@lru_cache(maxsize=URL_CACHE_SIZE)
def _resolve_cached(base: str, href: str) -> str | None:
    if not href or href.startswith("#"):
        return None
    lowered = href[:11].lower()
    if lowered.startswith(("mailto:", "tel:", "sms:", "javascript:", "data:", "callto:")):
        return None
    try:
        absolute = urljoin(base, href)
    except ValueError:
        return None
    return normalize_url(absolute)


def host_of(url: str) -> str:
    """A URL's host, lower-case; "" if none. Cached by the URL's authority, not the URL:
    a site has a handful of hosts and endless URLs, and a cache by URL grows with the site."""
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme.isascii() or not scheme.isalpha():
        return _hostname(url)
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop, 0, end)
        if found != -1:
            end = found
    return _hostname("//" + rest[:end])


@lru_cache(maxsize=HOST_CACHE_SIZE)
def _hostname(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def bare_host(url: str | None) -> str:
    """A URL's host, lower-case and without ``www.``: the site a link belongs to, as
    hand-off providers, contact networks and off-site checks compare hosts; "" if none."""
    host = host_of(url) if url else ""
    return host[4:] if host.startswith("www.") else host


def host_twins(host: str) -> frozenset[str]:
    """A host and its ``www.``/bare twin, which the crawl treats as one site."""
    host = host.lower()
    bare = host[4:] if host.startswith("www.") else host
    return frozenset({bare, f"www.{bare}"})


@dataclass(frozen=True)
class Scope:
    """Which URLs belong to the crawled site, and which the user asked to skip."""

    hosts: frozenset[str]
    include: tuple[re.Pattern[str], ...] = field(default=())
    exclude: tuple[re.Pattern[str], ...] = field(default=())

    @classmethod
    def for_start_url(
        cls, start_url: str, include: Iterable[str] = (), exclude: Iterable[str] = ()
    ) -> Scope:
        return cls(
            hosts=host_twins(host_of(start_url)),
            include=tuple(re.compile(p) for p in include),
            exclude=tuple(re.compile(p) for p in exclude),
        )

    def is_internal(self, url: str) -> bool:
        """Same site (host or its www twin), whatever the include/exclude patterns say."""
        return host_of(url) in self.hosts

    def wants(self, url: str) -> bool:
        """Internal and allowed by the include/exclude patterns: to be crawled."""
        if not self.is_internal(url):
            return False
        if self.include and not any(p.search(url) for p in self.include):
            return False
        return not any(p.search(url) for p in self.exclude)


def is_placeholder_href(href: str | None) -> bool:
    """An href that goes nowhere: none, ``#`` or ``javascript:`` (``#section`` is a jump)."""
    value = (href or "").strip().lower()
    return value in ("", "#") or value.startswith("javascript:")


def is_up_link(url: str | None, target: str) -> bool:
    """A link back up the page's own path, below the home page (a breadcrumb, a post's
    category chip to the blog index, "back to all services"): the layout's way back, not a
    step the page offers forward. Plain string work: it runs for every content link."""
    if url is None or not url.startswith(target):  # most links: a quick no
        return False
    up = target if target.endswith("/") else target + "/"
    return (
        len(url) > len(up)
        and url.startswith(up)
        and up.count("/") > 3  # "https://host/" is the home page: a link home is a way on
    )
