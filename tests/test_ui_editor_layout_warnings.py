"""The layout quality checker's warnings in the editor (issue 13: "shown to the editor as
warnings"): checked on the drawing once the edits pause, listed in the checker dock in the
interface language after the format findings, counted in its title, and a click brings the place
into view."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTransform

from sopdesk.domain.model import Sop
from sopdesk.layout.geometry import Page
from sopdesk.layout.quality import Issue
from sopdesk.ui.editor import layout_warnings
from sopdesk.ui.editor.window import EditorWindow
from sopdesk.ui.settings import Settings
from tests.test_ui_editor import _editor, settings  # noqa: F401 (fixture)

KALBAR = "kalbar-penyusunan-lkj-biro"


@pytest.fixture
def ed(qtbot: Any, settings: Settings, sample_by_id: dict[str, Sop]) -> Iterator[EditorWindow]:  # noqa: F811
    with _editor(qtbot, settings, sample_by_id[KALBAR]) as editor:
        yield editor


def _items(ed: EditorWindow) -> list[str]:
    return [ed.checker.item(i).text() for i in range(ed.checker.count())]


def test_a_sample_drawing_is_checked_after_the_edits_pause_and_has_no_warning(qtbot: Any,
                                                                                ed: EditorWindow) -> None:
    checked: list[int] = []
    real = layout_warnings.check_quality

    def spy(pages: list[Page], footer_top: float | None = None) -> list[Issue]:
        checked.append(len(pages))
        return real(pages, footer_top)

    layout_warnings.check_quality = spy
    try:
        ed.steps_model.setData(ed.steps_model.index(1, ed.steps_model.column_of("activity")), "Menyusun konsep",
                               Qt.ItemDataRole.EditRole)
        assert checked == []  # not inside the edit's frame
        qtbot.waitUntil(lambda: checked != [], timeout=3000)
    finally:
        layout_warnings.check_quality = real
    assert ed.layout_warnings.issues == []
    assert ed.checker_dock.windowTitle() == f"Format checker ({len(ed.findings)})"


def test_a_warning_is_listed_counted_and_brings_its_place_into_view(qtbot: Any, settings: Settings,  # noqa: F811
                                                                    sample_by_id: dict[str, Sop],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with _editor(qtbot, settings, sample_by_id["lamandau-pengisian-e-sakip"]) as ed:  # two flowchart pages
        assert len(ed.scene.pages) >= 2
        last = ed.scene.pages[-1]
        at = (last.page.width / 2, last.page.height / 2)
        issue = Issue("line-text", last.page.number, "arrow (1,2)->(3,4) through 'Tidak'", at)
        monkeypatch.setattr(layout_warnings, "check_quality", lambda pages, footer: [issue])
        ed.layout_warnings.check_now()
        assert ed.layout_warnings.issues == [issue]
        assert _items(ed)[-1] == f"drawing, page {last.page.number}: a line runs through text or a label"
        assert ed.checker_dock.windowTitle() == f"Format checker ({len(ed.findings) + 1})"
        target = last.mapToScene(*at)

        def visible() -> bool:
            return ed.view.mapToScene(ed.view.viewport().rect()).boundingRect().contains(target)

        ed.view.setTransform(QTransform.fromScale(3.0, 3.0))  # zoomed in: a part of one page shows
        ed.view.centerOn(0, 0)
        assert not visible()
        ed.checker.itemClicked.emit(ed.checker.item(ed.checker.count() - 1))
        assert visible()  # the view turned to the line's place
        monkeypatch.setattr(layout_warnings, "check_quality", lambda pages, footer: [])
        ed.layout_warnings.check_now()
        assert ed.layout_warnings.issues == [] and not any(t.startswith("drawing") for t in _items(ed))


def test_the_warnings_read_in_indonesian(qapp: Any) -> None:
    from sopdesk.ui.app import install_translators

    warnings = layout_warnings.LayoutWarnings()
    install_translators(qapp, "id")
    try:
        assert warnings.text(Issue("shared-track", 2, "")) == ("gambar, halaman 2: dua garis berjalan berimpit "
                                                               "pada satu jalur")
    finally:
        install_translators(qapp, "en")
