"""Two workstations starting at the same moment on an empty database (issue 11): the migration
and the sample data must not race: one schema, the 14 samples once, one audit chain
(`sopdesk.store.locks.first_start_lock`). Run on a new SQLite file and a new, empty PostgreSQL
database (not a copy of the migrated template)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sopdesk.resources import sample_files
from sopdesk.store.catalogue import SCHEMA_HEAD
from sopdesk.store.check import check_database
from sopdesk.store.database import open_database

STARTER = Path(__file__).with_name("first_starter.py")
WORKSTATIONS = 2


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """A target with nothing in it: a SQLite path not yet created, or a new empty PG database."""
    if request.param == "sqlite":
        yield tmp_path / "baru.sqlite3"
        return
    from tests.pg import drop_database, empty_database, server_url

    server = server_url()
    url = empty_database(server)
    yield url
    drop_database(server, url)


def test_two_workstations_start_an_empty_database_at_once(empty_target: str | Path) -> None:
    procs = [subprocess.Popen([sys.executable, str(STARTER), str(empty_target)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(WORKSTATIONS)]
    for proc in procs:  # every one has imported sopdesk: the opens start within a millisecond or so
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and out.strip() == "ok", err[-3000:]
    db = open_database(empty_target, seed=False)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_HEAD]
            sops = conn.execute(text("SELECT count(*), count(DISTINCT key) FROM sop")).one()
            revisions = conn.execute(text("SELECT count(*) FROM revision")).scalar()
            links = conn.execute(text("SELECT count(*), count(DISTINCT prev_hash) FROM audit")).one()
        samples = len(list(sample_files()))
        assert tuple(sops) == (samples, samples) and revisions == samples
        assert links[0] == links[1] == samples, "one import entry per sample, in one line"
        report = check_database(db.engine, db.sops)
        assert report.ok, report.lines()[:10]
    finally:
        db.close()


def test_a_new_file_waits_for_another_workstations_migration(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite waits 5 s for a writer; a first migration on a busy PC can take longer. Opening a file
    that was new when the open began waits for the other's migration; an existing locked file says
    it is busy at once."""
    from sopdesk.store import database
    from sopdesk.store.errors import DatabaseBusyError

    real, calls = database.upgrade, []

    def busy_twice(engine: Any, before: Any = None) -> None:
        calls.append(1)
        if len(calls) <= 2:
            raise DatabaseBusyError("busy")  # the other workstation still migrates
        real(engine, before=before)

    monkeypatch.setattr(database, "upgrade", busy_twice)
    db = open_database(tmp_path / "baru.sqlite3", seed=False)
    db.close()
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(DatabaseBusyError):  # not new: the message, no waiting
        open_database(tmp_path / "baru.sqlite3", seed=False)
    assert len(calls) == 1
