"""The audit's output: plain dataclasses that round-trip through ``audit.json``.

Everything downstream (HTML, CSV, JUnit, baselines) reads an ``AuditResult``
and nothing else, so its field names are a contract: renaming one is a
``SCHEMA_VERSION`` bump and an update of ``core/schema/audit.schema.json``.

Findings are stored once, in ``AuditResult.findings``; each ``CheckResult``
carries their ``count`` and links to them by ``slug``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from core.files import write_text_atomic
from core.vocab import NOT_FETCHED_PREFIXES, SEVERITIES, Severity

SCHEMA_VERSION = "1.0"

Status = Literal["pass", "fail", "not_applicable", "informative", "error"]


def is_broken(status: int | None, error: str | None) -> bool:
    """The one definition of a broken page: fetched with a 4xx/5xx status, or no response
    at all (timeout, refused, DNS). A URL the crawler chose not to fetch (robots.txt, a
    URL over the length limit: ``NOT_FETCHED_PREFIXES``) was never asked for, so it is
    not broken: nobody knows how it answers."""
    if status is not None:
        return status >= 400
    return not (error or "").startswith(NOT_FETCHED_PREFIXES)


def finding_stages(
    url: str,
    evidence: Mapping[str, Any],
    stage_of: Mapping[str, str],
    is_working: Callable[[str], bool],
) -> set[str]:
    """The stages a finding belongs to: its page's when that page works; otherwise (a
    broken or redirecting link target, which is never classified) the stages of the pages
    that link to it, from the finding's ``linked_from`` evidence; else ``{"none"}``.

    Shared by the journey map (pages from the crawl) and the report's ranking (pages from
    audit.json, untrusted: a ``linked_from`` that is not a list of URLs is ignored).
    """
    if is_working(url):
        return {stage_of[url]}
    linked = evidence.get("linked_from")
    if not isinstance(linked, list):
        return {"none"}
    return {stage_of[u] for u in linked if isinstance(u, str) and u in stage_of} or {"none"}


def finding_id(check: str, url: str, element: str | None) -> str:
    """Stable across runs, so baselines and ignore lists can name a finding."""
    key = f"{check}\x1f{url}\x1f{element or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Finding:
    """One place where the journey breaks: a page, an element on it, or the site."""

    check: str  # slug, e.g. "dead-end"
    code: str  # e.g. "TP101"
    severity: Severity
    url: str
    title: str
    detail: str
    element: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = finding_id(self.check, self.url, self.element)


@dataclass
class CheckResult:
    """The outcome of one check: its status, how many findings, and its score."""

    code: str
    slug: str
    title: str  # the pass title, or the failure title when the check failed
    severity: Severity
    category: str
    status: Status
    count: int = 0
    value: int | None = None  # items examined (pages, forms, CTAs); None for site-level checks
    score: float | None = None  # 0-1, None when it does not count (see docs/scoring.md)
    doc: str = ""
    message: str | None = None  # the error message when status == "error"


@dataclass
class PageSummary:
    url: str
    title: str | None
    status: int | None
    depth: int | None
    stage: str
    stage_label: str
    action: str
    is_conversion: bool
    confidence: float | None
    in_sitemap: bool
    ctas: int
    forms: int
    findings: int
    clicks_to_conversion: int | None = None  # to the nearest conversion, any link
    error: str | None = None  # why there is no status: a fetch error or a robots.txt block
    review: bool = False  # the rules were unsure (confidence below the pack's review_below)
    goal: str | None = None  # the site goal this conversion page completes or hands over

    @property
    def is_broken(self) -> bool:
        """``is_broken``, so the diff, budgets and reports judge pages as the checks do."""
        return is_broken(self.status, self.error)


@dataclass
class JourneyPath:
    """A shortest click path; ``clicks`` is None (and ``pages`` empty) when there is none."""

    origin: Literal["home", "entry"]
    via: Literal["any", "cta"]
    source: str
    target: str | None  # the conversion page; None when an entry page reaches none
    clicks: int | None
    pages: list[str] = field(default_factory=list)  # source ... target, in click order
    links: list[str] = field(default_factory=list)  # anchor text of each click


@dataclass
class LinkSummary:
    """A distinct internal link between two crawled pages, for the report's graph and links.csv."""

    source: str
    target: str
    text: str
    kind: Literal["link", "cta"]


