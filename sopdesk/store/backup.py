"""Backups of the SQLite file: made with SQLite's online backup API, checked, rotated, restored.

- A backup is written to a temporary file, checked with ``PRAGMA quick_check``, and only
  then renamed into the backup folder (``sopdesk-YYYYMMDD-HHMMSS.sqlite3``): a failed or
  damaged copy is never kept.
- Generations (as trusted desktop apps keep them, e.g. Anki): every backup of today and
  yesterday, then the newest of each of the 12 days before, of each of 10 ISO weeks, and of
  each of 9 months; older ones are deleted.
- A backup is made only when something changed since the last one (the audit log's last
  id, which every write moves, is the change counter).
- Restoring checks the backup, backs up the current file first (or keeps it aside as
  ``damaged-…`` if it cannot be read), and replaces the file atomically.
All functions take ``now`` so tests can run on a fake clock. No Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sopdesk.domain.messages import message
from sopdesk.store.errors import DatabaseBusyError, StoreError
from sopdesk.store.sqlite_file import integrity

NAME = re.compile(r"^sopdesk-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 12, 10, 9
MIN_INTERVAL = dt.timedelta(minutes=30)


class BackupError(StoreError):
    """A backup could not be made, checked or restored; the message says why."""


@dataclass(frozen=True, slots=True)
class Backup:
    """A kept backup: its file, when it was taken (local time), its size in bytes."""

    path: Path
    taken_at: dt.datetime
    size: int


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` live: ``<its folder>/backups``."""
    return db_path.parent / "backups"


def quick_check(path: Path, full: bool = False) -> list[str]:
    """SQLite's ``quick_check`` (``integrity_check`` when ``full``) of a file; [] when sound."""
    try:
        return integrity(path, full=full)
    except DatabaseBusyError as exc:
        return [str(exc)]


def change_counter(path: Path) -> int:
    """The last audit id of a database file (0 when none): moves with every write."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])
    except sqlite3.DatabaseError:
        return -1
    finally:
        con.close()


def list_backups(folder: Path) -> list[Backup]:
    """The kept backups, newest first."""
    found = []
    for path in folder.glob("sopdesk-*.sqlite3") if folder.is_dir() else []:
        match = NAME.match(path.name)
        if match:
            taken = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
            found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def make_backup(db_path: Path, now: dt.datetime, folder: Path | None = None) -> Path:
    """Copy ``db_path`` with the online backup API, check the copy, keep it. Returns its path.

    Raises `BackupError` (disk full, unreadable source, a copy that fails its check); nothing
    is left behind then.
    """
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, now)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(tmp)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                copy.close()
        finally:
            source.close()
        problems = quick_check(tmp)
        if problems:
            raise BackupError(message("backup-check-failed", problems[0]))
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(message("backup-failed", exc)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    return target


def _free_name(folder: Path, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"sopdesk-{stamp}.sqlite3", 1
    while target.exists():
        target, n = folder / f"sopdesk-{stamp}-{n}.sqlite3", n + 1
    return target


def backup_if_changed(db_path: Path, now: dt.datetime, folder: Path | None = None,
                      min_interval: dt.timedelta = dt.timedelta(0)) -> Path | None:
    """Make a backup when the database changed since the newest backup and that one is at
    least ``min_interval`` old (the app's timer uses 30 minutes); rotate afterwards.
    Returns the new backup, or None when none was needed."""
    folder = folder or backup_folder(db_path)
    backups = list_backups(folder)
    if backups:
        newest = backups[0]
        if now - newest.taken_at < min_interval or change_counter(newest.path) == change_counter(db_path):
            return None
    made = make_backup(db_path, now, folder)
    rotate(folder, now)
    return made


def to_keep(backups: Iterable[Backup], now: dt.datetime) -> set[Path]:
    """The generations kept (see the module docstring): newest first, the first backup seen in
    a day, week or month bucket still within reach is that bucket's newest and is kept."""
    today = now.date()
    this_monday = today - dt.timedelta(days=today.weekday())
    keep: set[Path] = set()
    seen: set[tuple[str, object]] = set()
    for b in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        day = b.taken_at.date()
        monday = day - dt.timedelta(days=day.weekday())
        buckets = [
            ("all", b.path, (today - day).days <= 1),
            ("day", day, (today - day).days <= 1 + KEEP_DAYS),
            ("week", monday, (this_monday - monday).days // 7 <= KEEP_WEEKS),
            ("month", (day.year, day.month), (today.year - day.year) * 12 + today.month - day.month <= KEEP_MONTHS),
        ]
        for kind, value, within in buckets:
            if within and (kind, value) not in seen:
                seen.add((kind, value))
                keep.add(b.path)
    return keep


def rotate(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the backups the generations do not keep; return what was deleted."""
    backups = list_backups(folder)
    keep = to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(backup: Path, db_path: Path, now: dt.datetime, folder: Path | None = None) -> Path | None:
    """Replace ``db_path`` by ``backup``. Every connection to ``db_path`` must be closed.

    The backup is checked first; the current file is backed up (or, if unreadable, kept aside
    as ``damaged-<stamp>.sqlite3``) and its WAL files removed; the copy is renamed into place
    atomically. Returns the safety copy of the current file (None if there was no file).
    Raises `BackupError` and changes nothing when the backup is damaged.
    """
    folder = folder or backup_folder(db_path)
    problems = quick_check(backup)
    if problems:
        raise BackupError(message("backup-damaged", backup.name, problems[0]))
    safety = None
    if db_path.exists():
        try:
            safety = make_backup(db_path, now, folder) if not quick_check(db_path) else None
        except BackupError:
            safety = None
        if safety is None:
            folder.mkdir(parents=True, exist_ok=True)
            safety = folder / f"damaged-{now:%Y%m%d-%H%M%S}.sqlite3"
            shutil.copy2(db_path, safety)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        shutil.copyfile(backup, tmp)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except OSError as exc:
        raise BackupError(message("restore-failed", exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return safety
