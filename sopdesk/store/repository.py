"""The SOP repository: one session per operation, plain domain values in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.lifecycle import check_editable, check_transition
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Status, Step, Symbol
from sopdesk.io.exchange_v2 import read_v2, sop_v2_fields, step_v2_fields
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.catalogue import CatalogueEntry, build_entries, step_texts_sql, summary_sql
from sopdesk.store.errors import StoreError
from sopdesk.store.models import AuditRow, LaneRow, RevisionRow, SopRow, StepRow
from sopdesk.store.transaction import write_transaction

CHANGED_ELSEWHERE = ("SOP ini sudah diubah di tempat lain (komputer lain) sejak penyunting dibuka; suntingan Anda "
                     "tidak disimpan agar perubahan itu tidak tertimpa. Tutup penyunting dan buka lagi untuk "
                     "melihat versi terbaru.")
_LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records", "purpose",
          "definitions")


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """One revision of an SOP, for the history view: id, number, status, content hash."""

    revision_id: int
    number: int
    status: Status
    content_hash: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class HashMismatch:
    """A revision whose stored content no longer matches its content hash."""

    revision_id: int
    key: str
    number: int
    stored: str
    computed: str


class SopRepository:
    """Reads and writes SOP revisions. Raises only `StoreError` subclasses (a
    `sopdesk.domain.lifecycle.LifecycleError` is passed on as a `StoreError` with its message).

    Every write runs in one transaction together with its audit entry (`sopdesk.store.audit`).
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _write(self) -> AbstractContextManager[Session]:
        return write_transaction(self._sessions)

    def count(self) -> int:
        """How many SOPs the database holds."""
        with self._sessions() as session:
            return int(session.scalar(select(func.count(SopRow.id))) or 0)

    def add_all(self, sops: Iterable[Sop], actor: Actor | None = None, action: str = "import") -> list[int]:
        """Store each SOP as a new SOP with its revision, in one transaction (all or nothing).

        Returns the new revision ids. Raises `StoreError` (e.g. an id already present).
        """
        actor = actor or Actor()
        sops = list(sops)
        with self._write() as session:
            rows = [self._new_revision(session, sop) for sop in sops]
            session.flush()
            for row, sop in zip(rows, sops, strict=True):
                row.status = sop.status.value  # frozen statuses are set once the content is in
                audit.append(session, actor, action, sop.id, {"revision": sop.revision, "title": sop.title})
            session.flush()
            return [row.id for row in rows]

    def _new_revision(self, session: Session, sop: Sop) -> RevisionRow:
        sop_row = SopRow(key=sop.id)
        session.add(sop_row)
        row = _revision_row(replace(sop, status=Status.DRAFT))
        sop_row.revisions.append(row)
        return row

    def revisions(self, key: str) -> list[RevisionInfo]:
        """Every revision of the SOP ``key``, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(RevisionRow).join(SopRow).where(SopRow.key == key)
                                   .order_by(RevisionRow.number)).all()
            return [RevisionInfo(r.id, r.number, Status(r.status), r.content_hash, r.created_at) for r in rows]

    def start_draft(self, revision_id: int, actor: Actor | None = None) -> int:
        """A draft revision to edit the SOP of ``revision_id``: that revision itself if it is a
        draft, the SOP's existing draft if there is one, else a new draft revision (number + 1)
        copied from the latest revision. Returns the draft's revision id."""
        with self._write() as session:
            return self._start_draft(session, revision_id, actor or Actor())

    def draft_of(self, revision_id: int) -> int | None:
        """The id of the draft revision of the SOP of ``revision_id``, if it has one."""
        with self._sessions() as session:
            latest = _latest(session, _get(session, revision_id).sop_id)
            return latest.id if latest.status == Status.DRAFT.value else None

    def _start_draft(self, session: Session, revision_id: int, actor: Actor) -> int:
        latest = _latest(session, _get(session, revision_id).sop_id)
        if latest.status == Status.DRAFT.value:
            return latest.id
        sop = replace(_to_sop(latest), revision=latest.number + 1, status=Status.DRAFT)
        row = _revision_row(sop)
        row.sop_id = latest.sop_id
        session.add(row)
        session.flush()
        audit.append(session, actor, "create", sop.id, {"revision": sop.revision, "from": latest.number})
        return row.id

    def save_draft(self, revision_id: int, sop: Sop, actor: Actor | None = None,
                   expected_hash: str | None = None) -> None:
        """Replace the content of the draft ``revision_id`` with ``sop`` (one transaction).

        ``expected_hash`` is the content hash the editor started from: if the draft was changed
        elsewhere since (another workstation), nothing is written. Raises `StoreError` when the
        revision is not a draft (only a draft changes) or was changed elsewhere."""
        with self._write() as session:
            self._save_draft(session, revision_id, sop, actor or Actor(), expected_hash)

    def save_as_draft(self, base_revision_id: int, sop: Sop, actor: Actor | None = None,
                      new_draft_only: bool = False) -> int:
        """Store ``sop`` as the draft of the SOP of ``base_revision_id`` (its existing draft, or a
        new draft revision), in one transaction: the draft exists with this content, or nothing
        changed. With ``new_draft_only`` a draft made elsewhere meanwhile is never overwritten
        (`StoreError`). Returns the draft's revision id; raises `StoreError`."""
        actor = actor or Actor()
        with self._write() as session:
            if new_draft_only and _latest(session, _get(session, base_revision_id).sop_id).status == Status.DRAFT:
                raise StoreError(CHANGED_ELSEWHERE)
            draft = self._start_draft(session, base_revision_id, actor)
            self._save_draft(session, draft, sop, actor)
            return draft

    def _save_draft(self, session: Session, revision_id: int, sop: Sop, actor: Actor,
                    expected_hash: str | None = None) -> None:
        row = _get(session, revision_id)
        if expected_hash is not None and row.content_hash != expected_hash:
            raise StoreError(CHANGED_ELSEWHERE)
        check_editable(_to_sop(row))
        new = _revision_row(replace(sop, id=row.sop.key, revision=row.number, status=Status.DRAFT))
        for name in ("sop_number", "title", "unit_lines", "made_on", "revised_on", "effective_on", "approval",
                     "lists", "summary", "source", "content_hash", "format_v2"):
            setattr(row, name, getattr(new, name))
        row.lanes.clear()
        row.steps.clear()
        session.flush()
        row.lanes.extend(new.lanes)
        row.steps.extend(new.steps)
        audit.append(session, actor, "edit", row.sop.key, {"revision": row.number, "hash": new.content_hash})

    def change_status(self, revision_id: int, status: Status, actor: Actor | None = None) -> None:
        """Move a revision along its lifecycle (`sopdesk.domain.lifecycle`); approving supersedes
        the SOP's previously approved revision. Raises `StoreError` with the rule's message."""
        with self._write() as session:
            row = _get(session, revision_id)
            sop = _to_sop(row)
            check_transition(sop, status)
            if status is Status.APPROVED:
                for older in session.scalars(select(RevisionRow).where(
                        RevisionRow.sop_id == row.sop_id, RevisionRow.status == Status.APPROVED.value)):
                    older.status = Status.SUPERSEDED.value
            row.status = status.value
            session.flush()
            audit.append(session, actor or Actor(), "status", sop.id,
                         {"revision": row.number, "from": sop.status.value, "to": status.value})

    def record(self, action: str, target: str, detail: dict[str, object], actor: Actor | None = None) -> None:
        """Add an audit entry for something done outside the repository (a restore, settings)."""
        with self._write() as session:
            audit.append(session, actor or Actor(), action, target, dict(detail))

    def change_counter(self) -> int:
        """The newest audit entry's id (0 when none): every write moves it, on any workstation.
        One index lookup; the live views poll it (`sopdesk.ui.live`)."""
        with self._sessions() as session:
            return int(session.scalar(select(func.max(AuditRow.id))) or 0)

    def audit_log(self, action: str = "", target: str = "", limit: int = 10_000) -> list[audit.AuditEntry]:
        """Audit entries, newest first, optionally filtered by action and target (exact)."""
        with self._sessions() as session:
            query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
            if action:
                query = query.where(AuditRow.action == action)
            if target:
                query = query.where(AuditRow.target == target)
            return [audit.to_entry(row) for row in session.scalars(query)]

    def verify_audit(self) -> list[str]:
        """Problems in the audit log's hash chain (``sopdesk check``)."""
        with self._sessions() as session:
            return audit.verify_chain(session.scalars(select(AuditRow).order_by(AuditRow.id)))

    def verify_hashes(self) -> list[HashMismatch]:
        """Recompute every revision's content hash; return the mismatches (``sopdesk check``)."""
        mismatches = []
        with self._sessions() as session:
            for row in session.scalars(select(RevisionRow).order_by(RevisionRow.id)):
                computed = content_hash(_to_sop(row))
                if computed != row.content_hash:
                    mismatches.append(HashMismatch(row.id, row.sop.key, row.number, row.content_hash, computed))
        return mismatches

    def catalogue(self) -> list[CatalogueEntry]:
        """The latest revision of every SOP, ordered by unit then title (see `sopdesk.store.catalogue`)."""
        return self._summaries(approved=False)

    def approved_catalogue(self) -> list[CatalogueEntry]:
        """The approved revision (in force) of every SOP that has one, in catalogue order
        (unit, then title); an SOP whose latest revision is a draft lists its approved one."""
        return self._summaries(approved=True)

    def step_texts(self, approved: bool = False) -> dict[int, str]:
        """Revision id -> its Kegiatan texts joined by newlines, for the catalogue's revisions (the
        latest of every SOP; ``approved``: the approved ones): what the search looks in besides the
        summary (`sopdesk.store.catalogue.with_step_texts`)."""
        with self._sessions() as session:
            dialect = session.get_bind().dialect.name
            return {rev: texts for rev, texts in session.execute(text(step_texts_sql(dialect, approved)))}

    def _summaries(self, approved: bool) -> list[CatalogueEntry]:
        with self._sessions() as session:
            rows = session.execute(text(summary_sql(approved))).all()
        return build_entries(rows, self.step_texts(approved))

    def load(self, revision_id: int) -> Sop:
        """The revision ``revision_id`` as an `Sop`; raises `StoreError` if it does not exist."""
        with self._sessions() as session:
            row = session.get(RevisionRow, revision_id)
            if row is None:
                raise StoreError(f"Revisi {revision_id} tidak ada di basis data.")
            return _to_sop(row)

    def find_by_key(self, key: str) -> int | None:
        """The latest revision id of the SOP with exchange id ``key``."""
        with self._sessions() as session:
            return session.scalar(
                select(RevisionRow.id).join(SopRow).where(SopRow.key == key).order_by(RevisionRow.number.desc())
            )


