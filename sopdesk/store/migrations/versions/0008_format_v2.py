"""Format version 2 (issue 14): the version-2 fields of a revision and of its rows.

``revision.format_v2`` and ``step.format_v2`` hold, as JSON in the exchange format's own form
(`sopdesk.io.exchange_v2`), the version-2 fields that differ from their default; NULL (every
revision stored before this migration) means none, i.e. the revision is exactly what it was. So
the migration only adds two empty columns: it rewrites no row, every revision is carried over as
it is, and its content hash (and every printed sheet code) is unchanged (docs/sheet-code.md).

Guards and grants: the new columns belong to tables that already have them. The triggers that
refuse any UPDATE/DELETE of an approved or superseded revision and of its lanes and steps (0002
on SQLite, 0006 on PostgreSQL) are row triggers, so they cover the new columns too; the grants of
0006 are on whole tables (``sopdesk_staf`` may INSERT/UPDATE ``revision`` and ``step``, DELETE
``step``), so nothing is granted here. ``ADD COLUMN`` with no default fires no trigger. Runs in
the upgrade's one transaction (`sopdesk.store.migrate`); the app backs the SQLite file up first.

Revision ID: 0008_format_v2
Revises: 0007_import_sources
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_format_v2"
down_revision = "0007_import_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("revision", sa.Column("format_v2", sa.JSON(), nullable=True))
    op.add_column("step", sa.Column("format_v2", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.drop_column("format_v2")
    with op.batch_alter_table("revision") as batch:
        batch.drop_column("format_v2")
