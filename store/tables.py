"""Every table of the store, on one ``metadata``: the schema in one place.

The crawl tables are written by the crawler, the classification tables by the rules,
``audits`` by the audit history; all are keyed by ``crawl_id`` (and the normalised page
URL), so several writer processes never need an id round trip. A change here is a new
Alembic revision in ``store/migrations/versions/`` (see ``store.migrate``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

crawls = Table(
    "crawls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("site", String, nullable=False),
    Column("start_url", Text, nullable=False),
    Column("settings", JSON(none_as_null=True), nullable=False),
    Column("started_at", String, nullable=False),
    Column("finished_at", String),
    Column("status", String, nullable=False),  # running | finished | interrupted | failed
    Column("tool_version", String, nullable=False),
    Column("stats", JSON(none_as_null=True)),
    Column("limits_hit", JSON(none_as_null=True)),
    # Proof of life of the process writing a running crawl (store.crawls.crawl_state): a
    # crawl killed by -9 stops beating and reads "interrupted", not "running" forever.
    Column("heartbeat_at", String),
    Column("pid", Integer),
    Column("host", String),
)

pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("status", Integer),
    Column("error", Text),
    Column("redirect_chain", JSON(none_as_null=True)),
    Column("depth", Integer),
    Column("content_type", String),
    Column("parsed", Boolean, nullable=False),
    Column("title", Text),
    Column("meta_description", Text),
    Column("canonical", Text),
    Column("robots_meta", String),
    Column("lang", String),
    Column("h1", JSON(none_as_null=True)),
    Column("h2", JSON(none_as_null=True)),
    Column("word_count", Integer),
    Column("price_count", Integer),
    Column("schema_types", JSON(none_as_null=True)),
    Column("in_sitemap", Boolean, nullable=False, default=False),
    Column("parse_note", Text),
    Column("rendered", Boolean, nullable=False, default=False),
    Column("load_time_ms", Float),
    Column("fetched_at", String),
    # Hosts of third-party scripts and frames (a form or booking service's embed), so a raw
    # crawl knows a page holds a form that only a browser would draw.
    Column("embeds", JSON(none_as_null=True)),
    # "login": only a logged-in visitor reaches the page (its anonymous request was refused
    # or sent to the login page); NULL for public pages and crawls without a login.
    Column("access", String),
    UniqueConstraint("crawl_id", "url", name="uq_pages_crawl_url"),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("target_url", Text, nullable=False),
    Column("anchor_text", Text),
    Column("rel", String),
    Column("nofollow", Boolean, nullable=False),
    Column("region", String, nullable=False),
    Column("internal", Boolean, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_links_crawl_page", "crawl_id", "page_url", "position"),
    Index("ix_links_crawl_target", "crawl_id", "target_url"),
)

ctas = Table(
    "ctas",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("kind", String, nullable=False),  # button | input | link
    Column("text", Text),
    Column("href", Text),  # the raw attribute, so "#" and "javascript:" stay visible
    Column("target_url", Text),  # normalised absolute target, when it has one
    Column("internal", Boolean),
    Column("region", String, nullable=False),
    Column("classes", Text),
    Column("element_id", String),
    Column("aria_label", Text),
    Column("role", String),
    Column("position", Integer, nullable=False),
    Column("geometry", JSON(none_as_null=True)),  # filled by rendered crawls: boxes per viewport
    Column("disabled", Boolean),  # disabled attribute, aria-disabled or a "disabled" class
    Index("ix_ctas_crawl_page", "crawl_id", "page_url", "position"),
)

forms = Table(
    "forms",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("action", Text),  # raw attribute
    Column("action_url", Text),  # resolved and normalised
    Column("method", String, nullable=False),
    Column("fields", JSON(none_as_null=True), nullable=False),
    Column("submit_text", Text),
    Column("has_submit", Boolean, nullable=False),
    Column("region", String, nullable=False),
    Column("element_id", String),
    Column("classes", Text),
    Index("ix_forms_crawl_page", "crawl_id", "page_url", "position"),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("kind", String, nullable=False),  # phone|email|sms|whatsapp|messenger|chat|social
    Column("network", String),  # facebook, instagram, ... for social; provider for chat
    Column("target", Text, nullable=False),
    Column("text", Text),
    Column("region", String, nullable=False),
    Index("ix_contacts_crawl_page", "crawl_id", "page_url"),
)

sitemap_urls = Table(
    "sitemap_urls",
    metadata,
    Column("crawl_id", Integer, nullable=False),
    Column("url", Text, nullable=False),
    Column("sitemap", Text),
    UniqueConstraint("crawl_id", "url", name="uq_sitemap_crawl_url"),
)

CHILD_TABLES: dict[str, Table] = {
    "links": links,
    "ctas": ctas,
    "forms": forms,
    "contacts": contacts,
}
TABLES: dict[str, Table] = {"pages": pages, **CHILD_TABLES, "sitemap_urls": sitemap_urls}

# -- what the rules decided (rules.crawl.classify_crawl) ---------------------

classifications = Table(
    "classifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("stage", String, nullable=False),
    Column("action", String, nullable=False),
    Column("is_conversion", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", JSON(none_as_null=True), nullable=False),
    Column("stage_label", String, nullable=False),
    Column("model", String, nullable=False),
    Column("next_step", Boolean),  # does its own content offer a working next step?
    Column("next_step_reason", Text),
    Column("goal", String),  # the site goal this conversion page completes or hands over
    Column("review", Boolean),  # confidence below the pack's review_below
    Index("ix_classifications_crawl_page", "crawl_id", "page_url"),
)

cta_classifications = Table(
    "cta_classifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("action", String, nullable=False),
    Column("prominence", String, nullable=False),  # primary | secondary
    Column("template", Boolean),  # repeated on most pages: site chrome
    Column("provider", String),  # the hosted checkout or booking tool it hands over to
    Column("in_content", Boolean),  # in one of the pack's content regions
    Index("ix_cta_classifications_crawl_page", "crawl_id", "page_url"),
)

form_classifications = Table(
    "form_classifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("purpose", String, nullable=False),
    Column("template", Boolean),  # repeated on most pages: site chrome
    Column("in_content", Boolean),  # in one of the pack's content regions
    Index("ix_form_classifications_crawl_page", "crawl_id", "page_url"),
)

site_goals = Table(
    "site_goals",
    metadata,
    Column("crawl_id", Integer, primary_key=True, autoincrement=False),
    Column("goals", JSON(none_as_null=True), nullable=False),
)

classification_runs = Table(
    "classification_runs",
    metadata,
    Column("crawl_id", Integer, primary_key=True, autoincrement=False),
    Column("pack_fingerprint", String, nullable=False),
    Column("pack_name", String, nullable=False),
    Column("model", String, nullable=False),
    Column("classified_at", String, nullable=False),
)

# -- the audits kept for regression (store.history) ---------------------------

audits = Table(
    "audits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer),  # None for an audit imported from a file
    Column("site", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("tool_version", String, nullable=False),
    Column("config", JSON(none_as_null=True)),
    Column("scores", JSON(none_as_null=True)),
    Column("findings", Integer, nullable=False),
    Column("result", Text, nullable=False),  # the audit.json document
    Column("path", Text),  # where the audit.json was also written, if anywhere
    Index("ix_audits_site", "site", "id"),
    Index("ix_audits_crawl", "crawl_id"),
)
