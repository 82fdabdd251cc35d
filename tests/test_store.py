"""The store: SQLite set up right, migrations in sync and atomic, round trips, first start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.model import Sop
from sopdesk.store.database import open_database
from sopdesk.store.engine import make_engine
from sopdesk.store.errors import DatabaseOpenError, NewerDatabaseError, StoreError
from sopdesk.store.migrate import current_revision, head_revision, upgrade
from sopdesk.store.models import Base


def test_every_connection_is_set_up(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_transactions_really_begin_and_roll_back(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        conn.exec_driver_sql("CREATE TABLE u (y INTEGER)")  # DDL too is inside the transaction
        raise RuntimeError("fail")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='u'").scalar() == 0
    engine.dispose()


def test_the_migrations_match_the_models(store_target: str | Path) -> None:
    engine = make_engine(store_target)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_first_start_fills_the_samples_faithfully(store_target: str | Path, sample_sops: list[Sop]) -> None:
    db = open_database(store_target)
    try:
        entries = db.sops.catalogue()
        assert len(entries) == 14
        by_key = {s.id: s for s in sample_sops}
        for entry in entries:
            stored = db.sops.load(entry.revision_id)
            assert stored == by_key[entry.key]
        with db.engine.connect() as conn:
            sql = "SELECT s.key, r.content_hash FROM revision r JOIN sop s ON s.id = r.sop_id"
            hashes = dict(conn.execute(text(sql)).all())
        assert hashes == {s.id: content_hash(s) for s in sample_sops}
    finally:
        db.close()
    again = open_database(store_target)  # second start: nothing added twice
    try:
        assert again.sops.count() == 14
    finally:
        again.close()


def test_a_failing_add_stores_nothing(store_target: str | Path, sample_sops: list[Sop]) -> None:
    db = open_database(store_target, seed=False)
    try:
        with pytest.raises(StoreError):
            db.sops.add_all([sample_sops[0], sample_sops[1], sample_sops[0]])  # duplicate id
        assert db.sops.count() == 0
    finally:
        db.close()


def test_foreign_keys_are_enforced(store_target: str | Path) -> None:
    db = open_database(store_target)
    try:
        with pytest.raises(Exception, match=r"(?i)FOREIGN KEY"), db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM sop")
    finally:
        db.close()


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="lebih baru"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_message(tmp_path: Path) -> None:
    path = tmp_path / "bukan.sqlite3"
    path.write_bytes(b"Ini bukan basis data SQLite, hanya teks biasa." * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    assert path.read_bytes() == before


def test_search_text_covers_steps(store_target: str | Path) -> None:
    db = open_database(store_target)
    try:
        hits = [e.title for e in db.sops.catalogue() if "e-sakip" in e.search_text]
        assert hits == ["Pengisian Portal E-SAKIP Kabupaten Lamandau"]
    finally:
        db.close()


def test_the_quick_catalogue_reader_knows_the_current_schema(db_path: Path) -> None:
    from sopdesk.store.catalogue import SCHEMA_HEAD, read_sqlite_catalogue, with_step_texts

    assert head_revision() == SCHEMA_HEAD
    assert read_sqlite_catalogue(db_path) is None  # no file yet: nothing, and nothing created
    assert not db_path.exists()
    db = open_database(db_path)
    try:
        quick = read_sqlite_catalogue(db_path)
        texts = db.sops.step_texts()
        assert quick is not None and len(texts) == len(quick) == 14
        full = db.sops.catalogue()
        assert sorted((with_step_texts(e, texts) for e in quick), key=lambda e: e.revision_id) == sorted(
            full, key=lambda e: e.revision_id)
        assert {e.search_text for e in quick}.isdisjoint(e.search_text for e in full)  # summaries: no step read
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0000_old'")
    con.commit()
    con.close()
    assert read_sqlite_catalogue(db_path) is None  # needs migrating: left to the full open
    con = sqlite3.connect(db_path)
    con.execute(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'")
    con.execute("PRAGMA application_id = 0")  # not marked as sopdesk's: the full open tells what it is
    con.commit()
    con.close()
    assert read_sqlite_catalogue(db_path) is None


def test_a_server_url_means_psycopg_3_and_its_password_is_never_shown() -> None:
    from sopdesk.store.engine import database_url, shown

    assert database_url("postgresql://ana@db.kantor:5432/sop").drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://ana@db/sop").drivername == "postgresql+psycopg"
    assert "rahasia" not in shown("postgresql://ana:rahasia@db.kantor/sop")
    assert shown("postgresql://ana:rahasia@db.kantor/sop") == "postgresql://ana:***@db.kantor/sop"
