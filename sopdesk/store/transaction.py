"""One write transaction, with the database's and the rules' errors turned into `StoreError`.

Every repository writes through `write_transaction`, so a failure anywhere rolls the whole
operation back and reaches the user as one clear message (Bahasa Indonesia).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.execution import ExecutionError
from sopdesk.domain.lifecycle import LifecycleError
from sopdesk.domain.messages import message
from sopdesk.store.engine import WRITE
from sopdesk.store.errors import DatabaseBusyError, StoreError

RULE_ERRORS = (LifecycleError, ExecutionError)


def reason(exc: DatabaseError) -> str:
    """The driver's own message of a database error."""
    return str(exc.orig) if exc.orig is not None else str(exc)


def translate(exc: OperationalError) -> StoreError:
    """A locked database, a full disk or another operational error, said plainly."""
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(message("db-busy"))
    if "disk" in text or "full" in text:
        return StoreError(message("db-disk-full"))
    return StoreError(message("db-error", exc.orig))


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back on any error.

    Raises `StoreError` (`DatabaseBusyError` when locked); a domain rule's error
    (`LifecycleError`, `ExecutionError`) becomes a `StoreError` with the rule's message.
    """
    try:
        with sessions() as session, session.begin():
            session.connection(execution_options={WRITE: True})  # SQLite: BEGIN IMMEDIATE
            yield session
    except OperationalError as exc:
        raise translate(exc) from exc
    except RULE_ERRORS as exc:
        raise StoreError(str(exc)) from exc
    except DatabaseError as exc:
        raise StoreError(message("db-save-failed", reason(exc))) from exc
