"""Accepted runs kept until they end: a judgement's request (the body its
client sent, and whose it is), so a server killed with runs queued judges
them at its next start instead of losing them.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("judgements", sa.Column("request", sa.Text, nullable=True))
    op.create_index("judgements_unfinished", "judgements", ["server", "status"])


def downgrade() -> None:
    op.drop_index("judgements_unfinished", "judgements")
    op.drop_column("judgements", "request")
