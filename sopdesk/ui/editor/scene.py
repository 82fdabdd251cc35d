"""The editor's live drawing: the same `FlowchartScene` pages, plus what the mouse does there.

A plain click (or a click-drag) anywhere only selects the step of the row: it never changes
the SOP. Explicit gestures change it: a double-click on an empty lane cell puts the step's
symbol there; the context menu of a lane cell puts the symbol there or takes it away
(*Taruh simbol di sini* / *Hapus simbol*); a drag from a decision's diamond to another row
sets the target of its second (negative, *Tidak*) exit. In an SOP drawn with arrows (format
version 2; ``arrows()`` true), a drag from a symbol to another draws an arrow (`flowDragged`);
Shift+drag draws the first arrow of a version-1 SOP. The selected step is outlined."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
    QWidget,
)

from sopdesk.layout.flowchart import FlowchartLayout
from sopdesk.layout.geometry import ShapeKind
from sopdesk.ui.scene import FlowchartScene, changed_area

HIGHLIGHT = QColor(30, 110, 220)
_SYMBOLS = (ShapeKind.TERMINATOR, ShapeKind.PROCESS, ShapeKind.DECISION)


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a scene point falls: the step row (0-based), the lane column or None, whether
    it is on the step's decision diamond, and whether the lane holds the step's symbol."""

    step: int
    lane: int | None
    on_decision: bool
    on_symbol: bool = False
    node: int | None = None  # the symbol under the point: its index in the row (version 2)


