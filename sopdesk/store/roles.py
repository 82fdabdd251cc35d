"""Who is who on PostgreSQL: sopdesk's group roles, their grants, and its users.

Each person logs in as their own database role, a member of one group role:

- ``sopdesk_staf``: reads everything; writes drafts, executions, monitoring and settings; appends
  to the audit log (never changes or deletes it);
- ``sopdesk_pengesah``: a staf who may also approve (mengesahkan) and send back a revision
  (the trigger in `sopdesk.store.guards` checks ``pg_has_role(session_user, ...)``);
- ``sopdesk_admin``: a pengesah who may add users (its members are made with CREATEROLE).

The audit log records the server's ``session_user`` (`server_user`), not a typed name. On SQLite
there are no roles: the operating-system account is recorded.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from sopdesk.store.errors import StoreError

GROUPS = {"staf": "sopdesk_staf", "pengesah": "sopdesk_pengesah", "admin": "sopdesk_admin"}
WRITTEN = ("sop", "revision", "lane", "step", "execution", "step_record", "record_correction", "setting",
           "monitoring_period", "monitoring_entry", "evaluation_answer")  # import_file, import_source: 0007
_SESSION_USER = "sopdesk_session_user"
DELETED = ("lane", "step", "evaluation_answer")  # a draft's lanes and steps are replaced when it is saved


def postgresql_setup() -> list[str]:
    """Statements that create the group roles (once per server) and grant them this database's tables."""
    create = [f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
              f"CREATE ROLE {role} NOLOGIN; END IF; END $$" for role in GROUPS.values()]
    staf = GROUPS["staf"]
    return [
        *create,
        f"GRANT {staf} TO {GROUPS['pengesah']}",
        f"GRANT {GROUPS['pengesah']} TO {GROUPS['admin']}",
        f"DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO {staf}', current_schema()); "
        f"EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO {staf}', current_schema()); "
        f"EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO {staf}', current_schema()); END $$",
        f"GRANT INSERT, UPDATE ON {', '.join(WRITTEN)} TO {staf}",
        f"GRANT DELETE ON {', '.join(DELETED)} TO {staf}",
        f"GRANT INSERT ON audit TO {staf}",
    ]


def server_user(session: Session) -> str | None:
    """The server's ``session_user`` on PostgreSQL (who logged in), None on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    info = session.connection().info  # one question per connection: its login does not change
    if _SESSION_USER not in info:
        info[_SESSION_USER] = str(session.scalar(text("SELECT session_user")))
    return str(info[_SESSION_USER])


def add_user(engine: Engine, name: str, role: str, password: str | None = None) -> None:
    """Create the login role ``name`` in the group of ``role`` (staf, pengesah or admin).

    The password, if any, is sent already hashed (SCRAM, by libpq), so it never appears in the
    server's statement log. Raises `StoreError` (not PostgreSQL, unknown role, no right to create
    roles, the name taken)."""
    if engine.dialect.name != "postgresql":
        raise StoreError("Pengguna hanya ada di server PostgreSQL; di SQLite yang dicatat adalah akun komputer.")
    if role not in GROUPS:
        raise StoreError(f"Peran tidak dikenal: {role} (staf, pengesah atau admin).")
    extra = " CREATEROLE" if role == "admin" else ""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.begin() as conn:
            ident = conn.dialect.identifier_preparer.quote(name)
            secret = ""
            if password:
                raw = conn.connection.dbapi_connection
                hashed = raw.pgconn.encrypt_password(password.encode(), name.encode())  # type: ignore[union-attr]
                secret = " PASSWORD " + _literal(hashed)
            conn.exec_driver_sql(f"CREATE ROLE {ident} LOGIN{extra}{secret} IN ROLE {GROUPS[role]}")
    except DBAPIError as exc:
        raise StoreError(f"Pengguna {name} tidak dapat dibuat: {exc.orig}") from exc


def _literal(value: bytes) -> str:
    return "'" + value.decode().replace("'", "''") + "'"
