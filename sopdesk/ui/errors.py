"""How an error reaches the user: the one failure presenter and the unexpected-error dialog.

- `show_failure(parent, title, exc)`: an expected refusal (`sopdesk.errors.SopdeskError`, a file
  problem) is shown as a message; anything else opens `ErrorDialog` (`sopdesk.ui.error_dialog`;
  it was logged with its traceback where it was caught).
- `install_gui_hooks()`: an error that escapes a slot (``sys.excepthook``) is logged with its
  traceback and shown in `ErrorDialog`.
- Qt's dialogs are loaded when the first is shown, not at start (issue 15).
- Every text shown passes `sopdesk.logs.hide_password`.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from sopdesk import __version__, logs
from sopdesk.errors import SopdeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_error(parent: QWidget | None, message: str, details: str) -> None:
    """Show `sopdesk.ui.error_dialog.ErrorDialog` modally (the one function tests replace)."""
    from sopdesk.ui.error_dialog import ErrorDialog

    ErrorDialog(parent, message, details).exec()


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """Show an unexpected error (already logged) with its traceback as the details, after a line
    naming the version, Python and the system (what the help desk asks first)."""
    import platform
    import traceback

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
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    logs.log_unexpected(exc_type, exc, tb)
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or issubclass(exc_type, KeyboardInterrupt):
        return
    show_unexpected(QApplication.activeWindow(), exc.with_traceback(tb))
