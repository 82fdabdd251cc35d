"""The Periksa lembar dialog, offscreen: type a code, see the verdict in the interface language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.domain.verdict import Outcome, Verdict
from sopdesk.store.database import Database, open_database
from sopdesk.ui.tasks import wait_for_all
from sopdesk.ui.verify_dialog import VerifyDialog, open_verify_dialog

KEY = "lamandau-pengisian-e-sakip"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    wait_for_all()
    database.close()


def _check(qtbot, dialog: VerifyDialog, text: str) -> Verdict:  # type: ignore[no-untyped-def]
    dialog.code.setText(text)
    with qtbot.waitSignal(dialog.verified, timeout=10000) as blocker:
        dialog.check_button.click()
    verdict: Verdict = blocker.args[0]
    assert dialog.answer.text() == dialog.message(verdict)
    return verdict


def test_the_dialog_tells_match_draft_changed_unknown_and_malformed(
        qtbot, db: Database, sample_by_id: dict[str, Sop], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_verify_dialog(None, db.sops)
    qtbot.addWidget(dialog)
    code = sheet_code(sample_by_id[KEY])
    assert _check(qtbot, dialog, code.text).outcome is Outcome.MATCH
    assert dialog.answer.text().startswith("Matches: this sheet is revision 1 of SOP")
    assert "1b6e20" in dialog.answer.styleSheet()
    dialog.grab().save(str(tmp_path / "verify_match.png"))

    approved = db.sops.find_by_key(KEY)
    assert approved is not None
    draft_id = db.sops.start_draft(approved)
    draft = dataclasses.replace(db.sops.load(draft_id), effective_on=dt.date(2026, 2, 2))
    db.sops.save_draft(draft_id, draft)
    assert _check(qtbot, dialog, sheet_code(draft).qr_payload).outcome is Outcome.DRAFT
    assert "still a draft" in dialog.answer.text()

    changed = code.text[:-1] + ("0" if code.text[-1] != "0" else "1")
    assert _check(qtbot, dialog, changed).outcome is Outcome.CHANGED
    assert dialog.answer.text().startswith("Does not match")
    dialog.grab().save(str(tmp_path / "verify_changed.png"))
    assert _check(qtbot, dialog, f"{KEY}/9/{code.digest[:10]}").outcome is Outcome.UNKNOWN
    assert dialog.answer.text() == f"Unknown code: SOP {KEY} has no revision 9."
    assert _check(qtbot, dialog, "apa ini").outcome is Outcome.MALFORMED
    assert dialog.answer.text().startswith("Not a sheet code.")
