"""pages.price_count: the currency amounts in a page's own text

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

A page of many short priced items (a restaurant's menu, a salon's price list) is browsed
like a product listing; the crawler counts the amounts outside the header, menus and
footer (``crawler.prices``). NULL in crawls made before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch_op:
        batch_op.add_column(sa.Column("price_count", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch_op:
        batch_op.drop_column("price_count")
