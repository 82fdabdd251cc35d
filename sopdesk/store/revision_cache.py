"""Revisions read as `Sop` values for the executions (pelaksanaan): in few queries, and a frozen
revision only once per process.

An approved or superseded revision never changes (the database's guards, `sopdesk.store.guards`,
refuse any change to it, its lanes and its steps; approved -> superseded keeps the content), so
its `Sop` is kept, keyed by (revision id, status). A draft (a trial run) is read every time: a
draft is saved over in place. Logging a step so reads the execution and the revision's status,
not the whole revision with its lanes and steps (issue 11: 4 writers × 500 logged steps).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from sopdesk.domain.model import Sop
from sopdesk.store.errors import StoreError
from sopdesk.store.models import RevisionRow
from sopdesk.store.repository import _to_sop

FROZEN = frozenset({"approved", "superseded"})
MAX_KEPT = 2000  # revisions kept per repository; a whole office has a few hundred


def read_sop(session: Session, revision_id: int) -> tuple[str, Sop]:
    """(status, SOP) of a revision, read with its SOP key, lanes and steps in three queries.

    Raises `StoreError` when there is no such revision."""
    row = session.get(RevisionRow, revision_id, options=[joinedload(RevisionRow.sop),
                                                        selectinload(RevisionRow.lanes),
                                                        selectinload(RevisionRow.steps)])
    if row is None:
        raise StoreError(f"Revisi {revision_id} tidak ada.")
    return row.status, _to_sop(row)


class RevisionCache:
    """Frozen revisions as `Sop` values, read once; safe to share between threads (a lost race
    reads the same revision twice)."""

    def __init__(self) -> None:
        self._sops: dict[tuple[int, str], Sop] = {}

    def sop(self, session: Session, revision_id: int, status: str | None = None) -> Sop:
        """The SOP of revision ``revision_id``; ``status`` is its status when the caller has already
        read it (then a kept revision costs no query; else one query for the status). Raises
        `StoreError` when it does not exist."""
        if status is None:
            status = session.scalar(select(RevisionRow.status).where(RevisionRow.id == revision_id))
            if status is None:
                raise StoreError(f"Revisi {revision_id} tidak ada.")
        kept = self._sops.get((revision_id, status))
        if kept is not None:
            return kept
        status, sop = read_sop(session, revision_id)
        if status in FROZEN:
            if len(self._sops) >= MAX_KEPT:
                self._sops.clear()
            self._sops[(revision_id, status)] = sop
        return sop
