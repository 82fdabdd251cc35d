"""How an error reaches the user: the one failure presenter and the unexpected-error dialog.

- `show_failure(parent, title, exc)`: an expected refusal (`sopdesk.errors.SopdeskError`, a file
  problem) is shown as a message; anything else opens `ErrorDialog` (it was logged with its
  traceback where it was caught).
- `install_gui_hooks()`: an error that escapes a slot (``sys.excepthook``) is logged with its
  traceback and shown in `ErrorDialog`.
- Every text shown passes `sopdesk.logs.hide_password`.
"""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk import __version__, logs
from sopdesk.errors import SopdeskError
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


def show_error(parent: QWidget | None, message: str, details: str) -> None:
    """Show `ErrorDialog` modally (the one function tests replace)."""
    ErrorDialog(parent, message, details).exec()


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """Show an unexpected error (already logged) with its traceback as the details, after a line
    naming the version, Python and the system (what the help desk asks first)."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    details = f"sopdesk {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n{trace}"
    show_error(parent, f"{type(exc).__name__}: {exc}", details)


def is_expected(exc: BaseException) -> bool:
    """True for a refusal the user can act on: `SopdeskError` or a file problem (`OSError`)."""
    return isinstance(exc, SopdeskError | OSError)


def show_failure(parent: QWidget | None, title: str, exc: BaseException, message: str | None = None) -> None:
    """The one failure presenter: an expected refusal as a message (``message`` or ``str(exc)``;
    a file problem names its file), anything else in `ErrorDialog`."""
    if not is_expected(exc):
        show_unexpected(parent, exc)
        return
    text = message if message is not None else _describe(exc)
    QMessageBox.critical(parent, title, logs.hide_password(text))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, SopdeskError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    from sopdesk.ui.language import error_text

    return error_text(exc)  # a refusal of the core in the interface's language


def install_gui_hooks() -> None:
    """Log every uncaught error (`sopdesk.logs.install_hooks`); one escaping a slot on the GUI
    thread also opens `ErrorDialog`."""
    logs.install_hooks()
    sys.excepthook = _gui_excepthook


def _gui_excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    logs.log_unexpected(exc_type, exc, tb)
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or issubclass(exc_type, KeyboardInterrupt):
        return
    show_unexpected(QApplication.activeWindow(), exc.with_traceback(tb))
