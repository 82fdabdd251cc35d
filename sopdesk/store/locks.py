"""Locks, per dialect: the audit chain is appended by one writer at a time.

Each audit entry's hash covers the previous entry's hash (`sopdesk.store.audit`), so two
writers reading the same "last hash" would fork the chain. SQLite: a writer already holds the
database's write lock from its first statement (``BEGIN IMMEDIATE``, `sopdesk.store.engine`).
PostgreSQL: a transaction-level advisory lock (``pg_advisory_xact_lock``), held until the
transaction commits or rolls back, so any number of writers give one linear chain.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

AUDIT_CHAIN_LOCK = 0x534F5044_0001  # any fixed 64-bit key, the same for every sopdesk


def lock_audit_chain(session: Session) -> None:
    """Hold the audit chain for the rest of ``session``'s transaction (waits for the holder)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})
