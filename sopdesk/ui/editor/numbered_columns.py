"""Which columns the column-number row numbers (Lembar tab): a list of the table's columns (No,
Kegiatan, each Pelaksana, the Mutu Baku columns and Keterangan printed), each checked when its
cell gets a number; unchecked cells stay blank and the numbers count the checked ones (the
Sumatera Utara PPID sheet leaves its fourth lane unnumbered). Each click is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sopdesk.domain import editing_sheet
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import LANE_COLUMN, TEXT_COLUMNS
from sopdesk.ui.editor.document import SopDocument

KEY = Qt.ItemDataRole.UserRole


class NumberedColumns(QListWidget):
    """The columns of ``document``'s table with a check box each (data: the column key)."""

    def __init__(self, document: SopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("numbered_columns")
        self.itemChanged.connect(self._on_item)
        self._shown: list[tuple[str, str]] = []

    def _columns(self, sop: Sop) -> list[tuple[str, str]]:
        """(key, name) of every column the table prints, left to right."""
        setup = sop.setup
        names = {"number": setup.label("step_number"), "activity": setup.label("activity"),
                 "requirements": setup.label("requirements"), "standard_time": setup.label("standard_time"),
                 "output": setup.label("output"), "remarks": setup.label("remarks")}
        text = [key for key in TEXT_COLUMNS if setup.prints(key)]
        lanes = [(LANE_COLUMN + lane.id, lane.name) for lane in sop.lanes]
        return [(k, names[k]) for k in text[:2]] + lanes + [(k, names[k]) for k in text[2:]]

    def refresh(self, sop: Sop) -> None:
        """Show ``sop``'s columns and which of them are numbered; enabled with the number row."""
        columns = self._columns(sop)
        self.blockSignals(True)
        if columns != self._shown:
            self.clear()
            for key, name in columns:
                item = QListWidgetItem(name)
                item.setData(KEY, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.addItem(item)
            self._shown = columns
        for row in range(self.count()):
            item = self.item(row)
            numbered = item.data(KEY) not in sop.setup.unnumbered
            item.setCheckState(Qt.CheckState.Checked if numbered else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.setEnabled(sop.setup.numbers_row)

    def _on_item(self, item: QListWidgetItem) -> None:
        key, numbered = str(item.data(KEY)), item.checkState() == Qt.CheckState.Checked
        self.document.apply(self.tr("Column number of %s") % item.text(),
                            lambda sop: editing_sheet.set_numbered(sop, key, numbered))
