"""The restore dialog: pick a backup of the database and put it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sopdesk.store.backup import Backup


class RestoreDialog(QDialog):
    """Lists the backups, newest first; ``chosen()`` is the one the user picked."""

    def __init__(self, backups: list[Backup], reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        if reason:
            label = QLabel(reason)
            label.setWordWrap(True)
            layout.addWidget(label)
        hint = QLabel(self.tr("The current file is backed up first (or kept aside if it is damaged)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        for backup in backups:
            text = self.tr("%s  (%s KB)") % (backup.taken_at.strftime("%d-%m-%Y %H:%M:%S"), f"{backup.size // 1024:,}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(self.tr("There are no backups yet.")))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._confirm())
        layout.addWidget(buttons)
        self.resize(460, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _confirm(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore"), self.tr("Replace the database with the backup of %s?") % item.text())
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