def _latest(session: Session, sop_id: int) -> RevisionRow:
    latest = session.scalars(select(RevisionRow).where(RevisionRow.sop_id == sop_id)
                             .order_by(RevisionRow.number.desc())).first()
    assert latest is not None  # an SOP has at least one revision
    return latest


def _get(session: Session, revision_id: int) -> RevisionRow:
    row = session.get(RevisionRow, revision_id)
    if row is None:
        raise StoreError(f"Revisi {revision_id} tidak ada di basis data.")
    return row


def _revision_row(sop: Sop) -> RevisionRow:
    a = sop.approval
    return RevisionRow(
        number=sop.revision, status=sop.status.value, sop_number=sop.number, title=sop.title,
        unit_lines=list(sop.unit), made_on=sop.made_on, revised_on=sop.revised_on, effective_on=sop.effective_on,
        approval={"position": a.position, "name": a.name, "nip": a.nip, "rank": a.rank},
        lists={k: list(getattr(sop, k)) for k in _LISTS}, summary=sop.summary,
        source={"document": sop.source_document, "notes": list(sop.source_notes)},
        content_hash=content_hash(sop), format_v2=sop_v2_fields(sop) or None,
        lanes=[LaneRow(position=i, key=lane.id, name=lane.name) for i, lane in enumerate(sop.lanes)],
        steps=[_step_row(i, s) for i, s in enumerate(sop.steps)],
    )


