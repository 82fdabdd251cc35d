"""The Diagram alir paints characters the bundled font lacks in the same fallback fonts as the PDF."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from sopdesk.domain.model import Sop
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.ui.fonts import run_font
from sopdesk.ui.scene import FlowchartScene


def _ink(scene: FlowchartScene, rect: QRectF) -> int:
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128)


def test_arabic_is_painted_in_the_fallback_font(qtbot: QtBot, sample_by_id: dict[str, Sop]) -> None:
    assert "Arabic" in run_font("NotoSansArabic").family()
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    inked = []
    for activity in ("x", "x عليكم السلام عليكم"):
        steps = list(sop.steps)
        steps[1] = dataclasses.replace(steps[1], activity=activity)
        layout = layout_flowchart(dataclasses.replace(sop, steps=tuple(steps)))
        block = next(t for t in layout.pages[0].texts if t.role == "activity" and t.lines[0].startswith("x"))
        scene = FlowchartScene()
        scene.show_layout(layout)
        r = block.rect
        inked.append(_ink(scene, QRectF(r.x, r.y, r.w, r.h)))
    assert inked[1] > inked[0] + 20


def test_an_edit_repaints_only_the_area_it_changed(sample_by_id: dict[str, Sop]) -> None:
    from sopdesk.ui.scene import changed_area

    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    before = layout_flowchart(sop, live=True).pages[0]
    assert changed_area(before, layout_flowchart(sop, live=True).pages[0]) is None
    steps = list(sop.steps)
    steps[3] = dataclasses.replace(steps[3], output=steps[3].output + " x")  # the same number of lines
    after = layout_flowchart(dataclasses.replace(sop, steps=tuple(steps)), live=True).pages[0]
    area = changed_area(before, after)
    row = after.row_rects[3]
    assert area is not None and area.top() <= row.y and row.bottom <= area.bottom()
    assert area.height() < row.h + 20 and area.width() < after.width / 3  # the Output cell, not the page
