"""PostgreSQL: the guards (PL/pgSQL triggers) and sopdesk's group roles and grants.

SQLite keeps its triggers from 0002 and 0003; this revision changes nothing there. On
PostgreSQL it adds the same refusals (and TRUNCATE), who may approve, and the roles
(`sopdesk.store.guards`, `sopdesk.store.roles`). Creating the roles needs CREATEROLE: the first
start on a server is made by its administrator.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from sopdesk.store import guards, roles

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in [*roles.postgresql_setup(), *guards.postgresql_create()]:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in guards.postgresql_drop():
            op.execute(statement)
