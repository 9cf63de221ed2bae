"""Exam records (one hash chain per exam and student), the exams they belong
to, and finished judgements kept a while for fetching again by id.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exams",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("exam_sha256", sa.String(64), nullable=False),
        sa.Column("student", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("time", sa.String(40), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("server", sa.String(200), nullable=False, server_default=""),
        # The record exactly as sealed, one JSON line: what a log file would hold.
        sa.Column("line", sa.Text, nullable=False),
        # Two servers appending the same seq to one chain: the second fails and retries.
        sa.UniqueConstraint("exam_sha256", "student", "seq", name="records_one_chain"),
    )
    op.create_table(
        "judgements",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("server", sa.String(200), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("expires", sa.Float, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("judgements_expires", "judgements", ["expires"])


def downgrade() -> None:
    op.drop_table("judgements")
    op.drop_table("records")
    op.drop_table("exams")
