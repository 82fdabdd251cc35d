"""Backups on a fake clock: made, checked, rotated by generations, restored; damage leads to restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from unittest import mock

import pytest

from sopdesk.cli import main
from sopdesk.domain.model import Status
from sopdesk.store.backup import (
    Backup,
    BackupError,
    backup_folder,
    backup_if_changed,
    list_backups,
    make_backup,
    quick_check,
    restore,
    rotate,
    to_keep,
)
from sopdesk.store.database import open_database, session_marker
from sopdesk.store.errors import DamagedDatabaseError, NetworkLocationError

T0 = dt.datetime(2026, 11, 20, 9, 0, 0)


@pytest.fixture
def db_file(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def _titles(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT title FROM revision")}
    finally:
        con.close()


def test_a_backup_is_a_checked_copy(db_file: Path) -> None:
    made = make_backup(db_file, T0)
    assert made.name == "sopdesk-20261120-090000.sqlite3"
    assert made.parent == backup_folder(db_file)
    assert quick_check(made) == []
    assert _titles(made) == _titles(db_file)
    assert make_backup(db_file, T0).name == "sopdesk-20261120-090000-1.sqlite3"  # same second: no overwrite


def test_a_backup_that_fails_its_check_is_not_kept(db_file: Path) -> None:
    with mock.patch("sopdesk.store.backup.quick_check", return_value=["page 3: btree damaged"]), \
            pytest.raises(BackupError, match="gagal diperiksa"):
        make_backup(db_file, T0)
    assert list(backup_folder(db_file).iterdir()) == []


def test_a_full_disk_leaves_no_backup_behind(db_file: Path) -> None:
    with mock.patch("os.replace", side_effect=OSError(28, "No space left on device")), \
            pytest.raises(BackupError, match="No space"):
        make_backup(db_file, T0)
    assert list(backup_folder(db_file).iterdir()) == []


def test_backups_only_when_something_changed_and_at_most_every_30_minutes(db_file: Path) -> None:
    interval = dt.timedelta(minutes=30)
    assert backup_if_changed(db_file, T0, min_interval=interval) is not None
    assert backup_if_changed(db_file, T0 + dt.timedelta(hours=2), min_interval=interval) is None  # no change
    db = open_database(db_file)
    try:
        rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
        assert rev is not None
        db.sops.start_draft(rev)
    finally:
        db.close()
    assert backup_if_changed(db_file, T0 + dt.timedelta(minutes=10), min_interval=interval) is None  # too soon
    assert backup_if_changed(db_file, T0 + dt.timedelta(minutes=31), min_interval=interval) is not None
    assert len(list_backups(backup_folder(db_file))) == 2


def _fake(folder: Path, when: dt.datetime) -> Backup:
    return Backup(folder / f"sopdesk-{when:%Y%m%d-%H%M%S}.sqlite3", when, 1)


def test_generations_keep_today_yesterday_12_days_10_weeks_9_months(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 21, 18, 0)
    hourly = [now - dt.timedelta(hours=h) for h in range(0, 24 * 400, 3)]  # a backup every 3 hours, 400 days
    backups = [_fake(tmp_path, t) for t in hourly]
    keep = to_keep(backups, now)
    kept = sorted(b.taken_at for b in backups if b.path in keep)
    recent = [t for t in kept if (now.date() - t.date()).days <= 1]
    assert len(recent) == len([t for t in hourly if (now.date() - t.date()).days <= 1])  # all of today, yesterday
    older_days = {t.date() for t in kept if 2 <= (now.date() - t.date()).days <= 13}
    assert len(older_days) == 12  # one for each of the 12 days before
    for day in older_days:  # and it is that day's newest
        assert max(t for t in kept if t.date() == day) == max(t for t in hourly if t.date() == day)
    oldest = min(kept)
    assert (now - oldest).days <= 10 * 31  # nothing older than the 9 monthly generations (+ this month)
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 10  # this month and the 9 before
    assert len(kept) < len(hourly) / 10


def test_rotation_deletes_what_is_not_kept(db_file: Path) -> None:
    folder = backup_folder(db_file)
    for days in (0, 1, 3, 3, 40, 400):
        make_backup(db_file, T0 - dt.timedelta(days=days, hours=days % 2))
    removed = rotate(folder, T0)
    names = sorted(p.name for p in removed)
    assert len(names) == 2  # the older of the two on day -3, and the one 400 days ago
    assert any("20251016" in n for n in names)


def test_restore_backs_up_the_current_file_first(db_file: Path) -> None:
    backup = make_backup(db_file, T0)
    db = open_database(db_file)
    try:
        rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
        assert rev is not None
        draft = db.sops.start_draft(rev)
        db.sops.change_status(draft, Status.VERIFIED)
    finally:
        db.close()
    changed = sqlite3.connect(db_file).execute("SELECT count(*) FROM revision").fetchone()[0]
    safety = restore(backup, db_file, T0 + dt.timedelta(hours=1))
    assert safety is not None and sqlite3.connect(safety).execute("SELECT count(*) FROM revision").fetchone()[0] \
        == changed
    assert sqlite3.connect(db_file).execute("SELECT count(*) FROM revision").fetchone()[0] == 14


def test_a_damaged_backup_is_refused_and_nothing_changes(db_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "sopdesk-20261120-080000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"rusak" * 1000)
    before = db_file.read_bytes()
    with pytest.raises(BackupError, match="rusak"):
        restore(bad, db_file, T0)
    assert db_file.read_bytes() == before


def _corrupt(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page)):  # scribble over a few b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_and_can_be_restored(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_backup(db_file, T0)
    _corrupt(db_file)
    before = db_file.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="Pulihkan dari cadangan"):
        open_database(db_file)
    assert db_file.read_bytes() == before
    assert main(["--db", str(db_file), "restore"]) == 0
    listed = capsys.readouterr().out
    backup = listed.split("\t")[-1].strip()
    assert main(["--db", str(db_file), "restore", backup]) == 0
    assert "Dipulihkan" in capsys.readouterr().out
    assert main(["--db", str(db_file), "check"]) == 0
    kept = [p.name for p in backup_folder(db_file).iterdir()]
    assert any(n.startswith("damaged-") for n in kept)  # the damaged file was kept aside, not lost


def test_after_an_unclean_end_the_full_check_runs(db_path: Path) -> None:
    db = open_database(db_path, track_session=True)
    assert session_marker(db_path).exists()
    # the process dies here: no close()
    db.engine.dispose()
    with mock.patch("sopdesk.store.sqlite_file.integrity", return_value=[]) as check:
        open_database(db_path, track_session=True).close()
    assert check.call_args.kwargs == {"full": True}
    assert not session_marker(db_path).exists()  # a clean close removes the marker
    with mock.patch("sopdesk.store.sqlite_file.integrity", return_value=[]) as check:
        open_database(db_path, track_session=True).close()
    assert check.call_args.kwargs == {"full": False}


def test_a_migration_backs_up_first(db_file: Path) -> None:
    con = sqlite3.connect(db_file)
    for name in [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]:
        con.execute(f"DROP TRIGGER {name}")
    for table in ("import_source", "import_file",  # back to schema 0001
                  "evaluation_answer", "monitoring_entry", "monitoring_period",
                  "audit", "record_correction", "step_record", "execution", "setting"):
        con.execute(f"DROP TABLE {table}")
    for table in ("step", "revision"):  # what 0008 added
        con.execute(f"ALTER TABLE {table} DROP COLUMN format_v2")
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    open_database(db_file, now=T0).close()
    backups = list_backups(backup_folder(db_file))
    assert len(backups) == 1
    version = sqlite3.connect(backups[0].path).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == "0001"  # the copy is of the file before the migration


def test_a_failing_migration_leaves_the_file_byte_identical(db_file: Path) -> None:
    con = sqlite3.connect(db_file)
    con.execute("UPDATE alembic_version SET version_num = '0001'")  # 0002 will fail: audit exists already
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = db_file.read_bytes()
    with pytest.raises(Exception, match="audit"):
        open_database(db_file, now=T0)
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert db_file.read_bytes() == before


def test_a_network_share_is_refused_with_the_reason(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    from sopdesk.store import location

    with mock.patch.object(location, "_mount_type", lambda p: location.__dict__["_real_mount_type"](p, mounts)), \
            pytest.raises(NetworkLocationError, match="jaringan"):
        open_database(tmp_path / "kantor.sqlite3")
    assert not (tmp_path / "kantor.sqlite3").exists()


def test_unc_paths_are_network_paths() -> None:
    from sopdesk.store.location import network_reason

    assert "folder jaringan" in (network_reason(Path("\\\\server\\share\\sop.sqlite3")) or "")
