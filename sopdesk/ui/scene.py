"""The Diagram alir view: a QGraphicsScene that paints a `FlowchartLayout`.

It paints the layout's primitives exactly as the PDF painter does (same coordinates,
same font, same line breaks); pages are stacked vertically with a gap so the page breaks
the PDF will have are visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from sopdesk.layout.fonts import BOLD, REGULAR, font_runs, run_width, text_width
from sopdesk.layout.geometry import (
    LABEL_TEXT,
    SYMBOL_TEXT,
    Arrow,
    Cell,
    ImageBox,
    Page,
    QrSymbol,
    Rect,
    Shape,
    ShapeKind,
    TextBlock,
)
from sopdesk.layout.routing import label_rect
from sopdesk.layout.symbol_text import symbol_lines
from sopdesk.ui.fonts import REFERENCE_PX, run_font

if TYPE_CHECKING:
    from sopdesk.layout.flowchart import FlowchartLayout

PAGE_GAP = 24.0
SHADE = QColor(230, 230, 230)


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class PageItem(QGraphicsItem):
    """One page of the layout, painted from its primitives (points = scene units)."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect: what to paint

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(0, 0, self.page.width, self.page.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Paint the primitives that touch the exposed area (the whole page, or what changed:
        `changed_area`)."""
        area = option.exposedRect if not option.exposedRect.isEmpty() else self.boundingRect()
        painter.setClipRect(area)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(area, Qt.GlobalColor.white)
        thin = QPen(Qt.GlobalColor.black, 0.6)
        painter.setPen(thin)
        for cell in self.page.cells:
            if _bounds(cell).intersects(area):
                painter.setBrush(QBrush(SHADE) if cell.shaded else Qt.BrushStyle.NoBrush)
                painter.drawRect(_qrect(cell.rect))
        for block in self.page.texts:
            if _bounds(block).intersects(area):
                _paint_text(painter, block)
        for shape in self.page.shapes:
            if _bounds(shape).intersects(area):
                _paint_shape(painter, shape)
        for arrow in self.page.arrows:
            if _bounds(arrow).intersects(area):
                _paint_arrow(painter, arrow)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp QR modules
        for qr in self.page.qr_codes:
            if _bounds(qr).intersects(area):
                for run in qr.dark_runs():
                    painter.drawRect(_qrect(run))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for image in self.page.images:
            if _bounds(image).intersects(area):
                _paint_image(painter, image)


def _paint_image(painter: QPainter, image: ImageBox) -> None:
    """Draw ``image`` fitted into its box, aspect kept and centred (as the PDF painter does)."""
    picture = QImage.fromData(image.data)
    if picture.isNull():
        return
    box = _qrect(image.rect)
    scale = min(box.width() / picture.width(), box.height() / picture.height())
    w, h = picture.width() * scale, picture.height() * scale
    painter.drawImage(QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h), picture)


Primitive = Cell | TextBlock | Shape | Arrow | QrSymbol | ImageBox
INK = 4.0  # points: pen widths, arrowheads and glyphs reach this far beyond a primitive's box


def _bounds(item: Primitive) -> QRectF:
    """The area ``item`` paints (points), with `INK` to spare."""
    if isinstance(item, Arrow):
        xs, ys = [p[0] for p in item.points], [p[1] for p in item.points]
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if item.label:
            box = box.united(_qrect(label_rect(item.label, item.label_at)))
    else:
        box = _qrect(item.rect)
    return box.adjusted(-INK, -INK, INK, INK)


def changed_area(old: Page, new: Page) -> QRectF | None:
    """The area of a page whose drawing differs between ``old`` and ``new`` (what either paints
    there), None when they draw the same; the editor repaints only that (points)."""
    kinds = ("cells", "texts", "shapes", "arrows", "qr_codes", "images")
    area: QRectF | None = None
    for kind in kinds:
        before, after = getattr(old, kind), getattr(new, kind)
        if before == after:
            continue
        for item in set(before).symmetric_difference(after):
            box = _bounds(item)
            area = box if area is None else area.united(box)
    return area


def _draw_string(painter: QPainter, x: float, baseline: float, text: str, size: float, bold: bool) -> None:
    """Draw ``text`` as the PDF does: run by run, each in its font (`font_runs`), advancing by
    the layout's widths."""
    for run, font in font_runs(text, BOLD if bold else REGULAR):
        painter.save()
        painter.setFont(run_font(font))
        painter.translate(x, baseline)
        scale = size / REFERENCE_PX
        painter.scale(scale, scale)
        painter.drawText(QPointF(0, 0), run)
        painter.restore()
        x += run_width(run, font, size)


def _paint_text(painter: QPainter, block: TextBlock) -> None:
    painter.setPen(Qt.GlobalColor.black)
    style = block.style
    for line, base in zip(block.lines, block.baselines, strict=True):
        x = block.line_x(text_width(line, style.font, style.size))
        _draw_string(painter, x, base, line, style.size, style.bold)


def _paint_shape(painter: QPainter, shape: Shape) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, 0.9))
    painter.setBrush(Qt.GlobalColor.white)
    rect = _qrect(shape.rect)
    if shape.kind is ShapeKind.TERMINATOR:
        painter.drawRoundedRect(rect, shape.corner_radius, shape.corner_radius)
    elif shape.kind is ShapeKind.PROCESS:
        painter.drawRect(rect)
    else:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape.outline()]))
    if shape.label and shape.kind is ShapeKind.CONNECTOR:
        width = text_width(shape.label, BOLD, 7.0)
        _draw_string(painter, shape.rect.cx - width / 2, shape.rect.y + shape.rect.h * 0.4 + 7.0 * 0.35, shape.label,
                     7.0, True)
    for line, x, base in symbol_lines(shape):  # wrapped within the symbol, as the layout sized it
        _draw_string(painter, x, base, line, SYMBOL_TEXT, False)


