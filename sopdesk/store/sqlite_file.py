"""Only its own files: what a SQLite file is, told before sopdesk writes a byte to it.

sopdesk marks its databases with ``PRAGMA application_id`` (`APPLICATION_ID`, "SOPD") beside
its schema table (``alembic_version``). `check_file` refuses, untouched, every file that is
not one of them and not empty, each case with its own error (and so its own message and CLI
exit code, `sopdesk.store.errors`):

- a folder, a file it may not read, a read-only file, folder or mount: `UnreadableDatabaseError`
  (the data may well be sound: no restore is offered);
- another program's SQLite file: `ForeignDatabaseError`;
- a sopdesk database that fails SQLite's check, or a file that is not SQLite at all (a sopdesk
  file whose first page is destroyed cannot be told from it): `DamagedDatabaseError` (the only
  one that offers a restore; restoring keeps the refused file aside);
- a database another program keeps locked past the busy timeout: `DatabaseBusyError`.

Reading a file that nobody has open (no ``-wal`` beside it) uses SQLite's ``immutable``
URI parameter, so nothing is written and no ``-wal``/``-shm`` is left beside a refused file.
sopdesk databases made before the mark are recognised by their tables and marked by `mark`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sopdesk.domain.messages import message
from sopdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    ForeignDatabaseError,
    UnreadableDatabaseError,
    is_busy,
)

APPLICATION_ID = 0x534F5044  # "SOPD"
MAGIC = b"SQLite format 3\x00"
OWN_TABLES = frozenset({"alembic_version", "sop", "revision"})
BUSY_TIMEOUT_S = 5.0
if TYPE_CHECKING:  # sqlalchemy only for the type: the quick catalogue read imports this module without it
    from sqlalchemy import Engine

BUSY_MESSAGE = message("db-busy")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside ``path``: ``immutable`` when no
    ``-wal`` shows that another connection has the file open, plain ``mode=ro`` otherwise."""
    busy = Path(f"{path}-wal").exists()
    query = "mode=ro" if busy else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=BUSY_TIMEOUT_S)


def check_file(path: Path, full: bool = False) -> None:
    """Refuse ``path`` unless it is absent, empty, or a sound sopdesk database we may write.

    ``full`` runs ``integrity_check`` instead of ``quick_check``. Raises the errors listed in
    the module docstring; never changes the file.
    """
    if path.is_dir():
        raise UnreadableDatabaseError(message("db-folder", path))
    if not path.exists():
        _check_writable_folder(path)
        return
    header = _header(path)
    if not header:
        return
    if not header.startswith(MAGIC):  # a sopdesk file whose first page is gone looks just the same
        raise DamagedDatabaseError(
            message("db-not-sqlite", path.name),
            ["kepala berkas bukan SQLite"])
    _check_own(path, header)
    _check_writable(path)
    problems = integrity(path, full=full)
    if problems:
        raise _damaged(path, problems)


def integrity(path: Path, full: bool = False) -> list[str]:
    """SQLite's ``quick_check`` (``integrity_check`` when ``full``); [] when sound.

    Raises `DatabaseBusyError` when another program keeps the file locked past the timeout."""
    try:
        con = connect_read_only(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusyError(BUSY_MESSAGE) from exc
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def mark(engine: Engine) -> None:
    """Set sopdesk's ``application_id`` on a SQLite database that lacks it (one short write)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID:
            return
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except PermissionError as exc:
        raise UnreadableDatabaseError(message("db-no-permission", path)) from exc
    except OSError as exc:
        raise UnreadableDatabaseError(message("db-unreadable", path, exc.strerror or exc)) from exc


def _check_own(path: Path, header: bytes) -> None:
    application_id = int.from_bytes(header[68:72], "big")
    if application_id == APPLICATION_ID:
        return
    tables = _tables(path) if application_id == 0 else {"?"}
    if tables and not tables >= OWN_TABLES:
        raise ForeignDatabaseError(message("db-foreign", path.name))


def _tables(path: Path) -> set[str]:
    try:
        con = connect_read_only(path)
        try:
            return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
            raise DatabaseBusyError(BUSY_MESSAGE) from exc
        raise _damaged(path, [str(exc)]) from exc


def _damaged(path: Path, problems: list[str]) -> DamagedDatabaseError:
    return DamagedDatabaseError(message("db-damaged", path.name, problems[0]), problems)


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise UnreadableDatabaseError(message("db-read-only", path.name))
    _check_writable_folder(path)


def _check_writable_folder(path: Path) -> None:
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise UnreadableDatabaseError(message("db-folder-read-only", folder))


def sqlite_path(target: str | Path) -> Path | None:
    """The file of a SQLite target (a path or a ``sqlite:///`` URL), None for a server URL."""
    text = str(target)
    if "://" not in text:
        return Path(text)
    if text.startswith("sqlite:///") and len(text) > len("sqlite:///"):
        return Path(text[len("sqlite:///"):])
    return None
