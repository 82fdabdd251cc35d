"""The monitoring repository (monitoring dan evaluasi): the Tabel 7 form of a period, pre-filled
from the execution logs, and the assessor's entries and checklist, kept per period.

A period's form is keyed by its (first date, last date): saving the same dates again updates
that form; other dates make another form. One entry per SOP and period; each changed entry is
one audit entry ("monitoring", the SOP's key), written in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from sopdesk.domain import execution as ex
from sopdesk.domain import monitoring as mon
from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.messages import message
from sopdesk.domain.model import Sop, Status
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.errors import StoreError
from sopdesk.store.executions import _to_execution
from sopdesk.store.models import (
    EvaluationAnswerRow,
    ExecutionRow,
    MonitoringEntryRow,
    MonitoringPeriodRow,
    RevisionRow,
)
from sopdesk.store.office import read_identity
from sopdesk.store.repository import _to_sop
from sopdesk.store.transaction import write_transaction

_ANSWER = {None: "", True: "ya", False: "tidak"}
_FROM_ANSWER = {v: k for k, v in _ANSWER.items()}


class MonitoringRepository:
    """Reads the monitoring form of a period and saves the assessor's entries. Raises only `StoreError`."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def form(self, period: mon.Period, now: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
             convention: WaktuConvention = DEFAULT_CONVENTION, unit: str = "") -> mon.MonitoringForm:
        """Tabel 7 of ``period``: one row per SOP with an approved revision (of ``unit``, the last
        line of Unit Kerja, case-insensitive; "" = all), by unit then title; figures computed at
        ``now`` on ``calendar``; the saved assessment, or a blank one; headed by the office's name lines."""
        with self._sessions() as session:
            revisions = [r for r in _approved(session) if not unit or _unit(r).casefold() == unit.casefold()]
            runs = _runs(session, [r.sop_id for r in revisions], period)
            saved = _saved(session, period)
            office = read_identity(session).lines
            rows = [mon.FormRow(r.sop.key, r.sop_number, r.title, _unit(r), r.number,
                                mon.compute_figures(runs.get(r.sop_id, []), period, now, calendar, convention),
                                saved.get(r.sop_id, mon.Assessment()))
                    for r in revisions]
        rows.sort(key=lambda row: (row.unit.casefold(), row.title.casefold()))
        return mon.MonitoringForm(period, unit, tuple(rows), now, office)

    def periods(self) -> list[mon.Period]:
        """The periods with a saved form, newest first."""
        with self._sessions() as session:
            rows = session.scalars(select(MonitoringPeriodRow).order_by(MonitoringPeriodRow.end_on.desc(),
                                                                        MonitoringPeriodRow.start_on.desc()))
            return [mon.Period(r.start_on, r.end_on) for r in rows]

    def save(self, period: mon.Period, entries: Mapping[str, mon.Assessment], now: dt.datetime,
             actor: Actor | None = None) -> int:
        """Keep the assessments (by SOP key) of ``period`` in one transaction; returns how many
        changed. Raises `StoreError` (an SOP without an approved revision, a rating without the
        assessor's name, the database refusing); then nothing is saved."""
        changed = 0
        with write_transaction(self._sessions) as session:
            period_row = _period_row(session, period)
            approved = {r.sop.key: r for r in _approved(session)}
            for key, assessment in entries.items():
                if key not in approved:
                    raise StoreError(message("monitor-not-approved", key))
                _check(approved[key].title, assessment)
                changed += _store(session, period_row, approved[key], assessment, now, actor or Actor(),
                                  period)
        return changed


def _check(title: str, a: mon.Assessment) -> None:
    if a.rating is not mon.Rating.NONE and not a.assessor.strip():
        raise StoreError(message("monitor-assessor", title))


def _unit(row: RevisionRow) -> str:
    return row.unit_lines[-1] if row.unit_lines else ""


def _approved(session: Session) -> list[RevisionRow]:
    """The latest approved revision of every SOP."""
    latest: dict[int, RevisionRow] = {}
    query = (select(RevisionRow).where(RevisionRow.status == Status.APPROVED.value)
             .options(selectinload(RevisionRow.sop)).order_by(RevisionRow.sop_id, RevisionRow.number))
    for row in session.scalars(query):
        latest[row.sop_id] = row
    return list(latest.values())


