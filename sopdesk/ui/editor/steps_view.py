"""The steps table view: in-place editors that update the drawing as you type, lane cells
painted with the step's symbol, and the keyboard of a spreadsheet (Tab between cells, Enter
or F2 to edit). A plain click only makes a cell current; a lane cell is toggled by the explicit
gestures: Space or Enter on the current cell, or a double-click."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QWidget,
)

from sopdesk.ui.editor.steps_model import StepsModel

Index = QModelIndex | QPersistentModelIndex


class LiveTextDelegate(QStyledItemDelegate):
    """A line editor that writes every keystroke to the model (so the drawing follows the
    typing; the edits merge into one undo step) and keeps the cursor where it is. Escape puts
    back the text the cell had when editing began."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: dict[int, tuple[QPersistentModelIndex, str]] = {}
        self.closeEditor.connect(self._on_close)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        self._before[id(editor)] = (QPersistentModelIndex(index), str(index.data(Qt.ItemDataRole.EditRole) or ""))
        return editor

    def _on_close(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        index, text = self._before.pop(id(editor), (None, ""))
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache and index is not None and index.isValid() \
                and index.data(Qt.ItemDataRole.EditRole) != text:
            index.model().setData(index.model().index(index.row(), index.column()), text, Qt.ItemDataRole.EditRole)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QLineEdit) and editor.text() != value:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit) and editor.text() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LaneDelegate(QStyledItemDelegate):
    """Paints the step's symbol (capsule, box, diamond) in a lane cell where it stands."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        symbol = index.data(Qt.ItemDataRole.UserRole)
        if not symbol:
            return
        rect = QRectF(option.rect).adjusted(6, 4, -6, -4)
        w, h = min(rect.width(), 46.0), min(rect.height(), 18.0)
        box = QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(Qt.GlobalColor.black, 1.2))
        painter.setBrush(Qt.GlobalColor.white)
        if symbol == "terminator":
            painter.drawRoundedRect(box, h / 2, h / 2)
        elif symbol == "decision":
            c = box.center()
            painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                           QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())]))
        else:
            painter.drawRect(box)
        painter.restore()


class CornerTitle(QObject):
    """Paints ``text`` (the No column's title) on the table's corner button, above the
    vertical header that shows the step numbers."""

    def __init__(self, corner: QAbstractButton, text: str) -> None:
        super().__init__(corner)
        self.text = text
        corner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        option = QStyleOptionHeader()
        option.initFrom(watched)
        option.rect = watched.rect()
        option.text = self.text
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        painter = QStylePainter(watched)
        painter.drawControl(QStyle.ControlElement.CE_Header, option)
        return True


class StepsTable(QTableView):
    """The editable table of steps over a `StepsModel`."""

    def __init__(self, model: StepsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.steps_model = model
        self._text = LiveTextDelegate(self)
        self._lane = LaneDelegate(self)
        self.setItemDelegate(self._text)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the model moves the step; the view removes nothing
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)  # the No, always in view
        corner = self.findChild(QAbstractButton)
        if corner is not None:
            self.corner_title = CornerTitle(corner, str(model.headerData(0, Qt.Orientation.Horizontal)))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.doubleClicked.connect(self._on_double_clicked)
        self._lanes = -1
        self._lane_names: tuple[str, ...] = ()
        model.modelReset.connect(self._apply_delegates)
        self._apply_delegates()

    def _apply_delegates(self) -> None:
        """Lane columns get the symbol painter; widths are set when the lanes change (a lane's
        width fits its name; a width the user dragged stays while steps are added, removed or
        undone)."""
        model = self.steps_model
        for column in range(model.columnCount() + 8):
            self.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]
        for column in range(model.columnCount()):
            if model.lane_of(column) is not None:
                self.setItemDelegateForColumn(column, self._lane)
        self.setColumnHidden(0, True)  # the No is the vertical header
        lanes = model.columnCount() - 6
        names = tuple(model.headerData(column, Qt.Orientation.Horizontal) for column in range(2, 2 + lanes))
        if names != self._lane_names:  # a lane added, removed, moved or renamed: its width fits its name
            self._lane_names = names
            header = self.horizontalHeader()
            for column in range(2, 2 + lanes):  # the whole name, over two lines or more
                self.setColumnWidth(column, min(max(70, header.sectionSizeFromContents(column).width() + 6), 190))
        if lanes == self._lanes:
            return
        self._lanes = lanes
        self.setColumnWidth(model.column_of("activity"), 260)
        for name, width in (("requirements", 150), ("standard_time", 170), ("output", 150), ("remarks", 110)):
            self.setColumnWidth(model.column_of(name), width)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.steps_model.lane_of(index.column()) is not None:
            self.steps_model.toggle_lane(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        index = self.currentIndex()
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if index.isValid() and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.steps_model.lane_of(index.column()) is not None:
                self.steps_model.toggle_lane(index.row(), index.column())
                return
            if key != Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
                self.edit(index)
                return
        super().keyPressEvent(event)

    def select_cell(self, row: int, column: int) -> None:
        """Make (``row``, ``column``) current and visible (the hidden No column: Kegiatan)."""
        index = self.steps_model.index(row, 1 if self.isColumnHidden(column) else column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self.setFocus()
