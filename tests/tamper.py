"""Tampering as an administrator could: the guards switched off, rows changed behind sopdesk's back."""

from __future__ import annotations

from sqlalchemy import Connection


def unguard(conn: Connection, table: str) -> None:
    """What a determined administrator could do: switch ``table``'s guards off."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        return
    triggers = f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}'"
    for (name,) in conn.exec_driver_sql(triggers).all():
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
