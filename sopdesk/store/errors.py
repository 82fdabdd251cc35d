"""Errors the store raises; each carries a message for the user (Bahasa Indonesia)."""

from __future__ import annotations


class StoreError(Exception):
    """A database operation failed; ``str(error)`` is fit to show the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer sopdesk (unknown schema revision); left untouched."""


class DatabaseBusyError(StoreError):
    """Another program holds the database locked longer than the busy timeout."""


class DatabaseOpenError(StoreError):
    """The file cannot be opened as a sopdesk database (not SQLite, unreadable, damaged)."""