def _paint_arrow(painter: QPainter, arrow: Arrow) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, 0.7))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(*arrow.points[0]))
    for point in arrow.points[1:]:
        path.lineTo(QPointF(*point))
    painter.drawPath(path)
    if arrow.head:
        (x0, y0), (x1, y1) = arrow.points[-2], arrow.points[-1]
        dx, dy = (x1 > x0) - (x1 < x0), (y1 > y0) - (y1 < y0)
        size = 4.0
        head = QPolygonF([
            QPointF(x1, y1),
            QPointF(x1 - dx * size - dy * size / 2, y1 - dy * size - dx * size / 2),
            QPointF(x1 - dx * size + dy * size / 2, y1 - dy * size + dx * size / 2),
        ])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        painter.drawPolygon(head)
    if arrow.label:
        painter.setPen(Qt.GlobalColor.black)
        _draw_string(painter, arrow.label_at[0], arrow.label_at[1], arrow.label, LABEL_TEXT, True)


class FlowchartScene(QGraphicsScene):
    """Holds one `PageItem` per page, stacked top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor(128, 128, 128))
        self.pages: list[PageItem] = []

    def show_layout(self, layout: FlowchartLayout | None) -> None:
        """Replace what is shown with ``layout`` (``None`` clears the scene)."""
        self.show_pages(layout.pages if layout is not None else [])

    def show_pages(self, pages: list[Page]) -> None:
        """Replace what is shown with ``pages`` (layout pages, e.g. the identity pages), top to bottom."""
        self.clear()
        self.pages = []
        if not pages:
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        for page in pages:
            self.add_page(page)
        self.fit_pages()

    def add_page(self, page: Page) -> None:
        """Show ``page`` below the pages shown."""
        last = self.pages[-1] if self.pages else None
        item = PageItem(page)
        item.setPos(0, last.y() + last.page.height + PAGE_GAP if last is not None else 0.0)
        self.addItem(item)
        self.pages.append(item)

    def fit_pages(self) -> None:
        """The scene's rectangle around the pages shown, with a gap."""
        last = self.pages[-1] if self.pages else None
        bottom = last.y() + last.page.height + PAGE_GAP if last is not None else 0.0
        width = max((item.page.width for item in self.pages), default=1.0)
        self.setSceneRect(QRectF(-PAGE_GAP, -PAGE_GAP, width + 2 * PAGE_GAP, bottom + PAGE_GAP))
