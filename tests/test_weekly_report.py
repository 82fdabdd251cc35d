"""The weekly Excel report: real executions on real sample SOPs, written, read back, checked.

Week 2025-W26 is Monday 23 to Sunday 29 June 2025; Friday 27 June is 1 Muharram (a holiday), so
the week has four working days. The report is made on Monday 30 June at 16:00.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from unittest import mock

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from sopdesk.cli import main
from sopdesk.domain import execution as ex
from sopdesk.domain.calendar import DEFAULT_CALENDAR
from sopdesk.domain.isoweek import IsoWeek, parse_week
from sopdesk.domain.model import Sop
from sopdesk.domain.weekly import ReportCancelledError, WeeklyReport
from sopdesk.io.weekly_xlsx import HEADER_ROW, write_weekly
from sopdesk.store.database import Database, open_database
from sopdesk.store.reports import build_weekly_report

NOW = dt.datetime(2025, 6, 30, 16, 0)
WEEK = IsoWeek(2025, 26)
KALBAR, SAKIP, ADUAN = "kalbar-penyusunan-lkj-biro", "lamandau-pengisian-e-sakip", "baritokuala-pengaduan-masyarakat"


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, day, hour, minute)


def _log(db: Database, key: str, title: str, steps: list[tuple[dt.datetime, dt.datetime | None]], actor: str = "Ana",
         reference: str = "", notes: dict[int, str] | None = None) -> int:
    """Start an execution of ``key`` and log ``steps`` in order: (start, finish or None = running)."""
    rev = db.sops.find_by_key(key)
    assert rev is not None
    eid = db.executions.start(rev, title, reference, "Ana", steps[0][0], NOW)
    for k, (start, finish) in enumerate(steps):
        db.executions.start_step(eid, k, start, actor, NOW)
        if finish is not None:
            db.executions.finish_step(eid, finish, NOW, note=(notes or {}).get(k, ""))
    return eid


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def week_target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The database of this module's tests, on each store."""
    if request.param == "sqlite":
        yield tmp_path_factory.mktemp("weekly") / "db.sqlite3"
        return
    from tests.pg import drop_database, fresh_database

    template = request.getfixturevalue("pg_template")
    url = fresh_database(template)
    yield url
    drop_database(template, url)


@pytest.fixture(scope="module")
def week_db(week_target: str | Path):  # type: ignore[no-untyped-def]
    """Five executions touching week 2025-W26 (expected figures in the tests below)."""
    db = open_database(week_target)
    ids = {
        # step 1 on time (1 jam), step 2 late by 60 (2 jam, 3 hours), step 3 running, due in July: not in the week
        "e1": _log(db, KALBAR, "LKj 2025", [(t(23, 8), t(23, 8, 30)), (t(23, 8, 30), t(23, 11, 30)), (t(23, 13), None)],
                   reference="=HYPERLINK(\"x\")", notes={1: "=SUM(A1:A9) menunggu Kabag"}),
        # step 1 on time, step 2 (30 Menit from Tue 09:00) still running at the week's end: lewat batas
        "e2": _log(db, SAKIP, "E-SAKIP 2025", [(t(24, 8), t(24, 8, 20)), (t(24, 9), None)], actor="Sekda Budi"),
        # step 1 finished last week (not in this week), step 2 (1 Menit) late by 4, step 3 (15 Menit) lewat batas
        "e3": _log(db, ADUAN, "Aduan 17", [(t(20, 8), t(20, 8, 1)), (t(23, 8), t(23, 8, 5)), (t(23, 9), None)],
                   actor="+62 812 admin"),
        # all eight steps, five minutes each: all on time, finished in the week
        "e4": _log(db, KALBAR, "LKj triwulan", [(t(25, 8, 5 * k), t(25, 8, 5 * k + 5)) for k in range(8)],
                   actor="Budi"),
        # step 1 (1 jam) from Thu 14:00 finished only on Monday 30 June: lewat batas by 60 at the week's end
        "e5": _log(db, KALBAR, "LKj susulan", [(t(26, 14), t(30, 8))]),
    }
    yield db, ids
    db.close()


