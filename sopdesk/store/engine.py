"""The engine factory: SQLite done right (ARCHITECTURE.md, "SQLite, done right").

Every connection: ``foreign_keys=ON``, ``journal_mode=WAL``, ``synchronous=FULL``, a
busy timeout; pysqlite's own transaction handling is switched off and SQLAlchemy emits
``BEGIN`` itself (SQLAlchemy docs, SQLite dialect, "Serializable isolation / Savepoints /
Transactional DDL"), so a failed operation or migration leaves nothing behind. A writer
(a connection with the execution option ``WRITE``, see `sopdesk.store.transaction`) begins
with ``BEGIN IMMEDIATE``: it takes the write lock up front and so waits up to the busy
timeout for another writer (`sopdesk.store.locks.begin_sqlite_write`), instead of failing at
its first write (a deferred ``BEGIN`` that must upgrade a read lock gets SQLITE_BUSY at once).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.store.locks import begin_sqlite_write

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10  # a server that does not answer: said after 10 s, not the system's 2 minutes
WRITE = "sopdesk_write"  # execution option: this transaction will write


def database_url(url_or_path: str | Path) -> URL:
    """The SQLAlchemy URL of a SQLite file path or a URL; ``postgresql://`` means psycopg 3 (the
    driver sopdesk installs), not SQLAlchemy's default psycopg2."""
    if isinstance(url_or_path, Path) or "://" not in str(url_or_path):
        return make_url(f"sqlite:///{url_or_path}")
    url = make_url(str(url_or_path))
    return url.set(drivername="postgresql+psycopg") if url.drivername in ("postgresql", "postgres") else url


def shown(url_or_path: str | Path) -> str:
    """A database target fit for messages and logs: a URL with its password hidden."""
    if isinstance(url_or_path, Path) or "://" not in str(url_or_path):
        return str(url_or_path)
    try:
        return make_url(str(url_or_path)).render_as_string(hide_password=True)
    except Exception:  # not even a URL: say nothing of it
        return "(alamat basis data tidak sah)"


def make_engine(url_or_path: str | Path) -> Engine:
    """An engine for a SQLite file path (created with its folder) or any SQLAlchemy URL
    (``postgresql://user@host:port/database``: psycopg 3, giving up on a server that does not
    answer after `CONNECT_TIMEOUT_S` seconds unless the URL says ``connect_timeout``)."""
    url = database_url(url_or_path)
    if url.drivername == "sqlite" and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    server = url.drivername != "sqlite" and "connect_timeout" not in url.query
    args = {"connect_timeout": CONNECT_TIMEOUT_S} if server else {}
    engine = create_engine(url, future=True, connect_args=args)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE):
            begin_sqlite_write(conn, BUSY_TIMEOUT_MS)
        else:
            conn.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """One session is one unit of work; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
