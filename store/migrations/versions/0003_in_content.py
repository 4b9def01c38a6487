"""cta_classifications.in_content, form_classifications.in_content: the rules' region verdict

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

Whether a CTA or a form sits in one of the rule pack's content regions is decided once,
by the rules, and read by the audit's checks (which judged regions themselves before,
with other answers than the rules). NULL in rows classified before: such a crawl is
classified again, since its pack fingerprint differs.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("cta_classifications", "form_classifications")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("in_content", sa.Boolean(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("in_content")
