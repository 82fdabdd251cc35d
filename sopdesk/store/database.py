"""Open a sopdesk database: engine, migrations, first-start sample data."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.io.exchange import load_sop_dir
from sopdesk.resources import sample_data_dir
from sopdesk.store.engine import make_engine, make_session_factory
from sopdesk.store.migrate import upgrade
from sopdesk.store.repository import SopRepository

log = logging.getLogger("sopdesk.store")


@dataclass
class Database:
    """An open database: its engine, session factory and repositories."""

    engine: Engine
    sessions: sessionmaker[Session]
    sops: SopRepository

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_database(target: str | Path, seed_dir: Path | None = None, seed: bool = True) -> Database:
    """Open (creating if needed) the database at ``target`` (a path or SQLAlchemy URL).

    Upgrades the schema (see `sopdesk.store.migrate.upgrade` for the errors it raises).
    An empty database is filled from the sample data (``seed_dir``, default ``data/``) in
    one transaction; a broken sample file raises `sopdesk.io.exchange.SopFileError`
    and stores nothing.
    """
    engine = make_engine(target)
    try:
        upgrade(engine)
        db = Database(engine, make_session_factory(engine), SopRepository(make_session_factory(engine)))
        if seed and db.sops.count() == 0:
            sops = load_sop_dir(seed_dir or sample_data_dir())
            db.sops.add_all(sops)
            log.info("filled an empty database with %d sample SOPs", len(sops))
    except BaseException:
        engine.dispose()
        raise
    return db
