"""The office's own identity (Pengaturan kantor): name lines and logo, kept in the database and
audited; a bad or oversized image changes nothing; it heads the weekly report, the monitoring
form and the SOP book's cover (with the logo), and gives a blank SOP its unit lines."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from sopdesk.domain import monitoring as mon
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.office_identity import (
    MAX_LINES,
    OfficeIdentity,
    identity_from_json,
    identity_to_json,
    parse_lines,
)
from sopdesk.io import logo as logo_io
from sopdesk.io.book import render_book
from sopdesk.io.monitoring_pdf import render_monitoring_pdf
from sopdesk.io.monitoring_xlsx import render_monitoring_xlsx
from sopdesk.io.weekly_xlsx import write_weekly
from sopdesk.layout.paper import PaperName
from sopdesk.store.database import Database, open_database
from sopdesk.store.reports import build_weekly_report

BATOLA = ("PEMERINTAH KABUPATEN BARITO KUALA", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI")
KALBAR = "kalbar-penyusunan-lkj-biro"
WEEK = IsoWeek(2025, 26)
NOW = dt.datetime(2025, 6, 30, 16)


def _image(fmt: str, size: tuple[int, int] = (1600, 800), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (0, 90, 160) if mode == "RGB" else (0, 90, 160, 128)).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


# ----- the value and the logo ------------------------------------------------------------------------
def test_lines_are_read_one_per_line_and_limited() -> None:
    assert parse_lines("  PEMERINTAH   KABUPATEN BARITO KUALA \n\nSEKRETARIAT DAERAH\n") == BATOLA[:2]
    with pytest.raises(ValueError, match="paling banyak 6 baris"):
        parse_lines("\n".join("X" for _ in range(MAX_LINES + 1)))
    with pytest.raises(ValueError, match="terlalu panjang"):
        parse_lines("X" * 121)


def test_identity_round_trips_through_json() -> None:
    identity = OfficeIdentity(BATOLA, logo_io.prepare_logo(_image("PNG")))
    assert identity_from_json(identity_to_json(identity)) == identity
    with pytest.raises(ValueError, match="tidak terbaca"):
        identity_from_json(json.dumps({"lines": ["A"], "logo": "!!"}))
    with pytest.raises(ValueError, match="bukan gambar PNG"):
        identity_from_json(json.dumps({"lines": ["A"], "logo": "aGVsbG8="}))  # "hello"


@pytest.mark.parametrize(("fmt", "mode"), [("PNG", "RGB"), ("PNG", "RGBA"), ("JPEG", "RGB")])
def test_a_png_or_jpeg_is_scaled_to_a_sane_png(fmt: str, mode: str) -> None:
    logo = logo_io.prepare_logo(_image(fmt, (1600, 800), mode))
    with Image.open(io.BytesIO(logo)) as image:
        assert image.format == "PNG" and image.size == (512, 256)
        assert (image.mode == "RGBA") == (mode == "RGBA")
    small = logo_io.prepare_logo(_image(fmt, (100, 120), mode))
    assert logo_io.logo_size(small) == (100, 120)  # never enlarged


@pytest.mark.parametrize(("data", "message"), [
    (_image("GIF", (50, 50)), "PNG atau JPEG, bukan GIF"),
    (b"not an image at all", "bukan gambar PNG atau JPEG"),
    (_image("PNG")[:300], "rusak"),
    (b"\0" * (logo_io.MAX_FILE_BYTES + 1), "terlalu besar"),
])
def test_a_bad_image_is_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        logo_io.prepare_logo(data)


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    Image.new("1", (8000, 6000)).save(path)  # 48 million pixels in a few kB
    assert path.stat().st_size < logo_io.MAX_FILE_BYTES
    with pytest.raises(ValueError, match="terlalu besar"):
        logo_io.read_logo_file(path)
    with pytest.raises(ValueError, match="tidak bisa dibaca"):
        logo_io.read_logo_file(tmp_path / "missing.png")


# ----- the store --------------------------------------------------------------------------------
def test_identity_is_kept_in_the_database_and_audited(db: Database) -> None:
    assert db.office.identity() == OfficeIdentity()
    identity = OfficeIdentity(BATOLA, logo_io.prepare_logo(_image("PNG")))
    db.office.save_identity(identity)
    assert db.office.identity() == identity
    entry = db.sops.audit_log(action="settings")[0]
    assert entry.target == "office_identity"
    detail = entry.detail
    assert detail["new"]["lines"] == list(BATOLA) and len(detail["new"]["logo_sha256"]) == 64
    assert detail["old"] == {"lines": [], "logo_sha256": ""}


def test_a_bad_logo_is_refused_by_the_store_and_nothing_changes(db: Database) -> None:
    db.office.save_identity(OfficeIdentity(BATOLA))
    with pytest.raises(ValueError, match="bukan gambar PNG"):
        db.office.save_identity(OfficeIdentity(("X",), _image("JPEG")))
    assert db.office.identity() == OfficeIdentity(BATOLA)


# ----- where it is used --------------------------------------------------------------------------
def _log_one(db: Database) -> None:
    rev = db.sops.find_by_key(KALBAR)
    assert rev is not None
    eid = db.executions.start(rev, "LKj 2025", "", "Ana", dt.datetime(2025, 6, 23, 8), NOW)
    db.executions.start_step(eid, 0, dt.datetime(2025, 6, 23, 8), "Ana", NOW)
    db.executions.finish_step(eid, dt.datetime(2025, 6, 23, 8, 30), NOW)


def test_the_weekly_title_is_the_office_not_the_sop_that_ran(db: Database, tmp_path: Path) -> None:
    _log_one(db)
    assert "KALIMANTAN BARAT" in build_weekly_report(db, WEEK, NOW).unit  # not set: as before
    db.office.save_identity(OfficeIdentity(BATOLA))
    report = build_weekly_report(db, WEEK, NOW)
    assert report.unit == " – ".join(BATOLA)
    wb = load_workbook(write_weekly(report, tmp_path / "w.xlsx"))
    assert all(wb[name]["A2"].value == " – ".join(BATOLA) for name in wb.sheetnames)
    assert build_weekly_report(db, WEEK, NOW, unit="BIRO LAIN").unit == "BIRO LAIN"  # --unit overrides


def test_the_monitoring_form_is_headed_by_the_office(db: Database) -> None:
    period = mon.Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert db.monitoring.form(period, NOW).office == ()
    db.office.save_identity(OfficeIdentity(BATOLA))
    form = db.monitoring.form(period, NOW)
    assert form.office == BATOLA
    wb = load_workbook(io.BytesIO(render_monitoring_xlsx(form)))
    assert wb.worksheets[0]["A2"].value == " – ".join(BATOLA)
    text = PdfReader(io.BytesIO(render_monitoring_pdf(form))).pages[0].extract_text()
    assert "BARITO KUALA" in text and "BAGIAN ORGANISASI" in text
    filtered = db.monitoring.form(period, NOW, unit="BIRO ORGANISASI")
    assert render_monitoring_xlsx(filtered) and "Unit kerja: BIRO ORGANISASI" in \
        load_workbook(io.BytesIO(render_monitoring_xlsx(filtered))).worksheets[0]["A2"].value


def test_the_book_cover_carries_the_office_lines_and_logo(sample_by_id: dict[str, object]) -> None:
    sop = sample_by_id[KALBAR]
    logo = logo_io.prepare_logo(_image("PNG", (400, 400)))
    data, _ = render_book([lambda: sop], PaperName.A4, 2026, BATOLA, logo=logo)  # type: ignore[list-item,return-value]
    cover = PdfReader(io.BytesIO(data)).pages[0]
    assert "BARITO KUALA" in (cover.extract_text() or "") and "KALIMANTAN" not in (cover.extract_text() or "")
    assert len(cover.images) == 1
    plain, _ = render_book([lambda: sop], PaperName.A4, 2026)  # type: ignore[list-item,return-value]
    assert len(PdfReader(io.BytesIO(plain)).pages[0].images) == 0


def test_the_book_command_uses_the_office_unless_a_unit_is_asked(db_path: Path, tmp_path: Path) -> None:
    from sopdesk.cli import main

    database = open_database(db_path)
    database.office.save_identity(OfficeIdentity(BATOLA, logo_io.prepare_logo(_image("PNG"))))
    database.close()
    assert main(["--db", str(db_path), "book", "-o", str(tmp_path / "b.pdf")]) == 0
    cover = PdfReader(tmp_path / "b.pdf").pages[0]
    assert "BARITO KUALA" in (cover.extract_text() or "") and len(cover.images) == 1
    assert main(["--db", str(db_path), "book", "-o", str(tmp_path / "u.pdf"), "--unit", "BALANGAN"]) == 0
    cover = PdfReader(tmp_path / "u.pdf").pages[0]
    assert "BALANGAN" in (cover.extract_text() or "") and "BARITO" not in (cover.extract_text() or "")


# ----- the dialog ------------------------------------------------------------------------------
def test_the_dialog_refuses_a_bad_logo_and_keeps_the_one_it_had(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from sopdesk.domain.office import OfficeSettings
    from sopdesk.ui.office_dialog import OfficeDialog

    shown: list[str] = []
    monkeypatch.setattr("sopdesk.ui.office_identity_form.QMessageBox.warning",
                        lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr("sopdesk.ui.office_dialog.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    old = logo_io.prepare_logo(_image("PNG", (64, 64)))
    dialog = OfficeDialog(OfficeSettings(), None, OfficeIdentity(BATOLA, old))
    qtbot.addWidget(dialog)
    form = dialog.identity_form
    assert form.lines.toPlainText().splitlines() == list(BATOLA) and form.clear_button.isEnabled()
    (tmp_path / "x.gif").write_bytes(_image("GIF", (20, 20)))
    with qtbot.waitSignal(form.logoRefused, timeout=10000):
        form.take_logo_file(tmp_path / "x.gif")
    assert "bukan GIF" in shown[-1] and form.logo == old and form.choose_button.isEnabled()
    (tmp_path / "logo.jpg").write_bytes(_image("JPEG", (1024, 1024)))
    with qtbot.waitSignal(form.logoChanged, timeout=10000):
        form.take_logo_file(tmp_path / "logo.jpg")
    new = form.logo
    assert new != old and logo_io.logo_size(new) == (512, 512)
    form.lines.setPlainText("\n".join("BARIS" for _ in range(MAX_LINES + 1)))
    dialog._accept()
    assert "paling banyak" in shown[-1] and dialog.result_identity is None
    form.lines.setPlainText("\n".join(BATOLA))
    dialog._accept()
    assert dialog.result_identity == OfficeIdentity(BATOLA, new) and dialog.result_settings == OfficeSettings()
    form.clear_logo()
    assert form.identity().logo == b"" and not form.clear_button.isEnabled()
