"""Editors for lists of lines: the identity lists (Dasar Hukum, Kualifikasi Pelaksana,
Keterkaitan, Peralatan/Perlengkapan, Peringatan, Pencatatan dan Pendataan, the unit's header
lines…) and the Pelaksana (lanes). Add, remove, rename in place, reorder by drag or
Alt+Up/Down; every change is an undoable edit of the document."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import editing
from sopdesk.domain.model import Sop
from sopdesk.ui.editor.document import SopDocument


class _List(QListWidget):
    """A list whose Delete, Insert and Alt+Up/Down keys call back the editor."""

    def __init__(self, owner: ListEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.move_current(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.owner.remove_current()
        elif key == Qt.Key.Key_Insert:
            self.owner.add_entry()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None \
                and self.state() != QAbstractItemView.State.EditingState:
            self.editItem(self.currentItem())
        else:
            super().keyPressEvent(event)


class ListEditor(QWidget):
    """A list of lines with Add/Remove/Up/Down buttons; subclasses say what the lines are."""

    def __init__(self, document: SopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._pending: QListWidgetItem | None = None  # an entry being typed, not in the SOP yet
        self.list = _List(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        document.changed.connect(self.refresh)
        self.refresh(document.sop)

    # ----- what the lines are (subclasses) ----------------------------------------------------
    def values(self, sop: Sop) -> Sequence[str]:
        raise NotImplementedError

    def _rename(self, row: int, text: str) -> None:
        raise NotImplementedError

    def _add(self, row: int, text: str) -> None:
        raise NotImplementedError

    def _remove(self, row: int) -> None:
        raise NotImplementedError

    def _move(self, source: int, target: int) -> None:
        raise NotImplementedError

    # ----- actions --------------------------------------------------------------------------------
    def add_entry(self) -> None:
        """Open an empty entry after the current one; typing and Enter adds it, Escape (or
        leaving it empty) adds nothing."""
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(True)
        self.list.insertItem(row, item)
        self.list.blockSignals(False)
        self._pending = item
        delegate = self.list.itemDelegate()
        if not getattr(delegate, "_sopdesk_pending_hook", False):
            delegate.closeEditor.connect(self._drop_pending)
            delegate._sopdesk_pending_hook = True  # type: ignore[attr-defined]
        self.list.setCurrentRow(row)
        self.list.setFocus()
        self.list.editItem(item)

    def _drop_pending(self, *_args: object) -> None:
        if self._pending is not None:
            self._pending = None
            self.refresh(self.document.sop)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._remove(row)

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row >= 0 and 0 <= target < self.list.count():
            self._move(row, target)
            self.list.setCurrentRow(target)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if item is self._pending:
            self._pending = None
            if item.text().strip():
                self._add(row, item.text())
            else:
                self.refresh(self.document.sop)
            return
        if row >= 0 and item.text() != self.values(self.document.sop)[row]:
            self._rename(row, item.text())

    def _on_rows_moved(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int) -> None:
        target = row - 1 if row > start else row
        if target != start:
            self._move(start, target)

    def refresh(self, sop: Sop) -> None:
        """Show ``sop``'s lines (keeps the current row)."""
        values = list(self.values(sop))
        if values == [self.list.item(i).text() for i in range(self.list.count())]:
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            item = QListWidgetItem(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(values) - 1))


class IdentityListEditor(ListEditor):
    """One identity list of the SOP (``field`` in `editing.IDENTITY_LIST_FIELDS`)."""

    def __init__(self, document: SopDocument, field: str, label: str, parent: QWidget | None = None) -> None:
        self.field = field
        self.label = label
        super().__init__(document, parent)
        self.list.setObjectName(f"list_{field}")

    def values(self, sop: Sop) -> Sequence[str]:
        return tuple(getattr(sop, self.field))

    def _set(self, text: str, values: list[str]) -> None:
        self.document.apply(text, lambda sop: editing.set_identity(sop, self.field, tuple(values)))

    def _rename(self, row: int, text: str) -> None:
        values = list(self.values(self.document.sop))
        values[row] = text
        self._set(self.tr("Edit %s") % self.label, values)

    def _add(self, row: int, text: str) -> None:
        values = list(self.values(self.document.sop))
        values.insert(row, text)
        self._set(self.tr("Add to %s") % self.label, values)

    def _remove(self, row: int) -> None:
        values = list(self.values(self.document.sop))
        del values[row]
        self._set(self.tr("Remove from %s") % self.label, values)

    def _move(self, source: int, target: int) -> None:
        values = list(self.values(self.document.sop))
        values.insert(target, values.pop(source))
        self._set(self.tr("Reorder %s") % self.label, values)

    def set_completions(self, titles: list[str]) -> None:
        """Offer ``titles`` (other SOPs of the catalogue) while typing an entry (Keterkaitan)."""
        self.list.setItemDelegate(_CompletingDelegate(titles, self.list))


class LanesEditor(ListEditor):
    """The Pelaksana: rename keeps the lane's symbols; removing a lane that steps use asks."""

    def values(self, sop: Sop) -> Sequence[str]:
        return [lane.name for lane in sop.lanes]

    def _rename(self, row: int, text: str) -> None:
        self.document.apply(self.tr("Rename lane"), lambda sop: editing.rename_lane(sop, row, text))

    def _add(self, row: int, text: str) -> None:
        self.document.apply(self.tr("Add lane"), lambda sop: editing.add_lane(sop, text, row))

    def _remove(self, row: int) -> None:
        used = editing.steps_using_lane(self.document.sop, row)
        if used:
            name = self.document.sop.lanes[row].name
            answer = QMessageBox.question(
                self, self.tr("Remove lane"),
                self.tr("Steps %s stand in lane “%s”. Remove the lane and their symbols in it?")
                % (", ".join(self.document.step_name(i) for i in used), name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.apply(self.tr("Remove lane"), lambda sop: editing.remove_lane(sop, row))

    def _move(self, source: int, target: int) -> None:
        self.document.apply(self.tr("Move lane"), lambda sop: editing.move_lane(sop, source, target))


class _CompletingDelegate(QStyledItemDelegate):
    """Line editors with a completer over the catalogue's SOP names (Keterkaitan)."""

    def __init__(self, titles: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.titles = titles

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.titles, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
