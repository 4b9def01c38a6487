"""Which site an audit is of, so a diff never compares two sites without saying so.

Two audits are of one site when their crawls started at the same scheme, host, port
and path, within the same ``--include``/``--exclude`` patterns: two servers on one host
(another port) or another section of a host (another start path) are other sites, whose
pages would all read as added and removed. A host and its ``www.`` twin are one site,
as the crawl's scope says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from core.model import AuditResult, CrawlInfo

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class SiteKey:
    """What makes two audits audits of one site; ``label`` names it for people."""

    origin: str  # scheme://host:port, www. folded, default port dropped
    path: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    label: str = field(compare=False)  # the start URL as crawled, with its patterns


def site_key(start_url: str, settings: Mapping[str, Any] | None = None) -> SiteKey:
    """The site a crawl of ``start_url`` with these crawl settings covers."""
    parts = urlsplit(start_url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    shown_port = f":{port}" if port and port != DEFAULT_PORTS.get(parts.scheme) else ""
    include = tuple((settings or {}).get("include") or ())
    exclude = tuple((settings or {}).get("exclude") or ())
    patterns = [f"--include {p}" for p in include] + [f"--exclude {p}" for p in exclude]
    label = start_url + (f" ({', '.join(patterns)})" if patterns else "")
    return SiteKey(
        f"{parts.scheme}://{host}{shown_port}", parts.path or "/", include, exclude, label
    )


def crawl_site(crawl: CrawlInfo) -> SiteKey:
    return site_key(crawl.start_url, crawl.settings)


def audit_site(result: AuditResult) -> SiteKey:
    """The site an audit is of."""
    return crawl_site(result.crawl)


def other_site(base: tuple[str, AuditResult], new: tuple[str, AuditResult]) -> str | None:
    """One line saying that two (label, audit) pairs are of different sites; None if not."""
    (base_label, base_result), (new_label, new_result) = base, new
    before, after = audit_site(base_result), audit_site(new_result)
    if before == after:
        return None
    return (
        f"{base_label} is of {before.label} and {new_label} of {after.label}: "
        "these are different sites"
    )
