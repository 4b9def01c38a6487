"""crawls.heartbeat_at, crawls.pid, crawls.host: whether a running crawl's process is alive

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

A crawl row said "running" until its process wrote another status, so a crawl killed by
-9 read "running" forever and could be audited as if complete. The crawling process now
beats (``heartbeat_at``) and names itself (``pid`` on ``host``); ``store.crawls.crawl_state``
reads a running row whose heartbeat is old, or whose process is gone, as interrupted.
NULL in rows written before: such a "running" crawl has no proof of life, so it reads
interrupted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("heartbeat_at", sa.String), ("pid", sa.Integer), ("host", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("crawls") as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawls") as batch_op:
        for name, _ in COLUMNS:
            batch_op.drop_column(name)
