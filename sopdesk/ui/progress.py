"""Long work with a progress dialog and Cancel: `run_with_progress` wraps `run_task`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from sopdesk.ui.tasks import Progress, TaskHandle, run_task


def run_with_progress(parent: QWidget, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None],
                      failed: Callable[[Exception], None], total: int = 0) -> TaskHandle:
    """Run ``work(progress)`` off the GUI thread behind a window-modal progress dialog (shown
    after 300 ms); Cancel makes ``progress`` return False. ``done``/``failed`` run on the GUI
    thread after the dialog closes."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, total, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(count: int, of: int, text: str) -> None:
        if of and dialog.maximum() != of:
            dialog.setMaximum(of)
        dialog.setValue(count)
        if text:
            dialog.setLabelText(text)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        callback(value)

    handle = run_task(work, lambda value: finish(done, value), lambda exc: finish(failed, exc))
    handle.progressed.connect(progressed)
    dialog.canceled.connect(handle.cancel)
    return handle
