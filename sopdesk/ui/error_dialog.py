"""The unexpected-error dialog (Kesalahan tak terduga) and the log folder it opens; shown through
`sopdesk.ui.errors.show_error`, loaded when the first one is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk import logs
from sopdesk.ui import open_result


class ErrorDialog(QDialog):
    """Kesalahan tak terduga: what happened, the details (traceback) to copy for the help desk,
    and a button that opens the log folder."""

    def __init__(self, parent: QWidget | None, message: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = logs.hide_password(details)
        text = QLabel(self.tr("Something went wrong that sopdesk did not expect. Your saved data is safe; "
                          "the work in progress may not have finished.\n\n%s\n\nThe details are in the "
                          "log file; send them to the help desk.") % logs.hide_password(message))
        text.setWordWrap(True)
        box = QPlainTextEdit(self.details)
        box.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = buttons.addButton(self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(lambda: open_log_folder(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, box, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Open the log folder in the file manager (Explorer on Windows); when the system has no program
    for it, say where the folder is instead. Returns whether it opened."""
    folder = logs.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    if open_result.open_url(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialog", "Open log folder"),
                        QCoreApplication.translate("ErrorDialog", "No program could open the folder. The log "
                                                   "files are in:\n%s") % folder)
    return False
