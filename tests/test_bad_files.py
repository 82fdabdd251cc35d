"""Only its own files: every file sopdesk refuses stays byte-identical with nothing beside it, and
each kind of refusal has its own message and exit code (`sopdesk.store.sqlite_file`)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest

from sopdesk.cli import main
from sopdesk.domain.messages import translated
from sopdesk.store import sqlite_file
from sopdesk.store.database import open_database
from sopdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    ForeignDatabaseError,
    StoreError,
    UnreadableDatabaseError,
)


def _other_program_file(path: Path, journal: str) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO notes (body) VALUES (?)", [("belanja",), ("rapat",)])
    con.commit()
    con.close()


def _refused(path: Path, error: type[StoreError], exit_code: int, capsys: pytest.CaptureFixture[str]) -> str:
    """Open ``path`` through the store and the CLI; both refuse it, and nothing changes."""
    folder = path.parent if path.parent.exists() else path
    before = path.read_bytes() if path.is_file() else None
    listing = sorted(os.listdir(folder))
    with pytest.raises(error) as info:
        open_database(path)
    capsys.readouterr()
    assert main(["--db", str(path), "list"]) == exit_code
    err = capsys.readouterr().err
    assert str(info.value) in err
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(os.listdir(folder)) == listing, "a refused file has nothing left beside it"
    english = translated(info.value, "en")
    assert english != str(info.value), f"the English interface would show Indonesian: {english}"
    return str(info.value)


@pytest.mark.parametrize("journal", ["DELETE", "WAL"])
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path, journal: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite3"
    _other_program_file(path, journal)
    message = _refused(path, ForeignDatabaseError, 7, capsys)
    assert "program lain" in message
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(path)
    assert "another program's database" in translated(info.value, "en")
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["notes"]
    con.close()


def test_a_file_that_is_not_sqlite_at_all_is_damaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "catatan.sqlite3"
    path.write_text("bukan basis data\n" * 20)  # also what a sopdesk file with its first page destroyed looks like
    message = _refused(path, DamagedDatabaseError, 3, capsys)
    assert "bukan basis data SQLite yang utuh" in message and "pulihkan dari cadangan" in message


def test_a_folder_is_unreadable_not_damaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data.sqlite3"
    folder.mkdir()
    assert "folder" in _refused(folder, UnreadableDatabaseError, 4, capsys)


@pytest.fixture
def sound_db(tmp_path: Path) -> Path:
    path = tmp_path / "sopdesk.sqlite3"
    open_database(path).close()
    return path


def test_a_read_only_file_is_not_called_damaged(sound_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sound_db.chmod(0o444)
    real_access = os.access
    # root may write a 0444 file: deny as the OS does for anyone else
    with mock.patch.object(sqlite_file.os, "access",
                           lambda p, mode: False if Path(p) == sound_db else real_access(p, mode)):
        message = _refused(sound_db, UnreadableDatabaseError, 4, capsys)
    assert "hanya-baca" in message and "rusak" not in message and "Pulihkan" not in message


def test_a_read_only_folder_is_not_called_damaged(sound_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real_access = os.access
    with mock.patch.object(sqlite_file.os, "access",
                           lambda p, mode: False if Path(p) == sound_db.parent else real_access(p, mode)):
        assert "hanya-baca" in _refused(sound_db, UnreadableDatabaseError, 4, capsys)


@contextmanager
def _read_only_mount(source: Path, target: Path) -> Iterator[None]:
    target.mkdir()
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(source), str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_a_healthy_database_on_a_read_only_mount(sound_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    mounted = tmp_path / "ro"
    with _read_only_mount(sound_db.parent, mounted):
        path = mounted / sound_db.name
        assert os.access(path, os.R_OK) and not os.access(path, os.W_OK)
        message = _refused(path, UnreadableDatabaseError, 4, capsys)
    assert "rusak" not in message


def test_a_damaged_btree_is_damaged_and_leaves_nothing_beside(sound_db: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(sound_db.read_bytes())
    for offset in range(2 * 4096, min(len(data), 6 * 4096)):
        data[offset] = 0xA5
    sound_db.write_bytes(bytes(data))
    assert "Pulihkan dari cadangan" in _refused(sound_db, DamagedDatabaseError, 3, capsys)


def test_a_locked_database_says_so(sound_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    holder = sqlite3.connect(sound_db)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with mock.patch.object(sqlite_file, "BUSY_TIMEOUT_S", 0.2):
            message = _refused(sound_db, DatabaseBusyError, 5, capsys)
    finally:
        holder.rollback()
        holder.close()
    assert "dipakai program lain" in message


def test_sopdesk_databases_are_marked_and_old_ones_still_open(sound_db: Path) -> None:
    con = sqlite3.connect(sound_db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == sqlite_file.APPLICATION_ID
    con.execute("PRAGMA application_id = 0")  # as made by sopdesk before the mark
    con.commit()
    con.close()
    open_database(sound_db).close()
    con = sqlite3.connect(sound_db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == sqlite_file.APPLICATION_ID
    con.close()


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite3"
    path.touch()
    db = open_database(path)
    try:
        assert db.sops.count() == 14
    finally:
        db.close()
