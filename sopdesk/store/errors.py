"""Errors the store raises; each carries a message for the user (Bahasa Indonesia)."""

from __future__ import annotations

from sopdesk.errors import SopdeskError


class StoreError(SopdeskError):
    """A database operation failed; ``str(error)`` is fit to show the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer sopdesk (unknown schema revision); left untouched."""


class DatabaseBusyError(StoreError):
    """Another program holds the database locked longer than the busy timeout."""


class DatabaseOpenError(StoreError):
    """The file cannot be opened as a sopdesk database (not SQLite, unreadable, damaged)."""


class NetworkLocationError(StoreError):
    """The SQLite file is on a network share, where SQLite's locking is unreliable."""


class DamagedDatabaseError(DatabaseOpenError):
    """The file fails SQLite's integrity check; ``problems`` lists what the check said."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems
