"""The shape of what the crawler hands the store: one record per URL, declared once.

The spider builds these (``crawler.extract``, ``crawler.spiders.site``), the item pipeline
batches them, ``Store.write_batch`` writes them and ``store.records`` reads them back for
the rules. Typed dicts, not classes: a crawl makes millions of child rows, and a dict is
what the database driver takes anyway. ``tests/store/test_crawl_records.py`` keeps the
keys equal to the table columns.
"""

from __future__ import annotations

from typing import Any, TypedDict


class PageRow(TypedDict, total=False):
    """A URL's row: filled in as the crawl learns it (fetched, parsed, rendered)."""

    url: str
    final_url: str | None
    status: int | None
    error: str | None
    redirect_chain: list[Any] | None
    depth: int | None
    content_type: str | None
    parsed: bool
    title: str | None
    meta_description: str | None
    canonical: str | None
    robots_meta: str | None
    lang: str | None
    h1: list[str]
    h2: list[str]
    word_count: int | None
    price_count: int | None  # currency amounts in its own text (crawler.prices)
    schema_types: list[str]
    in_sitemap: bool
    parse_note: str | None
    rendered: bool
    load_time_ms: float | None
    fetched_at: str | None
    embeds: list[str] | None
    access: str | None  # "login": behind the site's login (set at the end of the crawl)


class LinkRow(TypedDict):
    target_url: str
    anchor_text: str | None
    rel: str | None
    nofollow: bool
    region: str
    internal: bool
    position: int


class CtaRow(TypedDict, total=False):
    kind: str
    text: str | None
    href: str | None
    target_url: str | None
    internal: bool | None
    region: str
    classes: str | None
    element_id: str | None
    aria_label: str | None
    role: str | None
    position: int
    geometry: dict[str, Any] | None  # where it sits on the screen, for rendered pages
    disabled: bool | None


class FormRow(TypedDict, total=False):
    position: int
    action: str | None
    action_url: str | None
    method: str
    fields: list[dict[str, Any]]
    submit_text: str | None
    has_submit: bool
    region: str
    element_id: str | None
    classes: str | None


class ContactRow(TypedDict):
    kind: str
    network: str | None
    target: str
    text: str | None
    region: str


class CrawlRecord(TypedDict):
    """One URL as the store receives it: its page row and the rows found on it."""

    page: PageRow
    links: list[LinkRow]
    ctas: list[CtaRow]
    forms: list[FormRow]
    contacts: list[ContactRow]
