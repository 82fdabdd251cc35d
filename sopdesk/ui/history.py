"""Dialogs over the store's history: an SOP's revisions with what changed, and the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.diff import diff_revisions
from sopdesk.domain.model import Sop
from sopdesk.store.audit import AuditEntry
from sopdesk.store.repository import RevisionInfo, SopRepository
from sopdesk.ui.audit_text import action_label, detail_text, local_time, person
from sopdesk.ui.catalogue import status_label
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.language import current_language

Index = QModelIndex | QPersistentModelIndex
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored action code of a row


class HistoryDialog(QDialog):
    """The revisions of one SOP; choosing one shows what changed from the revision before it.

    Built from data loaded beforehand (`load_history`, off the GUI thread)."""

    def __init__(self, history: tuple[list[RevisionInfo], list[Sop]], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revision history — %s") % title)
        self.revisions, self.contents = history
        self.list = QListWidget()
        for info in self.revisions:
            text = self.tr("Revision %d · %s · %s") % (info.number, status_label(info.status),
                                                      info.created_at.strftime("%d-%m-%Y"))
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Content hash %s") % info.content_hash)
            self.list.addItem(item)
        self.changes = QPlainTextEdit(readOnly=True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.changes)
        splitter.setSizes([220, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_changes)
        self.list.setCurrentRow(len(self.revisions) - 1)
        self.resize(820, 480)

    def show_changes(self, row: int) -> None:
        """Show the changes of revision ``row`` against the one before it."""
        if not 0 <= row < len(self.revisions):
            self.changes.setPlainText("")
            return
        if row == 0:
            self.changes.setPlainText(self.tr("The first revision."))
            return
        old, new = self.contents[row - 1], self.contents[row]
        lines = [c.line(current_language()) for c in diff_revisions(old, new)]
        self.changes.setPlainText("\n".join(lines) if lines else self.tr("No change in content."))


def load_history(sops: SopRepository, key: str) -> tuple[list[RevisionInfo], list[Sop]]:
    """Every revision of ``key`` with its content (for `HistoryDialog`; run it off the GUI thread)."""
    revisions = sops.revisions(key)
    return revisions, [sops.load(r.revision_id) for r in revisions]


class AuditModel(QAbstractTableModel):
    """Audit entries: Waktu (local, with its zone), Pengguna OS, Nama, Tindakan, Sasaran, Rincian
    (in words, `sopdesk.ui.audit_text`); ``ACTION_ROLE`` gives the stored action code."""

    COLUMNS = 6

    def __init__(self, entries: list[AuditEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (self.tr("Time"), self.tr("OS user"), self.tr("Name"), self.tr("Action"), self.tr("Target"),
                  self.tr("Details"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == ACTION_ROLE:
            return e.action
        if role == Qt.ItemDataRole.EditRole and index.column() == 0:
            return e.at.isoformat()  # sorts in time order
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            return None
        values = (local_time(e.at), e.os_user, person(e), action_label(e.action), e.target, detail_text(e))
        return values[index.column()]


class AuditFilter(QSortFilterProxyModel):
    """Rows whose action is ``action`` (all when empty) and whose text holds ``text``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.action = ""
        self.text = ""

    def set_filter(self, action: str, text: str) -> None:
        self.beginFilterChange()
        self.action, self.text = action, text.casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        cells = [str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount())]
        if self.action and model.index(source_row, 3, source_parent).data(ACTION_ROLE) != self.action:
            return False
        return not self.text or self.text in " ".join(cells).casefold()


class AuditDialog(QDialog):
    """The audit log, newest first, filtered by action and by any text."""

    def __init__(self, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditModel(entries, self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for action in sorted({e.action for e in entries}, key=action_label):
            self.action.addItem(action_label(action), action)
        self.text = QLineEdit(placeholderText=self.tr("Filter by user, SOP or detail…"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.empty_hint = EmptyHint(self.table, self.tr(
            "No entry matches this filter: choose “All actions” or clear the text."), lambda: bool(entries))
        top = QHBoxLayout()
        top.addWidget(self.action)
        top.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._filter)
        self.action.currentIndexChanged.connect(self._filter)
        self.resize(900, 500)

    def _filter(self, *_args: object) -> None:
        self.proxy.set_filter(self.action.currentData() or "", self.text.text())
