"""The interface language: the audit log as shown (names, actions and details in words, local time
with the zone name; the stored entries and their chain unchanged), and the core's messages, the
revision history and the Waktu readings in both languages."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from sopdesk.domain.checker import Finding
from sopdesk.domain.dates import local_from_utc, zone_label
from sopdesk.domain.messages import TEMPLATES, Phrase, render
from sopdesk.store.audit import Actor
from sopdesk.store.database import open_database
from sopdesk.ui.app import install_translators

NOW = dt.datetime(2025, 6, 30, 16, 0)


@pytest.mark.parametrize(("hours", "minutes", "label"), [
    (7, 0, "WIB"), (8, 0, "WITA"), (9, 0, "WIT"), (0, 0, "UTC+00:00"), (5, 30, "UTC+05:30"), (-3, 0, "UTC-03:00"),
])
def test_zone_labels(hours: int, minutes: int, label: str) -> None:
    sign = -1 if hours < 0 else 1
    assert zone_label(dt.timedelta(hours=hours, minutes=sign * minutes)) == label


@pytest.fixture
def makassar() -> Iterator[None]:
    """The machine's zone is WITA (UTC+8) for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Makassar"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_stored_utc_time_is_shown_in_local_time(makassar: None) -> None:
    assert local_from_utc(dt.datetime(2025, 6, 30, 23, 30)) == (dt.datetime(2025, 7, 1, 7, 30), "WITA")


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "id")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


def _logged_entries(db_path: Path) -> list[Any]:
    """An execution started, its first step started and finished, all by Ana; returns the entries."""
    db = open_database(db_path, seed=True)
    try:
        revision = db.sops.find_by_key("lamandau-pengisian-e-sakip")
        assert revision is not None
        ana = Actor(os_user="pc-ana", app_user="Ana")
        start = dt.datetime(2025, 6, 30, 8, 20)
        eid = db.executions.start(revision, "LKj 2025", "", "Ana", start, NOW, actor=ana)
        db.executions.start_step(eid, 0, start, "Ana", NOW, actor=ana)
        db.executions.finish_step(eid, start + dt.timedelta(minutes=5), NOW, actor=ana)
        assert db.sops.verify_audit() == []
        return db.sops.audit_log(action="execution")
    finally:
        db.close()


def test_execution_entries_name_the_person_and_read_in_words(qtbot: Any, db_path: Path, makassar: None,
                                                            indonesian: None) -> None:
    from sopdesk.ui.history import ACTION_ROLE, AuditDialog

    entries = _logged_entries(db_path)
    assert len(entries) == 3 and {e.app_user for e in entries} == {"Ana"}
    dialog = AuditDialog(entries)
    qtbot.addWidget(dialog)
    rows = [[dialog.proxy.index(r, c).data() for c in range(6)] for r in range(dialog.proxy.rowCount())]
    assert {r[2] for r in rows} == {"Ana"}
    assert {r[3] for r in rows} == {"Pelaksanaan"}
    details = {r[5] for r in rows}
    assert "Pelaksanaan #1: langkah 1 mulai 30-06-2025 08:20" in details
    assert "Pelaksanaan #1 dimulai: “LKj 2025”" in details
    assert "Pelaksanaan #1: langkah selesai 30-06-2025 08:25" in details
    assert all(r[0].endswith(" WITA") for r in rows)
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Waktu"
    assert dialog.proxy.index(0, 3).data(ACTION_ROLE) == "execution"


def test_the_filter_says_when_nothing_matches(qtbot: Any, db_path: Path) -> None:
    from sopdesk.ui.history import AuditDialog

    dialog = AuditDialog(_logged_entries(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.empty_hint.label.isVisible()
    qtbot.keyClicks(dialog.text, "tidak ada entri seperti ini")
    assert dialog.proxy.rowCount() == 0 and dialog.empty_hint.label.isVisible()
    dialog.text.clear()
    assert dialog.proxy.rowCount() == 3 and not dialog.empty_hint.label.isVisible()


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    import string

    for code, (indonesian, english) in TEMPLATES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f is not None} for t in (indonesian, english)]
        assert fields[0] == fields[1], code
    assert render("waktu", (3, Phrase("Jumlah waktu harus lebih dari nol")), "en") == \
        "The Waktu of step 3 cannot be read: The amount of time must be more than zero"
    assert render("lane-twice", ("nama",), "en") == "Pelaksana «nama» appears twice"  # user text stays as it is


def test_a_finding_reads_in_either_language() -> None:
    finding = Finding("empty-output", "output", 6, (7,))
    assert finding.message == finding.text("id") == "Output langkah 7 kosong"
    assert finding.text("en") == "The Output of step 7 is empty"


