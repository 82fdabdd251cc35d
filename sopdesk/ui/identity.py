"""The Identitas view: the identity page(s) of an SOP as they print, painted from the layout
(`sopdesk.layout.sheet.layout_identity`) by the scene that paints the Diagram alir
(`sopdesk.ui.scene.FlowchartScene`), with the same zoom and scrolling, page after page.

Above the pages, the format checker's findings and the transcription notes (not on the sheet).
A Keterkaitan entry that names an SOP in the catalogue opens it when clicked (the pointer shows
a hand over it); Ctrl+C or the context menu copies the page's text.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sopdesk.domain.model import Sop
from sopdesk.layout.geometry import Page
from sopdesk.ui.flowchart_view import FlowchartView
from sopdesk.ui.language import finding_text
from sopdesk.ui.scene import FlowchartScene

if TYPE_CHECKING:
    from sopdesk.domain.checker import Finding

RELATED = "related_sops."  # the role prefix of a Keterkaitan item (`sopdesk.layout.identity`)
NOTES_HEIGHT = 120  # pixels at most for the findings and notes above the page
CLICK = 4  # pixels: a press and release closer than this is a click, not a drag


class _PageView(FlowchartView):
    """The pages' view: a click on a link area emits ``linkClicked(key)``; a hand over it."""

    linkClicked = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, scene: FlowchartScene, link_at: Callable[[QPointF], str | None]) -> None:
        super().__init__(scene)
        self._link_at = link_at
        self._pressed = QPoint()
        self.viewport().setMouseTracking(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() is Qt.MouseButton.LeftButton and (point - self._pressed).manhattanLength() < CLICK:
            key = self._link_at(self.mapToScene(point))
            if key:
                self.linkClicked.emit(key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            over = self._link_at(self.mapToScene(event.position().toPoint())) is not None
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.OpenHandCursor)


class IdentityView(QWidget):
    """Shows the identity pages; emits ``sopLinkActivated(key)`` for a Keterkaitan link."""

    sopLinkActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = QTextBrowser(self)
        self.notes.setMaximumHeight(NOTES_HEIGHT)
        self.notes.hide()
        self.scene = FlowchartScene(self)
        self.view = _PageView(self.scene, self.link_at)
        self.view.linkClicked.connect(self.sopLinkActivated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)
        self.copy_action = QAction(self.tr("&Copy text"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_text)
        self.view.addAction(self.copy_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._resolve: Callable[[str], str | None] = lambda _title: None
        self._links: list[tuple[QRectF, str, str]] = []
        self._shown = False

    def set_link_resolver(self, resolve: Callable[[str], str | None]) -> None:
        """``resolve(text)`` returns the key of the SOP a Keterkaitan entry names, or None."""
        self._resolve = resolve

    def show_sop(self, sop: Sop | None, findings: list[Finding] | None = None,
                 pages: list[Page] | None = None) -> None:
        """Show ``pages`` (the identity pages of ``sop``; laid out here on A4 when not given) with
        the format checker's ``findings`` above them; ``None`` empties the view."""
        if sop is None:
            self.scene.show_pages([])
            self.notes.hide()
            self._links = []
            return
        if pages is None:
            from sopdesk.layout.sheet import layout_identity

            pages = layout_identity(sop)
        self.scene.show_pages(pages)
        self._links = self._find_links(sop)
        notes = self.render_notes(sop, findings or [])
        if not pages:
            notes = f"<p>{escape(self.tr('This sheet prints no identity page.'))}</p>{notes}"
        self.notes.setHtml(notes)
        self.notes.setVisible(bool(notes))
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self.view.fit_width)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())

    def _find_links(self, sop: Sop) -> list[tuple[QRectF, str, str]]:
        """(scene area, SOP key, entry) of each Keterkaitan entry that names a catalogue SOP."""
        links = []
        for item in self.scene.pages:
            for block in item.page.texts:
                if not block.role.startswith(RELATED):
                    continue
                entry = sop.related_sops[int(block.role.removeprefix(RELATED))]
                key = self._resolve(entry)
                if key:
                    r = block.rect
                    links.append((QRectF(r.x, r.y, r.w, r.h).translated(item.pos()), key, entry))
        return links

    def link_at(self, point: QPointF) -> str | None:
        """The key of the SOP whose Keterkaitan entry is drawn at scene ``point``, or None."""
        return next((key for area, key, _entry in self._links if area.contains(point)), None)

    def links(self) -> list[tuple[str, str, QRectF]]:
        """Each Keterkaitan entry shown as a link: (entry, key of the SOP it opens, its scene area)."""
        return [(entry, key, area) for area, key, entry in self._links]

    def page_text(self) -> str:
        """The text of the pages shown, block by block, page by page (the footers left out)."""
        return "\n".join(line for item in self.scene.pages for block in item.page.texts
                         if not block.role.startswith("footer") for line in block.lines)

    def text(self) -> str:
        """What the view shows as plain text: the findings and notes, then the pages' text."""
        notes = [] if self.notes.isHidden() else [self.notes.toPlainText()]
        return "\n".join([*notes, self.page_text()])

    def copy_text(self) -> None:
        """Put the pages' text on the clipboard."""
        QGuiApplication.clipboard().setText(self.page_text())

    def render_notes(self, sop: Sop, findings: list[Finding]) -> str:
        """The HTML of the format findings and the transcription notes (user text escaped); ""
        when there are none."""
        out = ""
        if findings:
            heading = self.tr("Format check: %d finding(s)") % len(findings)
            items = "".join(f"<li>{escape(finding_text(f))}</li>" for f in findings)
            out += f"<b style='color:#a05000'>{heading}</b><ul style='color:#a05000'>{items}</ul>"
        if sop.source_notes:
            items = "".join(f"<li>{escape(n)}</li>" for n in sop.source_notes)
            heading = self.tr("Transcription notes")
            out += f"<b>{heading} ({escape(sop.source_document)})</b><ul style='color:#555'>{items}</ul>"
        return out
