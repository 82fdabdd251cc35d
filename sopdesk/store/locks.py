"""Locks, per dialect: one writer at a time where it matters.

The audit chain: each audit entry's hash covers the previous entry's hash (`sopdesk.store.audit`),
so two writers reading the same "last hash" would fork the chain. SQLite: a writer already holds
the database's write lock from its first statement (``BEGIN IMMEDIATE``, `begin_sqlite_write`).
PostgreSQL: a transaction-level advisory lock (``pg_advisory_xact_lock``), held until the
transaction commits or rolls back, so any number of writers give one linear chain.

The first start: two workstations opening an empty server at the same moment must give one schema
and the sample SOPs once (`first_start_lock`). PostgreSQL: a session-level advisory lock held
around the migration and the seeding. SQLite: the write lock; the migration runs in one
``BEGIN IMMEDIATE`` transaction in which Alembic reads the stamped revision again, and the
seeding looks whether the database is still empty inside its own write transaction
(`sopdesk.store.repository.SopRepository.add_all` ``only_if_empty``).

The SQLite write lock: ``BEGIN IMMEDIATE`` takes it up front. SQLite's own busy handler waits by
sleeping ever longer (up to 100 ms a try), so with several busy writers the lock is almost never
free when a sleeper wakes and one waiter can be passed over until the busy timeout runs out
(seen with 4 processes × 500 logged steps: "database is locked"). `begin_sqlite_write` asks
again every 0.5–3 ms instead, for the same total time.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sopdesk.domain.messages import message
from sopdesk.store.errors import DatabaseBusyError, is_busy

AUDIT_CHAIN_LOCK = 0x534F5044_0001  # any fixed 64-bit key, the same for every sopdesk
FIRST_START_LOCK = 0x534F5044_0002
FIRST_START_TIMEOUT = "120s"  # how long a workstation waits for another one's migration
WRITE_LOCK_POLL_S = (0.0005, 0.003)  # seconds between two tries for the SQLite write lock


def lock_audit_chain(session: Session) -> None:
    """Hold the audit chain for the rest of ``session``'s transaction (waits for the holder)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})


@contextmanager
def first_start_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's migration and seeding against other workstations (PostgreSQL: a session
    advisory lock on a connection of its own, waiting up to `FIRST_START_TIMEOUT`; SQLite: nothing
    more than the write lock each step takes, see the module docstring).

    Raises `DatabaseBusyError` when another workstation held it all that time."""
    if engine.dialect.name != "postgresql":
        yield
        return
    from sopdesk.store.migrate import opening_errors

    with opening_errors():  # a server that cannot be reached or refuses the login: the store's message
        conn = engine.connect()
    with conn:
        try:
            conn.execute(text(f"SET lock_timeout = '{FIRST_START_TIMEOUT}'"))
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": FIRST_START_LOCK})
            conn.execute(text("RESET lock_timeout"))
            conn.commit()
        except OperationalError as exc:
            raise DatabaseBusyError(message("db-first-start-busy")) from exc
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": FIRST_START_LOCK})
            conn.commit()


def begin_sqlite_write(conn: Connection, timeout_ms: int) -> None:
    """``BEGIN IMMEDIATE`` on a SQLite connection, trying every 0.5–3 ms for up to ``timeout_ms``.

    Raises SQLAlchemy's `OperationalError` ("database is locked") when another writer held the lock
    all that time; the connection's ``busy_timeout`` is ``timeout_ms`` again afterwards."""
    deadline = time.monotonic() + timeout_ms / 1000
    conn.exec_driver_sql("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if not is_busy(exc.orig) or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(*WRITE_LOCK_POLL_S))
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(timeout_ms)}")
