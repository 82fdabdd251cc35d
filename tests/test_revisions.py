"""Revisions and pengesahan: only a draft changes, approved revisions are frozen in the database
itself, content hashes and the audit chain reveal tampering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from sopdesk.cli import main
from sopdesk.domain.canonical import content_hash
from sopdesk.domain.model import Approval, Sop, Status
from sopdesk.store.audit import Actor
from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from tests.tamper import unguard

KEY = "kalbar-penyusunan-lkj-biro"
ANA = Actor("ana", "Ana (analis)")


@pytest.fixture
def db(store_target: str | Path):  # type: ignore[no-untyped-def]
    database = open_database(store_target)
    yield database
    database.close()


def _sqlite_file(db: Database) -> Path:
    if db.path is None:
        pytest.skip("flips a byte of the SQLite file (on both: ..._finds_a_changed_approved_revision)")
    return db.path



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
def test_raw_sql_cannot_change_an_approved_revision_or_the_log(db: Database, statement: str) -> None:
    with pytest.raises(DBAPIError, match="tidak dapat"), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


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
    # SQLite: the operating-system account; PostgreSQL: the server's session user, whatever was typed
    account = "ana" if db.path is not None else db.engine.url.username
    assert all(e.os_user == account and e.app_user == "Ana (analis)" for e in log[:3])
    assert log[0].detail == {"revision": 2, "from": "draft", "to": "verified"}
    assert len(db.sops.audit_log(action="import")) == 14
    assert db.sops.verify_audit() == []


def test_sopdesk_check_finds_a_flipped_byte(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = _sqlite_file(db)
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


def test_sopdesk_check_finds_a_rewritten_log(db: Database) -> None:
    with db.engine.begin() as conn:
        unguard(conn, "audit")
        conn.exec_driver_sql("UPDATE audit SET app_user = 'orang lain' WHERE id = 3")
    report = check_database(db.engine, db.sops)
    assert report.audit == ["log audit #3: isi entri diubah"]
    assert not report.ok


def test_sopdesk_check_finds_a_changed_approved_revision(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.engine.begin() as conn:
        unguard(conn, "step")
        conn.exec_driver_sql(f"UPDATE step SET activity = 'diubah' WHERE revision_id = {_rev(db)}")
    report = check_database(db.engine, db.sops)
    assert report.hashes and f"SOP {KEY} revisi 1: isi tidak cocok" in report.hashes[0]
    english = [core_text_in(line, "en") for line in report.lines()]
    assert f"SOP {KEY} revision 1: the content does not match the stored hash" in english[0], english


def core_text_in(line: str, language: str) -> str:
    """A line of the check report in ``language`` (each problem is a catalogue message)."""
    from sopdesk.domain.messages import Message

    assert isinstance(line, Message), f"not a catalogue message: {line!r}"
    return line.text(language)


def test_sopdesk_check_finds_a_deleted_revision(db: Database) -> None:
    with db.engine.begin() as conn:
        for table in ("revision", "lane", "step"):
            unguard(conn, table)
        for table in ("lane", "step"):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE revision_id = {_rev(db)}")
        conn.exec_driver_sql(f"DELETE FROM revision WHERE id = {_rev(db)}")
    report = check_database(db.engine, db.sops)
    assert any(f"SOP {KEY} revisi 1 hilang" in line for line in report.rows), report.rows
    assert any(f"SOP {KEY} revision 1 is missing" in core_text_in(line, "en") for line in report.rows)
    assert not report.ok


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_content_hash_ignores_status_but_not_content(sample_by_id: dict[str, Sop]) -> None:
    from sopdesk.domain.canonical import content_hash

    sop = sample_by_id[KEY]
    assert content_hash(dataclasses.replace(sop, status=Status.DRAFT)) == content_hash(sop)
    assert content_hash(dataclasses.replace(sop, title=sop.title + " ")) != content_hash(sop)


def test_a_draft_changed_elsewhere_is_never_overwritten(db: Database) -> None:
    draft = db.sops.start_draft(_rev(db), ANA)
    opened = db.sops.load(draft)  # this editor's copy
    elsewhere = dataclasses.replace(opened, title="Diubah di komputer lain")
    db.sops.save_draft(draft, elsewhere, expected_hash=content_hash(opened))  # the other workstation saves first
    mine = dataclasses.replace(opened, title="Suntingan saya")
    with pytest.raises(StoreError, match="diubah di tempat lain"):
        db.sops.save_draft(draft, mine, expected_hash=content_hash(opened))
    assert db.sops.load(draft).title == "Diubah di komputer lain"
    with pytest.raises(StoreError, match="diubah di tempat lain"):  # a new draft, but one was made meanwhile
        db.sops.save_as_draft(_rev(db), mine, new_draft_only=True)
    assert db.sops.load(draft).title == "Diubah di komputer lain"
