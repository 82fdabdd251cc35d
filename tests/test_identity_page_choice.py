"""Where the identity part prints (``SheetSetup.identity_page``): on its own page, with the
flowchart beginning under the identity table when it fits (the Kemenkumham Banten book), or not
at all (Basarnas' workbook) — in the exchange format, the editing functions, the layout and the
PDF, the Identitas view, and the editor's Lembar tab as one undoable command."""

from __future__ import annotations

import copy
import dataclasses
import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sopdesk.domain import editing_sheet
from sopdesk.domain.canonical import canonical_content, content_hash
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import IdentityPage
from sopdesk.io.exchange import SopFileError, sop_from_dict, sop_to_dict
from sopdesk.io.pdf import render_sheet, sheet_page_count
from sopdesk.layout.flowchart import FOOTER_H
from sopdesk.layout.paper import PAPERS, PaperName
from sopdesk.layout.quality import check_quality
from sopdesk.layout.sheet import JOIN_GAP, layout_sheet
from sopdesk.ui.editor.sheet_panel import SheetPanel
from sopdesk.ui.identity import IdentityView
from sopdesk.ui.main_window import MainWindow
from tests.test_long_text import long_text
from tests.test_ui_editor import new_blank, settings, window  # noqa: F401 (fixtures)
from tests.test_ui_sheet_panel import _choose


def _choice(sop: Sop, choice: IdentityPage) -> Sop:
    return editing_sheet.set_identity_page(sop, choice)


def _editor_footers(editor: Any) -> list[list[str]]:
    """The footers of the editor's drawing (its flowchart pages)."""
    assert editor.scene.layout is not None
    return _footers(editor.scene.layout.pages)


def _footers(pages: list[Any]) -> list[list[str]]:
    return [[" ".join(t.lines) for t in p.texts if t.role == "footer"] for p in pages]


