"""A version-2 SOP in the catalogue (issue 14): the window draws it, from the same layout as the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sopdesk.io.exchange import load_sop_file
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.store.database import open_database
from tests.windows import open_window

FIXTURE = Path(__file__).parent / "fixtures" / "v2" / "kemenkumham-kepegawaian-kode-etik.json"


def test_selecting_a_version_2_sop_draws_it_as_it_prints(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    target = tmp_path / "sopdesk.sqlite3"
    db = open_database(target)
    sop = load_sop_file(FIXTURE)
    (revision_id,) = db.sops.add_all([sop])
    db.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    window = open_window(qtbot, target, tmp_path)
    window.resize(1366, 768)
    window.show_revision(revision_id)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == sop.id, timeout=20000)
    expected = layout_flowchart(sop, window.paper(), page_offset=1)
    assert not said
    assert [item.page.width for item in window.scene.pages] == [page.width for page in expected.pages]
    assert window.scene.pages[0].page.width == pytest.approx(1008.0, abs=0.5)  # the SOP's own Legal paper
    drawn = {t.lines for item in window.scene.pages for t in item.page.texts if t.role == "footnote"}
    assert drawn == {t.lines for page in expected.pages for t in page.texts if t.role == "footnote"} != set()
