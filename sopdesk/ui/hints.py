"""Empty-state hints: a grey sentence over an item view while it has no rows to show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid


class EmptyHint(QObject):
    """Shows ``text`` centred over ``view``'s viewport while its model has no rows (and ``when()``,
    if given, is true: e.g. "the catalogue has SOPs, but the search hides them all").

    The label is made when it is first shown (or asked for): a view that starts with rows, as the
    catalogue does, makes none before its first paint (issue 15, the start)."""

    def __init__(self, view: QAbstractItemView, text: str, when: Callable[[], bool] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.when = when
        self.text = text
        self._label: QLabel | None = None
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    @property
    def label(self) -> QLabel:
        """The grey sentence over the viewport (hidden while the view has rows)."""
        if self._label is None:
            viewport = self.view.viewport()
            self._label = label = QLabel(self.text, viewport)
            label.hide()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("color: gray; padding: 12px;")
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            viewport.installEventFilter(self)
        return self._label

    def refresh(self, *_args: object) -> None:
        """Show or hide the hint for the rows the view has now."""
        if not (isValid(self) and isValid(self.view)) or (self._label is not None and not isValid(self._label)):
            return  # a model signal while the view is being destroyed
        try:
            empty = self.view.model().rowCount() == 0 and (self.when is None or self.when())
            if self._label is None and not empty:
                return
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
