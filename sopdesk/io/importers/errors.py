"""The one error an importer raises for a file it cannot take in."""

from __future__ import annotations


class ImportFileError(Exception):
    """A file that cannot be imported: ``file`` is its name, ``reason`` says why in Bahasa
    Indonesia; ``str()`` reads ``<file>: <reason>``."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
