"""The letterhead (kop) lines of the SOP with their weight (bold / regular / small): the list
editor of the identity lists, with a weight chooser for the selected line. Every change is one
undoable edit of the document."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QComboBox, QWidget

from sopdesk.domain import editing_sheet
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import HeadLine, Weight
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.list_editor import ListEditor


class LetterheadEditor(ListEditor):
    """``Sop.letterhead``: add, remove, rename, reorder lines; ``weight`` sets the current line's."""

    def __init__(self, document: SopDocument, parent: QWidget | None = None) -> None:
        self.weight = QComboBox()
        super().__init__(document, parent)
        self.list.setObjectName("list_letterhead")
        self.weight.setObjectName("letterhead_weight")
        for weight, text in ((Weight.BOLD, self.tr("Bold")), (Weight.REGULAR, self.tr("Regular")),
                             (Weight.SMALL, self.tr("Small"))):
            self.weight.addItem(text, weight.value)
        self.weight.setToolTip(self.tr("Weight of the selected line"))
        box = self.layout()
        item = box.itemAt(1) if box is not None else None
        buttons = item.layout() if item is not None else None
        if isinstance(buttons, QBoxLayout):  # under Add/Remove/Up/Down
            buttons.insertWidget(4, self.weight)
        self.list.currentRowChanged.connect(lambda _row: self._show_weight(self.document.sop))
        self.weight.activated.connect(self._on_weight)

    def lines(self, sop: Sop) -> tuple[HeadLine, ...]:
        return sop.letterhead

    def values(self, sop: Sop) -> Sequence[str]:
        return [line.text for line in sop.letterhead]

    def _set(self, text: str, lines: list[HeadLine]) -> None:
        self.document.apply(text, lambda sop: editing_sheet.set_letterhead(sop, tuple(lines)))

    def _rename(self, row: int, text: str) -> None:
        lines = list(self.document.sop.letterhead)
        lines[row] = HeadLine(text, lines[row].weight)
        self._set(self.tr("Edit letterhead"), lines)

    def _add(self, row: int, text: str) -> None:
        lines = list(self.document.sop.letterhead)
        lines.insert(row, HeadLine(text, Weight.BOLD if not lines else Weight.REGULAR))
        self._set(self.tr("Add letterhead line"), lines)

    def _remove(self, row: int) -> None:
        lines = list(self.document.sop.letterhead)
        del lines[row]
        self._set(self.tr("Remove letterhead line"), lines)

    def _move(self, source: int, target: int) -> None:
        lines = list(self.document.sop.letterhead)
        lines.insert(target, lines.pop(source))
        self._set(self.tr("Reorder letterhead"), lines)

    def _on_weight(self, _index: int) -> None:
        row = self.list.currentRow()
        lines = list(self.document.sop.letterhead)
        if 0 <= row < len(lines):
            lines[row] = HeadLine(lines[row].text, Weight(self.weight.currentData()))
            self._set(self.tr("Letterhead line weight"), lines)

    def _show_weight(self, sop: Sop) -> None:
        row = self.list.currentRow()
        self.weight.setEnabled(0 <= row < len(sop.letterhead))
        if 0 <= row < len(sop.letterhead):
            self.weight.setCurrentIndex(self.weight.findData(sop.letterhead[row].weight.value))

    def refresh(self, sop: Sop) -> None:
        """Show ``sop``'s lines and the current line's weight."""
        super().refresh(sop)
        for row, line in enumerate(sop.letterhead[:self.list.count()]):  # each line shown in its weight
            item = self.list.item(row)
            font = self.list.font()
            font.setBold(line.weight is Weight.BOLD)
            if line.weight is Weight.SMALL:
                font.setPointSizeF(font.pointSizeF() * 0.85)
            item.setFont(font)
        self._show_weight(sop)
