"""Opening editors from the main window: *SOP → New SOP…* (one dialog: the name, blank or a copy
of an SOP of the catalogue)
and *SOP → Edit…* (the draft revision; an approved SOP gets a new draft revision first).
One editor window per SOP; a save reloads the catalogue."""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from sopdesk.domain.status import Status
from sopdesk.ui.tasks import Progress, run_task

if TYPE_CHECKING:  # the editor's modules load when the first editor opens, not at start-up
    from sopdesk.domain.model import Sop
    from sopdesk.ui.editor.window import EditorWindow
    from sopdesk.ui.main_window import MainWindow


def new_key(title: str, taken: set[str]) -> str:
    """An exchange id for a new SOP from its name, unique among ``taken``."""
    from sopdesk.domain import editing

    return editing.lane_key(title or "sop-baru", taken)


log = logging.getLogger("sopdesk.ui.editor")

class EditController(QObject):
    """Adds the editing actions to ``window``'s SOP menu and keeps the open editors."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editors: dict[str, EditorWindow] = {}

    def install(self, menu: Any) -> None:
        menu.addSeparator()
        self.act_new = self.window._action(menu, self.tr("&New SOP…"), "Ctrl+N", self.new_sop)
        self.act_edit = self.window._action(menu, self.tr("&Edit…"), "F2", self.edit_current)

    # ----- opening --------------------------------------------------------------------------------
    def edit_current(self) -> None:
        """Edit the SOP shown: its draft, or a new draft revision of an approved one."""
        win, sop = self.window, self.window.current
        if win.db is None or sop is None:
            return
        if sop.id in self.editors:
            self.editors[sop.id].raise_()
            self.editors[sop.id].activateWindow()
            return
        if sop.status is Status.VERIFIED:
            QMessageBox.information(win, self.tr("Edit"), self.tr(
                "This revision is verified and waits for approval; send it back to draft to edit it."))
            return
        db = win.db
        base = db.sops.find_by_key(sop.id)
        assert base is not None

        def work(_p: Progress) -> tuple[int | None, Sop]:
            draft = base if sop.status is Status.DRAFT else db.sops.draft_of(base)
            if draft is not None:
                return draft, db.sops.load(draft)
            # an approved SOP: its next revision is stored with the first save (nothing until then)
            latest = max(r.number for r in db.sops.revisions(sop.id))
            return None, replace(db.sops.load(base), revision=latest + 1, status=Status.DRAFT)

        run_task(work, lambda result: self.open_editor(result[1], result[0], base),
                 lambda exc: QMessageBox.warning(win, self.tr("Edit"), str(exc)))

    def new_sop(self) -> None:
        """One dialog: the name, and blank or a copy of an SOP of the catalogue (Batal: nothing)."""
        from sopdesk.ui.editor.new_dialog import NewSopDialog

        win = self.window
        if win.db is None:
            return
        entries = {e.key: e for e in win.model.entries()}
        sops = [(key, f"{e.number} — {e.title}" if e.number else e.title) for key, e in entries.items()]
        shown = win.current.id if win.current is not None else None
        dialog = NewSopDialog(sops, shown, win)
        if dialog.exec() != NewSopDialog.DialogCode.Accepted:
            return
        title, key = dialog.title(), dialog.source_key()
        if key is None or (win.current is not None and key == win.current.id):
            self.create(title, win.current if key is not None else None)
            return
        db, revision_id = win.db, entries[key].revision_id
        run_task(lambda _p: db.sops.load(revision_id), lambda source: self.create(title, source),
                 lambda exc: QMessageBox.warning(win, self.tr("New SOP"), str(exc)))

    @staticmethod
    def blank_sop(key: str, title: str, office_lines: tuple[str, ...], shown: tuple[str, ...]) -> Sop:
        """The new blank SOP ``key`` named ``title``: the one place a blank SOP is made. Its unit
        header lines are the office's name lines (Pengaturan kantor), else those of the SOP shown
        (``shown``), else none."""
        from sopdesk.domain import editing

        return editing.blank_sop(key, title, office_lines or shown)

    def create(self, title: str, source: Sop | None = None) -> None:
        """Store a new SOP named ``title`` (blank, or a copy of ``source``) and open its editor. A blank
        SOP's unit lines are the office's name lines (Pengaturan kantor), or when those are not set
        the lines of the SOP shown."""
        win = self.window
        assert win.db is not None
        key = new_key(title, {e.key for e in win.model.entries()})
        shown = win.current.unit if win.current is not None else ()
        db, actor = win.db, win.actor()

        def work(_p: Progress) -> tuple[int, Sop]:
            if source is None:
                sop = self.blank_sop(key, title, db.office.identity().lines, shown)
            else:
                sop = replace(source, id=key, title=title, number="", revision=1, status=Status.DRAFT,
                              source_document="", source_notes=(), made_on=dt.date.today(), effective_on=None)
            return db.sops.add_all([sop], actor, action="create")[0], sop

        def done(result: tuple[int, Sop]) -> None:
            revision_id, sop = result
            win.revisions.reload_catalogue(revision_id)
            self.open_editor(sop, revision_id)

        run_task(work, done, lambda exc: QMessageBox.warning(win, self.tr("New SOP"), str(exc)))

    def open_editor(self, sop: Sop, revision_id: int | None, base: int | None = None) -> EditorWindow:
        """Open an editor window on the draft ``revision_id`` holding ``sop``; with ``revision_id``
        None, the first save stores the draft as the next revision of ``base`` (one transaction).
        Raises `FormatV2Error` for an SOP using version-2 features the editor cannot edit yet."""
        from sopdesk.domain.canonical import content_hash
        from sopdesk.domain.format_v2 import EDITOR, require_v1

        require_v1(sop, EDITOR)
        from sopdesk.ui.editor.document import SopDocument
        from sopdesk.ui.editor.window import EditorWindow

        win = self.window
        assert win.db is not None
        db, actor = win.db, win.actor()

        known = {"hash": content_hash(sop) if revision_id is not None else None}  # what the editor started from

        def saver(rid: int | None, value: Sop) -> int:
            """Never overwrites a change made elsewhere since the editor opened (`StoreError`)."""
            if rid is None:
                assert base is not None
                rid = db.sops.save_as_draft(base, value, actor, new_draft_only=True)
            else:
                db.sops.save_draft(rid, value, actor, expected_hash=known["hash"])
            known["hash"] = content_hash(replace(value, status=Status.DRAFT))
            return rid

        catalogue = [(e.key, e.title) for e in win.model.entries()]
        editor = EditorWindow(SopDocument(sop, revision_id), saver, win.settings, lambda: win.clock().date(),
                              catalogue)
        if revision_id is not None:
            self._show_import_report(editor, revision_id)
        editor.saved.connect(win.revisions.reload_catalogue)
        QShortcut(QKeySequence("F1"), editor, lambda: win.help.show_guide("edit"))  # the guide's editing section
        editor.destroyed.connect(lambda _obj=None, key=sop.id: self.editors.pop(key, None))
        self.editors[sop.id] = editor
        editor.show()
        return editor

    def _show_import_report(self, editor: EditorWindow, revision_id: int) -> None:
        """List the import report of an imported draft in the editor's checker dock, read off the GUI
        thread (the report and the original file's name), and show the original beside the drawing
        (`EditorWindow.show_source`); nothing for a draft made in sopdesk."""
        from shiboken6 import isValid

        from sopdesk.io.importers.report import report_lines
        from sopdesk.ui.editor.source_view import SourceDocument

        db = self.window.db
        assert db is not None
        window = weakref.ref(editor)  # the editor may be closed (and deleted) before the row is read

        def read(_p: Progress) -> tuple[Any, bytes | None]:
            source = db.imports.source(revision_id)
            return source, db.imports.source_bytes(revision_id) if source is not None else None

        def shown(result: tuple[Any, bytes | None]) -> None:
            source, data = result
            target = window()
            if source is not None and target is not None and isValid(target):
                target.show_import_report(report_lines(source.file_name, source.location, source.report))
                if data:
                    target.show_source(SourceDocument(source.file_name, source.location, data))

        run_task(read, shown,
                 lambda exc: log.warning("import report of revision %s not read: %s", revision_id, exc))

    def is_editing(self, key: str) -> bool:
        """True while an editor window is open on the SOP ``key``."""
        return key in self.editors

    def close_all(self) -> bool:
        """Close every editor (each asks about unsaved edits); False if one stays open."""
        return all(editor.close() for editor in list(self.editors.values()))