def test_the_choice_round_trips_through_a_file_and_keeps_old_hashes(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    labelled = editing_sheet.set_label(sop, "title", "Judul SOP")  # a setup chosen before this field existed
    assert "identity_page" not in canonical_content(labelled)["setup"]
    assert content_hash(_choice(labelled, IdentityPage.OWN)) == content_hash(labelled)
    for choice in IdentityPage:
        doc = sop_to_dict(_choice(sop, choice))
        assert doc.get("identity_page") == (None if choice is IdentityPage.OWN else choice.value)
        assert sop_from_dict(doc).setup.identity_page is choice
    bad = {**sop_to_dict(_choice(sop, IdentityPage.NONE)), "identity_page": "bawah"}
    with pytest.raises(SopFileError, match="identity_page"):
        sop_from_dict(bad)
    v1 = {**copy.deepcopy(sop_to_dict(sop)), "format_version": 1, "identity_page": "none"}
    with pytest.raises(SopFileError, match="identity_page"):
        sop_from_dict(v1)
    with pytest.raises(ValueError):
        editing_sheet.set_identity_page(sop, "bawah")  # type: ignore[arg-type]
    assert _choice(_choice(sop, IdentityPage.NONE), IdentityPage.OWN) == sop
    assert _choice(sop, IdentityPage.OWN).setup == sop.setup  # the sample's own (its seed's labels)


def test_the_flowchart_begins_under_the_identity_table(sample_by_id: dict[str, Sop]) -> None:
    sop = _choice(sample_by_id["kalbar-penyusunan-lkj-biro"], IdentityPage.WITH_FLOWCHART)
    sheet = layout_sheet(sop)
    own = layout_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"])
    assert sheet.joined and len(sheet.pages) == len(own.pages)
    shared = sheet.pages[0]
    identity_bottom = max(c.rect.bottom for c in sheet.identity[-1].cells)
    heading = next(t for t in shared.texts if t.role == "title")
    assert heading.rect.y >= identity_bottom + JOIN_GAP - 0.01
    assert shared.steps and shared.steps[0] == 0 and "Nomor SOP" in [t.lines[0] for t in shared.texts]
    total = len(sheet.pages)
    assert _footers(sheet.pages) == [[f"Halaman {k} dari {total}"] for k in range(1, total + 1)]
    footer_top = sheet.paper.height - sheet.paper.margin - FOOTER_H
    assert check_quality(sheet.flowchart.pages, footer_top) == []
    assert check_quality(sheet.pages, footer_top) == []  # the shared page too
    assert sorted(s for p in sheet.flowchart.pages for s in p.steps) == list(range(len(sop.steps)))
    reader = PdfReader(io.BytesIO(render_sheet(sop)))
    assert len(reader.pages) == total == sheet_page_count(sop, PAPERS[PaperName.A4])
    first = reader.pages[0].extract_text() or ""
    assert "Nomor SOP" in first and sop.steps[0].activity[:30] in first.replace("\n", " ")
    assert sheet.identity_pages[-1] is not sheet.identity[-1] and sheet.flowchart_pages[0].texts == shared.texts


def test_a_full_identity_page_leaves_the_flowchart_on_the_next(sample_by_id: dict[str, Sop]) -> None:
    base = sample_by_id["kalbar-penyusunan-lkj-biro"]
    for chars in range(2_000, 12_000, 400):  # some length leaves too little room under the identity
        sop = _choice(dataclasses.replace(base, legal_basis=(long_text(chars),)), IdentityPage.WITH_FLOWCHART)
        sheet = layout_sheet(sop, with_code=False)  # the code differs: the choice is content
        if not sheet.joined:
            break
    else:
        pytest.fail("every identity page had room for the flowchart")
    assert sheet.pages == layout_sheet(_choice(sop, IdentityPage.OWN), with_code=False).pages


def test_no_identity_page(qtbot, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    sop = _choice(sample_by_id["kalbar-penyusunan-lkj-biro"], IdentityPage.NONE)
    sheet = layout_sheet(sop)
    assert sheet.identity == [] and sheet.pages == sheet.flowchart.pages
    total = len(sheet.pages)
    assert _footers(sheet.pages) == [[f"Halaman {k} dari {total}"] for k in range(1, total + 1)]
    reader = PdfReader(io.BytesIO(render_sheet(sop)))
    assert len(reader.pages) == total
    assert "Disahkan oleh" not in (reader.pages[0].extract_text() or "")
    view = IdentityView()
    qtbot.addWidget(view)
    view.show_sop(sop, [], sheet.identity_pages)
    assert view.scene.pages == [] and "This sheet prints no identity page." in view.text()


def test_the_lembar_tab_sets_it_as_one_command(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:  # noqa: F811
    editor = new_blank(qtbot, window, monkeypatch, "SOP identitas")
    try:
        panel = editor.findChild(SheetPanel)
        assert panel is not None
        editor.tabs.setCurrentWidget(panel)
        doc, stack = editor.document, editor.document.undo_stack
        start = stack.count()
        assert _editor_footers(editor) == _footers(layout_sheet(doc.sop, live=True).flowchart.pages) \
            == [["Halaman 2 dari 2"]]  # the drawing numbers its page after the identity page, as printed
        _choose(qtbot, panel.identity_page, IdentityPage.NONE.value)
        assert doc.sop.setup.identity_page is IdentityPage.NONE and stack.count() > start
        assert _editor_footers(editor) == [["Halaman 1 dari 1"]]
        _choose(qtbot, panel.identity_page, IdentityPage.WITH_FLOWCHART.value)
        assert doc.sop.setup.identity_page is IdentityPage.WITH_FLOWCHART
        assert _editor_footers(editor) == [["Halaman 1 dari 1"]]  # the flowchart under the identity table
        shared = layout_sheet(doc.sop, live=True).flowchart.pages[0]
        assert editor.scene.layout is not None and editor.scene.layout.pages[0].row_rects == shared.row_rects
        count = stack.count()
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stack.index() == count - 1 and doc.sop.setup.identity_page is IdentityPage.NONE
        assert panel.identity_page.currentData() == IdentityPage.NONE.value
        stack.setIndex(start)
        assert doc.sop.setup.identity_page is IdentityPage.OWN
        assert panel.identity_page.currentData() == IdentityPage.OWN.value
    finally:
        editor.document.undo_stack.setClean()


@pytest.mark.parametrize("choice", [IdentityPage.WITH_FLOWCHART, IdentityPage.NONE])
def test_every_sample_prints_cleanly_with_either_choice(sample_sops: list[Sop], choice: IdentityPage) -> None:
    for sop in sample_sops:
        sheet = layout_sheet(_choice(sop, choice))
        own = layout_sheet(sop)
        footer_top = sheet.paper.height - sheet.paper.margin - FOOTER_H
        assert check_quality(sheet.pages, footer_top) == [], sop.id
        assert len(sheet.pages) <= len(own.pages), sop.id
        assert sorted(s for p in sheet.pages for s in p.steps) == list(range(len(sop.steps)))
