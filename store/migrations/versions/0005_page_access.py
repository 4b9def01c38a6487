"""pages.access: "login" for a page only a logged-in visitor reaches

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

A crawl that logs in (``--login-url``, ``[[login.steps]]``, session cookies) also asks
each parsed page once without the session; a page whose anonymous request is refused
(401/403) or sent to the login page is behind the login: the journey's retention stage
(account, orders, subscriptions). NULL for every other page and in crawls made before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch_op:
        batch_op.add_column(sa.Column("access", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch_op:
        batch_op.drop_column("access")
