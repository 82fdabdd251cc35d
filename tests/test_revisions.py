"""Revisions and pengesahan: only a draft changes, approved revisions are frozen in the database
itself, content hashes and the audit chain reveal tampering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from sopdesk.cli import main
from sopdesk.domain.model import Approval, Sop, Status
from sopdesk.store.audit import Actor
from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError

KEY = "kalbar-penyusunan-lkj-biro"
ANA = Actor("ana", "Ana (analis)")


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(db_path)
    yield database
    database.close()


def _rev(db: Database, key: str = KEY) -> int:
    found = db.sops.find_by_key(key)
    assert found is not None
    return found


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE revision SET title = 'diubah' WHERE status = 'approved'",
        "UPDATE revision SET status = 'draft' WHERE status = 'approved'",
        "DELETE FROM revision WHERE status = 'approved'",
        "UPDATE step SET activity = 'diubah'",
        "DELETE FROM step",
        "UPDATE lane SET name = 'diubah'",
        "DELETE FROM lane",
        "INSERT INTO step (revision_id, position, activity, symbol, lane_keys, requirements, standard_time, "
        "output, remarks, exits) VALUES (1, 99, 'x', 'process', '[]', '', '', '', '', '[]')",
        "UPDATE audit SET action = 'x'",
        "DELETE FROM audit",
    ],
)
def test_raw_sql_cannot_change_an_approved_revision_or_the_log(db: Database, db_path: Path, statement: str) -> None:
    con = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="tidak dapat"):
            con.execute(statement)
    finally:
        con.close()


def test_editing_an_approved_sop_starts_a_new_draft(db: Database) -> None:
    approved = _rev(db)
    draft = db.sops.start_draft(approved, ANA)
    assert draft != approved
    assert db.sops.start_draft(approved, ANA) == draft  # one draft at a time
    sop = db.sops.load(draft)
    assert (sop.status, sop.revision) == (Status.DRAFT, 2)
    changed = dataclasses.replace(sop, title="Penyusunan Laporan Kinerja Biro (revisi)")
    db.sops.save_draft(draft, changed, ANA)
    assert db.sops.load(draft).title.endswith("(revisi)")
    assert db.sops.load(approved).title == "Penyusunan Laporan Kinerja Biro"  # untouched
    with pytest.raises(StoreError, match="tidak dapat diubah"):
        db.sops.save_draft(approved, changed, ANA)


def test_the_lifecycle_draft_verified_approved_superseded(db: Database) -> None:
    first = _rev(db)
    draft = db.sops.start_draft(first, ANA)
    with pytest.raises(StoreError, match="tidak dapat diubah dari draf ke disahkan"):
        db.sops.change_status(draft, Status.APPROVED, ANA)
    db.sops.change_status(draft, Status.VERIFIED, ANA)
    with pytest.raises(StoreError, match="tidak dapat diubah"):
        db.sops.save_draft(draft, db.sops.load(draft), ANA)  # verified: frozen for editing
    db.sops.change_status(draft, Status.DRAFT, ANA)  # sent back
    sop = db.sops.load(draft)
    db.sops.save_draft(draft, dataclasses.replace(sop, effective_on=None), ANA)
    db.sops.change_status(draft, Status.VERIFIED, ANA)
    with pytest.raises(StoreError, match="Tanggal Efektif"):
        db.sops.change_status(draft, Status.APPROVED, ANA)
    db.sops.change_status(draft, Status.DRAFT, ANA)
    db.sops.save_draft(draft, dataclasses.replace(sop, effective_on=dt.date(2026, 11, 1),
                                                  approval=Approval("Kepala Biro Organisasi", "Rita")), ANA)
    db.sops.change_status(draft, Status.VERIFIED, ANA)
    db.sops.change_status(draft, Status.APPROVED, ANA)
    statuses = [(r.number, r.status) for r in db.sops.revisions(KEY)]
    assert statuses == [(1, Status.SUPERSEDED), (2, Status.APPROVED)]
    entry = next(e for e in db.sops.catalogue() if e.key == KEY)
    assert (entry.revision, entry.status) == (2, Status.APPROVED)


def test_every_change_is_in_the_audit_log(db: Database) -> None:
    draft = db.sops.start_draft(_rev(db), ANA)
    db.sops.save_draft(draft, db.sops.load(draft), ANA)
    db.sops.change_status(draft, Status.VERIFIED, ANA)
    log = db.sops.audit_log(target=KEY)
    assert [e.action for e in log] == ["status", "edit", "create", "import"]
    assert all(e.os_user == "ana" and e.app_user == "Ana (analis)" for e in log[:3])
    assert log[0].detail == {"revision": 2, "from": "draft", "to": "verified"}
    assert len(db.sops.audit_log(action="import")) == 14
    assert db.sops.verify_audit() == []


def test_sopdesk_check_finds_a_flipped_byte(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "check"]) == 0
    db.close()
    _checkpoint(db_path)
    data = bytearray(db_path.read_bytes())
    at = data.find(b"Rita Hastarita")
    assert at > 0
    data[at] ^= 0x01  # 'R' -> 'S': a byte changed behind sopdesk's back
    db_path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 1
    err = capsys.readouterr().err
    assert f"SOP {KEY} revisi 1: isi tidak cocok" in err


def test_sopdesk_check_finds_a_rewritten_log(db: Database, db_path: Path) -> None:
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_append_only_update")  # what a determined editor could do
    con.execute("UPDATE audit SET app_user = 'orang lain' WHERE id = 3")
    con.commit()
    con.close()
    again = open_database(db_path)
    try:
        report = check_database(again.engine, again.sops)
        assert report.audit == ["log audit #3: isi entri diubah"]
        assert not report.ok
    finally:
        again.close()


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_content_hash_ignores_status_but_not_content(sample_by_id: dict[str, Sop]) -> None:
    from sopdesk.domain.canonical import content_hash

    sop = sample_by_id[KEY]
    assert content_hash(dataclasses.replace(sop, status=Status.DRAFT)) == content_hash(sop)
    assert content_hash(dataclasses.replace(sop, title=sop.title + " ")) != content_hash(sop)