def test_the_core_refusals_read_in_english_through_the_store(db_path: Path) -> None:
    from sopdesk.domain.isoweek import parse_week
    from sopdesk.domain.messages import translated
    from sopdesk.domain.model import Status
    from sopdesk.store.errors import StoreError

    db = open_database(db_path, seed=True)
    try:
        revision = db.sops.find_by_key("lamandau-pengisian-e-sakip")
        assert revision is not None
        with pytest.raises(StoreError) as empty_title:
            db.executions.start(revision, " ", "", "Ana", NOW, NOW)
        with pytest.raises(StoreError) as not_allowed:  # a LifecycleError passed on as a StoreError
            db.sops.change_status(revision, Status.APPROVED)
    finally:
        db.close()
    assert str(empty_title.value) == "Isi judul pelaksanaan."
    assert translated(empty_title.value, "en") == "Enter a title for the execution."
    assert str(not_allowed.value) == "Status tidak dapat diubah dari disahkan ke disahkan."
    assert translated(not_allowed.value, "en") == "The status cannot change from approved to approved."
    with pytest.raises(ValueError) as week:
        parse_week("kemarin")
    assert translated(week.value, "en") == "Week 'kemarin' cannot be read: write the year and the ISO week number, " \
        "e.g. 2026-W46."
    assert translated(ValueError("plain"), "en") == "plain"


def test_what_changed_between_revisions_reads_in_either_language(sample_by_id: dict[str, Any]) -> None:
    import dataclasses

    from sopdesk.domain.diff import diff_revisions
    from sopdesk.domain.model import Symbol

    old = sample_by_id["kalbar-penyusunan-lkj-biro"]
    steps = list(old.steps)
    steps[3] = dataclasses.replace(steps[3], symbol=Symbol.DECISION, standard_time="2 jam")
    new = dataclasses.replace(old, title="Penyusunan LKj Biro", steps=tuple(steps),
                              approval=dataclasses.replace(old.approval, name="Budi"))
    changes = diff_revisions(old, new)
    english = [c.line("en") for c in changes]
    assert "Identity · Nama SOP: «Penyusunan Laporan Kinerja Biro» → «Penyusunan LKj Biro»" in english
    assert "Identity · Disahkan oleh: name: «Rita Hastarita, S.Sos, M.Si» → «Budi»" in english
    assert "Kegiatan · step 4: symbol: «process» → «decision»" in english
    assert any(line.startswith("Kegiatan · step 4: Waktu: «") for line in english)
    assert "Identitas · Disahkan oleh: nama: «Rita Hastarita, S.Sos, M.Si» → «Budi»" in [c.line() for c in changes]


def test_every_waktu_reason_has_its_english() -> None:
    from sopdesk.domain import waktu
    from sopdesk.domain.messages import PHRASES

    reasons = set(waktu._NO_STANDARD.values())
    reasons |= {waktu.parse_waktu(text).reason for text in ("2-3 hari", "segera", "3 kali", "0 hari")}
    assert reasons and all(reason in PHRASES for reason in reasons), reasons - set(PHRASES)


def test_office_settings_refusals_read_in_english() -> None:
    from sopdesk.domain.dates import parse_date_id
    from sopdesk.domain.messages import translated
    from sopdesk.domain.office import parse_dates, parse_hours

    cases = ((lambda: parse_hours("07:30-x", 4), "Jam kerja Jumat: '07:30-x' tidak terbaca (tulis mis. 07:30-12:00).",
              "Working hours of Friday: '07:30-x' cannot be read (write e.g. 07:30-12:00)."),
             (lambda: parse_dates(["31-13-2025"], "Libur kantor"),
              "Libur kantor: '31-13-2025' bukan tanggal (tulis 31-12-2025).",
              "Office days off: '31-13-2025' is not a date (write 31-12-2025)."),
             (lambda: parse_date_id("31-02-2021"), "Tanggal '31-02-2021' tidak ada di kalender",
              "The date '31-02-2021' is not in the calendar"))
    for call, indonesian, english in cases:
        with pytest.raises(ValueError) as refused:
            call()
        assert (str(refused.value), translated(refused.value, "en")) == (indonesian, english)


def test_a_malformed_sheet_code_says_why_in_the_interface_language(qtbot: Any, db_path: Path,
                                                                    indonesian: None) -> None:
    from sopdesk.store.verify import verify_code
    from sopdesk.ui.verify_dialog import VerifyDialog

    db = open_database(db_path, seed=True)
    try:
        verdict = verify_code(db.sops, "satu dua")
    finally:
        db.close()
    assert str(verdict.message).startswith("Kode tidak sah: Kode harus berbentuk")  # the CLI's text
    dialog = VerifyDialog(lambda _code: verdict)
    qtbot.addWidget(dialog)
    assert dialog.message(verdict).startswith("Bukan kode lembar. Kode harus berbentuk <id SOP>")
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert dialog.message(verdict).startswith("Not a sheet code. A code has the form <SOP id>/<revision>")
