"""Format version 2 in the store (issue 14): the migration carries a database of the release
before it over unchanged (every printed code still verifies, the audit chain still checks), on
SQLite and PostgreSQL; a version-2 revision is stored and read back whole, and frozen once approved."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.model import Sop, Status
from sopdesk.domain.sheetcode import SheetCode, crockford32
from sopdesk.domain.verdict import Outcome
from sopdesk.store.backup import backup_folder, list_backups
from sopdesk.store.catalogue import SCHEMA_HEAD
from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.migrate import current_revision
from sopdesk.store.verify import verify_code
from tests.release_db import release_hashes, release_postgresql, release_sqlite
from tests.v2_samples import fork_join
from tests.v2_strategies import v2_sops


@pytest.fixture(params=["sqlite", "postgresql"])
def release_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The release's database, opened (and so migrated) by this sopdesk."""
    if request.param == "sqlite":
        target: str | Path = release_sqlite(tmp_path / "release.sqlite3")
    else:
        from tests.pg import drop_database, server_url

        server = server_url()
        target = release_postgresql(server)
        request.addfinalizer(lambda: drop_database(server, str(target)))
    db = open_database(target, seed=False)
    yield db
    db.close()


def test_the_migration_keeps_every_revision_and_every_printed_code(release_db: Database) -> None:
    db = release_db
    assert current_revision(db.engine) == SCHEMA_HEAD == "0008_format_v2"
    before = release_hashes()["revisions"]
    entries = {e.key for e in db.sops.catalogue()}
    infos = [(key, info) for key in sorted(entries) for info in db.sops.revisions(key)]
    assert {str(info.revision_id): info.content_hash for _key, info in infos} == before
    approved = 0
    for key, info in infos:
        sop = db.sops.load(info.revision_id)
        assert content_hash(sop) == before[str(info.revision_id)]  # recomputed from the carried-over content
        printed = SheetCode(key, info.number, crockford32(before[str(info.revision_id)])).text
        outcome = verify_code(db.sops, printed).outcome
        expected = {Status.APPROVED: Outcome.MATCH, Status.SUPERSEDED: Outcome.SUPERSEDED}.get(info.status,
                                                                                             Outcome.DRAFT)
        assert outcome is expected, (key, info.number)
        approved += info.status is Status.APPROVED
    assert approved >= 10 and len(infos) == 16
    assert db.sops.verify_audit() == [] and db.sops.verify_hashes() == []
    assert check_database(db.engine, db.sops).ok
    assert db.executions.for_revisions([int(k) for k in before])  # the release's execution is still there


def test_the_sqlite_file_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = release_sqlite(tmp_path / "release.sqlite3")
    open_database(path, seed=False).close()
    (backup,) = list_backups(backup_folder(path))
    import sqlite3

    con = sqlite3.connect(backup.path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007_import_sources"
    finally:
        con.close()


def test_a_version_2_revision_is_stored_whole_and_frozen_once_approved(store_target: str | Path,
                                                                     sample_by_id: dict[str, Sop]) -> None:
    sop = fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"])
    db = open_database(store_target, seed=False)
    try:
        (revision_id,) = db.sops.add_all([sop])
        assert db.sops.load(revision_id) == sop
        assert db.sops.verify_hashes() == []
        draft = db.sops.start_draft(revision_id)
        assert dataclasses.replace(db.sops.load(draft), revision=sop.revision, status=sop.status) == sop
        db.sops.save_draft(draft, dataclasses.replace(sop, logo=b""))
        assert db.sops.load(draft).logo == b"" and db.sops.load(draft).parts == sop.parts
        with pytest.raises(DBAPIError, match="tidak dapat"), db.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE revision SET format_v2 = NULL WHERE id = {revision_id}")
        with pytest.raises(DBAPIError, match="tidak dapat"), db.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE step SET format_v2 = NULL WHERE revision_id = {revision_id}")
    finally:
        db.close()



@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("v2") / "store.sqlite3", seed=False)
    yield db
    db.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(v2_sops())
def test_random_version_2_sops_come_back_from_the_store_as_they_went_in(sqlite_store: Database, sop: Sop) -> None:
    sop = dataclasses.replace(sop, id=f"acak-{uuid.uuid4().hex[:12]}")
    (revision_id,) = sqlite_store.sops.add_all([sop])
    assert sqlite_store.sops.load(revision_id) == sop
    assert sqlite_store.sops.revisions(sop.id)[0].content_hash == content_hash(sop)
