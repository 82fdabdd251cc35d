"""A version-2 SOP in the catalogue (issue 14): the window says clearly that it cannot draw it yet,
in the interface's language, instead of drawing something wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from sopdesk.io.exchange import load_sop_file
from sopdesk.store.database import open_database
from tests.windows import open_window

FIXTURE = Path(__file__).parent / "fixtures" / "v2" / "kemenkumham-kepegawaian-kode-etik.json"


def test_selecting_a_version_2_sop_says_the_layout_cannot_draw_it_yet(qtbot: Any, tmp_path: Path,
                                                                       monkeypatch: Any) -> None:
    target = tmp_path / "sopdesk.sqlite3"
    db = open_database(target)
    (revision_id,) = db.sops.add_all([load_sop_file(FIXTURE)])
    db.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    window = open_window(qtbot, target, tmp_path)
    window.show_revision(revision_id)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert ("Tata letak lembar SOP belum dapat menangani fitur format versi 2" in said[0]
            or "The SOP sheet layout cannot handle yet the format version 2 features" in said[0]), said
    assert "beberapa bagan alir" in said[0] or "several flowcharts" in said[0]
