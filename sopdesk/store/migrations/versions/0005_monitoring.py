"""Monitoring and evaluation (Permenpan RB 35/2012, Tabel 7 and the evaluation checklist).

A form is one period, keyed by its first and last date; each SOP has at most one entry per
period (the assessor's Penilaian, Catatan, Tindakan, Paraf) with seven checklist answers.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitoring_period",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.UniqueConstraint("start_on", "end_on"),
    )
    op.create_table(
        "monitoring_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_id", sa.Integer(), sa.ForeignKey("monitoring_period.id", ondelete="RESTRICT"),
                  nullable=False, index=True),
        sa.Column("sop_id", sa.Integer(), sa.ForeignKey("sop.id", ondelete="RESTRICT"), nullable=False, index=True),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("revision.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("rating", sa.String(12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("assessor", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("period_id", "sop_id"),
    )
    op.create_table(
        "evaluation_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("monitoring_entry.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint("entry_id", "question"),
    )


def downgrade() -> None:
    op.drop_table("evaluation_answer")
    op.drop_table("monitoring_entry")
    op.drop_table("monitoring_period")
