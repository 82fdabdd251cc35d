"""After an export: offer to open the written file (with the program the system has for it) or
the folder holding it. Every opening goes through `open_url`, the one place tests patch."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def open_url(url: QUrl) -> bool:
    """Open ``url`` with the system (``QDesktopServices.openUrl``); False when nothing opened it."""
    return QDesktopServices.openUrl(url)


def offer_open(parent: QWidget, paths: Sequence[Path], title: str, note: str = "") -> QMessageBox | None:
    """Show, without blocking, where ``paths`` were written, with "Buka berkas" (one file only) and
    "Buka folder" (the folder of the first), and a ``note`` under it (a warning about what was
    written). Returns the message box (None when nothing was written)."""
    if not paths:
        return None
    first = Path(paths[0])
    if len(paths) == 1:
        text = QCoreApplication.translate("OpenResult", "Written: %s") % first
    else:
        text = QCoreApplication.translate("OpenResult", "%d files written to %s") % (len(paths), first.parent)
    icon = QMessageBox.Icon.Warning if note else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(note)
    box.setWindowModality(Qt.WindowModality.NonModal)
    targets: dict[QAbstractButton, Path] = {}
    if len(paths) == 1:
        targets[box.addButton(QCoreApplication.translate("OpenResult", "Open file"),
                              QMessageBox.ButtonRole.ActionRole)] = first
    targets[box.addButton(QCoreApplication.translate("OpenResult", "Open folder"),
                          QMessageBox.ButtonRole.ActionRole)] = first.parent
    box.addButton(QMessageBox.StandardButton.Close)
    box.buttonClicked.connect(lambda button: _open(box, targets.get(button)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def _open(box: QMessageBox, target: Path | None) -> None:
    if target is not None and not open_url(QUrl.fromLocalFile(str(target))):
        QMessageBox.warning(box.parentWidget(), box.windowTitle(),
                            QCoreApplication.translate("OpenResult", "No program could open %s.") % target)
