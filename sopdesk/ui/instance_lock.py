"""One sopdesk per SQLite file per workstation (`QLockFile` ``<database>.lock`` beside the file).

A second start on the same file is told who holds it (process, computer, program) instead of
opening it beside the first; so the "last session did not end cleanly" marker
(`sopdesk.store.database.session_marker`) is only ever written by one process. A lock left
by a process that died is stale and taken over (Qt checks that the process still runs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path(db_file: Path) -> Path:
    """``<database>.lock``: held while a sopdesk window has the file open."""
    return db_file.with_name(db_file.name + ".lock")


def hold(db_file: Path) -> QLockFile | str | None:
    """The held lock of ``db_file``; when another sopdesk holds it, a message for the user naming
    that process (translated); None when no lock can be made there (e.g. a read-only folder:
    opening the database then says what is wrong). Keep the lock alive while the file is open."""
    db_file.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_file)))
    lock.setStaleLockTime(0)  # only a dead holder makes the lock stale, never its age
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None
    pid, host, app = lock.getLockInfo()
    return QCoreApplication.translate(
        "InstanceLock", "%1 is already open in sopdesk (process %2 on %3, %4). Switch to that window, "
        "or close it before opening the file again.").replace("%1", str(db_file)).replace(
        "%2", str(pid)).replace("%3", host or "?").replace("%4", app or "?")


def hold_target(target: str | Path) -> QLockFile | str | None:
    """`hold` for a database target: the lock of a SQLite file (or the message naming who holds
    it); None for a server (every workstation may open it) or where no lock can be made."""
    from sopdesk.store.sqlite_file import sqlite_path

    path = sqlite_path(target)
    return hold(path) if path is not None else None


def release(lock: QLockFile | None) -> None:
    """Let go of a lock from `hold` (nothing for None)."""
    if lock is not None:
        lock.unlock()
