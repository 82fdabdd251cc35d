"""Errors the store raises; each carries a message for the user (Bahasa Indonesia)."""

from __future__ import annotations

from sopdesk.errors import SopdeskError


class StoreError(SopdeskError):
    """A database operation failed; ``str(error)`` is fit to show the user.

    ``exit_code`` is what the ``sopdesk`` command exits with (each kind of refusal its own)."""

    exit_code = 1


class NewerDatabaseError(StoreError):
    """The database was written by a newer sopdesk (unknown schema revision); left untouched."""

    exit_code = 6


def is_busy(driver_error: object) -> bool:
    """True when a driver's error (e.g. `sqlite3.OperationalError`, or SQLAlchemy's ``exc.orig``)
    says the database is locked or busy."""
    text = str(driver_error).lower()
    return "locked" in text or "busy" in text


class DatabaseBusyError(StoreError):
    """Another program holds the database locked longer than the busy timeout."""

    exit_code = 5


class DatabaseOpenError(StoreError):
    """The file cannot be opened as a sopdesk database (not SQLite, unreadable, damaged)."""


class NetworkLocationError(StoreError):
    """The SQLite file is on a network share, where SQLite's locking is unreliable."""

    exit_code = 8


class DamagedDatabaseError(DatabaseOpenError):
    """The file fails SQLite's integrity check; ``problems`` lists what the check said. The only
    refusal that offers a restore from a backup."""

    exit_code = 3

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class UnreadableDatabaseError(DatabaseOpenError):
    """A folder, a file sopdesk may not read, or a read-only file, folder or mount (data untouched)."""

    exit_code = 4


class ForeignDatabaseError(DatabaseOpenError):
    """Not a sopdesk database: another program's SQLite file (untouched)."""

    exit_code = 7
