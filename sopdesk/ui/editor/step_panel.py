"""The selected step's No (as signed), its symbol and, for a decision, its two exits (label and
target).

The No is the number the sheet prints ("4", "5a"; empty: the step's position); the checker
reports two rows that print the same. The first and the last step are terminators (Permenpan RB
35/2012); a middle step is a process or a decision. An exit goes to "the next step" or to a chosen
step; it can also be set by dragging from the diamond to the target row in the drawing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from sopdesk.domain import editing
from sopdesk.domain.model import Sop, Step, Symbol
from sopdesk.domain.waktu import parse_waktu
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.language import error_text, waktu_text


class StepPanel(QGroupBox):
    """Edits the No, the symbol and the exits of step ``current`` (0-based; -1 for none); a
    refused No is told through ``message`` (the editor's status bar)."""

    def __init__(self, document: SopDocument, message: Callable[[str], None] = lambda _text: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.message = message
        self.current = -1
        grid = QGridLayout(self)  # three rows, so the steps table above keeps the room
        self.number = QLineEdit()
        self.number.setObjectName("step_number")
        self.number.setFixedWidth(self.number.fontMetrics().horizontalAdvance("0" * 10) + 12)  # 10 characters
        self.number.setToolTip(self.tr("The No as the sheet prints it (e.g. 5a); empty: the step's position"))
        self.number.editingFinished.connect(self._on_number)
        self.kind = QComboBox()
        self.kind.setObjectName("step_kind")
        self.kind.addItem(self.tr("Process"), Symbol.PROCESS.value)
        self.kind.addItem(self.tr("Decision"), Symbol.DECISION.value)
        self.kind.addItem(self.tr("Terminator (first and last step)"), Symbol.TERMINATOR.value)
        terminator = self.kind.model().item(2)  # type: ignore[attr-defined]  # shown for the ends, never chosen
        terminator.setEnabled(False)
        self.kind.activated.connect(self._on_kind)
        first = QHBoxLayout()  # No and Symbol share the first row's field column
        first.addWidget(self.number)
        first.addWidget(QLabel(self.tr("Symbol")))
        first.addWidget(self.kind, 1)
        grid.addWidget(QLabel(self.tr("No")), 0, 0)
        grid.addLayout(first, 0, 1)
        self.waktu = QLabel()
        self.waktu.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Waktu read as")), 0, 2)
        grid.addWidget(self.waktu, 0, 3)
        self.labels: list[QLineEdit] = []
        self.targets: list[QComboBox] = []
        self._items: list[list[str]] = [[], []]  # the steps each target list shows
        self._listed: tuple[tuple[Step, ...], list[str]] = ((), [])  # the steps last listed, and their names
        for which, title in enumerate((self.tr("Exit 1 (positive)"), self.tr("Exit 2 (negative)"))):
            label = QLineEdit()
            label.setObjectName(f"exit_label_{which}")
            label.textEdited.connect(lambda text, w=which: self._on_label(w, text))
            target = QComboBox()
            target.setObjectName(f"exit_target_{which}")
            target.setMinimumContentsLength(16)
            target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            target.activated.connect(lambda _i, w=which: self._on_target(w))
            for column, widget in enumerate((QLabel(title), label, QLabel(self.tr("goes to")), target)):
                grid.addWidget(widget, 1 + which, column)
            self.labels.append(label)
            self.targets.append(target)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        document.changed.connect(lambda _sop: self.show_step(self.current))
        self.show_step(-1)

    def show_step(self, index: int) -> None:
        """Show step ``index`` (clamped to the steps there are)."""
        sop = self.document.sop
        self.current = min(index, len(sop.steps) - 1)
        has = self.current >= 0
        self.setTitle(self.tr("Step %s") % self.document.step_name(self.current) if has else self.tr("Step"))
        step = sop.steps[self.current] if has else None
        self._show_number(step)
        self.kind.setEnabled(has and step is not None and step.symbol is not Symbol.TERMINATOR)
        if step is not None:
            self.kind.setCurrentIndex(self.kind.findData(step.symbol.value))
            waktu = waktu_text(parse_waktu(step.standard_time))
            if self.waktu.text() != waktu:  # a word-wrapped label lays out its parents again
                self.waktu.setText(waktu)
        for which in range(2):
            self._show_exit(sop, which)

    def _show_number(self, step: Step | None) -> None:
        """The step's No as signed; its position as the placeholder (what an empty No prints)."""
        self.number.setEnabled(step is not None)
        self.number.setPlaceholderText(str(self.current + 1) if step is not None else "")
        if self.number.text() != (step.number if step else ""):
            self.number.setText(step.number if step else "")

    def _show_exit(self, sop: Sop, which: int) -> None:
        step = sop.steps[self.current] if self.current >= 0 else None
        exit_ = step.exits[which] if step is not None and len(step.exits) == 2 else None
        label, target = self.labels[which], self.targets[which]
        label.setEnabled(exit_ is not None)
        target.setEnabled(exit_ is not None)
        if label.text() != (exit_.label if exit_ else ""):
            label.setText(exit_.label if exit_ else "")
        target.blockSignals(True)
        items = self._step_list(sop) if exit_ else []
        if items != self._items[which]:  # rebuilt only when they change
            self._items[which] = items
            target.clear()
            target.addItem(self.tr("the next step"), -1)
            for i, text in enumerate(items):
                target.addItem(text, i)
        if exit_ is not None:
            target.setCurrentIndex(target.findData(-1 if exit_.target is None else exit_.target))
        target.blockSignals(False)

    def _step_list(self, sop: Sop) -> list[str]:
        """The steps as an exit's target list names them; made again only for other steps."""
        if self._listed[0] is not sop.steps:
            self._listed = (sop.steps, [f"{sop.step_number(i)}. {other.activity[:60]}"
                                         for i, other in enumerate(sop.steps)])
        return self._listed[1]

    def _on_number(self) -> None:
        index, text = self.current, self.number.text()
        if index < 0:
            return
        try:
            self.document.apply(self.tr("Number of step %s") % self.document.step_name(index),
                                lambda sop: editing.set_step_number(sop, index, text))
        except ValueError as exc:
            self.message(error_text(exc))
        self.show_step(index)  # the No as kept: stripped, or the old one when refused

    def _on_kind(self, _index: int) -> None:
        decision = self.kind.currentData() == Symbol.DECISION.value
        index = self.current
        try:
            self.document.apply(self.tr("Symbol of step %s") % self.document.step_name(index),
                                lambda sop: editing.set_decision(sop, index, decision))
        except ValueError:
            self.show_step(index)

    def _on_label(self, which: int, text: str) -> None:
        index = self.current
        self.document.apply(self.tr("Exit label of step %s") % self.document.step_name(index),
                            lambda sop: editing.set_exit(sop, index, which, label=text),
                            merge_key=("exit-label", index, which))

    def _on_target(self, which: int) -> None:
        index, data = self.current, self.targets[which].currentData()
        target = None if data is None or int(data) < 0 else int(data)
        self.document.apply(self.tr("Exit target of step %s") % self.document.step_name(index),
                            lambda sop: editing.set_exit(sop, index, which, target=target))
