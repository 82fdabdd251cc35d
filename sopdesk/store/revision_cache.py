"""Revisions read as `Sop` values for the executions (pelaksanaan): in few queries, and a frozen
revision only once per process.

An approved or superseded revision never changes (the database's guards, `sopdesk.store.guards`,
refuse any change to it, its lanes and its steps; approved -> superseded keeps the content), so
its `Sop` is kept, keyed by (revision id, status). A draft (a trial run) is read every time: a
draft is saved over in place. Logging a step so reads the execution and the revision's status,
not the whole revision with its lanes and steps (issue 11: 4 writers × 500 logged steps).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from sopdesk.domain.model import Sop
from sopdesk.store.errors import StoreError
from sopdesk.store.models import RevisionRow
from sopdesk.store.repository import _to_sop

FROZEN = frozenset({"approved", "superseded"})
MAX_KEPT = 2000  # revisions kept per repository; a whole office has a few hundred


def read_sops(session: Session, revision_ids: Iterable[int]) -> dict[int, tuple[str, Sop]]:
    """{revision id: (status, SOP)} of these revisions, read with their SOP keys, lanes and steps
    in three queries whatever their number; a missing revision is left out."""
    rows = session.scalars(select(RevisionRow).where(RevisionRow.id.in_(set(revision_ids)))
                           .options(joinedload(RevisionRow.sop), selectinload(RevisionRow.lanes),
                                    selectinload(RevisionRow.steps)))
    return {row.id: (row.status, _to_sop(row)) for row in rows}


class RevisionCache:
    """Frozen revisions as `Sop` values, read once; safe to share between threads (a lost race
    reads the same revision twice)."""

    def __init__(self) -> None:
        self._sops: dict[tuple[int, str], Sop] = {}

    def sop(self, session: Session, revision_id: int, status: str | None = None) -> Sop:
        """The SOP of revision ``revision_id``; ``status`` is its status when the caller has already
        read it (then a kept revision costs no query). Raises `StoreError` when it does not exist."""
        return self.sops(session, [revision_id], None if status is None else {revision_id: status})[revision_id]

    def sops(self, session: Session, revision_ids: Iterable[int],
             statuses: dict[int, str] | None = None) -> dict[int, Sop]:
        """{revision id: SOP} of these revisions. ``statuses`` holds the status of each when the
        caller has read them with its rows (else one query reads them); kept revisions cost
        nothing more, the others three queries together (`read_sops`). Raises `StoreError` when
        one does not exist."""
        wanted = set(revision_ids)
        if statuses is None:
            statuses = dict(session.execute(select(RevisionRow.id, RevisionRow.status)
                                            .where(RevisionRow.id.in_(wanted))).all())
        out = {rid: kept for rid in wanted if (kept := self._sops.get((rid, statuses.get(rid, "")))) is not None}
        read = read_sops(session, wanted - out.keys()) if len(out) < len(wanted) else {}
        for rid, (status, sop) in read.items():
            out[rid] = sop
            self._keep(rid, status, sop)
        missing = wanted - out.keys()
        if missing:
            raise StoreError(f"Revisi {min(missing)} tidak ada.")
        return out

    def _keep(self, revision_id: int, status: str, sop: Sop) -> None:
        if status in FROZEN:
            if len(self._sops) >= MAX_KEPT:
                self._sops.clear()
            self._sops[(revision_id, status)] = sop
