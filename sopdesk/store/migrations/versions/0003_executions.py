"""Executions (pelaksanaan), their step records and the corrections of logged times.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "execution",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("revision.id", ondelete="RESTRICT"), nullable=False,
                  index=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("started_by", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("trial", sa.Boolean(), nullable=False),
        sa.Column("cancelled_reason", sa.Text(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True, index=True),
    )
    op.create_table(
        "step_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("execution_id", sa.Integer(), sa.ForeignKey("execution.id", ondelete="RESTRICT"), nullable=False,
                  index=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step_position", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True, index=True),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("exit_label", sa.String(60), nullable=False),
        sa.UniqueConstraint("execution_id", "seq"),
    )
    op.create_table(
        "record_correction",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("step_record_id", sa.Integer(), sa.ForeignKey("step_record.id", ondelete="RESTRICT"),
                  nullable=False, index=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("old_value", sa.String(40), nullable=False),
        sa.Column("new_value", sa.String(40), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":  # nothing logged is ever deleted silently
        for table in ("execution", "step_record", "record_correction"):
            op.execute(f"CREATE TRIGGER {table}_keep BEFORE DELETE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'catatan pelaksanaan tidak dapat dihapus'); END")
        op.execute("CREATE TRIGGER record_correction_append_only BEFORE UPDATE ON record_correction "
                   "BEGIN SELECT RAISE(ABORT, 'riwayat koreksi tidak dapat diubah'); END")


def downgrade() -> None:
    op.drop_table("record_correction")
    op.drop_table("step_record")
    op.drop_table("execution")
