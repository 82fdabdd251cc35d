"""The Lembar (sheet) tab of the editor: how the SOP is printed — the Mutu Baku and Keterangan columns,
the column-number row (and which columns it numbers) and the total row; the labels of the columns
and identity fields; the list styles; the paper and where the identity part prints; the letterhead
(kop) lines with their weight; the logo; the signature (wet or electronic). Every change is one
undoable edit of the document (typing in one field merges into one); the drawing follows the
document."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import editing_sheet
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import (
    LABEL_VARIANTS,
    LISTS,
    STANDARD_LABELS,
    IdentityPage,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SignatureMode,
)
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.letterhead_editor import LetterheadEditor
from sopdesk.ui.editor.numbered_columns import NumberedColumns
from sopdesk.ui.language import error_text

PREVIEW = 72
"""The side of the logo and QR previews, in pixels."""


def _set_combo(combo: QComboBox, data: object) -> None:
    if combo.currentData() != data:
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(data))
        combo.blockSignals(False)


def _show_image(label: QLabel, data: bytes, empty: str) -> None:
    pixmap = QPixmap()
    if data and pixmap.loadFromData(data):
        label.setPixmap(pixmap.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
    else:
        label.clear()
        label.setText(empty)


class SheetPanel(QScrollArea):
    """The sheet choices of ``document``. ``switches``, ``labels``, ``list_styles`` (by key),
    ``paper_size``, ``orientation``, ``identity_page``, ``letterhead``, ``signature_mode`` and ``footnote`` are the
    widgets (tests drive them); ``read_image(path)`` reads a chosen picture (`sopdesk.io.logo`)."""

    def __init__(self, document: SopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        body = QWidget()
        box = QVBoxLayout(body)
        for group in (self._table_group(), self._paper_group(), self._letterhead_group(), self._logo_group(),
                      self._signature_group(), self._labels_group(), self._lists_group()):
            box.addWidget(group)
        box.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        document.changed.connect(self.refresh)
        self.refresh(document.sop)

    def _apply(self, text: str, edit: Callable[[Sop], Sop], merge_key: Hashable | None = None) -> None:
        self.document.apply(text, edit, merge_key=merge_key)

    # ----- the groups ---------------------------------------------------------------------------------
    def _table_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Table"))
        column = QVBoxLayout(group)
        self.switches: dict[str, QCheckBox] = {}
        for name, text in (("requirements_column", self.tr("Kelengkapan column")),
                           ("time_column", self.tr("Waktu column")),
                           ("output_column", self.tr("Output column")),
                           ("remarks_column", self.tr("Keterangan column")),
                           ("numbers_row", self.tr("Row of column numbers under the header")),
                           ("total_row", self.tr("Total Waktu row")),
                           ("flowchart_heading", self.tr("SOP name and number over the flowchart pages")),
                           ("signature_block", self.tr("Signature block under the flowchart")),
                           ("terminator_labels", self.tr("“Mulai” and “Selesai” in the terminators"))):
            box = QCheckBox(text)
            box.setObjectName(f"switch_{name}")
            box.toggled.connect(lambda on, n=name, t=text: self._apply(
                self.tr("Sheet: %s") % t, lambda sop: editing_sheet.set_switch(sop, n, on)))
            column.addWidget(box)
            self.switches[name] = box
        column.addWidget(QLabel(self.tr("Line over the identity block (empty: none)")))
        self.identity_heading = QLineEdit()
        self.identity_heading.setObjectName("identity_heading")
        self.identity_heading.setPlaceholderText(self.tr("e.g. STANDAR OPERASIONAL PROSEDUR …"))
        self.identity_heading.textEdited.connect(lambda text: self._apply(
            self.tr("Line over the identity block"), lambda sop: editing_sheet.set_identity_heading(sop, text),
            merge_key=("sheet", "identity_heading")))
        column.addWidget(self.identity_heading)
        column.addWidget(QLabel(self.tr("Numbered columns (unchecked: the number cell stays blank)")))
        self.numbered = NumberedColumns(self.document)
        self.numbered.setFixedHeight(120)
        column.addWidget(self.numbered)
        return group

    def _paper_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Paper"))
        form = QFormLayout(group)
        self.paper_size = QComboBox()
        self.paper_size.setObjectName("sheet_paper_size")
        self.paper_size.addItem(self.tr("Chosen when printing"), "")
        for size in PaperSize:
            self.paper_size.addItem(size.value, size.value)
        self.orientation = QComboBox()
        self.orientation.setObjectName("sheet_orientation")
        self.orientation.addItem(self.tr("Landscape"), Orientation.LANDSCAPE.value)
        self.orientation.addItem(self.tr("Portrait"), Orientation.PORTRAIT.value)
        form.addRow(self.tr("Size"), self.paper_size)
        form.addRow(self.tr("Orientation"), self.orientation)
        self.paper_size.activated.connect(self._on_paper)
        self.orientation.activated.connect(self._on_paper)
        self.identity_page = QComboBox()
        self.identity_page.setObjectName("sheet_identity_page")
        for choice, text in ((IdentityPage.OWN, self.tr("On its own page")),
                             (IdentityPage.WITH_FLOWCHART, self.tr("Flowchart below it when it fits")),
                             (IdentityPage.NONE, self.tr("Not printed"))):
            self.identity_page.addItem(text, choice.value)
        self.identity_page.activated.connect(lambda _i: self._apply(
            self.tr("Identity page"),
            lambda sop: editing_sheet.set_identity_page(sop, IdentityPage(self.identity_page.currentData()))))
        form.addRow(self.tr("Identity page"), self.identity_page)
        return group

    def _letterhead_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Letterhead (kop) lines"))
        column = QVBoxLayout(group)
        hint = QLabel(self.tr("Empty: the unit header lines of the Identity tab, as before."))
        hint.setWordWrap(True)
        self.letterhead = LetterheadEditor(self.document)
        self.letterhead.setFixedHeight(140)
        column.addWidget(hint)
        column.addWidget(self.letterhead)
        return group

    def _image_row(self, group: QWidget, choose: Callable[[], None], remove: Callable[[], None]) -> QLabel:
        preview = QLabel()
        preview.setFixedSize(PREVIEW, PREVIEW)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.setStyleSheet("QLabel { border: 1px solid #bbb; background: white; }")
        row = QHBoxLayout()
        row.addWidget(preview)
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("Choose picture…"), choose), (self.tr("Remove"), remove)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = group.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addLayout(row)
        return preview

    def _logo_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Logo"))
        QVBoxLayout(group)
        self.logo = self._image_row(group, self.choose_logo, lambda: self._apply(
            self.tr("Remove logo"), lambda sop: editing_sheet.set_logo(sop, b"")))
        self.logo.setObjectName("sheet_logo")
        return group

    def _signature_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Signature"))
        column = QVBoxLayout(group)
        self.signature_mode = QComboBox()
        self.signature_mode.setObjectName("signature_mode")
        self.signature_mode.addItem(self.tr("Wet signature (the Disahkan oleh block)"), SignatureMode.WET.value)
        self.signature_mode.addItem(self.tr("Electronic (signing QR and footnote)"), SignatureMode.ELECTRONIC.value)
        self.signature_mode.activated.connect(lambda _i: self._apply(
            self.tr("Signature mode"),
            lambda sop: editing_sheet.set_signature_mode(sop, SignatureMode(self.signature_mode.currentData()))))
        column.addWidget(self.signature_mode)
        self.electronic = QWidget()
        inner = QVBoxLayout(self.electronic)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("Signing QR image")))
        qr_box = QWidget()
        QVBoxLayout(qr_box).setContentsMargins(0, 0, 0, 0)
        self.qr = self._image_row(qr_box, self.choose_qr, lambda: self._apply(
            self.tr("Remove signing QR"), lambda sop: editing_sheet.set_signature_qr(sop, b"")))
        self.qr.setObjectName("signature_qr")
        inner.addWidget(qr_box)
        inner.addWidget(QLabel(self.tr("Footnote on every page")))
        self.footnote = QPlainTextEdit()
        self.footnote.setObjectName("signature_footnote")
        self.footnote.setFixedHeight(60)
        self.footnote.setPlaceholderText(self.tr("e.g. “This document has been signed electronically …”"))
        self.footnote.textChanged.connect(self._on_footnote)
        inner.addWidget(self.footnote)
        column.addWidget(self.electronic)
        return group

    def _labels_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Labels (empty: the standard label)"))
        form = QFormLayout(group)
        self.labels: dict[str, QComboBox] = {}
        for key, standard in STANDARD_LABELS.items():
            combo = QComboBox()
            combo.setObjectName(f"label_{key}")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("")
            combo.addItems(list(LABEL_VARIANTS.get(key, ())))
            line = combo.lineEdit()
            assert line is not None  # an editable combo has one
            line.setPlaceholderText(standard)
            line.textEdited.connect(lambda text, k=key: self._set_label(k, text))
            combo.activated.connect(lambda _i, k=key, c=combo: self._set_label(k, c.currentText()))
            form.addRow(standard, combo)
            self.labels[key] = combo
        return group

    def _lists_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("List styles"))
        form = QFormLayout(group)
        names = {"legal_basis": STANDARD_LABELS["legal_basis"], "qualifications": STANDARD_LABELS["qualifications"],
                 "related_sops": STANDARD_LABELS["related_sops"], "equipment": STANDARD_LABELS["equipment"],
                 "warning": STANDARD_LABELS["warning"], "records": STANDARD_LABELS["records"],
                 "purpose": self.tr("Tujuan"), "definitions": self.tr("Definisi")}
        self.list_styles: dict[str, QComboBox] = {}
        for key in LISTS:
            combo = QComboBox()
            combo.setObjectName(f"style_{key}")
            combo.addItem(self.tr("Numbered (1., 2.)"), ListStyle.NUMBERED.value)
            combo.addItem(self.tr("Dash (-)"), ListStyle.DASH.value)
            combo.addItem(self.tr("Plain (no mark)"), ListStyle.PLAIN.value)
            combo.addItem(self.tr("Numbered, also a single item (1.)"), ListStyle.NUMBERED_ALL.value)
            combo.activated.connect(lambda _i, k=key, c=combo: self._apply(
                self.tr("List style of %s") % names[k],
                lambda sop: editing_sheet.set_list_style(sop, k, ListStyle(c.currentData()))))
            form.addRow(names[key], combo)
            self.list_styles[key] = combo
        return group

    # ----- edits ----------------------------------------------------------------------------------------
    def _set_label(self, key: str, text: str) -> None:
        self._apply(self.tr("Label %s") % STANDARD_LABELS[key],
                    lambda sop: editing_sheet.set_label(sop, key, text), merge_key=("label", key))

    def _on_paper(self, _index: int) -> None:
        size = self.paper_size.currentData()
        paper = Paper(PaperSize(size), Orientation(self.orientation.currentData())) if size else None
        self._apply(self.tr("Paper"), lambda sop: editing_sheet.set_paper(sop, paper))

    def _on_footnote(self) -> None:
        text = self.footnote.toPlainText()
        if text != self.document.sop.signature.footnote:
            self._apply(self.tr("Signature footnote"), lambda sop: editing_sheet.set_signature_footnote(sop, text),
                        merge_key=("signature", "footnote"))

    def read_image(self, path: str) -> bytes:
        """The picture in ``path`` checked and scaled (`sopdesk.io.logo.read_logo_file`; ValueError)."""
        from sopdesk.io.logo import read_logo_file

        return read_logo_file(Path(path))

    def _choose_image(self, title: str) -> bytes | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return None
        try:
            return self.read_image(path)
        except ValueError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return None

    def choose_logo(self) -> None:
        """Ask for a picture file and make it the SOP's logo (a bad file is refused with the reason)."""
        data = self._choose_image(self.tr("Logo"))
        if data is not None:
            self._apply(self.tr("Choose logo"), lambda sop: editing_sheet.set_logo(sop, data))

    def choose_qr(self) -> None:
        """Ask for the signing QR picture (a bad file is refused with the reason)."""
        data = self._choose_image(self.tr("Signing QR image"))
        if data is not None:
            self._apply(self.tr("Choose signing QR"), lambda sop: editing_sheet.set_signature_qr(sop, data))

    # ----- following the document ----------------------------------------------------------------------
    def refresh(self, sop: Sop) -> None:
        """Show ``sop``'s choices where they differ from what is shown (the cursor stays)."""
        setup = sop.setup
        for name, box in self.switches.items():
            if box.isChecked() != getattr(setup, name):
                box.blockSignals(True)
                box.setChecked(getattr(setup, name))
                box.blockSignals(False)
        self.numbered.refresh(sop)
        shown = self.identity_heading.text()
        if shown != setup.identity_heading and (shown.strip() or setup.identity_heading):  # typed blanks stay
            self.identity_heading.setText(setup.identity_heading)
            if not self.identity_heading.hasFocus():  # show the line's start, not its end
                self.identity_heading.setCursorPosition(0)
        _set_combo(self.paper_size, setup.paper.size.value if setup.paper else "")
        _set_combo(self.orientation, (setup.paper.orientation if setup.paper else Orientation.LANDSCAPE).value)
        self.orientation.setEnabled(setup.paper is not None)
        _set_combo(self.identity_page, setup.identity_page.value)
        labels = dict(setup.labels)
        for key, combo in self.labels.items():  # a text that chooses the label shown stays as typed ("No" of "No.")
            if editing_sheet.label_choice(key, combo.currentText()) != labels.get(key):
                combo.blockSignals(True)
                combo.setEditText(labels.get(key, ""))
                combo.blockSignals(False)
        for key, combo in self.list_styles.items():
            _set_combo(combo, setup.list_style(key).value)
        _set_combo(self.signature_mode, sop.signature.mode.value)
        self.electronic.setEnabled(sop.signature.mode is SignatureMode.ELECTRONIC)
        if self.footnote.toPlainText() != sop.signature.footnote:
            self.footnote.blockSignals(True)
            self.footnote.setPlainText(sop.signature.footnote)
            self.footnote.blockSignals(False)
        _show_image(self.logo, sop.logo, self.tr("no logo"))
        _show_image(self.qr, sop.signature.qr, self.tr("no QR"))
