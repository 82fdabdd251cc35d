"""Two sopdesk processes writing one database: no corruption, no lost write, nothing refused
(writers take the write lock up front with BEGIN IMMEDIATE and wait up to the busy timeout); a
writer that could not get the database in time would get a clear "busy" message, never a
half-written change."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from sopdesk.store.check import check_database
from sopdesk.store.database import open_database

SOAK_SECONDS = 60  # the "two writers for 60 s": one minute of wall time in CI
WRITER = Path(__file__).with_name("concurrent_writer.py")
SOAK_WRITER = Path(__file__).with_name("soak_writer.py")
WRITES = 200


def test_two_writers_on_one_database(tmp_path: Path) -> None:
    db_path = tmp_path / "bersama.sqlite3"
    open_database(db_path, seed=False).close()
    procs = {name: subprocess.Popen([sys.executable, str(WRITER), str(db_path), name, str(WRITES)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("jendela1", "jendela2")}
    results = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
        results[name] = out.splitlines()
    con = sqlite3.connect(db_path)
    try:
        assert [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        keys = {k for (k,) in con.execute("SELECT key FROM sop")}
    finally:
        con.close()
    for name, lines in results.items():
        ok = {f"{name}-{line.split()[1]}" for line in lines if line.startswith("ok ")}
        busy = {f"{name}-{line.split()[1]}" for line in lines if line.startswith("busy ")}
        assert len(ok) + len(busy) == WRITES
        assert ok <= keys, "a write reported done is missing"
        assert not (busy & keys), "a write reported busy was stored anyway"
        assert not busy, f"{name}: {len(busy)} writes refused as busy"
        assert len(ok) == WRITES
    db = open_database(db_path, seed=False)
    try:
        assert db.sops.verify_audit() == []
        assert db.sops.verify_hashes() == []
    finally:
        db.close()


def test_a_writer_waits_for_the_write_lock_and_gives_up_at_the_timeout(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from sopdesk.store import engine as engine_module

    path = tmp_path / "kunci.sqlite3"
    engine = engine_module.make_engine(path)
    engine.connect().close()  # the file exists, in WAL mode
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with engine.connect().execution_options(**{engine_module.WRITE: True}) as conn:
            started = time.monotonic()
            with pytest.raises(OperationalError, match="locked"):
                conn.begin()
            assert 0.29 < time.monotonic() - started < 2
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
            conn.rollback()
            monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 5000)
            threading.Timer(0.2, holder.rollback).start()
            with conn.begin():  # taken once the holder lets go
                conn.exec_driver_sql("CREATE TABLE dipegang (x)")
    finally:
        holder.close()
        engine.dispose()


def test_two_writers_for_a_minute_nothing_refused(tmp_path: Path) -> None:
    """Two processes log steps and save drafts (the real write paths) for `SOAK_SECONDS` on one
    SQLite file: no write refused, every reported write present, the file sound, the chain whole."""
    db_path = tmp_path / "bersama.sqlite3"
    open_database(db_path).close()  # the samples: one SOP to log steps of, one draft each
    drafts = {"jendela1": "balangan-pengelolaan-kinerja", "jendela2": "baritokuala-penyusunan-lakip"}
    procs = {name: subprocess.Popen([sys.executable, str(SOAK_WRITER), str(db_path), name, key, str(SOAK_SECONDS)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, key in drafts.items()}
    reported = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=SOAK_SECONDS + 300)
        assert proc.returncode == 0, err[-3000:]
        lines = out.splitlines()
        refused = [line for line in lines if not line.startswith("ok ")]
        assert not refused, f"{name}: {len(refused)} writes refused, first: {refused[0]}"
        reported[name] = [line.split()[1:] for line in lines]
    db = open_database(db_path, seed=False)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            for name, key in drafts.items():
                steps = sum(kind == "step" for kind, _k in reported[name])
                saves = [int(k) for kind, k in reported[name] if kind == "draft"]
                assert steps >= SOAK_SECONDS and saves, f"{name} hardly wrote: {steps} steps, {len(saves)} saves"
                started, finished = conn.exec_driver_sql(
                    "SELECT count(*), count(finished_at) FROM step_record WHERE actor = ?", (name,)).one()
                assert started + finished == steps, f"{name}: a logged step reported done is missing"
                edits = conn.exec_driver_sql("SELECT count(*) FROM audit WHERE action = 'edit' AND app_user = ?",
                                             (name,)).scalar()
                assert edits == len(saves), f"{name}: a draft save reported done is missing"
                draft = db.sops.load(db.sops.find_by_key(key) or 0)
                assert draft.title.endswith(f"[{name} {saves[-1]}]")
        report = check_database(db.engine, db.sops)
        assert report.ok, report.lines()[:10]
    finally:
        db.close()