def _step_row(i: int, step: Step) -> StepRow:
    return StepRow(
        position=i, activity=step.activity, symbol=step.symbol.value, lane_keys=list(step.lanes),
        requirements=step.requirements, standard_time=step.standard_time, output=step.output,
        remarks=step.remarks, exits=[{"label": e.label, "target": e.target} for e in step.exits],
        format_v2=step_v2_fields(step) or None,
    )


def _to_sop(row: RevisionRow) -> Sop:
    sop = _to_sop_v1(row)
    if row.format_v2 is None and all(step.format_v2 is None for step in row.steps):
        return sop
    doc = {**(row.format_v2 or {}), "steps": [step.format_v2 or {} for step in row.steps]}
    sop, errors = read_v2(doc, sop, f"{row.sop.key} revisi {row.number}")
    if errors:
        raise StoreError("\n".join(errors))
    return sop


def _to_sop_v1(row: RevisionRow) -> Sop:
    """The revision's fields of format version 1 (every version-2 field at its default)."""
    lists: dict[str, Any] = {k: tuple(row.lists.get(k, [])) for k in _LISTS}
    source = row.source or {}
    notes = source.get("notes", [])
    return Sop(
        id=row.sop.key, title=row.title, unit=tuple(row.unit_lines),
        lanes=tuple(Lane(lane.key, lane.name) for lane in row.lanes),
        steps=tuple(_to_step(s) for s in row.steps), number=row.sop_number, revision=row.number,
        status=Status(row.status), made_on=_date(row.made_on), revised_on=_date(row.revised_on),
        effective_on=_date(row.effective_on), approval=Approval(**row.approval), summary=row.summary,
        source_document=str(source.get("document", "")),
        source_notes=tuple(str(n) for n in notes) if isinstance(notes, list) else (),
        **lists,
    )


def _to_step(row: StepRow) -> Step:
    exits = tuple(Exit(str(e["label"]), e["target"] if isinstance(e["target"], int) else None) for e in row.exits)
    return Step(activity=row.activity, lanes=tuple(row.lane_keys), symbol=Symbol(row.symbol),
                requirements=row.requirements, standard_time=row.standard_time, output=row.output,
                remarks=row.remarks, exits=exits)


def _date(value: dt.date | None) -> dt.date | None:
    return value
