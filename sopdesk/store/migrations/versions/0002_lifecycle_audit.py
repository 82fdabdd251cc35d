"""Revision lifecycle guards and the audit log.

- audit: append-only, hash-chained log (sopdesk.store.audit);
- triggers (SQLite): an approved or superseded revision, its lanes and its steps refuse
  UPDATE, DELETE and new rows; the one change allowed is approved -> superseded with the
  content untouched; audit rows refuse UPDATE and DELETE.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FROZEN = "('approved', 'superseded')"
CONTENT = ("sop_id", "number", "sop_number", "title", "unit_lines", "made_on", "revised_on", "effective_on",
           "approval", "lists", "summary", "source", "content_hash")

TRIGGERS = [
    f"""CREATE TRIGGER revision_frozen_update BEFORE UPDATE ON revision
    WHEN OLD.status IN {FROZEN} AND NOT (
        OLD.status = 'approved' AND NEW.status = 'superseded' AND
        {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in CONTENT)})
    BEGIN SELECT RAISE(ABORT, 'revisi yang sudah disahkan tidak dapat diubah'); END""",
    f"""CREATE TRIGGER revision_frozen_delete BEFORE DELETE ON revision
    WHEN OLD.status IN {FROZEN}
    BEGIN SELECT RAISE(ABORT, 'revisi yang sudah disahkan tidak dapat dihapus'); END""",
]
for table in ("lane", "step"):
    TRIGGERS += [
        f"""CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table}
        WHEN (SELECT status FROM revision WHERE id = OLD.revision_id) IN {FROZEN}
        BEGIN SELECT RAISE(ABORT, 'revisi yang sudah disahkan tidak dapat diubah'); END""",
        f"""CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table}
        WHEN (SELECT status FROM revision WHERE id = OLD.revision_id) IN {FROZEN}
        BEGIN SELECT RAISE(ABORT, 'revisi yang sudah disahkan tidak dapat diubah'); END""",
        f"""CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table}
        WHEN (SELECT status FROM revision WHERE id = NEW.revision_id) IN {FROZEN}
        BEGIN SELECT RAISE(ABORT, 'revisi yang sudah disahkan tidak dapat diubah'); END""",
    ]
TRIGGERS += [
    """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'log audit tidak dapat diubah'); END""",
    """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'log audit tidak dapat dihapus'); END""",
]


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("app_user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False, index=True),
        sa.Column("target", sa.String(200), nullable=False, index=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    op.drop_table("audit")
