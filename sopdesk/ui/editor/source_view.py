"""Dokumen asal: the original document of an imported draft, beside sopdesk's drawing, so a
reviewer checks the draft against it (issue 15).

A PDF (text layer or scan) shows its pages, rendered with pypdfium2 off the GUI thread
(`sopdesk.ui.pdf_pages`) at `PAGE_DPI` and scaled for zoom; it opens at the first page of the
SOP (the import's ``halaman 3-5``) and follows the selected step to the page whose text layer
holds the step's Kegiatan (the import report does not record a page per step; a scan has no
text, so it stays where it is). A Word or Excel original cannot be drawn here: a button writes
the stored bytes to a temporary file and opens it with the program the system has for it.
"""

from __future__ import annotations

import re
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from sopdesk.ui.open_result import open_url
from sopdesk.ui.tasks import Progress, run_task

PAGE_DPI = 110.0
"""Pages are rendered at this resolution (an A4 page: 910 x 1286 pixels); zoom scales the view."""
ZOOM_STEP = 1.25
_WORD = (".docx", ".doc", ".odt")
_SHEET = (".xlsx", ".xls", ".ods")


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An imported draft's original: file name, where in it the SOP was found (``halaman 3-5``,
    sheet names) and the stored bytes."""

    file_name: str
    location: str
    data: bytes

    @property
    def is_pdf(self) -> bool:
        return self.file_name.lower().endswith(".pdf") or self.data[:5] == b"%PDF-"


def first_page(location: str) -> int:
    """The 0-based first page of ``halaman 3-5`` / ``halaman 3`` (0 when no page is named)."""
    found = re.search(r"(\d+)", location)
    return max(int(found.group(1)) - 1, 0) if found and "halaman" in location.casefold() else 0


def page_letters(text: str) -> str:
    """``text`` case-folded with only its letters and digits, so line breaks, hyphenation and
    spacing do not matter when a step's text is looked for on a page."""
    return re.sub(r"[\W_]+", "", text.casefold())


def step_page(pages: list[str], activity: str, start: int = 0) -> int | None:
    """The page (0-based) of ``pages`` (each page's text as `page_letters` gives it) holding the
    beginning of ``activity``, searching from ``start`` on, then before it; None when no page does or
    the text is too short to tell."""
    key = page_letters(activity)[:40]
    if len(key) < 8:
        return None
    order = [*range(start, len(pages)), *range(0, min(start, len(pages)))]
    return next((i for i in order if key in pages[i]), None)


