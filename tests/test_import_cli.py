"""``sopdesk import``: bad input is a message naming the file, nothing stored, exit 1, and the
rest of the folder goes on; every imported draft keeps its original file (bytes, SHA-256)."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sopdesk.cli import main
from sopdesk.store.database import open_database

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _pdf(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=landscape(A4))
    y = 560.0
    for line in lines:
        c.drawString(40, y, line)
        y -= 20
    if table:
        x_edges = [40 + 120 * i for i in range(len(table[0]) + 1)]
        y_edges = [y - 20 * i for i in range(len(table) + 1)]
        c.grid(x_edges, y_edges)
        for r, row in enumerate(table):
            for k, text in enumerate(row):
                c.drawString(x_edges[k] + 4, y_edges[r] - 14, text)
    c.save()
    return buffer.getvalue()


def _encrypted(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("rahasia")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip(names: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, text in names.items():
            z.writestr(name, text)
    return buffer.getvalue()


BAD = {
    "rusak.pdf": (b"%PDF-1.7\n garbage", "rusak"),
    "bukan-pdf.pdf": (b"hello world", "bukan berkas PDF"),
    "terkunci.pdf": (_encrypted(_pdf(["Nomor SOP 1"])), "kata sandi"),
    "terkunci.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "kata sandi"),
    "arsip.docx": (_zip({"readme.txt": "bukan dokumen"}), "bukan dokumen Word/Excel"),
    "rusak.docx": (b"PK\x03\x04 potongan", "rusak"),
    "naratif.pdf": (_pdf(["A. Maksud dan Tujuan", "isi", "B. Ruang Lingkup", "isi", "C. Indikator Kinerja",
                          "D. Referensi"]), "bukan SOP AP"),
    "puskesmas.pdf": (_pdf(["SPO Pemeriksaan", "Pengertian", "isi", "Tujuan", "isi", "Kebijakan", "isi",
                            "Prosedur", "isi", "Unit Terkait"]), "bukan SOP AP"),
    "tabel-kosong.pdf": (_pdf(["SOP"], [["No", "Kegiatan", "Pelaksana A", "Waktu"]]), "tabelnya kosong"),
    "catatan.txt": (b"bukan SOP", "tidak didukung"),
}


def _count(db_path: Path) -> tuple[int, int]:
    con = sqlite3.connect(db_path)
    try:
        sops = con.execute("SELECT count(*) FROM sop").fetchone()[0]
        files = con.execute("SELECT count(*) FROM import_file").fetchone()[0]
        return int(sops), int(files)
    finally:
        con.close()


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_a_message_and_stores_nothing(name: str, tmp_path: Path, db_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data, message = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    open_database(db_path).close()
    before = _count(db_path)
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert name in err and message in err and "Traceback" not in err
    assert _count(db_path) == before


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not beside the repository")
def test_a_folder_goes_on_past_bad_files_and_keeps_each_source(tmp_path: Path, db_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a-rusak.pdf").write_bytes(b"hello")
    source = CORPUS / "bps-pringsewu-cuti.pdf"
    (folder / source.name).write_bytes(source.read_bytes())
    report = tmp_path / "laporan.xlsx"
    args = ["--db", str(db_path), "import", str(folder), "--report", str(report), "--unit", "BPS / PRINGSEWU"]
    assert main(args) == 1
    out = capsys.readouterr()
    assert "a-rusak.pdf" in out.err and "ok  bps-pringsewu-cuti.pdf: 1 SOP" in out.out
    db = open_database(db_path)
    try:
        (entry,) = [e for e in db.sops.catalogue() if e.title == "PENGAJUAN CUTI PEGAWAI"]
        sop = db.sops.load(entry.revision_id)
        assert sop.status.value == "draft" and sop.unit == ("BPS", "PRINGSEWU") and len(sop.steps) == 6
        src = db.imports.source(entry.revision_id)
        assert src is not None and src.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert db.imports.source_bytes(entry.revision_id) == source.read_bytes()
        assert any(f["subject"] == "number" and f["state"] == "read" for f in src.report)
    finally:
        db.close()
    from openpyxl import load_workbook

    rows = list(load_workbook(report)["Ringkasan"].values)
    assert rows[1][:2] == ("a-rusak.pdf", "ditolak") and rows[2][:4] == ("bps-pringsewu-cuti.pdf", "berhasil", 1, 6)


def test_migration_0007_adds_the_source_tables_after_a_backup(db_path: Path) -> None:
    from sopdesk.store.backup import backup_folder, list_backups
    from sopdesk.store.catalogue import SCHEMA_HEAD

    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("DROP TABLE import_source")
    con.execute("DROP TABLE import_file")
    con.execute("ALTER TABLE step DROP COLUMN format_v2")  # and what 0008 added: the file is at 0005
    con.execute("ALTER TABLE revision DROP COLUMN format_v2")
    con.execute("UPDATE alembic_version SET version_num = '0005'")
    con.commit()
    con.close()
    db = open_database(db_path)
    try:
        assert db.imports.add_file("x.pdf", b"%PDF-1.4", []) == []
    finally:
        db.close()
    (backup,) = list_backups(backup_folder(db_path))
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
    con.close()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD == "0008_format_v2"
    assert con.execute("SELECT file_name FROM import_file").fetchall() == [("x.pdf",)]
    con.close()