class EditorScene(FlowchartScene):
    """A `FlowchartScene` that reports row clicks (select), explicit lane toggles and exit drags."""

    laneCellToggled = Signal(int, int)  # noqa: N815 (step, lane): put the symbol there or take it away
    stepClicked = Signal(int)  # noqa: N815 (step)
    exitDragged = Signal(int, int)  # noqa: N815 (decision step, target step)
    flowDragged = Signal(int, int, int, int)  # noqa: N815 (step, symbol, target step, target symbol)
    statusMessage = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: FlowchartLayout | None = None
        self._press: Hit | None = None
        self._drag_line: QGraphicsLineItem | None = None
        self._selection: QGraphicsRectItem | None = None
        self.selected_step = -1
        self.arrows: Callable[[], bool] = lambda: False  # a drag between symbols draws an arrow
        self._arrow_drag = False

    def show_layout(self, layout: FlowchartLayout | None) -> None:
        """Show ``layout``; when the pages are as many and as large as those shown, only the
        pages whose drawing changed are repainted (the others keep their cached pixels)."""
        if self._drag_line is not None:
            self.removeItem(self._drag_line)
            self._drag_line = None
        if layout is not None and self.layout is not None and self._same_paper(layout):
            for item, page in zip(self.pages, layout.pages, strict=False):
                area = changed_area(item.page, page) if item.page is not page and item.page != page else None
                item.page = page
                if area is not None:
                    item.update(area)
            self._pages_count(layout)
        else:
            self._selection = None
            super().show_layout(layout)
        self.layout = layout
        self.select_step(self.selected_step)

    def _same_paper(self, layout: FlowchartLayout) -> bool:
        """True when every page shown and every page of ``layout`` have one size (one paper)."""
        sizes = {(item.page.width, item.page.height) for item in self.pages}
        sizes |= {(page.width, page.height) for page in layout.pages}
        return len(sizes) == 1

    def _pages_count(self, layout: FlowchartLayout) -> None:
        """Add the pages ``layout`` has beyond those shown, or take away those it no longer has (the
        pages kept keep their painted pixels)."""
        if self._selection is not None and self._selection.parentItem() in self.pages[len(layout.pages):]:
            self._selection = None  # removed with its page
        for item in self.pages[len(layout.pages):]:
            self.removeItem(item)
        del self.pages[len(layout.pages):]
        for page in layout.pages[len(self.pages):]:
            self.add_page(page)
        self.fit_pages()

    def hit(self, point: QPointF) -> Hit | None:
        """The row, lane and symbol under scene ``point``, or None outside every row."""
        if self.layout is None:
            return None
        columns = self.layout.columns
        for item in self.pages:
            local = item.mapFromScene(point)
            if not item.boundingRect().contains(local):
                continue
            for step, rect in item.page.row_rects.items():
                if rect.x <= local.x() <= rect.right and rect.y <= local.y() < rect.bottom:
                    on_diamond = any(s.kind is ShapeKind.DECISION and s.step == step
                                     and QRectF(s.rect.x, s.rect.y, s.rect.w, s.rect.h).contains(local)
                                     for s in item.page.shapes)
                    lane_or_none = columns.lane_at(local.x())
                    has_symbol = any(s.step == step and s.lane == lane_or_none and s.kind in _SYMBOLS
                                     for s in item.page.shapes)
                    node = next((s.node for s in item.page.shapes if s.step == step and s.kind in _SYMBOLS
                                 and QRectF(s.rect.x, s.rect.y, s.rect.w, s.rect.h).contains(local)), None)
                    return Hit(step, lane_or_none, on_diamond, has_symbol, node)
        return None

    def row_center(self, step: int) -> QPointF | None:
        """The scene point at the middle of ``step``'s row (first page that holds it)."""
        for item in self.pages:
            rect = item.page.row_rects.get(step)
            if rect is not None:
                return item.mapToScene(QPointF(rect.cx, rect.cy))
        return None

    def select_step(self, step: int) -> None:
        """Outline ``step``'s row (-1: none); an outline already in place is kept."""
        self.selected_step = step
        item, rect = next(((item, item.page.row_rects[step]) for item in self.pages if step in item.page.row_rects),
                          (None, None))
        box = QRectF(rect.x, rect.y, rect.w, rect.h) if rect is not None else None
        if self._selection is not None and item is not None and self._selection.parentItem() is item \
                and self._selection.rect() == box:
            return
        if self._selection is not None:
            self.removeItem(self._selection)
            self._selection = None
        if item is not None and box is not None:
            outline = QGraphicsRectItem(box, item)
            outline.setPen(QPen(HIGHLIGHT, 1.5))
            outline.setBrush(QColor(30, 110, 220, 25))
            self._selection = outline

    # ----- mouse ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        hit = self.hit(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        self._press = hit
        if hit is None:
            super().mousePressEvent(event)
            return
        self._arrow_drag = hit.node is not None and (
            self.arrows() or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        if hit.on_decision or self._arrow_drag:
            line = QGraphicsLineItem(QLineF(event.scenePos(), event.scenePos()))
            line.setPen(QPen(HIGHLIGHT, 1.5, Qt.PenStyle.DashLine))
            self.addItem(line)
            self._drag_line = line
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._drag_line is not None:
            line = self._drag_line.line()
            self._drag_line.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        """A drag from a diamond to another row sets the exit; anything else only selects."""
        press, self._press = self._press, None
        if press is None:
            super().mouseReleaseEvent(event)
            return
        release = self.hit(event.scenePos())
        if self._drag_line is not None:
            self.removeItem(self._drag_line)
            self._drag_line = None
            if self._arrow_drag and release is not None and release.node is not None and press.node is not None \
                    and (release.step, release.node) != (press.step, press.node):
                self.flowDragged.emit(press.step, press.node, release.step, release.node)
                return
            if press.on_decision and not self.arrows() and release is not None and release.step != press.step:
                self.exitDragged.emit(press.step, release.step)
                return
        if release is not None and release.step == press.step:
            self.stepClicked.emit(press.step)
            if release.lane is not None and release.lane == press.lane and not press.on_symbol:
                self.statusMessage.emit(self.tr("Double-click (or right-click) to put the step's symbol here."))
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        """A double-click on an empty lane cell puts the step's symbol there."""
        hit = self.hit(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is None:
            super().mouseDoubleClickEvent(event)
            return
        self.stepClicked.emit(hit.step)
        if hit.lane is not None and not hit.on_symbol:
            self.laneCellToggled.emit(hit.step, hit.lane)
        elif hit.on_symbol:
            self.statusMessage.emit(self.tr("Right-click the symbol to take it out of this lane."))
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        menu = self.lane_menu(event.scenePos())
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.exec(event.screenPos())
        event.accept()

    def lane_menu(self, point: QPointF) -> QMenu | None:
        """The context menu of the lane cell under scene ``point``: *Put the symbol here* in an
        empty cell, *Remove the symbol* on one; None outside every lane cell."""
        hit = self.hit(point)
        if hit is None or hit.lane is None:
            return None
        self.stepClicked.emit(hit.step)
        menu = QMenu()
        text = self.tr("Remove the symbol") if hit.on_symbol else self.tr("Put the symbol here")
        act = menu.addAction(text)
        step, lane = hit.step, hit.lane
        act.triggered.connect(lambda _checked=False: self.laneCellToggled.emit(step, lane))
        return menu
