"""Backups of a PostgreSQL database with pg_dump (custom format), checked; a clear message without it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from sopdesk.store.backup import BackupError
from sopdesk.store.database import open_database
from sopdesk.store.server_backup import dump_server

NOW = dt.datetime(2026, 12, 1, 9, 30)


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
def test_a_server_database_is_dumped_and_checked(pg_url: str, tmp_path: Path) -> None:
    open_database(pg_url).close()
    made = dump_server(pg_url, tmp_path, NOW)
    assert made.name.endswith("-20261201-093000.dump") and made.parent == tmp_path
    listing = subprocess.run(["pg_restore", "--list", str(made)], capture_output=True, text=True, check=True).stdout
    assert "TABLE public audit" in listing and "TRIGGER public" in listing
    assert [p.name for p in tmp_path.iterdir()] == [made.name]  # no temporary file left


def test_without_pg_dump_the_message_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(BackupError, match="pg_dump tidak ditemukan"):
        dump_server("postgresql://ana:rahasia@server/sop", tmp_path, NOW)
    assert not list(tmp_path.iterdir())


def test_a_failed_dump_hides_the_password_and_leaves_nothing(tmp_path: Path) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    with pytest.raises(BackupError) as info:
        dump_server("postgresql://ana:rahasia@127.0.0.1:9/sop", tmp_path, NOW)  # nothing listens on port 9
    assert "rahasia" not in str(info.value)
    assert not list(tmp_path.iterdir())