# Internal links kept in audit.json: enough to draw the graph of any site the report draws
# page by page (up to a few thousand pages), without a 100k-page audit weighing gigabytes.
MAX_LINKS = 100_000

# Page thumbnails embedded in audit.json (``--screenshots`` crawls): the homepage, the
# conversion pages, then pages with an error finding or a broken status, at most this
# many. At 5-15 KB a JPEG (a third more as base64) that is under ~1.2 MB of audit.json.
MAX_SCREENSHOTS = 60


@dataclass
class CrawlInfo:
    id: int | None
    start_url: str
    started_at: str | None = None
    finished_at: str | None = None
    status: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    limits_hit: dict[str, Any] = field(default_factory=dict)
    # Pages the extractor read only in part or repaired: {"pages": n, "examples":
    # [{"url", "note"}]} (``Store.parse_problems``), shown in the report's crawl section.
    parse_problems: dict[str, Any] = field(default_factory=dict)


@dataclass
class AuditResult:
    site: str
    crawl: CrawlInfo
    tool_version: str
    generated_at: str
    model: dict[str, Any]  # {"name": ..., "stage_labels": {stage: label}}
    # rules.goals.Goals.as_dict(): the business kind and main goal the verdicts rest on
    goals: dict[str, Any] = field(default_factory=dict)
    pages: list[PageSummary] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    paths: list[JourneyPath] = field(default_factory=list)
    clicks_distribution: dict[str, Any] = field(default_factory=dict)
    stage_flow: dict[str, Any] = field(default_factory=dict)
    journey_map: dict[str, Any] = field(default_factory=dict)
    worksheet: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, Any] = field(default_factory=dict)  # {"overall": int, "categories": {}}
    config: dict[str, Any] = field(default_factory=dict)
    links: list[LinkSummary] = field(default_factory=list)  # at most MAX_LINKS of them
    links_total: int = 0  # distinct internal links in the crawl, kept or not
    # page URL -> "data:image/jpeg;base64,..."; at most MAX_SCREENSHOTS, empty without them
    screenshots: dict[str, str] = field(default_factory=dict)
    # An audit of an unfinished crawl (``touchpoint audit --partial``): pages are missing,
    # so it is never kept in the history nor used as a baseline.
    partial: bool = False
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data. Shallow for speed (``dataclasses.asdict`` deep-copies
        100,000 page rows): nested evidence and config dicts are shared, not copied."""
        data = dict(vars(self))
        data["crawl"] = dict(vars(self.crawl))
        for key in ("pages", "findings", "checks", "paths", "links"):
            data[key] = [dict(vars(item)) for item in data[key]]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditResult:
        nested = {
            "crawl": lambda d: _build(CrawlInfo, d),
            "pages": lambda rows: [_build(PageSummary, r) for r in rows],
            "findings": lambda rows: [_build(Finding, r) for r in rows],
            "checks": lambda rows: [_build(CheckResult, r) for r in rows],
            "paths": lambda rows: [_build(JourneyPath, r) for r in rows],
            "links": lambda rows: [_build(LinkSummary, r) for r in rows],
        }
        values = {
            f.name: nested[f.name](data[f.name]) if f.name in nested else data[f.name]
            for f in fields(cls)
            if f.name in data
        }
        return cls(**values)

    def save(self, path: str | Path) -> Path:
        target = Path(path)
        # json.dumps uses the C encoder; json.dump to a file always takes the pure-Python
        # one (3.3 s instead of 1.2 s for a 100,000-page audit, bench/README.md).
        text = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        write_text_atomic(target, text)  # a killed run leaves the previous audit.json whole
        return target

    @classmethod
    def load(cls, path: str | Path) -> AuditResult:
        with Path(path).open(encoding="utf-8") as src:
            return cls.from_dict(json.load(src))

    def findings_by_severity(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts


def _build(cls: Any, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in known})
