"""Office settings: kept in the database, audited, used for verdicts; bad input changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sopdesk.domain import execution as ex
from sopdesk.domain.office import OfficeSettings, office_from_json, office_to_json
from sopdesk.store.database import open_database

NOW = dt.datetime(2025, 6, 30, 16, 0)


def test_settings_round_trip_and_are_audited(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.office.load() == OfficeSettings()
        settings = OfficeSettings(OfficeSettings().calendar.add_day_off(dt.date(2025, 6, 3)))
        db.office.save(settings)
        assert db.office.load() == settings
        assert db.sops.audit_log(action="settings")[0].target == "office"
    finally:
        db.close()


def test_an_office_day_off_moves_the_due_time(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
        assert rev is not None
        eid = db.executions.start(rev, "LKj", "", "Ana", dt.datetime(2025, 6, 2, 15), NOW)
        db.executions.start_step(eid, 0, dt.datetime(2025, 6, 2, 15, 30), "x", NOW)  # "1 jam", 30 min left today
        execution, sop = db.executions.load(eid)
        default_due = ex.judge(sop, execution.records[0], NOW).due
        assert default_due == dt.datetime(2025, 6, 3, 8, 0)
        office = OfficeSettings(OfficeSettings().calendar.add_day_off(dt.date(2025, 6, 3)))
        db.office.save(office)
        loaded = db.office.load()
        assert ex.judge(sop, execution.records[0], NOW, loaded.calendar, loaded.convention).due == \
            dt.datetime(2025, 6, 4, 8, 0)
        assert db.executions.open_steps(NOW, loaded.calendar)[0].due == dt.datetime(2025, 6, 4, 8, 0)
    finally:
        db.close()


@pytest.mark.parametrize(("patch", "message"), [
    (lambda d: d.update(hours=["7.30 sampai 12", *d["hours"][1:]]), "tidak terbaca"),
    (lambda d: d.update(days_off=["31-02-2025"]), "bukan tanggal"),
    (lambda d: d.update(days_per_week=9), "di luar batas"),
    (lambda d: d.pop("hours"), "tidak terbaca"),
])
def test_bad_settings_are_refused(patch, message: str) -> None:  # type: ignore[no-untyped-def]
    import json

    data = json.loads(office_to_json(OfficeSettings()))
    patch(data)
    with pytest.raises(ValueError, match=message):
        office_from_json(json.dumps(data))


def test_the_dialog_says_why_and_keeps_the_old_settings(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sopdesk.ui.office_dialog import OfficeDialog

    shown: list[str] = []
    monkeypatch.setattr("sopdesk.ui.office_dialog.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    dialog = OfficeDialog(OfficeSettings())
    qtbot.addWidget(dialog)
    dialog.hours[4].setText("07:30-11:30, 11:00-16:00")  # overlapping intervals on Friday
    dialog._accept()
    assert shown and dialog.result_settings is None
    dialog.hours[4].setText("07:30-11:00")
    dialog.days_off.setPlainText("17-08-2025\n2025-12-31")
    dialog._accept()
    assert dialog.result_settings is not None
    assert dialog.result_settings.calendar.days_off == {dt.date(2025, 8, 17), dt.date(2025, 12, 31)}
