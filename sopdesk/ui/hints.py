"""Empty-state hints: a grey sentence over an item view while it has no rows to show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid


class EmptyHint(QObject):
    """Shows ``text`` centred over ``view``'s viewport while its model has no rows (and ``when()``,
    if given, is true: e.g. "the catalogue has SOPs, but the search hides them all")."""

    def __init__(self, view: QAbstractItemView, text: str, when: Callable[[], bool] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.when = when
        self.label = QLabel(text, view.viewport())
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: gray; padding: 12px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show or hide the hint for the rows the view has now."""
        if not (isValid(self) and isValid(self.view) and isValid(self.label)):
            return  # a model signal while the view is being destroyed
        try:
            empty = self.view.model().rowCount() == 0 and (self.when is None or self.when())
            self.label.setVisible(empty)
            if empty:
                self._place()
        except RuntimeError:  # the view's C++ side went away between the check and the call
            return

    def _place(self) -> None:
        self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._place()
        return False
