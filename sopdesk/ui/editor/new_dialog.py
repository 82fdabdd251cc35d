"""*SOP baru*: one dialog asks for the name (Nama SOP) and whether the new SOP starts blank
(*kosong*) or as a copy of an SOP chosen from the catalogue (default: the one shown).
OK stays disabled until there is a name; Batal creates nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class NewSopDialog(QDialog):
    """Asks for a new SOP. ``sops`` are (key, label) of the catalogue; ``shown`` is the key of
    the SOP shown (the copy's default), or None. After OK: ``title()`` and ``source_key()``."""

    def __init__(self, sops: Sequence[tuple[str, str]], shown: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New SOP"))
        self.name = QLineEdit()
        self.name.setObjectName("new_sop_name")
        self.name.setMinimumWidth(420)
        self.blank = QRadioButton(self.tr("&Blank"))
        self.copy = QRadioButton(self.tr("&Copy of"))
        self.source = QComboBox()
        self.source.setObjectName("new_sop_source")
        for key, label in sops:
            self.source.addItem(label, key)
        self.source.setCurrentIndex(max(self.source.findData(shown), 0) if shown is not None else 0)
        self.source.activated.connect(lambda _i: self.copy.setChecked(True))
        choice = QButtonGroup(self)
        choice.addButton(self.blank)
        choice.addButton(self.copy)
        self.blank.setChecked(True)
        self.copy.setEnabled(bool(sops))
        self.source.setEnabled(bool(sops))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name)
        self._on_name("")
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Nama SOP"), self.name)
        form.addRow(self.tr("Start"), self.blank)
        form.addRow("", self.copy)
        form.addRow("", self.source)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)

    def _on_name(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def title(self) -> str:
        """The name typed, without leading and trailing spaces."""
        return self.name.text().strip()

    def source_key(self) -> str | None:
        """The key of the SOP to copy, or None for a blank SOP."""
        return str(self.source.currentData()) if self.copy.isChecked() and self.source.count() else None