def _runs(session: Session, sop_ids: list[int], period: mon.Period
          ) -> dict[int, list[tuple[Sop, ex.Execution, dt.datetime | None]]]:
    """Per SOP id: the executions (not trials) still open or ended at the period's start, begun
    before its end, with the revision each ran."""
    query = (select(ExecutionRow, RevisionRow.sop_id).join(RevisionRow, ExecutionRow.revision_id == RevisionRow.id)
             .where(RevisionRow.sop_id.in_(sop_ids), ExecutionRow.trial.is_(False),
                    ExecutionRow.started_at < period.ends,
                    ExecutionRow.finished_at.is_(None) | (ExecutionRow.finished_at >= period.begins))
             .options(selectinload(ExecutionRow.records)).order_by(ExecutionRow.started_at))
    sops: dict[int, Sop] = {}
    out: dict[int, list[tuple[Sop, ex.Execution, dt.datetime | None]]] = defaultdict(list)
    for row, sop_id in session.execute(query):
        if row.revision_id not in sops:
            sops[row.revision_id] = _to_sop(session.get_one(RevisionRow, row.revision_id))
        out[sop_id].append((sops[row.revision_id], _to_execution(row), row.finished_at))
    return out


def _find_period(session: Session, period: mon.Period) -> MonitoringPeriodRow | None:
    return session.scalar(select(MonitoringPeriodRow).where(MonitoringPeriodRow.start_on == period.start,
                                                            MonitoringPeriodRow.end_on == period.end))


def _period_row(session: Session, period: mon.Period) -> MonitoringPeriodRow:
    row = _find_period(session, period)
    if row is None:
        row = MonitoringPeriodRow(start_on=period.start, end_on=period.end)
        session.add(row)
        session.flush()
    return row


def _saved(session: Session, period: mon.Period) -> dict[int, mon.Assessment]:
    row = _find_period(session, period)
    if row is None:
        return {}
    entries = session.scalars(select(MonitoringEntryRow).where(MonitoringEntryRow.period_id == row.id)
                              .options(selectinload(MonitoringEntryRow.answers)))
    return {e.sop_id: _to_assessment(e) for e in entries}


def _to_assessment(row: MonitoringEntryRow) -> mon.Assessment:
    answers = {a.question: mon.Answer(_FROM_ANSWER.get(a.answer), a.note) for a in row.answers}
    checklist = tuple(answers.get(q, mon.Answer()) for q in range(1, len(mon.CRITERIA) + 1))
    return mon.Assessment(mon.Rating(row.rating), row.notes, row.action, row.assessor, checklist, saved=True)


def _detail(a: mon.Assessment) -> dict[str, object]:
    return {"rating": a.rating.value, "notes": a.notes, "action": a.action, "assessor": a.assessor,
            "checklist": [[_ANSWER[x.value], x.note] for x in a.checklist]}


def _store(session: Session, period_row: MonitoringPeriodRow, revision: RevisionRow, a: mon.Assessment,
           now: dt.datetime, actor: Actor, period: mon.Period) -> int:
    entry = session.scalar(select(MonitoringEntryRow).where(MonitoringEntryRow.period_id == period_row.id,
                                                            MonitoringEntryRow.sop_id == revision.sop_id))
    old = _detail(_to_assessment(entry)) if entry is not None else None
    if old == _detail(a):
        return 0
    if entry is None:
        entry = MonitoringEntryRow(period_id=period_row.id, sop_id=revision.sop_id)
        session.add(entry)
    entry.revision_id = revision.id
    entry.rating, entry.notes, entry.action, entry.assessor = a.rating.value, a.notes, a.action, a.assessor
    entry.updated_at = now
    existing = {row.question: row for row in entry.answers}
    for q, x in enumerate(a.checklist, 1):
        row = existing.get(q) or EvaluationAnswerRow(question=q)
        row.answer, row.note = _ANSWER[x.value], x.note
        if q not in existing:
            entry.answers.append(row)
    session.flush()
    audit.append(session, actor, "monitoring", revision.sop.key,
                 {"period": f"{period.start.isoformat()}/{period.end.isoformat()}", "revision": revision.number,
                  "old": old, "new": _detail(a)})
    return 1
