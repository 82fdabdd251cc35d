"""The SOP repository: one session per operation, plain domain values in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Status, Step, Symbol
from sopdesk.store.catalogue import LATEST_REVISIONS_SQL, STEP_TEXTS_SQL, CatalogueEntry, build_entries
from sopdesk.store.errors import DatabaseBusyError, StoreError
from sopdesk.store.models import LaneRow, RevisionRow, SopRow, StepRow

_LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records", "purpose",
          "definitions")


class SopRepository:
    """Reads and writes SOP revisions. Raises only `StoreError` subclasses."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def count(self) -> int:
        """How many SOPs the database holds."""
        with self._sessions() as session:
            return int(session.scalar(select(func.count(SopRow.id))) or 0)

    def add_all(self, sops: Iterable[Sop]) -> list[int]:
        """Store each SOP as a new SOP with its revision, in one transaction (all or nothing).

        Returns the new revision ids. Raises `StoreError` (e.g. an id already present).
        """
        try:
            with self._sessions.begin() as session:
                rows = [self._new_revision(session, sop) for sop in sops]
                session.flush()
                return [row.id for row in rows]
        except OperationalError as exc:
            raise _translate(exc) from exc
        except Exception as exc:  # IntegrityError and friends: say it plainly
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"Gagal menyimpan SOP: {exc}") from exc

    def _new_revision(self, session: Session, sop: Sop) -> RevisionRow:
        sop_row = SopRow(key=sop.id)
        session.add(sop_row)
        row = _revision_row(sop)
        sop_row.revisions.append(row)
        return row

    def catalogue(self) -> list[CatalogueEntry]:
        """The latest revision of every SOP, ordered by unit then title (see `sopdesk.store.catalogue`)."""
        with self._sessions() as session:
            revisions = session.execute(text(LATEST_REVISIONS_SQL)).all()
            steps = session.execute(text(STEP_TEXTS_SQL)).all()
        return build_entries(revisions, steps)

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


def _translate(exc: OperationalError) -> StoreError:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError("Basis data sedang dipakai program lain; coba lagi sebentar.")
    if "disk" in text or "full" in text:
        return StoreError("Disk penuh: perubahan tidak disimpan.")
    return StoreError(f"Kesalahan basis data: {exc.orig}")


def _revision_row(sop: Sop) -> RevisionRow:
    a = sop.approval
    return RevisionRow(
        number=sop.revision, status=sop.status.value, sop_number=sop.number, title=sop.title,
        unit_lines=list(sop.unit), made_on=sop.made_on, revised_on=sop.revised_on, effective_on=sop.effective_on,
        approval={"position": a.position, "name": a.name, "nip": a.nip, "rank": a.rank},
        lists={k: list(getattr(sop, k)) for k in _LISTS}, summary=sop.summary,
        source={"document": sop.source_document, "notes": list(sop.source_notes)},
        content_hash=content_hash(sop),
        lanes=[LaneRow(position=i, key=lane.id, name=lane.name) for i, lane in enumerate(sop.lanes)],
        steps=[_step_row(i, s) for i, s in enumerate(sop.steps)],
    )


def _step_row(i: int, step: Step) -> StepRow:
    return StepRow(
        position=i, activity=step.activity, symbol=step.symbol.value, lane_keys=list(step.lanes),
        requirements=step.requirements, standard_time=step.standard_time, output=step.output,
        remarks=step.remarks, exits=[{"label": e.label, "target": e.target} for e in step.exits],
    )


def _to_sop(row: RevisionRow) -> Sop:
    lists = {k: tuple(row.lists.get(k, [])) for k in _LISTS}
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
