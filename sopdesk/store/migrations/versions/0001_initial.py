"""The first schema: sop, revision, lane, step.

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
        "sop",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    )
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sop_id", sa.Integer(), sa.ForeignKey("sop.id", ondelete="RESTRICT"), nullable=False, index=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sop_number", sa.String(200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("unit_lines", sa.JSON(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("revised_on", sa.Date(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("approval", sa.JSON(), nullable=False),
        sa.Column("lists", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.UniqueConstraint("sop_id", "number"),
    )
    op.create_table(
        "lane",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("revision.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.UniqueConstraint("revision_id", "position"),
        sa.UniqueConstraint("revision_id", "key"),
    )
    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("revision.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("symbol", sa.String(16), nullable=False),
        sa.Column("lane_keys", sa.JSON(), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=False),
        sa.Column("standard_time", sa.Text(), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("exits", sa.JSON(), nullable=False),
        sa.UniqueConstraint("revision_id", "position"),
    )


def downgrade() -> None:
    op.drop_table("step")
    op.drop_table("lane")
    op.drop_table("revision")
    op.drop_table("sop")
