"""What the audit reads: compact, plain records of one classified crawl.

The audit never touches Scrapy, HTML or SQL (Lighthouse's artifacts boundary): tests
build an ``AuditInput`` by hand, ``store.inputs.load_input`` builds it from the store.
Rows use slotted dataclasses and interned strings because a 100,000-page crawl has
millions of links and hundreds of thousands of CTAs; internal links are streamed
once, into the graph, and never held as rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from core.model import CrawlInfo, is_broken
from core.vocab import STAGES

DEFAULT_STAGE_LABELS = {stage: stage.capitalize() for stage in STAGES}
DEFAULT_STAGE_LABELS["none"] = "Utility"


@dataclass(slots=True)
class Page:
    url: str
    status: int | None = 200
    final_url: str | None = None
    error: str | None = None
    redirect_chain: list[dict[str, Any]] | None = None
    depth: int | None = None
    parsed: bool = True
    title: str | None = None
    in_sitemap: bool = False
    stage: str = "none"
    stage_label: str = ""
    action: str = "none"
    is_conversion: bool = False
    confidence: float | None = None
    next_step: bool | None = None  # from the rules: does its own content offer one?
    next_step_reason: str | None = None
    goal: str | None = None  # the site goal this conversion page completes or hands over
    review: bool = False  # a low-confidence verdict a consultant should check
    access: str | None = None  # "login": only a logged-in visitor reaches it (the crawler)

    @property
    def redirects_to(self) -> str | None:
        """Where this URL redirects, or None when it answered itself."""
        return self.final_url if self.final_url and self.final_url != self.url else None

    @property
    def is_broken(self) -> bool:
        """``core.model.is_broken``: the definition the diff and budgets use too."""
        return is_broken(self.status, self.error)

    @property
    def is_working(self) -> bool:
        """A real HTML page a visitor can read."""
        return self.parsed and self.status is not None and self.status < 400


class Link(NamedTuple):
    """An internal link. A tuple, so stored rows stream into the graph without copies."""

    page_url: str
    target_url: str
    anchor_text: str | None = None
    region: str = "main"


@dataclass(slots=True)
class Cta:
    page_url: str
    position: int
    kind: str = "link"  # link | button | input
    text: str | None = None
    href: str | None = None  # raw attribute: "#" and "javascript:" stay visible
    target_url: str | None = None
    internal: bool | None = None
    region: str = "main"
    geometry: dict[str, Any] | None = None
    action: str | None = None  # from the rules; None when not classified
    prominence: str | None = None  # primary | secondary
    template: bool = False  # repeated by the site template on most pages
    provider: str | None = None  # the hosted checkout or booking tool it hands over to
    in_content: bool | None = None  # in the rule pack's content regions (None: not classified)


@dataclass(slots=True)
class Form:
    page_url: str
    position: int
    action: str | None = None
    action_url: str | None = None
    method: str = "get"
    fields: list[dict[str, Any]] = field(default_factory=list)
    submit_text: str | None = None
    has_submit: bool = True
    purpose: str = "other"
    region: str = "main"  # header | nav | main | aside | footer | body, as extracted
    template: bool = False  # the same form on most pages (rules.template)
    in_content: bool | None = None  # in the rule pack's content regions (None: not classified)


@dataclass(slots=True)
class Contact:
    page_url: str
    kind: str
    target: str
    network: str | None = None
    text: str | None = None
    region: str = "main"


@dataclass
class AuditInput:
    """One classified crawl. ``links`` may be a list or a re-iterable stream."""

    crawl: CrawlInfo
    pages: dict[str, Page]
    links: Iterable[Link] = ()
    ctas: list[Cta] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    sitemap: set[str] = field(default_factory=set)
    model: dict[str, Any] = field(
        default_factory=lambda: {"name": "default", "stage_labels": dict(DEFAULT_STAGE_LABELS)}
    )
    goals: dict[str, Any] | None = None  # rules.goals.Goals.as_dict() of the classification

    @property
    def start_url(self) -> str:
        return self.crawl.start_url

    @property
    def site(self) -> str:
        return urlsplit(self.crawl.start_url).hostname or self.crawl.start_url

    def stage_label(self, stage: str) -> str:
        labels = self.model.get("stage_labels") or {}
        return str(labels.get(stage) or DEFAULT_STAGE_LABELS.get(stage, stage))
