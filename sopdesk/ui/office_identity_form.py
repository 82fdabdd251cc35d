"""The office's own identity in Pengaturan kantor: its name lines (one per line) and its logo,
chosen as a PNG/JPEG file, checked and scaled off the GUI thread. A bad or oversized image gets
a message and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.office_identity import OfficeIdentity, parse_lines
from sopdesk.ui.tasks import Progress, run_task

PREVIEW = 120
"""The logo preview's side, in pixels."""


class IdentityForm(QWidget):
    """Edits an `OfficeIdentity`; ``logoChanged`` after a logo is taken or removed, ``logoRefused(message)``
    after a file is refused (the logo shown before stays)."""

    logoChanged = Signal()  # noqa: N815
    logoRefused = Signal(str)  # noqa: N815

    def __init__(self, identity: OfficeIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = identity.logo
        self.lines = QPlainTextEdit("\n".join(identity.lines))
        self.lines.setPlaceholderText("PEMERINTAH KABUPATEN …\nSEKRETARIAT DAERAH\nBAGIAN ORGANISASI")
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose logo…"))
        self.clear_button = QPushButton(self.tr("Remove logo"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.clear_button.clicked.connect(self.clear_logo)
        note = QLabel(self.tr("Name lines of the office, top first, one per line. They head every report, "
                              "the monitoring form and the SOP book, and are the unit lines of a new SOP."))
        note.setWordWrap(True)
        logo_box = QVBoxLayout()
        logo_box.addWidget(self.preview)
        logo_box.addWidget(self.choose_button)
        logo_box.addWidget(self.clear_button)
        logo_box.addStretch(1)
        text_box = QVBoxLayout()
        text_box.addWidget(note)
        text_box.addWidget(self.lines, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(text_box, 1)
        layout.addLayout(logo_box)
        self._show_logo()

    def identity(self) -> OfficeIdentity:
        """The identity as typed; raises ValueError (message for the user)."""
        return OfficeIdentity(parse_lines(self.lines.toPlainText()), self.logo)

    def choose_logo(self) -> None:
        """Ask for a PNG or JPEG file, then take it (`take_logo_file`)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Office logo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.take_logo_file(Path(path))

    def take_logo_file(self, path: Path) -> None:
        """Check and scale ``path`` off the GUI thread; on success it becomes the logo, else a message."""
        from sopdesk.io.logo import read_logo_file

        self.choose_button.setEnabled(False)

        def work(_p: Progress) -> bytes:
            return read_logo_file(path)

        run_task(work, self._took, self._refused)

    def clear_logo(self) -> None:
        self.logo = b""
        self._show_logo()
        self.logoChanged.emit()

    def _took(self, logo: bytes) -> None:
        self.choose_button.setEnabled(True)
        self.logo = logo
        self._show_logo()
        self.logoChanged.emit()

    def _refused(self, exc: Exception) -> None:
        self.choose_button.setEnabled(True)
        message = str(exc)
        self.logoRefused.emit(message)
        QMessageBox.warning(self, self.tr("Office logo"), message)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.preview.setPixmap(pixmap.scaled(PREVIEW - 8, PREVIEW - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setText(self.tr("(no logo)"))
        self.clear_button.setEnabled(bool(self.logo))
