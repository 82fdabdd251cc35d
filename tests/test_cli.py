"""The headless commands: export-pdf, list, check-data; errors are messages, not tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk.cli import main


def test_export_all_writes_one_sheet_per_sop(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lembar"
    assert main(["--db", str(db_path), "export-pdf", "--all", "-o", str(out)]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 14 and all(f.endswith(".pdf") for f in files)
    assert all((out / f).read_bytes().startswith(b"%PDF") for f in files)
    assert len(capsys.readouterr().out.splitlines()) == 14


def test_export_one_by_name_number_or_id(tmp_path: Path, db_path: Path) -> None:
    assert main(["--db", str(db_path), "export-pdf", "Penyusunan LAKIP Kabupaten", "--paper", "F4",
                 "-o", str(tmp_path / "a")]) == 0
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["baritokuala-penyusunan-lakip.pdf"]
    assert main(["--db", str(db_path), "export-pdf", "SOP/17/1/ORG/2015", "-o", str(tmp_path / "b")]) == 0
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["lamandau-pengisian-e-sakip.pdf"]


def test_an_unknown_sop_is_a_message(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "export-pdf", "Tidak Ada", "-o", str(tmp_path)]) == 1
    assert "SOP tidak ditemukan: Tidak Ada" in capsys.readouterr().err


def test_an_unwritable_target_is_a_message(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("ini berkas, bukan folder")
    assert main(["--db", str(db_path), "export-pdf", "--all", "-o", str(blocker)]) == 1
    assert "tidak dapat menulis/membaca berkas" in capsys.readouterr().err


def test_a_newer_database_is_a_message(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    assert main(["--db", str(db_path), "list"]) == 0
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "list"]) == 6  # its own exit code (cli docstring)
    assert "lebih baru" in capsys.readouterr().err


def test_check_data_names_file_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-data"]) == 0
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"format": "sopdesk-sop", "format_version": 1, "id": "x"}))
    assert main(["check-data", str(bad)]) == 1
    assert "x.json: title: wajib ada" in capsys.readouterr().err


def test_headless_commands_import_no_qt(tmp_path: Path, db_path: Path) -> None:
    code = (
        "import sys; from sopdesk.cli import main; "
        f"rc = main(['--db', r'{db_path}', 'export-pdf', '--all', '-o', r'{tmp_path / 'o'}']); "
        "assert rc == 0; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_paper_choices_are_the_layouts() -> None:
    from sopdesk.cli import PRINT_PAPERS
    from sopdesk.layout.paper import PaperName

    assert tuple(p.value for p in PaperName) == PRINT_PAPERS
