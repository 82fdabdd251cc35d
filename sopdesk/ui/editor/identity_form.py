"""The identity part (Bagian Identitas) as a form: every field and the lists of lines.

Text fields write to the document as you type (one undo step per field while you keep
typing there); a date that cannot be read is shown in red with the reason and changes
nothing until it can. `save_problem()` names what stops a save (an empty Nama SOP, a date
the form shows but cannot read)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain import editing
from sopdesk.domain.dates import format_date_short, parse_date_id
from sopdesk.domain.model import Sop
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.list_editor import IdentityListEditor
from sopdesk.ui.language import error_text

ERROR_STYLE = "QLineEdit { background: #fde2e2; }"


class IdentityForm(QScrollArea):
    """All identity fields of ``document``; ``focus_field(name)`` selects one (checker)."""

    def __init__(self, document: SopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {"summary": self.tr("Penjelasan Singkat")}
        self.lists: dict[str, IdentityListEditor] = {}
        body = QWidget()
        box = QVBoxLayout(body)
        box.addWidget(self._main_group())
        box.addWidget(self._approval_group())
        for field, label in ((("unit", self.tr("Unit header lines (kop)"))),
                             ("legal_basis", self.tr("Dasar Hukum")),
                             ("qualifications", self.tr("Kualifikasi Pelaksana")),
                             ("related_sops", self.tr("Keterkaitan")),
                             ("equipment", self.tr("Peralatan/Perlengkapan")),
                             ("warning", self.tr("Peringatan")),
                             ("records", self.tr("Pencatatan dan Pendataan")),
                             ("purpose", self.tr("Tujuan")),
                             ("definitions", self.tr("Definisi"))):
            group = QGroupBox(label)
            editor = IdentityListEditor(document, field, label)
            editor.setMinimumHeight(110)
            QVBoxLayout(group).addWidget(editor)
            self.lists[field] = editor
            self.fields[field] = editor.list
            box.addWidget(group)
        box.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        document.changed.connect(self.refresh)
        self.refresh(document.sop)

    def _line(self, field: str, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{field}")
        form.addRow(label, edit)
        self.fields[field] = edit
        self.labels[field] = label
        return edit

    def _main_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("SOP"))
        form = QFormLayout(group)
        for field, label in (("title", self.tr("Nama SOP")), ("number", self.tr("Nomor SOP"))):
            edit = self._line(field, form, label)
            edit.textEdited.connect(lambda text, f=field: self._set(f, text))
        self.date_errors: dict[str, str] = {}
        self.date_error = QLabel()
        self.date_error.setStyleSheet("color: #b00000;")
        self.date_error.setWordWrap(True)
        for field, label in (("made_on", self.tr("Tanggal Pembuatan")), ("revised_on", self.tr("Tanggal Revisi")),
                             ("effective_on", self.tr("Tanggal Efektif"))):
            edit = self._line(field, form, label)
            edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
            edit.textEdited.connect(lambda text, f=field: self._set_date(f, text))
        form.addRow("", self.date_error)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("field_summary")
        self.summary.setFixedHeight(70)
        self.summary.textChanged.connect(self._on_summary)
        self.fields["summary"] = self.summary
        form.addRow(self.tr("Penjelasan Singkat"), self.summary)
        return group

    def _approval_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Disahkan oleh"))
        form = QFormLayout(group)
        for field, label in (("position", self.tr("Jabatan")), ("name", self.tr("Nama")), ("nip", self.tr("NIP")),
                             ("rank", self.tr("Pangkat/golongan"))):
            edit = self._line(f"approval.{field}", form, label)
            edit.textEdited.connect(lambda text, f=field: self.document.apply(
                self.tr("Edit Disahkan oleh"), lambda sop: editing.set_approval(sop, f, text),
                merge_key=("approval", f)))
        return group

    # ----- edits ----------------------------------------------------------------------------------
    def _set(self, field: str, value: str) -> None:
        if field == "title" and value.strip():
            self.mark_field("title", "")
        text = self.tr("Edit %s") % self.labels.get(field, field)
        self.document.apply(text, lambda sop: editing.set_identity(sop, field, value), merge_key=("identity", field))

    def _show_date_error(self, field: str, message: str) -> None:
        """Mark ``field`` (red, the reason in its tooltip) or clear it; the label lists every
        date that cannot be read."""
        self.mark_field(field, message)
        if message:
            self.date_errors[field] = message
        else:
            self.date_errors.pop(field, None)
        self.date_error.setText("\n".join(self.date_errors.values()))

    def mark_field(self, field: str, message: str) -> None:
        """Show ``field`` in red with ``message`` as its tooltip (an empty message clears it)."""
        edit = self.fields[field]
        edit.setStyleSheet(ERROR_STYLE if message else "")
        edit.setToolTip(message)

    def save_problem(self) -> tuple[str, str] | None:
        """The first field that stops a save and why, as (field, message), or None.

        Refused: an empty Nama SOP (the catalogue would get a blank line) and a date the form
        shows but cannot read, e.g. 31-02-2025 (the SOP would be saved without it)."""
        if not self.document.sop.title.strip():
            return "title", self.tr("Nama SOP is empty: give the SOP its name before saving.")
        for field in editing.IDENTITY_DATE_FIELDS:
            if field in self.date_errors:
                return field, self.tr("%s cannot be read: %s. Correct it or clear it before saving.") % (
                    self.labels[field], self.date_errors[field])
        return None

    def _set_date(self, field: str, text: str) -> None:
        try:
            value = parse_date_id(text)
        except ValueError as exc:
            self._show_date_error(field, error_text(exc))
            return
        self._show_date_error(field, "")
        text = self.tr("Edit %s") % self.labels.get(field, field)
        self.document.apply(text, lambda sop: editing.set_identity(sop, field, value), merge_key=("identity", field))

    def _on_summary(self) -> None:
        text = self.summary.toPlainText()
        if text != self.document.sop.summary:
            self._set("summary", text)

    # ----- following the document ----------------------------------------------------------------
    def refresh(self, sop: Sop) -> None:
        """Show ``sop``'s values where they differ from what is shown (the cursor stays)."""
        if sop.title.strip():
            self.mark_field("title", "")
        values = {"title": sop.title, "number": sop.number,
                  **{f"approval.{f}": getattr(sop.approval, f) for f in editing.APPROVAL_FIELDS}}
        for field, value in values.items():
            edit = self.fields[field]
            if isinstance(edit, QLineEdit) and edit.text() != value:
                edit.setText(value)
        for field in editing.IDENTITY_DATE_FIELDS:
            edit = self.fields[field]
            shown = edit.text() if isinstance(edit, QLineEdit) else ""
            try:
                same = parse_date_id(shown) == getattr(sop, field)
            except ValueError:
                same = False
            if isinstance(edit, QLineEdit) and not same and field not in self.date_errors:
                edit.setText(format_date_short(getattr(sop, field)))
        if self.summary.toPlainText() != sop.summary:
            self.summary.blockSignals(True)
            self.summary.setPlainText(sop.summary)
            self.summary.blockSignals(False)

    def set_catalogue_titles(self, titles: list[str]) -> None:
        """Offer the catalogue's SOP names while typing a Keterkaitan entry."""
        self.lists["related_sops"].set_completions(titles)

    def focus_field(self, field: str) -> None:
        """Scroll to and focus the widget of an identity ``field`` (e.g. ``made_on``)."""
        widget = self.fields.get(field) or self.fields.get(field.split(".")[0])
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()