class SourceView(QWidget):
    """Shows a `SourceDocument`. Signals: ``pageShown(index)`` once a page's image is on screen,
    ``failed(message)`` when the PDF cannot be read."""

    pageShown = Signal(int)  # noqa: N815
    failed = Signal(str)

    def __init__(self, source: SourceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.page = first_page(source.location)
        self.count = 0
        self.images: dict[int, QImage] = {}
        self.texts: list[str] = []  # each page's text layer, as `page_letters` gives it
        self.zoom = 0.0  # 0: fit the page width
        self._wanted = self.page
        self.title = QLabel(source.file_name + (f" — {source.location}" if source.location else ""))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self._open_label())
        self.open_button.clicked.connect(self.open_original)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        if source.is_pdf:
            self._build_pages(layout)
            self._load_pdf()
        else:
            self._build_office(layout)

    # ----- composition -------------------------------------------------------------------------------
    def _build_pages(self, layout: QVBoxLayout) -> None:
        bar = QHBoxLayout()
        self.prev_button = self._tool("◀", self.tr("Previous page"), lambda: self.show_page(self.page - 1))
        self.next_button = self._tool("▶", self.tr("Next page"), lambda: self.show_page(self.page + 1))
        self.page_label = QLabel(self.tr("Reading the original…"))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self._tool("−", self.tr("Zoom out"), lambda: self.set_zoom(self._scale() / ZOOM_STEP)))
        bar.addWidget(self._tool("+", self.tr("Zoom in"), lambda: self.set_zoom(self._scale() * ZOOM_STEP)))
        bar.addWidget(self._tool("↔", self.tr("Fit width"), lambda: self.set_zoom(0.0)))
        bar.addWidget(self.open_button)
        layout.addLayout(bar)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.view, 1)
        self._set_buttons()

    def _build_office(self, layout: QVBoxLayout) -> None:
        note = QLabel(self.tr("sopdesk cannot draw the pages of this file. Open it in its own program "
                              "to compare the draft with it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _open_label(self) -> str:
        suffix = Path(self.source.file_name).suffix.lower()
        if suffix in _WORD:
            return self.tr("Open in Word")
        if suffix in _SHEET:
            return self.tr("Open in Excel")
        return self.tr("Open the original")

    # ----- pages -------------------------------------------------------------------------------------
    def _load_pdf(self) -> None:
        from sopdesk.ui.pdf_pages import page_sizes, page_texts

        data = self.source.data

        def work(_p: Progress) -> tuple[int, list[str]]:
            return len(page_sizes(data)), [page_letters(text) for text in page_texts(data)]

        run_task(work, self._alive(self._on_loaded), self._alive(self._on_failed))

    def _alive(self, slot: Callable[..., None]) -> Callable[..., None]:
        """``slot`` called only while this view exists (the editor may close first)."""
        me = weakref.ref(self)
        name = slot.__name__

        def call(*args: Any) -> None:
            target = me()
            if target is not None and isValid(target):
                getattr(target, name)(*args)

        return call

    def _on_loaded(self, result: tuple[int, list[str]]) -> None:
        self.count, self.texts = result
        self.show_page(min(self._wanted, max(self.count - 1, 0)))

    def _on_failed(self, exc: Exception) -> None:
        message = self.tr("The pages of the original could not be drawn: %s") % exc
        self.page_label.setText(message)
        self.failed.emit(message)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0-based; out of range: nothing), rendering it off the GUI thread."""
        if self.count == 0:
            self._wanted = index
            return
        if not 0 <= index < self.count:
            return
        self.page = index
        self._set_buttons()
        if index in self.images:
            self._display(index)
            return
        from sopdesk.ui.pdf_pages import render_page

        data = self.source.data
        run_task(lambda _p: (index, render_page(data, index, PAGE_DPI)), self._alive(self._on_rendered),
                 self._alive(self._on_failed))

    def _on_rendered(self, result: tuple[int, QImage]) -> None:
        index, image = result
        self.images[index] = image
        if index == self.page:
            self._display(index)

    def _display(self, index: int) -> None:
        self.item.setPixmap(QPixmap.fromImage(self.images[index]))
        self.scene.setSceneRect(self.item.boundingRect())
        self._apply_zoom()
        self.view.verticalScrollBar().setValue(0)
        self.pageShown.emit(index)

    def _set_buttons(self) -> None:
        self.prev_button.setEnabled(self.page > 0 and self.count > 0)
        self.next_button.setEnabled(self.page + 1 < self.count)
        if self.count:
            self.page_label.setText(self.tr("Page %d of %d") % (self.page + 1, self.count))

    def follow_step(self, activity: str) -> None:
        """Turn to the page that holds the step whose Kegiatan is ``activity``, if the text layer tells."""
        found = step_page(self.texts, activity, first_page(self.source.location))
        if found is not None and found != self.page:
            self.show_page(found)

    # ----- zoom --------------------------------------------------------------------------------------
    def _scale(self) -> float:
        return self.view.transform().m11()

    def set_zoom(self, scale: float) -> None:
        """Scale the page (1.0: `PAGE_DPI` pixels per inch); 0 fits the page width to the view."""
        self.zoom = min(max(scale, 0.1), 6.0) if scale else 0.0
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        width = self.item.boundingRect().width()
        scale = self.zoom
        if not scale and width:
            scale = max(self.view.viewport().width() - 4, 50) / width
        if scale:
            self.view.resetTransform()
            self.view.scale(scale, scale)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.source.is_pdf and not self.zoom:
            self._apply_zoom()

    # ----- the original in its own program ---------------------------------------------------------------
    def open_original(self) -> Path:
        """Write the stored bytes to a temporary folder and open them with the system's program for
        them; says so when none opened them. Returns the file written."""
        folder = Path(tempfile.mkdtemp(prefix="sopdesk-asal-"))
        target = folder / (Path(self.source.file_name).name or "dokumen-asal")
        target.write_bytes(self.source.data)
        if not open_url(QUrl.fromLocalFile(str(target))):
            QMessageBox.warning(self, QCoreApplication.translate("SourceView", "Original document"),
                                self.tr("No program on this computer opens %s. The original was saved as:\n%s")
                                % (target.suffix or target.name, target))
        return target


def add_source_dock(window: Any, source: SourceDocument, view_menu: Any) -> Any:
    """Put a `SourceView` of ``source`` in a dock of the editor ``window`` (a QMainWindow), on the
    right beside the drawing unless the user placed it before, with its toggle in ``view_menu``.
    Returns the dock."""
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget(QCoreApplication.translate("SourceView", "Original document"), window)
    dock.setObjectName("source_dock")
    dock.setWidget(SourceView(source, dock))
    if not window.restoreDockWidget(dock):  # first time: the table, the drawing and the pages a third each
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        width = window.width() // 3 if source.is_pdf else 260  # a Word/Excel original: a note and a button
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        central = window.centralWidget()
        if source.is_pdf and isinstance(central, QSplitter):
            central.setSizes([width, width])
    view_menu.addAction(dock.toggleViewAction())
    return dock
