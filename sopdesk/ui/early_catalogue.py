"""The catalogue read at the very start, beside the window being made (issue 15).

`sopdesk.ui.app.run_gui` starts `EarlyCatalogue` as soon as it knows the database, before the
translators, the instance lock and the main window; `MainWindow.start` lists what it read. A small
catalogue is read by then and listed at once, so the window's first paint already shows it and no
hand-over between threads waits on a busy machine; a big one is handed over when it is read.

The read is `sopdesk.store.catalogue.read_sqlite_catalogue` (standard library only, read-only): it
answers only for a sopdesk SQLite file at the current schema; anything else (a server, a file that
needs migrating, a refused file) is left to the full open, as before.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sopdesk.store.catalogue import CatalogueEntry, read_sqlite_catalogue
from sopdesk.store.sqlite_file import sqlite_path

FRAME_S = 0.016  # the longest the GUI thread waits for the read (one frame at 60 Hz)


class EarlyCatalogue:
    """Reads the catalogue of ``target`` (a path or URL) on a thread of its own, started at once."""

    def __init__(self, target: str | Path) -> None:
        self._done = threading.Event()
        self._entries: list[CatalogueEntry] | None = None
        self._error: Exception | None = None
        path = sqlite_path(target)
        if path is None:  # a server: the full open lists it
            self._done.set()
            return
        threading.Thread(target=self._read, args=(path,), name="sopdesk-early-catalogue", daemon=True).start()

    def _read(self, path: Path) -> None:
        try:
            self._entries = read_sqlite_catalogue(path)
        except Exception as exc:  # a refused or unreadable file: the full open says why
            self._error = exc
        finally:
            self._done.set()

    def ready(self, timeout_s: float = 0.0) -> bool:
        """True once the read has ended, waiting at most ``timeout_s`` seconds."""
        return self._done.wait(timeout_s)

    def result(self) -> list[CatalogueEntry] | None:
        """The entries (in no set order, `read_sqlite_catalogue`), or None when the full open must
        list the catalogue; waits for the read. Raises what the read raised (`StoreError`)."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._entries
