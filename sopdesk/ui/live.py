"""Live views: a change made on another workstation (or another program) appears in the open
views within about 2 s.

Every write appends to the audit log, so the newest audit id is a change counter that works
the same on SQLite and PostgreSQL (`SopRepository.change_counter`, one index lookup). It is
polled every `INTERVAL_MS` off the GUI thread; when it moved, the catalogue is read again (and
shown again only if it differs, keeping the SOP shown) and the Pelaksanaan tab lists the SOP's
executions again, keeping the one selected. Changes made in this window move it too; the
refresh then shows what is already shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from sopdesk.ui.tasks import Progress, run_task

if TYPE_CHECKING:
    from sopdesk.store.catalogue import CatalogueEntry
    from sopdesk.store.database import Database
    from sopdesk.ui.main_window import MainWindow

INTERVAL_MS = 1000


class LiveViews(QObject):
    """Polls the database of ``window`` and refreshes its views when another writer changed it."""

    refreshed = Signal(int)  # the change counter the views now show

    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self._window = window
        self._seen: int | None = None
        self._db: Database | None = None  # the database the counter was read from
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    @property
    def counter(self) -> int | None:
        """The change counter the views show (None until the first poll, which sets the baseline:
        a change between the window's first read and that poll shows with the next change)."""
        return self._seen

    def start(self) -> None:
        """Start polling (the window's database may still be opening)."""
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        """Read the change counter in the background; refresh when it moved."""
        db = self._window.db
        if db is None or self._polling:
            return
        if db is not self._db:  # another database was opened in the window: a new baseline
            self._db, self._seen = db, None
        self._polling = True
        seen = self._seen

        def work(_p: Progress) -> tuple[int, list[CatalogueEntry]] | int:
            counter = db.sops.change_counter()
            return (counter, db.sops.catalogue()) if seen is not None and counter != seen else counter

        run_task(work, partial(self._on_polled, db), self._on_failed)

    def _on_polled(self, db: Database, result: tuple[int, list[CatalogueEntry]] | int) -> None:
        self._polling = False
        if db is not self._window.db:  # read from a database the window no longer shows
            return
        if isinstance(result, int):
            self._seen = result
            return
        self._seen, entries = result
        self._refresh(entries)
        self.refreshed.emit(self._seen)

    def _on_failed(self, _exc: Exception) -> None:
        self._polling = False  # the next tick tries again; a real failure shows on the next action

    def _refresh(self, entries: list[CatalogueEntry]) -> None:
        window = self._window
        if entries != window.model.entries():
            shown = window.current.id if window.current is not None else None
            window.show_catalogue(entries)
            if shown:
                window.open_sop_by_key(shown)
            return  # showing the SOP again lists its executions again
        panel = window.executions
        current = panel.current[0].id if panel.current is not None else None
        panel.reload(select=current)