@pytest.fixture(scope="module")
def report(week_db) -> WeeklyReport:  # type: ignore[no-untyped-def]
    db, _ids = week_db
    return build_weekly_report(db, WEEK, NOW)


@pytest.fixture(scope="module")
def workbook(report: WeeklyReport, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    target = tmp_path_factory.mktemp("out") / "laporan.xlsx"
    write_weekly(report, target)
    return load_workbook(target)


def _table(ws: Worksheet) -> list[dict[str, object]]:
    """The rows below the header as dicts, up to the first empty row."""
    headers = [c.value for c in ws[HEADER_ROW]]
    rows = []
    for values in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        if all(v is None for v in values):
            break
        rows.append(dict(zip(headers, values, strict=False)))
    return rows


def _minutes(value: object) -> float:
    """A ``[h]:mm`` cell (openpyxl reads it back as a timedelta) in working minutes."""
    assert isinstance(value, dt.timedelta), value
    return round(value.total_seconds() / 60, 6)


def test_rincian_holds_every_record_finished_or_due_in_the_week(week_db, workbook) -> None:  # type: ignore[no-untyped-def]
    db, ids = week_db
    rows = _table(workbook["Rincian"])
    status = {(r["Pelaksanaan"], r["No"]): r["Status"] for r in rows}
    assert status == {
        ("LKj 2025 (=HYPERLINK(\"x\"))", 1): "tepat waktu", ("LKj 2025 (=HYPERLINK(\"x\"))", 2): "terlambat",
        ("E-SAKIP 2025", 1): "tepat waktu", ("E-SAKIP 2025", 2): "lewat batas",
        ("Aduan 17", 2): "terlambat", ("Aduan 17", 3): "lewat batas",
        **{("LKj triwulan", k): "tepat waktu" for k in range(1, 9)},
        ("LKj susulan", 1): "lewat batas",
    }
    # each row against the record it came from
    for row in rows:
        eid = ids[{"LKj 2025 (=HYPERLINK(\"x\"))": "e1", "E-SAKIP 2025": "e2", "Aduan 17": "e3",
                   "LKj triwulan": "e4", "LKj susulan": "e5"}[str(row["Pelaksanaan"])]]
        execution, sop = db.executions.load(eid)
        record = next(r for r in execution.records if r.step + 1 == row["No"])
        assert row["Mulai"] == record.started_at and row["Petugas"] == record.actor
        assert row["Kegiatan"] == sop.steps[record.step].activity and row["SOP"] == sop.title
        assert row["Waktu (standar)"] == sop.steps[record.step].standard_time
        finished = record.finished_at if record.finished_at and record.finished_at < WEEK.end else None
        assert row["Selesai"] == finished
        end = finished or WEEK.end
        assert _minutes(row["Waktu aktual (jam kerja)"]) == pytest.approx(
            float(DEFAULT_CALENDAR.working_minutes_between(record.started_at, end)))
    e1_late = next(r for r in rows if r["No"] == 2 and str(r["Pelaksanaan"]).startswith("LKj 2025"))
    assert e1_late["Batas waktu"] == t(23, 10, 30) and _minutes(e1_late["Keterlambatan (jam kerja)"]) == 60
    assert e1_late["Catatan"] == "=SUM(A1:A9) menunggu Kabag"


def test_terlambat_is_worst_first_with_how_late(workbook) -> None:  # type: ignore[no-untyped-def]
    rows = _table(workbook["Terlambat"])
    got = [(r["Pelaksanaan"], r["No"], r["Status"], _minutes(r["Keterlambatan (jam kerja)"])) for r in rows]
    # Aduan step 3: 15 Menit from Mon 09:00, due 09:15; to the week's end: Mon 345 + Tue-Thu 3 x 450 (Fri holiday)
    # E-SAKIP step 2: due Tue 09:30; Tue 330 + Wed, Thu 450 each
    assert got == [("Aduan 17", 3, "lewat batas", 1695), ("E-SAKIP 2025", 2, "lewat batas", 1230),
                   ("LKj 2025 (=HYPERLINK(\"x\"))", 2, "terlambat", 60), ("LKj susulan", 1, "lewat batas", 60),
                   ("Aduan 17", 2, "terlambat", 4)]
    assert [r["Peringkat"] for r in rows] == [1, 2, 3, 4, 5]


def test_ringkasan_per_sop_against_the_executions(week_db, workbook, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    rows = {r["SOP"]: r for r in _table(workbook["Ringkasan"])}
    kalbar, sakip, aduan = (rows[sample_by_id[k].title] for k in (KALBAR, SAKIP, ADUAN))
    assert len(rows) == 3
    assert (kalbar["Pelaksanaan dimulai"], kalbar["Pelaksanaan selesai"], kalbar["Pelaksanaan berjalan"]) == (3, 1, 2)
    assert (kalbar["Langkah"], kalbar["Tepat waktu"], kalbar["Terlambat"], kalbar["Lewat batas"]) == (11, 9, 1, 1)
    assert kalbar["% tepat waktu"] == pytest.approx(9 / 11)
    # finished with a standard: 30, 180 and eight times 5 minutes; standards 60, 120, 60, 120, 4500, 450, 60, 60, 30, 5
    assert _minutes(kalbar["Median aktual (jam kerja)"]) == 5
    assert _minutes(kalbar["Median standar (jam kerja)"]) == 60
    assert _minutes(kalbar["Total keterlambatan (jam kerja)"]) == 120
    assert (sakip["Pelaksanaan dimulai"], sakip["Pelaksanaan selesai"], sakip["Pelaksanaan berjalan"]) == (1, 0, 1)
    assert sakip["% tepat waktu"] == pytest.approx(0.5)
    assert (aduan["Pelaksanaan dimulai"], aduan["Pelaksanaan berjalan"], aduan["Langkah"]) == (0, 1, 2)
    assert aduan["% tepat waktu"] == 0
    ws = workbook["Ringkasan"]
    total = next(r for r in ws.iter_rows(min_row=HEADER_ROW + 1) if r[1].value == "Jumlah")
    assert [c.value for c in total[3:10]] == [4, 1, 4, 15, 10, 2, 3]
    assert total[12].value == pytest.approx(10 / 15)


def test_per_pelaksana_totals_follow_the_lanes_of_the_steps(workbook, sample_by_id: dict[str, Sop]) -> None:  # type: ignore[no-untyped-def]
    detail = _table(workbook["Rincian"])
    by_title = {s.title: s for s in sample_by_id.values()}
    expected: dict[str, list[int]] = {}
    for row in detail:
        sop = by_title[str(row["SOP"])]
        for lane_id in sop.steps[int(row["No"]) - 1].lanes:  # type: ignore[call-overload]
            name = next(lane.name for lane in sop.lanes if lane.id == lane_id)
            counts = expected.setdefault(name, [0, 0])
            counts[0] += 1
            counts[1] += row["Status"] == "tepat waktu"
    rows = _table(workbook["Per Pelaksana"])
    lanes = {r["Nama"]: [r["Langkah"], r["Tepat waktu"]] for r in rows if r["Jenis"] == "Pelaksana"}
    assert lanes == expected
    # Kabag Tatalaksana: steps 1, 5, 7 of LKj triwulan, step 1 of LKj 2025 (on time) and of LKj susulan (lewat batas)
    assert lanes["Kabag Tatalaksana"] == [5, 4]
    people = {r["Nama"]: r["Langkah"] for r in rows if r["Jenis"] == "Petugas"}
    assert people == {"Ana": 3, "Budi": 8, "Sekda Budi": 2, "+62 812 admin": 2}
    assert sum(lanes[n][0] for n in lanes) == len(detail)  # every step here has one lane


def test_the_workbook_reads_well(workbook) -> None:  # type: ignore[no-untyped-def]
    assert workbook.sheetnames == ["Ringkasan", "Rincian", "Terlambat", "Per Pelaksana"]
    for ws in workbook.worksheets:
        assert ws["A1"].value == "LAPORAN MINGGUAN PELAKSANAAN SOP"
        assert ws["A3"].value == "Minggu 26 (23–29 Juni 2025) · keadaan pada akhir minggu"
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
        assert ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        # fitToWidth: absent means 1 (ECMA-376 Part 1, 18.3.1.63 pageSetup); XlsxWriter, like Excel, omits it
        assert ws.page_setup.orientation == "landscape" and (ws.page_setup.fitToWidth or 1) == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert all(ws.column_dimensions[c].width >= 5 for c in "ABC")
        assert not [c.coordinate for r in ws.iter_rows() for c in r if c.data_type == "f"]
    assert workbook["Ringkasan"]["A2"].value == "PEMERINTAH PROVINSI KALIMANTAN BARAT BARAT – SEKRETARIAT DAERAH – " \
                                                "BIRO ORGANISASI – BAGIAN TATALAKSANA"
    rincian = workbook["Rincian"]
    assert rincian.cell(HEADER_ROW + 1, 7).number_format == "dd-mm-yyyy hh:mm"
    assert rincian.cell(HEADER_ROW + 1, 11).number_format == "[h]:mm"
    assert workbook["Ringkasan"].cell(HEADER_ROW + 1, 13).number_format == "0%"
    assert len(workbook["Ringkasan"]._charts) == 1
    props = workbook.properties
    assert props.creator == "sopdesk" and props.title == "Laporan Mingguan Pelaksanaan SOP 2025-W26"
    assert props.created == NOW and "Minggu 26" in (props.subject or "")


def test_the_chart_plots_the_rate_column(tmp_path: Path, report: WeeklyReport) -> None:
    from sopdesk.io.weekly_xlsx import workbook_bytes

    data = workbook_bytes(report)
    import zipfile

    chart = zipfile.ZipFile(io.BytesIO(data)).read("xl/charts/chart1.xml").decode()
    assert "'Ringkasan'!$M$6:$M$8" in chart and "'Ringkasan'!$B$6:$B$8" in chart


def test_an_empty_week_says_so(week_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _ids = week_db
    report = build_weekly_report(db, IsoWeek(2024, 10), NOW)
    assert report.lines == () and report.sops == ()
    write_weekly(report, tmp_path / "kosong.xlsx")
    wb = load_workbook(tmp_path / "kosong.xlsx")
    assert wb["Ringkasan"].cell(HEADER_ROW + 1, 1).value == "Tidak ada pelaksanaan SOP pada minggu ini."
    assert wb["Ringkasan"]._charts == []


def test_a_week_not_over_is_judged_now(week_db) -> None:  # type: ignore[no-untyped-def]
    db, ids = week_db
    report = build_weekly_report(db, IsoWeek(2025, 27), NOW)  # Monday 30 June, 16:00
    assert report.as_of == NOW
    (line,) = [x for x in report.lines if x.execution.id == ids["e5"]]
    assert line.verdict is ex.Verdict.LATE and line.late_minutes == 60 + 30  # Thu 15:00-16:00, Mon 07:30-08:00


def test_progress_and_cancel(week_db, tmp_path: Path, report: WeeklyReport) -> None:  # type: ignore[no-untyped-def]
    db, _ids = week_db
    seen: list[tuple[int, int, str]] = []
    build_weekly_report(db, WEEK, NOW, lambda d, n, s: seen.append((d, n, s)) is None)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    with pytest.raises(ReportCancelledError):
        build_weekly_report(db, WEEK, NOW, lambda d, n, s: False)
    target = tmp_path / "batal.xlsx"
    with pytest.raises(ReportCancelledError):
        write_weekly(report, target, lambda d, n, s: d == 0)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_disk_leaves_no_partial_file(tmp_path: Path, report: WeeklyReport) -> None:
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"laporan lama")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    with mock.patch("sopdesk.io.files.os.replace", broken_replace), pytest.raises(OSError):
        write_weekly(report, target)
    assert target.read_bytes() == b"laporan lama" and [p.name for p in tmp_path.iterdir()] == ["laporan.xlsx"]

    def unwritable(*args: object, **kwargs: object) -> object:  # creating the temporary file, read-only folder
        raise PermissionError(13, "Permission denied")

    with mock.patch("sopdesk.io.files.os.open", unwritable), pytest.raises(PermissionError):
        write_weekly(report, tmp_path / "baru.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.xlsx"]

    real_fdopen = os.fdopen

    def half_write(fd: int, mode: str) -> object:
        fh = real_fdopen(fd, mode)
        fh.write = mock.Mock(side_effect=OSError(28, "No space left on device"))  # type: ignore[method-assign]
        return fh

    with mock.patch("sopdesk.io.files.os.fdopen", half_write), pytest.raises(OSError):
        write_weekly(report, tmp_path / "baru.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.xlsx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_unwritable_folder_leaves_no_file(tmp_path: Path, report: WeeklyReport) -> None:
    folder = tmp_path / "terkunci"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            write_weekly(report, folder / "laporan.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_cli_writes_the_report_and_refuses_a_bad_week(week_db, week_target, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mingguan.xlsx"
    assert main(["--db", str(week_target), "report", "weekly", "--week", "2025-W26", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Minggu 26 (23–29 Juni 2025), 3 SOP, 15 langkah, 5 terlambat, tepat waktu 67%" in out
    assert load_workbook(target)["Rincian"].max_row == HEADER_ROW + 15
    assert main(["--db", str(week_target), "report", "weekly", "--week", "2026-W54", "-o", str(target)]) == 2
    assert "hanya punya minggu 1 sampai 53" in capsys.readouterr().err
    assert main(["--db", str(week_target), "report", "weekly", "--week", "kemarin"]) == 2
    assert "tidak terbaca" in capsys.readouterr().err


def test_the_report_command_loads_no_qt(week_db, week_target, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code = ("import sys; from sopdesk.cli import main\n"
            f"rc = main(['--db', {str(week_target)!r}, 'report', 'weekly', '--week', '2025-W26', "
            f"'-o', {str(tmp_path / 'x.xlsx')!r}])\n"
            "assert rc == 0; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


@pytest.mark.parametrize(("text", "week"), [("2026-W46", (2026, 46)), ("2026w01", (2026, 1)),
                                             (" 2026-W53 ", (2026, 53)), ("2020-W53", (2020, 53))])
def test_parse_week(text: str, week: tuple[int, int]) -> None:
    assert parse_week(text) == IsoWeek(*week)


@pytest.mark.parametrize(("text", "message"), [
    ("2026-W54", "Tahun 2026 hanya punya minggu 1 sampai 53, bukan minggu 54"),
    ("2025-W53", "Tahun 2025 hanya punya minggu 1 sampai 52"),
    ("2026-W00", "bukan minggu 0"),
    ("kemarin", "Minggu 'kemarin' tidak terbaca: tulis tahun dan nomor minggu ISO, mis. 2026-W46."),
    ("", "tidak terbaca"), ("2026-46", "tidak terbaca"),
])
def test_parse_week_refuses_with_a_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        parse_week(text)


def test_week_labels_and_bounds() -> None:
    week = parse_week("2026-W46")
    assert week.label() == "Minggu 46 (9–15 November 2026)"
    assert (week.start, week.end) == (dt.datetime(2026, 11, 9), dt.datetime(2026, 11, 16))
    assert parse_week("2026-W01").label() == "Minggu 1 (29 Desember 2025–4 Januari 2026)"
    assert parse_week("2025-W26").label() == "Minggu 26 (23–29 Juni 2025)"
    assert parse_week("2026-W05").label() == "Minggu 5 (26 Januari–1 Februari 2026)"
    from sopdesk.domain.isoweek import last_week

    assert last_week(dt.datetime(2026, 11, 18, 9)) == week
    assert last_week(dt.datetime(2026, 1, 1)) == IsoWeek(2025, 52)


def test_figures_use_exact_fractions() -> None:
    from sopdesk.domain.weekly import figures

    assert figures([]).on_time_rate is None and figures([]).late_minutes == Fraction(0)
