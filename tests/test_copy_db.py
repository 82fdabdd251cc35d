"""``sopdesk copy-db``: SQLite → PostgreSQL → SQLite keeps every row, every content hash and the
audit chain; printed sheet codes verify against the copy; a non-empty target is refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from sopdesk.cli import main
from sopdesk.domain.model import Status
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.store.check import check_database
from sopdesk.store.database import open_database
from sopdesk.store.verify import verify_code

NOW = dt.datetime(2025, 6, 30, 16)


def _filled(path: Path) -> None:
    db = open_database(path)
    try:
        revision = db.sops.find_by_key("lamandau-pengisian-e-sakip") or 0
        eid = db.executions.start(revision, "E-SAKIP", "", "Ana", dt.datetime(2025, 6, 2, 8), NOW)
        db.executions.start_step(eid, 0, dt.datetime(2025, 6, 2, 8), "Sekda", NOW)
        db.executions.finish_step(eid, dt.datetime(2025, 6, 2, 9), NOW)
        db.executions.correct(eid, 0, "finished_at", dt.datetime(2025, 6, 2, 8, 40), NOW, "Budi")
        draft = db.sops.start_draft(db.sops.find_by_key("kalbar-penyusunan-lkj-biro") or 0)
        db.sops.change_status(draft, Status.VERIFIED)
    finally:
        db.close()


def _contents(target: str | Path) -> tuple[dict[tuple[str, int], tuple[str, str]], list[str], int]:
    db = open_database(target, seed=False)
    try:
        entries = {(e.key, e.revision): (db.sops.load(e.revision_id).status.value,
                                         sheet_code(db.sops.load(e.revision_id)).text)
                   for e in db.sops.catalogue()}
        assert check_database(db.engine, db.sops).ok
        with db.engine.connect() as conn:
            records = int(conn.execute(text("SELECT count(*) FROM step_record")).scalar() or 0)
        return entries, [e.hash for e in db.sops.audit_log()][1:], records  # [0]: the copy's own entry
    finally:
        db.close()


def test_sqlite_to_postgresql_and_back(db_path: Path, pg_url: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _filled(db_path)
    back = tmp_path / "kembali.sqlite3"
    assert main(["copy-db", str(db_path), pg_url]) == 0
    assert "hash isi revisi cocok" in capsys.readouterr().out
    assert main(["copy-db", pg_url, str(back)]) == 0
    original = open_database(db_path, seed=False)
    try:
        original_hashes = [e.hash for e in original.sops.audit_log()]
        codes = [sheet_code(original.sops.load(e.revision_id)).text for e in original.sops.approved_catalogue()]
    finally:
        original.close()
    entries, chain, records = _contents(back)
    assert chain[1:] == original_hashes  # [0] of chain is the first copy's entry, kept in the second
    assert records == 1
    assert _contents(pg_url)[0] == entries
    copy = open_database(back, seed=False)
    try:
        assert codes and all(verify_code(copy.sops, code).ok for code in codes)
        assert copy.sops.verify_audit() == []
    finally:
        copy.close()
    con = sqlite3.connect(back)
    assert con.execute("PRAGMA application_id").fetchone()[0] != 0
    con.close()


def test_a_non_empty_target_is_refused_and_left_alone(store_target: str | Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "sumber.sqlite3"
    _filled(source)
    open_database(store_target).close()  # the samples: not empty
    before = _contents(store_target)
    assert main(["copy-db", str(source), str(store_target)]) == 1
    assert "tidak kosong" in capsys.readouterr().err
    assert _contents(store_target) == before
