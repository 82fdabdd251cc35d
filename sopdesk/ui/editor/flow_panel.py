"""The selected row's symbols, arrows and flowchart part (format version 2), each change an undoable
command (`sopdesk.domain.editing_flow`).

A row may hold several symbols, each in its lane, with text inside; an arrow goes from any symbol
to any other (drag in the drawing: from a symbol to another; in an SOP not yet drawn with arrows,
Shift+drag draws the first one); a decision's exits are labelled arrows (*Add exit*); a flowchart
part starts at a row (*New part here*) and has a caption.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from sopdesk.domain import editing_flow
from sopdesk.domain.editing import DEFAULT_EXIT_LABELS
from sopdesk.domain.execution_flow import number
from sopdesk.domain.graph import NodeRef, valid
from sopdesk.domain.model import Flow, Sop, Symbol
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.editor.scene import EditorScene


class FlowPanel(QGroupBox):
    """Edits the symbols, arrows and part of row ``current`` (0-based; -1 for none); draws the
    arrows dragged in ``scene``. ``message`` shows a refusal (the status bar)."""

    def __init__(self, document: SopDocument, scene: EditorScene, message: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Symbols, arrows and parts"), parent)
        self.document = document
        self.message = message
        self.current = -1
        self.kinds = {Symbol.PROCESS: self.tr("Process"), Symbol.DECISION: self.tr("Decision"),
                      Symbol.TERMINATOR: self.tr("Terminator"), Symbol.CONNECTOR: self.tr("Off-page connector")}
        self._build()
        scene.arrows = lambda: self.document.sop.has_flows
        scene.flowDragged.connect(self.draw_arrow)
        document.changed.connect(lambda _sop: self.show_step(self.current))
        self.show_step(-1)

    def _build(self) -> None:
        self.symbol = self._combo("flow_symbol", lambda: self._show_symbol(self.document.sop))
        self.text = self._line("symbol_text", self.tr("text in the symbol"), self._on_text)
        self.kind = self._combo("symbol_kind", self._on_kind)
        for kind, name in self.kinds.items():
            self.kind.addItem(name, kind.value)
        self.lane = self._combo("symbol_lane", lambda: None)
        self.add_symbol = self._button(self.tr("Add symbol"), self._on_add_symbol)
        self.arrow = self._combo("flow_arrow", lambda: self._show_arrow(self.document.sop))
        self.label = self._line("arrow_label", self.tr("label (Ya, Tidak, …)"), self._on_label)
        self.remove = self._button(self.tr("Remove arrow"), self._on_remove)
        self.add_exit = self._button(self.tr("Add exit"), self._on_add_exit)
        self.caption = self._line("part_caption", self.tr("caption of the flowchart"), self._on_caption)
        self.new_part = self._button(self.tr("New part from this step"), self._on_new_part)
        grid = QGridLayout(self)
        rows = ((self.tr("Symbol"), self.symbol, self.text, self.kind, self.lane, self.add_symbol),
                (self.tr("Arrow"), self.arrow, self.label, self.remove, self.add_exit, None),
                (self.tr("Flowchart"), self.caption, self.new_part, None, None, None))
        for r, (title, *widgets) in enumerate(rows):
            grid.addWidget(QLabel(title), r, 0)
            for c, widget in enumerate(widgets, start=1):
                if widget is not None:
                    grid.addWidget(widget, r, c)
        grid.setColumnStretch(2, 1)

    def _combo(self, name: str, chosen: Callable[[], None]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(lambda _i: chosen())
        return combo

    def _line(self, name: str, placeholder: str, edited: Callable[[str], None]) -> QLineEdit:
        line = QLineEdit(placeholderText=placeholder)
        line.setObjectName(name)
        line.textEdited.connect(edited)
        return line

    def _button(self, text: str, clicked: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: clicked())
        return button

    # ----- what is shown -----------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        """Show row ``index`` (clamped to the rows there are)."""
        sop = self.document.sop
        self.current = min(index, len(sop.steps) - 1)
        symbols = []
        if self.current >= 0:
            names = {lane.id: lane.name for lane in sop.lanes}
            for k, node in enumerate(sop.steps[self.current].nodes()):
                lanes = ", ".join(names.get(x, x) for x in node.lanes) or "-"
                symbols.append(f"{k + 1}. {self.kinds[node.kind]} · {lanes}")
        _fill(self.symbol, symbols, keep=self.current >= 0)
        _fill(self.lane, [lane.name for lane in sop.lanes], keep=False)
        for widget in (self.symbol, self.text, self.kind, self.lane, self.add_symbol, self.caption, self.new_part):
            widget.setEnabled(self.current >= 0)
        if self.current >= 0:
            part = editing_flow.part_of(sop, self.current)
            if self.caption.text() != sop.flow_parts()[part].caption:
                self.caption.setText(sop.flow_parts()[part].caption)
        self._show_symbol(sop)

    def node(self) -> NodeRef | None:
        """The symbol shown: (row, symbol), or None."""
        return (self.current, self.symbol.currentIndex()) if self.current >= 0 and self.symbol.currentIndex() >= 0 \
            else None

    def _show_symbol(self, sop: Sop) -> None:
        ref = self.node()
        node = sop.steps[ref[0]].nodes()[ref[1]] if ref else None
        if node is not None and self.text.text() != node.text:
            self.text.setText(node.text)
        if node is not None:
            self.kind.setCurrentIndex(self.kind.findData(node.kind.value))
        self.add_exit.setEnabled(node is not None and node.kind is Symbol.DECISION)
        arrows = [f"→ {number(sop, flow.target)}" + (f" ({flow.label})" if flow.label else "")
                  if flow.target < len(sop.steps) else "→ ?" for _i, flow in self._arrows(sop)]
        _fill(self.arrow, arrows, keep=True)
        self._show_arrow(sop)

    def _arrows(self, sop: Sop) -> list[tuple[int, Flow]]:
        """(index in the row's flows, arrow) of the arrows leaving the symbol shown."""
        ref = self.node()
        if ref is None:
            return []
        return [(i, f) for i, f in enumerate(sop.steps[ref[0]].flows) if f.source == ref[1]]

    def _show_arrow(self, sop: Sop) -> None:
        arrows = self._arrows(sop)
        index = self.arrow.currentIndex()
        flow = arrows[index][1] if 0 <= index < len(arrows) else None
        for widget in (self.arrow, self.label, self.remove):
            widget.setEnabled(flow is not None)
        if self.label.text() != (flow.label if flow else ""):
            self.label.setText(flow.label if flow else "")

    # ----- edits ---------------------------------------------------------------------------------------
    def _apply(self, text: str, edit: Callable[[Sop], Sop], merge_key: Hashable | None = None) -> bool:
        try:
            return self.document.apply(text, edit, merge_key)
        except (ValueError, IndexError) as exc:
            self.message(str(exc))
            self.show_step(self.current)
            return False

    def _flow_index(self) -> int | None:
        arrows = self._arrows(self.document.sop)
        index = self.arrow.currentIndex()
        return arrows[index][0] if 0 <= index < len(arrows) else None

    def _on_text(self, text: str) -> None:
        ref = self.node()
        if ref is not None:
            self._apply(self.tr("Text in a symbol of step %s") % self.document.step_name(ref[0]),
                        lambda sop: editing_flow.set_symbol_text(sop, ref, text), ("symbol-text", ref))

    def _on_kind(self) -> None:
        ref, kind = self.node(), Symbol(self.kind.currentData())
        if ref is not None:
            self._apply(self.tr("Symbol of step %s") % self.document.step_name(ref[0]),
                        lambda sop: editing_flow.set_symbol_kind(sop, ref, kind))

    def _on_add_symbol(self) -> None:
        row, lane = self.current, self.lane.currentIndex()
        if row >= 0 and self._apply(self.tr("New symbol in step %s") % self.document.step_name(row),
                                    lambda sop: editing_flow.add_symbol(sop, row, lane)):
            self.symbol.setCurrentIndex(self.symbol.count() - 1)
            self._show_symbol(self.document.sop)

    def _on_label(self, text: str) -> None:
        row, index = self.current, self._flow_index()
        if index is not None:
            self._apply(self.tr("Arrow label of step %s") % self.document.step_name(row),
                        lambda sop: editing_flow.set_flow_label(sop, row, index, text), ("arrow-label", row, index))

    def _on_remove(self) -> None:
        row, index = self.current, self._flow_index()
        if index is not None:
            self._apply(self.tr("Remove an arrow of step %s") % self.document.step_name(row),
                        lambda sop: editing_flow.remove_flow(sop, row, index))

    def _on_add_exit(self) -> None:
        ref = self.node()
        if ref is not None and self._apply(self.tr("New exit of step %s") % self.document.step_name(ref[0]),
                                           lambda sop: editing_flow.add_exit(sop, ref, self._next_label(sop, ref))):
            self.arrow.setCurrentIndex(self.arrow.count() - 1)
            self._show_arrow(self.document.sop)

    def _next_label(self, sop: Sop, ref: NodeRef) -> str:
        """A new exit's label: Ya, then Tidak, then the first one again (the user types another)."""
        used = {f.label for f in editing_flow.with_flows(sop).steps[ref[0]].flows if f.source == ref[1]}
        return next((label for label in DEFAULT_EXIT_LABELS if label not in used), DEFAULT_EXIT_LABELS[0])

    def _on_caption(self, text: str) -> None:
        row = self.current
        if row >= 0:
            part = editing_flow.part_of(self.document.sop, row)
            self._apply(self.tr("Caption of flowchart %d") % (part + 1),
                        lambda sop: editing_flow.rename_part(sop, part, text), ("caption", part))

    def _on_new_part(self) -> None:
        row = self.current
        if row >= 0:
            caption = self.tr("Flowchart %d") % (len(self.document.sop.flow_parts()) + 1)
            self._apply(self.tr("New flowchart from step %s") % self.document.step_name(row),
                        lambda sop: editing_flow.start_part(sop, row, caption))

    def draw_arrow(self, row: int, node: int, target_row: int, target_node: int) -> None:
        """Add an arrow from symbol (``row``, ``node``) to (``target_row``, ``target_node``) (a drag
        in the drawing); from a decision it is an exit labelled `_next_label`."""
        source, target = (row, node), (target_row, target_node)
        sop = self.document.sop
        kind = sop.steps[row].nodes()[node].kind if valid(sop, source) else None
        label = self._next_label(sop, source) if kind is Symbol.DECISION else ""
        self._apply(self.tr("Arrow from step %s") % self.document.step_name(row),
                    lambda value: editing_flow.add_flow(value, source, target, label))


def _fill(combo: QComboBox, items: list[str], keep: bool) -> None:
    """Show ``items`` in ``combo`` (rebuilt only when they differ: a rebuilt combo repaints); the
    current item is the one kept (``keep``, within the new items) or the first."""
    index = combo.currentIndex()
    if items != [combo.itemText(i) for i in range(combo.count())]:
        combo.clear()
        combo.addItems(items)
    if items:
        combo.setCurrentIndex(min(max(index, 0), len(items) - 1) if keep else 0)


def scrolled(panel: QWidget) -> QScrollArea:
    """``panel`` in a frameless scroll area, so it never makes the editor window wider or taller
    than before (the steps table gives up the room first)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    area.setMinimumHeight(0)
    return area
