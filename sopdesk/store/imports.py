"""Imported drafts and their sources: every file imported is kept (bytes, SHA-256), and each
draft revision it gave is tied to it with where it was found and its import report.

One file is one transaction (`add_file`): its drafts, its source rows and their audit
entries are all stored, or nothing is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.model import Sop, Status
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.models import ImportFileRow, ImportSourceRow, SopRow
from sopdesk.store.repository import _revision_row
from sopdesk.store.transaction import write_transaction


@dataclass(frozen=True, slots=True)
class ImportedSop:
    """One draft to store: the SOP, where in the file (``halaman 1-2``) and its report
    (a list of ``{"subject", "state", "note"}``)."""

    sop: Sop
    location: str
    report: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class ImportSource:
    """The source of an imported revision: file name, SHA-256 (hex), size in bytes, where in
    the file, and the import report."""

    file_name: str
    sha256: str
    size: int
    location: str
    report: list[dict[str, str]]


class ImportRepository:
    """Stores imported files and drafts; reads a revision's source. Raises only `StoreError`."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_file(self, file_name: str, data: bytes, drafts: list[ImportedSop], actor: Actor | None = None,
                 now: dt.datetime | None = None) -> list[int]:
        """Store the file once (by SHA-256) and each draft as a new SOP (status draft, a key
        made unique with ``-2``, ``-3``…), in one transaction. Returns the new revision ids."""
        actor = actor or Actor()
        digest = hashlib.sha256(data).hexdigest()
        with write_transaction(self._sessions) as session:
            file_row = session.scalar(select(ImportFileRow).where(ImportFileRow.sha256 == digest))
            if file_row is None:
                file_row = ImportFileRow(sha256=digest, file_name=file_name, size=len(data), data=data,
                                         imported_at=(now or dt.datetime.now()).replace(microsecond=0))
                session.add(file_row)
                session.flush()
            ids = [self._add_one(session, file_row.id, item) for item in drafts]
            for item, revision_id in zip(drafts, ids, strict=True):
                audit.append(session, actor, "import-file", item.sop.id,
                             {"file": file_name, "sha256": digest, "revision_id": revision_id, "where": item.location})
            return ids

    def _add_one(self, session: Session, file_id: int, item: ImportedSop) -> int:
        sop = replace(item.sop, id=_free_key(session, item.sop.id), status=Status.DRAFT)
        sop_row = SopRow(key=sop.id)
        revision = _revision_row(sop)
        sop_row.revisions.append(revision)
        session.add(sop_row)
        session.flush()
        session.add(ImportSourceRow(revision_id=revision.id, file_id=file_id, location=item.location,
                                    report=item.report))
        return int(revision.id)

    def source(self, revision_id: int) -> ImportSource | None:
        """The source of ``revision_id``, or ``None`` when it was not imported."""
        with self._sessions() as session:
            row = session.execute(
                select(ImportSourceRow, ImportFileRow.file_name, ImportFileRow.sha256, ImportFileRow.size)
                .join(ImportFileRow, ImportFileRow.id == ImportSourceRow.file_id)
                .where(ImportSourceRow.revision_id == revision_id)).first()
            if row is None:
                return None
            src, name, sha, size = row
            return ImportSource(name, sha, size, src.location, list(src.report))

    def source_bytes(self, revision_id: int) -> bytes | None:
        """The original file's bytes of an imported revision, or ``None``."""
        with self._sessions() as session:
            return session.scalar(select(ImportFileRow.data).join(
                ImportSourceRow, ImportSourceRow.file_id == ImportFileRow.id).where(
                ImportSourceRow.revision_id == revision_id))


def _free_key(session: Session, key: str) -> str:
    taken = set(session.scalars(select(SopRow.key).where(SopRow.key.like(f"{key}%"))))
    if key not in taken:
        return key
    n = 2
    while f"{key[:70]}-{n}" in taken:
        n += 1
    return f"{key[:70]}-{n}"
