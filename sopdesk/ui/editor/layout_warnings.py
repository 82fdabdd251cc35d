"""The drawing's own warnings in the editor's checker list: what the layout quality checker
(`sopdesk.layout.quality.check_quality`, issue 13) finds on the flowchart pages as they print — a
line through a symbol or text, on a border or on another line's track, symbols or labels on each
other, text too small or cut, a page holding only the last step.

The check reads every page (tens of milliseconds on a long SOP), so it does not run inside an
edit's frame: `LayoutWarnings.follow` is given each new drawing and checks the last one when the
edits pause (`PAUSE_MS`). `changed` is emitted when the list of warnings changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from sopdesk.layout.flowchart import FOOTER_H, FlowchartLayout
from sopdesk.layout.quality import Issue, check_quality

PAUSE_MS = 400  # milliseconds without an edit before the drawing is checked


class LayoutWarnings(QObject):
    """The quality checker's issues on the drawing last shown (``issues``), kept up to date."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issues: list[Issue] = []
        self._layout: FlowchartLayout | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.check_now)

    def follow(self, layout: FlowchartLayout) -> None:
        """``layout`` is the drawing now shown: check it once the edits pause."""
        self._layout = layout
        self._timer.start()

    def check_now(self) -> None:
        """Check the drawing last shown (tests, and the timer)."""
        self._timer.stop()
        layout = self._layout
        if layout is None:
            return
        footer_top = layout.paper.height - layout.paper.margin - FOOTER_H
        issues = check_quality(layout.pages, footer_top)
        if issues != self.issues:
            self.issues = issues
            self.changed.emit()

    def text(self, issue: Issue) -> str:
        """The warning as the user reads it: where, and what (in the interface language)."""
        return self.tr("drawing, page %d: %s") % (issue.page, self._what(issue.kind))

    def _what(self, kind: str) -> str:
        texts = {
            "line-text": self.tr("a line runs through text or a label"),
            "line-symbol": self.tr("a line runs through a symbol"),
            "line-border": self.tr("a line runs along a border"),
            "shared-track": self.tr("two lines run on one track"),
            "overlap": self.tr("symbols, text or labels stand on each other"),
            "small-text": self.tr("text smaller than the sheet's smallest type"),
            "symbol-text": self.tr("text does not fit inside its symbol"),
            "clipped-text": self.tr("text is cut off or runs over the footer"),
            "orphan-page": self.tr("the last page holds only the last step"),
            "lone-heading": self.tr("a heading stands alone at the foot of a page"),
        }
        return texts.get(kind, kind)
