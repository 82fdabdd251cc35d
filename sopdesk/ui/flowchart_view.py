"""A zoomable view of the `FlowchartScene` (Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0).

After ``fit_width()`` (Ctrl+0) the view keeps the page width fitted as it is resized, until
the user zooms in or out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from sopdesk.ui.scene import FlowchartScene

MIN_ZOOM, MAX_ZOOM, STEP = 0.2, 6.0, 1.2


class FlowchartView(QGraphicsView):
    """Shows the flowchart pages; ``zoom`` is screen pixels per point."""

    zoomChanged = Signal(float)  # noqa: N815 (Qt signal naming)

    def __init__(self, scene: FlowchartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._zoom = 1.0
        self.fitted = False  # True from fit_width() until a zoom in or out

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Set the zoom factor, clamped to 0.2–6."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)
        self._zoom = zoom
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.fitted = False
        self.set_zoom(self._zoom * STEP)

    def zoom_out(self) -> None:
        self.fitted = False
        self.set_zoom(self._zoom / STEP)

    def fit_width(self) -> None:
        """Zoom so a page fills the view's width (and keep it so while the view is resized)."""
        self.fitted = True
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._refit()

    def _refit(self) -> None:
        rect = self.sceneRect()
        for _ in range(2):  # again if the zoom made the vertical scroll bar appear
            if rect.width() > 1 and self.viewport().width() > 8:
                self.set_zoom((self.viewport().width() - 4) / rect.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.fitted:
            self._refit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            super().wheelEvent(event)
