"""Bring a database to the current schema with Alembic, atomically.

The whole upgrade runs in one transaction (SQLite has transactional DDL once pysqlite's
own transaction handling is off, see `sopdesk.store.engine`): a failing migration leaves
the file as it was. A database stamped with a revision this sopdesk does not know was
written by a newer sopdesk and is refused untouched (`NewerDatabaseError`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from sopdesk.domain.messages import message
from sopdesk.store.catalogue import SCHEMA_HEAD
from sopdesk.store.engine import WRITE
from sopdesk.store.errors import DatabaseBusyError, DatabaseOpenError, NewerDatabaseError, is_busy

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this sopdesk knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or ``None`` for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, before: Callable[[], None] | None = None) -> None:
    """Upgrade to the head revision in one transaction; ``before()`` runs first when a
    migration is needed on an existing database (the caller backs the file up there).

    Raises `NewerDatabaseError` (unknown revision), `DatabaseBusyError` (locked) or
    `DatabaseOpenError` (not a database / damaged; a server that cannot be reached or refuses the
    login); the file is unchanged in each case.
    """
    with opening_errors():
        current = current_revision(engine)
        if current == SCHEMA_HEAD:  # the usual start: Alembic is not even imported
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(_config())
        if current is not None and current not in {s.revision for s in script.walk_revisions()}:
            raise NewerDatabaseError(message("db-newer", current))
        if current == script.get_current_head():
            return
        if current is not None and before is not None:
            before()
        with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


@contextmanager
def opening_errors() -> Iterator[None]:
    """Turn the driver's errors while opening a database into the store's: `DatabaseBusyError`
    (locked), `DatabaseOpenError` (cannot be opened: the driver's reason, e.g. a server that cannot
    be reached or a refused login; or not an intact sopdesk database)."""
    try:
        yield
    except OperationalError as exc:
        if is_busy(exc.orig):
            raise DatabaseBusyError(message("db-busy")) from exc
        raise DatabaseOpenError(message("db-cannot-open", exc.orig)) from exc
    except DatabaseError as exc:
        raise DatabaseOpenError(message("db-not-sopdesk", exc.orig)) from exc
