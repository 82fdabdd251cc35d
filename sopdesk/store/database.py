"""Open a sopdesk database: engine, migrations, first-start sample data."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.io.exchange import load_sop_dir, load_sop_files
from sopdesk.resources import sample_files
from sopdesk.store.backup import make_backup
from sopdesk.store.engine import make_engine, make_session_factory
from sopdesk.store.errors import DatabaseBusyError, NetworkLocationError
from sopdesk.store.executions import ExecutionRepository
from sopdesk.store.imports import ImportRepository
from sopdesk.store.location import network_reason
from sopdesk.store.locks import first_start_lock
from sopdesk.store.migrate import upgrade
from sopdesk.store.monitoring import MonitoringRepository
from sopdesk.store.office import OfficeRepository
from sopdesk.store.repository import SopRepository
from sopdesk.store.sqlite_file import check_file, mark, sqlite_path

log = logging.getLogger("sopdesk.store")


@dataclass
class Database:
    """An open database: its engine, session factory and repositories.

    ``path`` is the SQLite file (None for a server URL); ``marker`` the file that says a
    session is open (removed by a clean `close`; found at start, it means the last session
    did not end cleanly, and the full integrity check runs).
    """

    engine: Engine
    sessions: sessionmaker[Session]
    sops: SopRepository
    executions: ExecutionRepository
    office: OfficeRepository
    path: Path | None = None
    marker: Path | None = None

    @property
    def imports(self) -> ImportRepository:
        """Imported files and the source and report of each imported draft."""
        return ImportRepository(self.sessions)

    @property
    def monitoring(self) -> MonitoringRepository:
        """Monitoring dan evaluasi (Tabel 7 and the checklist), over the same sessions."""
        return MonitoringRepository(self.sessions)

    def close(self) -> None:
        """Release every connection; a clean end of the session."""
        self.engine.dispose()
        if self.marker is not None:
            self.marker.unlink(missing_ok=True)


FIRST_START_WAIT_S = 60.0
"""How long opening a new SQLite file waits while another workstation migrates it (seconds)."""


def session_marker(path: Path) -> Path:
    """``<database>.open``: present while a session has the database open."""
    return path.with_name(path.name + ".open")


def open_database(target: str | Path, seed_dir: Path | None = None, seed: bool = True,
                  track_session: bool = False, now: dt.datetime | None = None) -> Database:
    """Open (creating if needed) the database at ``target`` (a path or SQLAlchemy URL).

    For a SQLite file: refuses a network share (`NetworkLocationError`); checks the file first
    (`sopdesk.store.sqlite_file.check_file`: folder, unreadable or read-only, another program's
    file, locked, damaged; each refused untouched with its own error), with ``integrity_check``
    after an unclean end of the last session (``track_session``) and ``quick_check`` otherwise;
    backs it up before a migration and marks it as sopdesk's (``application_id``).
    Upgrades the schema (see `sopdesk.store.migrate.upgrade` for its errors). An
    empty database is filled from the sample data (``seed_dir``, default the bundled ``sopdesk/data``) in one
    transaction; a broken sample file raises `sopdesk.io.exchange.SopFileError`, storing nothing.
    Migration and seeding hold `sopdesk.store.locks.first_start_lock`: two workstations opening an
    empty database at once give one schema and the samples once (`DatabaseBusyError` when another
    one's migration takes longer than the lock's timeout; on a SQLite file that is new when this
    open begins, the open waits for the other's migration up to `FIRST_START_WAIT_S` seconds,
    since SQLite's own wait for a writer is shorter than a first migration on a busy PC).
    """
    path = sqlite_path(target)
    new_file = path is not None and (not path.exists() or path.stat().st_size == 0)
    marker = None
    if path is not None:
        _check_file(path, track_session)
        if track_session:
            marker = session_marker(path)
    engine = make_engine(target)
    try:
        sessions = make_session_factory(engine)
        db = Database(engine, sessions, SopRepository(sessions), ExecutionRepository(sessions),
                      OfficeRepository(sessions), path, marker)
        deadline = time.monotonic() + FIRST_START_WAIT_S
        while True:
            try:
                with first_start_lock(engine):
                    upgrade(engine, before=lambda: _backup_before_migration(path, now))
                    mark(engine)
                    if seed and db.sops.count() == 0:
                        _seed(db, seed_dir)
                break
            except DatabaseBusyError:
                if not new_file or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)  # another workstation is making this new file: its migration ends
        if marker is not None:
            marker.touch()
    except BaseException:
        engine.dispose()
        raise
    return db


def _seed(db: Database, seed_dir: Path | None) -> None:
    sops = load_sop_dir(seed_dir) if seed_dir else load_sop_files(sample_files())
    if db.sops.add_all(sops, only_if_empty=True):
        log.info("filled an empty database with %d sample SOPs", len(sops))


def _check_file(path: Path, track_session: bool) -> None:
    reason = network_reason(path)
    if reason:
        raise NetworkLocationError(reason)
    unclean = track_session and session_marker(path).exists()
    check_file(path, full=unclean)
    if unclean:
        log.warning("the last session did not end cleanly; integrity_check passed")


def _backup_before_migration(path: Path | None, now: dt.datetime | None) -> None:
    if path is not None and path.exists():
        made = make_backup(path, now or dt.datetime.now())
        log.info("backed up %s before migrating it: %s", path, made)
