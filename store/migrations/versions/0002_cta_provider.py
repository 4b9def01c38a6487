"""cta_classifications.provider: the hosted checkout or booking tool a CTA hands over to

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

The rules name the provider once, so the audit's TP501 reads it instead of asking the
default rule pack (a client pack's providers now reach it). NULL in rows classified
before: such a crawl is classified again anyway, since its pack fingerprint differs.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cta_classifications") as batch_op:
        batch_op.add_column(sa.Column("provider", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cta_classifications") as batch_op:
        batch_op.drop_column("provider")
