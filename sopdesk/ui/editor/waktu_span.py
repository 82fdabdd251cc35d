"""A Waktu written once for several rows in the editor (format version 2, ``Step.time_rows``):
*Step → Merge Waktu* (Satukan Waktu) writes one Waktu for the rows selected in the steps table
(Shift+↑/↓ selects consecutive rows; with one row, it joins the row below), *Step → Split Waktu*
(Pisahkan Waktu) gives each row its own again. Each is an undoable edit
(`sopdesk.domain.editing_spans`); the table shows a span as one merged Waktu cell, as the sheet does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QMenu

from sopdesk.domain.editing_spans import merge_waktu, span_rows, split_waktu
from sopdesk.domain.waktu_spans import span_last, waktu_owners

if TYPE_CHECKING:
    from sopdesk.ui.editor.window import EditorWindow


class WaktuSpans(QObject):
    """The Merge and Split Waktu commands of ``window``'s ``menu`` and the merged Waktu cells of its
    steps table."""

    def __init__(self, window: EditorWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        window.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.act_merge = window._step_action(menu, self.tr("&Merge Waktu"), "Ctrl+G", self.merge)
        self.act_split = window._step_action(menu, self.tr("S&plit Waktu"), "Ctrl+Shift+G", self.split)
        self._spans: list[tuple[int, int, int]] = []
        self._reset = True
        window.document.changed.connect(self.show_spans)
        window.steps_model.modelReset.connect(self._on_reset)
        self.show_spans()

    def selected_rows(self) -> range:
        """The rows selected in the steps table (at least the current one; empty: none)."""
        rows = {index.row() for index in self.window.table.selectionModel().selectedIndexes()}
        current = self.window.current_step()
        rows |= {current} if current >= 0 else set()
        return range(min(rows), max(rows) + 1) if rows else range(0)

    def merge(self) -> None:
        """One Waktu for the selected rows; with one row selected, for its cell and the row below."""
        rows, sop = self.selected_rows(), self.window.document.sop
        if not rows:
            return
        first, last = rows.start, rows.stop - 1
        if first == last:
            last = span_rows(sop, first).stop
            if last >= len(sop.steps):
                self.window.statusBar().showMessage(self.tr("Select two consecutive steps or more."), 5000)
                return
        name = self.window.document.step_name
        self.window._edit(self.tr("Merge Waktu of steps %s–%s") % (name(first), name(last)),
                          lambda value: merge_waktu(value, first, last), first)

    def split(self) -> None:
        """Each row of the current step's Waktu span gets its own Waktu cell again."""
        row, sop = self.window.current_step(), self.window.document.sop
        if row < 0:
            return
        rows, name = span_rows(sop, row), self.window.document.step_name
        if len(rows) == 1:
            self.window.statusBar().showMessage(self.tr("Step %s has a Waktu of its own.") % name(row), 5000)
            return
        self.window._edit(self.tr("Split Waktu of steps %s–%s") % (name(rows.start), name(rows.stop - 1)),
                          lambda value: split_waktu(value, row), rows.start)

    def show_spans(self) -> None:
        """Merge the Waktu cells of the table as the spans of the SOP (the table is repainted only
        when they change)."""
        table, sop = self.window.table, self.window.document.sop
        column = self.window.steps_model.column_of("standard_time")
        owners = sorted(set(waktu_owners(sop).values()))
        spans = [(owner, column, span_last(sop, owner) - owner + 1) for owner in owners]
        if spans == self._spans and not self._reset:
            return
        self._spans, self._reset = spans, False
        table.clearSpans()
        for row, col, rows in spans:
            table.setSpan(row, col, rows, 1)

    def _on_reset(self) -> None:
        self._reset = True  # a reset model drops the table's spans
        self.show_spans()
