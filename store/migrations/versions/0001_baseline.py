"""The store as release 0.1.0 left it: crawls, pages and their elements, classifications, audits.

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-03 10:09:09.542040
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=True),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("tool_version", sa.String(), nullable=False),
        sa.Column("config", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("scores", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audits", schema=None) as batch_op:
        batch_op.create_index("ix_audits_crawl", ["crawl_id"], unique=False)
        batch_op.create_index("ix_audits_site", ["site", "id"], unique=False)

    op.create_table(
        "classification_runs",
        sa.Column("crawl_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("pack_fingerprint", sa.String(), nullable=False),
        sa.Column("pack_name", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("classified_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("crawl_id"),
    )
    op.create_table(
        "classifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("is_conversion", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("stage_label", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("next_step", sa.Boolean(), nullable=True),
        sa.Column("next_step_reason", sa.Text(), nullable=True),
        sa.Column("goal", sa.String(), nullable=True),
        sa.Column("review", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_classifications_crawl_page", ["crawl_id", "page_url"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("network", sa.String(), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("region", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_crawl_page", ["crawl_id", "page_url"], unique=False)

    op.create_table(
        "crawls",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("start_url", sa.Text(), nullable=False),
        sa.Column("settings", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("started_at", sa.String(), nullable=False),
        sa.Column("finished_at", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("tool_version", sa.String(), nullable=False),
        sa.Column("stats", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("limits_hit", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "cta_classifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("prominence", sa.String(), nullable=False),
        sa.Column("template", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cta_classifications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cta_classifications_crawl_page", ["crawl_id", "page_url"], unique=False
        )

    op.create_table(
        "ctas",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("href", sa.Text(), nullable=True),
        sa.Column("target_url", sa.Text(), nullable=True),
        sa.Column("internal", sa.Boolean(), nullable=True),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("classes", sa.Text(), nullable=True),
        sa.Column("element_id", sa.String(), nullable=True),
        sa.Column("aria_label", sa.Text(), nullable=True),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("geometry", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ctas", schema=None) as batch_op:
        batch_op.create_index("ix_ctas_crawl_page", ["crawl_id", "page_url"], unique=False)

    op.create_table(
        "form_classifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("template", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("form_classifications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_form_classifications_crawl_page", ["crawl_id", "page_url"], unique=False
        )

    op.create_table(
        "forms",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("action_url", sa.Text(), nullable=True),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("fields", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("submit_text", sa.Text(), nullable=True),
        sa.Column("has_submit", sa.Boolean(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("element_id", sa.String(), nullable=True),
        sa.Column("classes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("forms", schema=None) as batch_op:
        batch_op.create_index("ix_forms_crawl_page", ["crawl_id", "page_url"], unique=False)

    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("page_url", sa.Text(), nullable=False),
        sa.Column("target_url", sa.Text(), nullable=False),
        sa.Column("anchor_text", sa.Text(), nullable=True),
        sa.Column("rel", sa.String(), nullable=True),
        sa.Column("nofollow", sa.Boolean(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index("ix_links_crawl_page", ["crawl_id", "page_url"], unique=False)
        batch_op.create_index("ix_links_crawl_target", ["crawl_id", "target_url"], unique=False)

    op.create_table(
        "site_goals",
        sa.Column("crawl_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("goals", sa.JSON(none_as_null=True), nullable=False),
        sa.PrimaryKeyConstraint("crawl_id"),
    )
    op.create_table(
        "sitemap_urls",
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("sitemap", sa.Text(), nullable=True),
        sa.UniqueConstraint("crawl_id", "url", name="uq_sitemap_crawl_url"),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("final_url", sa.Text(), nullable=True),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("redirect_chain", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("depth", sa.Integer(), nullable=True),
        sa.Column("content_type", sa.String(), nullable=True),
        sa.Column("parsed", sa.Boolean(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("meta_description", sa.Text(), nullable=True),
        sa.Column("canonical", sa.Text(), nullable=True),
        sa.Column("robots_meta", sa.String(), nullable=True),
        sa.Column("lang", sa.String(), nullable=True),
        sa.Column("h1", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("h2", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=True),
        sa.Column("schema_types", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("in_sitemap", sa.Boolean(), nullable=False),
        sa.Column("parse_note", sa.Text(), nullable=True),
        sa.Column("rendered", sa.Boolean(), nullable=False),
        sa.Column("load_time_ms", sa.Float(), nullable=True),
        sa.Column("fetched_at", sa.String(), nullable=True),
        sa.Column("embeds", sa.JSON(none_as_null=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["crawl_id"],
            ["crawls.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("crawl_id", "url", name="uq_pages_crawl_url"),
    )


def downgrade() -> None:
    op.drop_table("pages")
    op.drop_table("sitemap_urls")
    op.drop_table("site_goals")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index("ix_links_crawl_target")
        batch_op.drop_index("ix_links_crawl_page")

    op.drop_table("links")
    with op.batch_alter_table("forms", schema=None) as batch_op:
        batch_op.drop_index("ix_forms_crawl_page")

    op.drop_table("forms")
    with op.batch_alter_table("form_classifications", schema=None) as batch_op:
        batch_op.drop_index("ix_form_classifications_crawl_page")

    op.drop_table("form_classifications")
    with op.batch_alter_table("ctas", schema=None) as batch_op:
        batch_op.drop_index("ix_ctas_crawl_page")

    op.drop_table("ctas")
    with op.batch_alter_table("cta_classifications", schema=None) as batch_op:
        batch_op.drop_index("ix_cta_classifications_crawl_page")

    op.drop_table("cta_classifications")
    op.drop_table("crawls")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_crawl_page")

    op.drop_table("contacts")
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.drop_index("ix_classifications_crawl_page")

    op.drop_table("classifications")
    op.drop_table("classification_runs")
    with op.batch_alter_table("audits", schema=None) as batch_op:
        batch_op.drop_index("ix_audits_site")
        batch_op.drop_index("ix_audits_crawl")

    op.drop_table("audits")
