"""Monitoring dan evaluasi: Tabel 7 pre-filled from real executions of sample SOPs (fixed clock),
assessments kept per period, exported to Excel and PDF and read back."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path
from unittest import mock

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sopdesk.domain import execution as ex
from sopdesk.domain import monitoring as mon
from sopdesk.domain.model import Status
from sopdesk.io.monitoring_pdf import export_monitoring_pdf, render_monitoring_pdf
from sopdesk.io.monitoring_xlsx import DATA, EVALUASI, FIRST_ROW, TABEL7, export_monitoring_xlsx
from sopdesk.store.backup import backup_folder, list_backups
from sopdesk.store.catalogue import SCHEMA_HEAD
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from tests.test_executions import _revision as _rev

NOW = dt.datetime(2025, 7, 1, 9, 0)  # Tuesday 1 July 2025: the default period is the first half of 2025
PERIOD = mon.Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
ESAKIP = "lamandau-pengisian-e-sakip"
LKJ = "kalbar-penyusunan-lkj-biro"


def t(day: int, hour: int, minute: int = 0, month: int = 6) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute)


def _esakip(db: Database, day: int, late_minutes: int) -> int:
    """A full E-SAKIP execution (12 steps, Tidak once at step 5 so steps 4-5 repeat); every step takes
    10 minutes except step 2 (Waktu 30 Menit), which takes 30 + ``late_minutes``."""
    log = db.executions
    eid = log.start(_rev(db, ESAKIP), f"E-SAKIP {day}", "800/ORG", "Ana", t(day, 8), NOW)
    at, looped = t(day, 8), False
    while True:
        execution, sop = log.load(eid)
        step = ex.next_step(sop, execution)
        if step is None:
            return eid
        log.start_step(eid, step, at, "Tim", NOW)
        at += dt.timedelta(minutes=30 + late_minutes if step == 1 else 10)
        exit_label = ""
        if sop.steps[step].exits:
            exit_label, looped = ("Ya", looped) if looped or step != 4 else ("Tidak", True)
        log.finish_step(eid, at, NOW, exit_label=exit_label)
        at += dt.timedelta(minutes=5)


@pytest.fixture
def logged(store_target: str | Path):  # type: ignore[no-untyped-def]
    """Three finished E-SAKIP runs in June (two late at step 2), one from December 2024 still open;
    an LKj run left overdue at step 1; a cancelled LKj run (on each store)."""
    db = open_database(store_target)
    _esakip(db, 2, 30)
    _esakip(db, 10, 0)
    _esakip(db, 16, 45)
    old = db.executions.start(_rev(db, ESAKIP), "E-SAKIP 2024", "", "Ana", dt.datetime(2024, 12, 2, 8), NOW)
    db.executions.start_step(old, 0, dt.datetime(2024, 12, 2, 8), "Sekda", NOW)
    db.executions.finish_step(old, dt.datetime(2024, 12, 2, 8, 10), NOW)
    lkj = db.executions.start(_rev(db, LKJ), "LKj 2025", "", "Ana", t(27, 9, month=5), NOW)
    db.executions.start_step(lkj, 0, t(27, 9, month=5), "Kabag", NOW)  # 1 jam: overdue at the period's end
    gone = db.executions.start(_rev(db, LKJ), "LKj salah", "", "Ana", t(3, 9), NOW)
    db.executions.start_step(gone, 0, t(3, 9), "Kabag", NOW)
    db.executions.cancel(gone, "salah input")
    yield db
    db.close()


def _expected(db: Database, key: str) -> dict[str, int]:
    """The figures counted straight from the execution records (not through the monitoring code)."""
    revision = _rev(db, key)
    counts = {"started": 0, "finished": 0, "on_time": 0, "late": 0}
    for execution in db.executions.for_revisions([revision]):
        full, sop = db.executions.load(execution.id)
        counts["started"] += PERIOD.begins <= full.started_at < PERIOD.ends
        if ex.is_finished(sop, full) and PERIOD.begins <= full.records[-1].finished_at < PERIOD.ends:  # type: ignore[operator]
            counts["finished"] += 1
        for record in full.records:
            if record.finished_at and PERIOD.begins <= record.finished_at < PERIOD.ends:
                verdict = ex.judge(sop, record, NOW).verdict
                counts["on_time"] += verdict is ex.Verdict.ON_TIME
                counts["late"] += verdict is ex.Verdict.LATE
    return counts


def test_the_default_period_is_the_six_months_before_now() -> None:
    assert mon.default_period(NOW) == PERIOD
    assert mon.default_period(dt.datetime(2025, 8, 31, 10)) == mon.Period(dt.date(2025, 2, 28), dt.date(2025, 8, 30))
    with pytest.raises(ValueError, match="Periode tidak sah"):
        mon.Period(dt.date(2025, 2, 1), dt.date(2025, 1, 1))


def test_the_form_is_prefilled_from_the_execution_logs(logged: Database) -> None:
    form = logged.monitoring.form(PERIOD, NOW)
    rows = {r.sop_key: r for r in form.rows}
    approved = {e.key for e in logged.sops.catalogue() if e.status is Status.APPROVED}
    assert set(rows) == approved and "opd-penyusunan-lakip" not in rows  # seed 003 has no signer: a draft
    esakip = rows[ESAKIP].figures
    expected = _expected(logged, ESAKIP)
    assert (esakip.started, esakip.finished, esakip.on_time, esakip.late) == (
        expected["started"], expected["finished"], expected["on_time"], expected["late"])
    assert (esakip.started, esakip.finished, esakip.late, esakip.running) == (3, 3, 2, 1)  # 2024 run still open
    assert esakip.on_time_rate == mon.Fraction(esakip.on_time, esakip.on_time + 2)
    assert esakip.late_steps[0].number == "2" and esakip.late_steps[0].count == 2
    assert esakip.late_steps[0].minutes == 75
    lkj = rows[LKJ].figures
    assert (lkj.started, lkj.cancelled, lkj.running, lkj.overdue, lkj.on_time) == (2, 1, 1, 1, 0)
    assert lkj.on_time_rate == 0 and lkj.late_steps[0].number == "1"
    assert rows["baritokuala-penyusunan-skj"].figures == mon.Figures()
    assert "langkah 2 (2×)" in mon.summary(esakip)


def _assessment(**kw: object) -> mon.Assessment:
    checklist = tuple(mon.Answer(q % 2 == 0, f"catatan {q}") for q in range(7))
    values: dict[str, object] = {"rating": mon.Rating.TIDAK_BAIK, "notes": "Langkah 2 sering terlambat",
                                 "action": "Tinjau waktu langkah 2", "assessor": "Dra. Siti", "checklist": checklist}
    values.update(kw)
    return mon.Assessment(**values)  # type: ignore[arg-type]


def test_assessments_are_kept_per_period_and_audited(logged: Database) -> None:
    audit_before = len(logged.sops.audit_log(action="monitoring"))
    assert logged.monitoring.save(PERIOD, {ESAKIP: _assessment()}, NOW) == 1
    assert logged.monitoring.save(PERIOD, {ESAKIP: _assessment()}, NOW) == 0  # unchanged: no write, no entry
    kept = {r.sop_key: r.assessment for r in logged.monitoring.form(PERIOD, NOW).rows}[ESAKIP]
    assert kept == _assessment(saved=True)
    other = mon.Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert not {r.sop_key: r for r in logged.monitoring.form(other, NOW).rows}[ESAKIP].assessment.saved
    logged.monitoring.save(PERIOD, {ESAKIP: _assessment(rating=mon.Rating.BAIK)}, NOW)
    entries = logged.sops.audit_log(action="monitoring")
    assert len(entries) == audit_before + 2
    assert entries[0].target == ESAKIP and {entries[0].detail["new"]["rating"], entries[1].detail["new"]["rating"]} == {
        "baik", "tidak_baik"}
    assert logged.monitoring.periods() == [PERIOD]
    assert logged.sops.verify_audit() == []


def test_a_rating_without_the_assessor_is_refused_and_nothing_is_kept(logged: Database) -> None:
    with pytest.raises(StoreError, match="paraf"):
        logged.monitoring.save(PERIOD, {LKJ: _assessment(), ESAKIP: _assessment(assessor=" ")}, NOW)
    assert not any(r.assessment.saved for r in logged.monitoring.form(PERIOD, NOW).rows)
    assert logged.monitoring.periods() == []
    with pytest.raises(StoreError, match="tidak ada-sop"):
        logged.monitoring.save(PERIOD, {"tidak ada-sop": _assessment()}, NOW)


def _cells(ws, row: int) -> list[object]:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[row]]


def test_both_exports_carry_the_figures_and_the_entered_text(logged: Database, tmp_path: Path) -> None:
    logged.monitoring.save(PERIOD, {ESAKIP: _assessment()}, NOW)
    form = logged.monitoring.form(PERIOD, NOW)
    index = [r.sop_key for r in form.rows].index(ESAKIP)
    wb = load_workbook(export_monitoring_xlsx(form, tmp_path / "monev.xlsx"))
    assert wb.sheetnames == [TABEL7, EVALUASI, DATA]
    t7 = wb[TABEL7]
    assert _cells(t7, 4)[:7] == ["No", "Prosedur", "Penilaian terhadap penerapan", None, "Catatan hasil penilaian",
                                 "Tindakan yang harus diambil", "Paraf penilai"]
    assert _cells(t7, 5)[2:4] == ["Berjalan dengan baik", "Tidak berjalan dengan baik"]
    row = _cells(t7, FIRST_ROW + index)
    assert row[0] == index + 1 and row[1].startswith("Pengisian Portal E-SAKIP") and "SOP/17/1/ORG/2015" in row[1]
    assert row[2:] == [None, "√", "Langkah 2 sering terlambat", "Tinjau waktu langkah 2", "Dra. Siti"]
    lkj_index = [r.sop_key for r in form.rows].index(LKJ)
    lkj = _cells(t7, FIRST_ROW + lkj_index)
    assert lkj[4] == mon.summary(form.rows[lkj_index].figures)  # not assessed: pre-filled
    assert t7.freeze_panes == f"A{FIRST_ROW}" and t7.print_title_rows == "$4:$5"
    assert t7.page_setup.orientation == "landscape" and t7.page_setup.fitToWidth == 1
    assert t7.column_dimensions["E"].width == 50 and t7.cell(FIRST_ROW, 5).alignment.wrap_text
    data = _cells(wb[DATA], FIRST_ROW + index)
    expected = _expected(logged, ESAKIP)
    assert data[2:4] == [expected["started"], expected["finished"]]
    assert data[6:8] == [expected["on_time"], expected["late"]]
    assert data[10] == pytest.approx(expected["on_time"] / (expected["on_time"] + expected["late"]))
    evaluasi = wb[EVALUASI]
    first = FIRST_ROW + 7 * index
    assert _cells(evaluasi, first)[:6] == [index + 1, form.rows[index].title,
                                           "1. Mampu mendorong peningkatan kinerja", "√", None, "catatan 0"]
    assert _cells(evaluasi, first + 1)[3:6] == [None, "√", "catatan 1"]
    assert wb.properties.creator == "sopdesk" and "2025" in (wb.properties.title or "")

    reader = PdfReader(export_monitoring_pdf(form, tmp_path / "monev.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    for wanted in ("Penilaian terhadap penerapan", "Tindakan yang harus diambil", "Paraf penilai",
                   "Langkah 2 sering terlambat", "Tinjau waktu langkah 2", "Dra. Siti", "catatan 6",
                   "Sinergi satu dengan lainnya", f"Halaman 1 dari {len(reader.pages)}",
                   f"{expected['started']} pelaksanaan dimulai, {expected['finished']} selesai"):
        assert wanted in text, wanted


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failing_write_leaves_no_file(logged: Database, tmp_path: Path, failing: str) -> None:
    form = logged.monitoring.form(PERIOD, NOW)
    out = tmp_path / "out"
    out.mkdir()
    (out / "m.pdf").write_bytes(b"the previous report")
    for export, name in ((export_monitoring_xlsx, "m.xlsx"), (export_monitoring_pdf, "m.pdf")):
        with mock.patch(f"sopdesk.io.files.os.{failing}", side_effect=OSError(28, "No space left on device")), \
                pytest.raises(OSError, match="No space"):
            export(form, out / name)  # type: ignore[operator]
    assert [p.name for p in out.iterdir()] == ["m.pdf"]  # no temporary file, no half workbook
    assert (out / "m.pdf").read_bytes() == b"the previous report"  # the old file is untouched


def test_cancel_stops_the_export(logged: Database, tmp_path: Path) -> None:
    from sopdesk.io.export import ExportCancelledError

    form = logged.monitoring.form(PERIOD, NOW)
    seen: list[int] = []
    with pytest.raises(ExportCancelledError):
        export_monitoring_pdf(form, tmp_path / "m.pdf", lambda done, total, text: seen.append(done) or done < 2)
    assert seen == [0, 1, 2] and not (tmp_path / "m.pdf").exists()
    assert render_monitoring_pdf(form, lambda *a: True).startswith(b"%PDF")


def test_migration_0005_upgrades_a_0004_database_after_a_backup(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    for table in ("import_source", "import_file", "evaluation_answer", "monitoring_entry", "monitoring_period"):
        con.execute(f"DROP TABLE {table}")
    for table in ("step", "revision"):  # what 0008 added
        con.execute(f"ALTER TABLE {table} DROP COLUMN format_v2")
    con.execute("UPDATE alembic_version SET version_num = '0004'")
    con.commit()
    con.close()
    db = open_database(db_path, now=NOW)
    try:
        db.monitoring.save(PERIOD, {ESAKIP: _assessment()}, NOW)
        assert db.monitoring.periods() == [PERIOD]
    finally:
        db.close()
    backups = list_backups(backup_folder(db_path))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0].path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='monitoring_entry'").fetchone()[0] == 0
    con.close()
    assert sqlite3.connect(db_path).execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_the_workbook_round_trips_in_memory(logged: Database) -> None:
    from sopdesk.io.monitoring_xlsx import render_monitoring_xlsx

    form = logged.monitoring.form(PERIOD, NOW)
    wb = load_workbook(io.BytesIO(render_monitoring_xlsx(form)))
    approved = [e for e in logged.sops.catalogue() if e.status is Status.APPROVED]
    assert len(form.rows) == len(approved) and wb[TABEL7].max_row == FIRST_ROW + len(approved) - 1


def test_the_report_command_writes_both_formats_without_qt(logged: Database, store_target: str | Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    from sopdesk.cli import main

    logged.monitoring.save(PERIOD, {ESAKIP: _assessment()}, NOW)
    logged.close()
    xlsx, pdf = tmp_path / "monev.xlsx", tmp_path / "monev.pdf"
    assert main(["--db", str(store_target), "report", "monitoring", "--from", "01-01-2025", "--to", "2025-06-30",
                 "--unit", "bagian organisasi", "-o", str(xlsx)]) == 0
    rows = [r for r in load_workbook(xlsx)[TABEL7].iter_rows(min_row=FIRST_ROW, values_only=True)]
    assert len(rows) == 11 and any(r[6] == "Dra. Siti" for r in rows)  # the units' last lines: 11 are BAGIAN ORGANISASI
    assert main(["--db", str(store_target), "report", "monitoring", "--from", "31-13-2025", "-o", str(pdf)]) == 2
    assert "bukan tanggal" in capsys.readouterr().err
    assert main(["--db", str(store_target), "report", "monitoring", "-o", str(tmp_path / "x.txt")]) == 2
    code = ("import sys; from sopdesk.cli import main; "
            f"rc = main(['--db', r'{store_target}', 'report', 'monitoring', '--from', '2025-01-01', "
            "'--to', '2025-06-30', "
            f"'-o', r'{pdf}']); "
            "assert rc == 0; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    assert "Dra. Siti" in "".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_emoji_in_every_field_stays_within_excels_cell_limit() -> None:
    """Excel keeps 32,767 UTF-16 units in a cell; an emoji takes two, so 40,000 emoji (80,000 units)
    must be cut to at most 32,767 units, never inside an emoji, the last character an ellipsis."""
    from sopdesk.io.monitoring_xlsx import render_monitoring_xlsx
    from sopdesk.io.xlsx import MAX_CELL_TEXT, utf16_length

    big = "\U0001F600" * 40_000
    checklist = tuple(mon.Answer(True, big) for _ in mon.CRITERIA)
    assessment = mon.Assessment(mon.Rating.BAIK, big, big, big, checklist, saved=True)
    figures = mon.Figures(started=1, late=1, late_steps=(mon.LateStep("1", big, 1, mon.Fraction(5)),))
    row = mon.FormRow(big, big, big, big, 1, figures, assessment)
    form = mon.MonitoringForm(mon.Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30)), big, (row,),
                              dt.datetime(2025, 7, 1))
    wb = load_workbook(io.BytesIO(render_monitoring_xlsx(form)))
    long_cells = 0
    for ws in wb.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                if isinstance(cell.value, str) and "\U0001F600" in cell.value:
                    assert utf16_length(cell.value) <= MAX_CELL_TEXT, (ws.title, cell.coordinate)
                    assert "\ud83d" not in cell.value  # no half emoji
                    long_cells += utf16_length(cell.value) >= MAX_CELL_TEXT - 1
                    assert cell.value.endswith("…") or utf16_length(cell.value) < 40_000
    # title lines, Prosedur, Catatan, Tindakan, Paraf, 7 notes, Data's Prosedur and late steps
    assert long_cells >= 14
