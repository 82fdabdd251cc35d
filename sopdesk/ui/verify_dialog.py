"""Periksa lembar: type or paste a sheet code (or a scanned QR text) and see whether the printed
sheet matches the database (``docs/sheet-code.md``). The look-up runs through `run_task`.

Entry point for the main window: `open_verify_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.messages import Message
from sopdesk.domain.model import Status
from sopdesk.domain.verdict import Outcome, Verdict
from sopdesk.store.repository import SopRepository
from sopdesk.ui.language import message_text
from sopdesk.ui.tasks import run_task

COLOURS = {Outcome.MATCH: "#1b6e20", Outcome.DRAFT: "#a15c00", Outcome.SUPERSEDED: "#a15c00"}
FAIL_COLOUR = "#b00020"


class VerifyDialog(QDialog):
    """Ask for a code, show the verdict. ``verify(text)`` runs off the GUI thread and returns a
    `Verdict`; ``verified`` is emitted with it once shown."""

    verified = Signal(object)

    def __init__(self, verify: Callable[[str], Verdict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a printed sheet"))
        self._verify = verify
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. balangan-pengukuran-kinerja/1/BC6PHJHKNG"))
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.answer = QLabel(self.tr("Type the code printed beside the QR code, or paste the text a QR "
                                     "scanner read."))
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(72)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sheet code:")))
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.resize(560, 200)

    def check(self) -> None:
        """Verify the code typed, in the background."""
        text = self.code.text()
        self.check_button.setEnabled(False)
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Checking…"))
        run_task(lambda _p: self._verify(text), self._show, self._failed)

    def _show(self, verdict: Verdict) -> None:
        self.check_button.setEnabled(True)
        self.answer.setStyleSheet(f"color: {COLOURS.get(verdict.outcome, FAIL_COLOUR)}; font-weight: bold;")
        self.answer.setText(self.message(verdict))
        self.verified.emit(verdict)

    def _failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.answer.setStyleSheet(f"color: {FAIL_COLOUR};")
        self.answer.setText(self.tr("The database could not be read: %s") % exc)

    def message(self, verdict: Verdict) -> str:
        """The verdict in the interface language."""
        code, facts = verdict.code, verdict.facts
        if verdict.outcome is Outcome.MALFORMED or code is None:
            found = verdict.message  # "Kode tidak sah: <why>"; the why in the interface language
            why = found.arguments[0] if isinstance(found, Message) and found.arguments else found
            return self.tr("Not a sheet code. %s") % message_text(why)
        if facts is None:
            if verdict.sop_known:
                return self.tr("Unknown code: SOP %s has no revision %d.") % (code.key, code.revision)
            return self.tr("Unknown code: there is no SOP %s in the database.") % code.key
        name = f"\u201c{facts.title}\u201d" + (f" ({facts.number})" if facts.number else "")
        if verdict.outcome is Outcome.CHANGED:
            return self.tr("Does not match: revision %d of SOP %s exists, but its content differs from this "
                           "sheet. This sheet is not a copy of that revision.") % (code.revision, name)
        if verdict.outcome is Outcome.MATCH:
            return self.tr("Matches: this sheet is revision %d of SOP %s, approved and in force.") % (
                code.revision, name)
        if verdict.outcome is Outcome.SUPERSEDED:
            return self.tr("Superseded: this sheet is revision %d of SOP %s, which has been replaced by "
                           "revision %s.") % (code.revision, name, facts.approved_revision or "?")
        if facts.status is Status.VERIFIED:
            return self.tr("Draft, not approved: this sheet is revision %d of SOP %s, verified but not yet "
                           "approved. It is not in force.") % (code.revision, name)
        return self.tr("Draft, not approved: this sheet is revision %d of SOP %s, which is still a draft. "
                       "It is not in force.") % (code.revision, name)


def open_verify_dialog(parent: QWidget | None, repo: SopRepository) -> VerifyDialog:
    """Open the Periksa lembar dialog over ``repo`` (non-modal) and return it. Raises nothing:
    database errors are shown in the dialog."""
    from sopdesk.store.verify import verify_code

    dialog = VerifyDialog(partial(verify_code, repo), parent)
    dialog.show()
    return dialog
