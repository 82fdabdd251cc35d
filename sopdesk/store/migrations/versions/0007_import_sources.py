"""Import sources: the original file of every imported revision (bytes and SHA-256) and the
import report of each draft it gave.

``import_file`` holds each file once (keyed by its SHA-256); ``import_source`` ties a
revision to its file, where in the file it was found (pages or sheets) and the report
(a JSON list of ``{subject, state, note}``).

Revision ID: 0007_import_sources
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_import_sources"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_file",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "import_source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("revision.id", ondelete="RESTRICT"),
                  nullable=False, unique=True),
        sa.Column("file_id", sa.Integer(), sa.ForeignKey("import_file.id", ondelete="RESTRICT"),
                  nullable=False, index=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":  # staff import drafts (the roles of 0006)
        op.execute("GRANT SELECT, INSERT ON import_file, import_source TO sopdesk_staf")
        op.execute("GRANT USAGE, SELECT ON SEQUENCE import_file_id_seq, import_source_id_seq TO sopdesk_staf")


def downgrade() -> None:
    op.drop_table("import_source")
    op.drop_table("import_file")
