"""The Identitas tab paints the identity pages of the layout, as the PDF does (issue 13: "the
Identitas view on screen is the printed page"): the same texts, images and footers; links to
related SOPs, copying the text, zoom from the View menu."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPainter

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import HeadLine, Signature, SignatureMode, Weight
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.geometry import Rect
from sopdesk.layout.sheet import layout_identity, layout_sheet
from sopdesk.ui.identity import IdentityView
from sopdesk.ui.tasks import wait_for_all
from tests.test_v2_print import _png, _qr
from tests.windows import open_window


def _signed(sop: Sop) -> Sop:
    return dataclasses.replace(
        sop, logo=_png(), letterhead=(HeadLine("BADAN CONTOH", Weight.BOLD), HeadLine("Jl. Contoh 1", Weight.SMALL)),
        signature=Signature(SignatureMode.ELECTRONIC, _qr(), "Ditandatangani secara elektronik (BSrE)."))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rendered(view: IdentityView, number: int = 0) -> QImage:
    """Page ``number`` as painted by the scene, 1 pixel per point."""
    item = view.scene.pages[number]
    page = item.page
    image = QImage(int(page.width), int(page.height), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    view.scene.render(painter, QRectF(0, 0, page.width, page.height), item.sceneBoundingRect())
    painter.end()
    return image


def _dark_share(image: QImage, r: Rect) -> float:
    pixels = [QColor(image.pixel(x, y)).lightness() < 128 for x in range(int(r.x) + 1, int(r.right) - 1)
              for y in range(int(r.y) + 1, int(r.bottom) - 1)]
    return sum(pixels) / max(len(pixels), 1)


def test_the_view_paints_the_layout_s_pages_as_the_pdf_prints_them(qtbot, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    sop = _signed(sample_by_id["lamandau-pengisian-e-sakip"])
    pages = layout_sheet(sop).identity  # as the window lays them out: footers counting the whole sheet
    view = IdentityView()
    qtbot.addWidget(view)
    view.show_sop(sop, [], pages)
    assert len(pages) == 2 and [item.page for item in view.scene.pages] == pages
    reader = PdfReader(io.BytesIO(render_sheet(sop)))
    for number, page in enumerate(pages):
        printed = _squash(reader.pages[number].extract_text() or "")
        drawn = [line for block in page.texts for line in block.lines if line.strip()]
        assert drawn and all(_squash(line) in printed for line in drawn)
        assert len(reader.pages[number].images) == len(page.images)
    assert {i.role for i in pages[0].images} == {"logo", "signing_qr"}
    image = _rendered(view)
    logo = next(i.rect for i in pages[0].images if i.role == "logo")
    assert QColor(image.pixel(int(logo.cx), int(logo.cy))) == QColor("navy")
    qr = next(i.rect for i in pages[0].images if i.role == "signing_qr")
    assert 0.25 < _dark_share(image, qr) < 0.75
    title = next(t for t in pages[0].texts if t.role == "id_title")
    assert _dark_share(image, title.rect) > 0.03


def test_the_page_text_is_copied(qtbot, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    view = IdentityView()
    qtbot.addWidget(view)
    view.show_sop(sop)
    view.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert "Nomor SOP" in copied and sop.title in copied and sop.legal_basis[0][:40] in copied
    assert "Halaman" not in copied
    view.show_sop(None)
    assert view.scene.pages == [] and view.links() == []


def test_the_view_menu_zooms_the_identity_pages_when_their_tab_is_shown(qtbot, db_path: Path,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    window = open_window(qtbot, db_path, tmp_path)
    try:
        window.tabs.setCurrentWidget(window.identity)
        diagram = window.view.zoom
        before = window.identity.view.zoom
        zoom_in = next(a for a in window.findChildren(QAction) if a.text().replace("&", "") in ("Zoom in", "Perbesar"))
        zoom_in.trigger()
        assert window.identity.view.zoom > before and window.view.zoom == diagram
        assert window.identity.scene.pages and window.current is not None
        shown = [item.page for item in window.identity.scene.pages]
        assert shown == layout_identity(window.current, window.paper(), total=len(shown) + len(window.scene.pages))
    finally:
        wait_for_all()
