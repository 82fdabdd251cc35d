"""The catalogue read at the very start, beside the window being made (issue 15).

`sopdesk.ui.app.run_gui` starts `EarlyCatalogue` as soon as it knows the database, before the
translators, the instance lock and the main window; `MainWindow.start` lists what it read. The read
is in two parts (`sopdesk.store.catalogue_page`): the first screenful in the catalogue's remembered
order and the number of SOPs, which the window's first paint shows; then, when the window asks
(`rest`, after that paint, so it does not compete with it), the other rows from the same snapshot.
A catalogue of at most `FIRST_ROWS` SOPs is whole in the first part.

The read answers only for a sopdesk SQLite file at the current schema; anything else (a server, a
file that needs migrating, a refused file) is left to the full open, as before.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

from sopdesk.store.catalogue import CatalogueEntry, open_sqlite_catalogue, read_all, read_sqlite_catalogue
from sopdesk.store.catalogue_order import DEFAULT_ORDER
from sopdesk.store.catalogue_page import FIRST_ROWS, FirstPage, read_first_page
from sopdesk.store.sqlite_file import sqlite_path

__all__ = ["FIRST_ROWS", "FRAME_S", "EarlyCatalogue", "FirstPage"]
FRAME_S = 0.016  # the longest the GUI thread waits for the read (one frame at 60 Hz)
REST_WAIT_S = 60.0  # a first part nobody asks the rest of is let go (its snapshot with it) after this


class EarlyCatalogue:
    """Reads the catalogue of ``target`` (a path or URL) on a thread of its own, started at once:
    its first rows in ``order`` ((column, descending), `sopdesk.store.catalogue_order`), then the
    rest when `rest` is called. ``today`` judges review dates for the Status order."""

    def __init__(self, target: str | Path, order: tuple[int, bool] = DEFAULT_ORDER,
                 today: dt.date | None = None) -> None:
        self._first_done, self._asked, self._rest_done = threading.Event(), threading.Event(), threading.Event()
        self._first: FirstPage | None = None
        self._rest: list[CatalogueEntry] | None = None
        self._error: Exception | None = None
        self._path = path = sqlite_path(target)
        if path is None:  # a server: the full open lists it
            self._first_done.set()
            self._rest_done.set()
            return
        args = (path, order, today or dt.date.today())
        threading.Thread(target=self._read, args=args, name="sopdesk-early-catalogue", daemon=True).start()

    def _read(self, path: Path, order: tuple[int, bool], today: dt.date) -> None:
        try:
            con = open_sqlite_catalogue(path)
            if con is not None:
                self._read_snapshot(con, order, today)
        except Exception as exc:  # a refused or unreadable file: the full open says why
            self._error = exc
        finally:
            self._first_done.set()
            self._rest_done.set()

    def _read_snapshot(self, con: sqlite3.Connection, order: tuple[int, bool], today: dt.date) -> None:
        try:
            con.execute("BEGIN")  # one snapshot for both parts
            self._first = read_first_page(con, order, today)
            self._first_done.set()
            if not self._first.complete and self._asked.wait(REST_WAIT_S):
                self._rest = read_all(con)
        finally:
            con.close()

    def ready(self, timeout_s: float = 0.0) -> bool:
        """True once the first part has been read, waiting at most ``timeout_s`` seconds."""
        return self._first_done.wait(timeout_s)

    def result(self) -> FirstPage | None:
        """The first part, or None when the full open must list the catalogue; waits for the read.
        Raises what the read raised (`StoreError`)."""
        self._first_done.wait()
        if self._error is not None:
            raise self._error
        return self._first

    def rest(self) -> list[CatalogueEntry] | None:
        """Every row of the catalogue (in no set order; those of the first part again), read from the
        first part's snapshot (read anew when it was not asked for in time); None when the first part
        was whole or not read. Waits for the read (call it off the GUI thread). Raises what the read
        raised (`StoreError`)."""
        self._asked.set()
        self._rest_done.wait()
        if self._error is not None:
            raise self._error
        if self._rest is None and self._first is not None and not self._first.complete and self._path is not None:
            return read_sqlite_catalogue(self._path)
        return self._rest
