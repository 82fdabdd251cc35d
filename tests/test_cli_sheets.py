"""``sopdesk verify`` and ``sopdesk book``: headless, messages in Indonesian, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopdesk.cli import main
from sopdesk.domain.model import Sop
from sopdesk.domain.sheetcode import sheet_code


def test_verify_says_whether_a_sheet_matches(db_path: Path, sample_by_id: dict[str, Sop],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = sheet_code(sample_by_id["lamandau-pengisian-e-sakip"])
    assert main(["--db", str(db_path), "verify", code.text]) == 0
    assert capsys.readouterr().out.startswith("COCOK: lembar ini sesuai dengan revisi 1")
    assert main(["--db", str(db_path), "verify", code.qr_payload]) == 0
    capsys.readouterr()
    changed = code.text[:-1] + ("0" if code.text[-1] != "0" else "1")
    assert main(["--db", str(db_path), "verify", changed]) == 1
    assert capsys.readouterr().out.startswith("TIDAK COCOK")
    assert main(["--db", str(db_path), "verify", "lamandau-pengisian-e-sakip/2/" + code.digest[:10]]) == 1
    assert "tidak punya revisi 2" in capsys.readouterr().out
    assert main(["--db", str(db_path), "verify", "bukan kode"]) == 1
    assert capsys.readouterr().out.startswith("Kode tidak sah")


def test_book_writes_one_pdf_of_the_approved_sops(tmp_path: Path, db_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "buku.pdf"
    assert main(["--db", str(db_path), "book", "-o", str(target), "--year", "2026", "--unit", "barito kuala"]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    reader = PdfReader(target)
    cover = reader.pages[0].extract_text() or ""
    assert "BUKU SOP" in cover and "BARITO KUALA" in cover and "TAHUN 2026" in cover and "6 SOP" in cover
    assert f"Halaman {len(reader.pages)} dari {len(reader.pages)}" in (reader.pages[-1].extract_text() or "")


def test_book_of_an_unknown_unit_is_a_message(tmp_path: Path, db_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "book", "-o", str(tmp_path / "b.pdf"), "--unit", "Atlantis"]) == 1
    assert "tidak ada SOP yang disahkan untuk unit Atlantis" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


def test_book_into_a_missing_folder_is_a_message(tmp_path: Path, db_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "book", "-o", str(tmp_path / "tidak" / "ada.pdf")]) == 1
    assert "tidak dapat menulis/membaca berkas" in capsys.readouterr().err


def test_verify_and_book_import_no_qt(tmp_path: Path, db_path: Path) -> None:
    code = (
        "import sys; from sopdesk.cli import main; "
        f"assert main(['--db', r'{db_path}', 'book', '--unit', 'lamandau', '-o', r'{tmp_path / 'b.pdf'}']) == 0; "
        f"main(['--db', r'{db_path}', 'verify', 'x/1/ABCDEFGHJK']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
