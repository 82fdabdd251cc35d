"""One sopdesk per SQLite file per workstation: a second start is told who holds the file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QLockFile

from sopdesk.ui.instance_lock import hold, lock_path


def test_a_second_start_is_told_who_holds_the_file(qapp: object, db_path: Path) -> None:
    first = hold(db_path)
    assert isinstance(first, QLockFile)
    try:
        second = hold(db_path)
        assert isinstance(second, str)
        assert str(os.getpid()) in second and str(db_path) in second
    finally:
        first.unlock()
    again = hold(db_path)  # released: the next start gets it
    assert isinstance(again, QLockFile)
    again.unlock()


def test_a_lock_left_by_a_dead_process_is_taken_over(qapp: object, db_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(lock_path(db_path))!r})
        assert lock.tryLock(0)
        os._exit(0)  # dies holding the lock
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert lock_path(db_path).exists()
    lock = hold(db_path)
    assert isinstance(lock, QLockFile)
    lock.unlock()
