"""Who is who on PostgreSQL, tampering as the application's own roles (issue 11): a staf cannot
change what is approved or logged, nor approve, not even with raw SQL; a pengesah can approve;
the audit log names the server's session user."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError

from sopdesk.cli import main
from sopdesk.domain.model import Status
from sopdesk.store.audit import Actor
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from tests.pg import drop_role

KEY = "kalbar-penyusunan-lkj-biro"


@pytest.fixture
def people(pg_url: str) -> Iterator[dict[str, str]]:
    """A seeded database and one user of each role: their connection URLs by role."""
    open_database(pg_url).close()
    suffix = uuid.uuid4().hex[:6]
    urls = {}
    for role in ("staf", "pengesah", "admin"):
        name = f"{role}_{suffix}"
        assert main(["--db", pg_url, "admin", "add-user", name, "--role", role, "--no-password"]) == 0
        urls[role] = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    yield urls
    for url in urls.values():
        drop_role(pg_url, str(make_url(url).username))


def _as(url: str) -> Database:
    return open_database(url, seed=False)


@pytest.mark.parametrize("statement", [
    "UPDATE revision SET title = 'diubah' WHERE status = 'approved'",
    "DELETE FROM revision WHERE status = 'approved'",
    "UPDATE step SET activity = 'diubah'",
    "DELETE FROM step",
    "UPDATE audit SET action = 'x'",
    "DELETE FROM audit",
    "TRUNCATE audit",
    "DELETE FROM step_record",
    "DELETE FROM execution",
    "ALTER TABLE audit DISABLE TRIGGER USER",
    "DROP TRIGGER sopdesk_guard_03_audit_update ON audit",
    "UPDATE revision SET status = 'approved' WHERE status = 'verified'",
])
def test_a_staf_cannot_tamper_even_with_raw_sql(people: dict[str, str], statement: str) -> None:
    db = _as(people["staf"])
    try:
        draft = db.sops.start_draft(db.sops.find_by_key(KEY) or 0)
        db.sops.change_status(draft, Status.VERIFIED)
        with pytest.raises(DBAPIError, match=r"tidak dapat|permission denied|must be owner|hanya pengesah"), \
                db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    finally:
        db.close()


def test_only_a_pengesah_approves_or_sends_back_and_the_log_names_who(people: dict[str, str]) -> None:
    staf, kabag = _as(people["staf"]), _as(people["pengesah"])
    try:
        draft = staf.sops.start_draft(staf.sops.find_by_key(KEY) or 0, Actor("ana", "typed name"))
        staf.sops.change_status(draft, Status.VERIFIED)
        for status in (Status.APPROVED, Status.DRAFT):
            with pytest.raises(StoreError, match="hanya pengesah"):
                staf.sops.change_status(draft, status)
        kabag.sops.change_status(draft, Status.DRAFT)  # sent back
        staf.sops.change_status(draft, Status.VERIFIED)
        kabag.sops.change_status(draft, Status.APPROVED)
        log = kabag.sops.audit_log(target=KEY)
        assert [e.os_user for e in log[:5]] == [make_url(people[r]).username
                                                for r in ("pengesah", "staf", "pengesah", "staf", "staf")]
        assert log[-1].app_user == ""  # the import, by whoever made the database
        assert kabag.sops.verify_audit() == []
    finally:
        staf.close()
        kabag.close()


def test_a_staf_logs_executions(people: dict[str, str]) -> None:
    import datetime as dt

    db = _as(people["staf"])
    try:
        revision = db.sops.find_by_key("lamandau-pengisian-e-sakip") or 0
        now = dt.datetime(2025, 6, 30, 16)
        eid = db.executions.start(revision, "E-SAKIP", "", "Ana", dt.datetime(2025, 6, 2, 8), now)
        db.executions.start_step(eid, 0, dt.datetime(2025, 6, 2, 8), "Sekda", now)
        db.executions.finish_step(eid, dt.datetime(2025, 6, 2, 8, 20), now)
        assert len(db.executions.load(eid)[0].records) == 1
    finally:
        db.close()


def test_users_exist_only_on_a_server(db_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "admin", "add-user", "ana", "--role", "staf", "--no-password"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err


def test_a_password_reaches_the_server_only_hashed(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import io

    import psycopg

    name = f"sandi_{uuid.uuid4().hex[:6]}"
    monkeypatch.setattr("sys.stdin", io.StringIO("rahasia-sekali\n"))
    try:
        assert main(["--db", pg_url, "admin", "add-user", name, "--role", "staf"]) == 0
        assert "rahasia" not in capsys.readouterr().out
        with psycopg.connect(pg_url) as conn:
            stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()
        assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    finally:
        drop_role(pg_url, name)


def test_a_staf_stores_a_version_2_draft_but_cannot_change_its_v2_fields_once_approved(
        people: dict[str, str]) -> None:
    """Migration 0008's columns live in tables the staf may write, under the same guards."""
    from tests.v2_samples import fork_join

    db = _as(people["staf"])
    try:
        approved = db.sops.find_by_key(KEY) or 0
        draft = db.sops.start_draft(approved)
        v2 = fork_join(db.sops.load(draft), parts=False)
        db.sops.save_draft(draft, v2)
        assert db.sops.load(draft).steps == v2.steps and db.sops.load(draft).logo == v2.logo
        for statement in (f"UPDATE revision SET format_v2 = NULL WHERE id = {approved}",
                          f"UPDATE step SET format_v2 = NULL WHERE revision_id = {approved}"):
            with pytest.raises(DBAPIError), db.engine.begin() as conn:
                conn.exec_driver_sql(statement)
    finally:
        db.close()
