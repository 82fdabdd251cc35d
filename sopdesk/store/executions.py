"""The executions repository (pelaksanaan): one transaction per logged action, with its audit
entry; the rules live in `sopdesk.domain.execution`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from contextlib import AbstractContextManager
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from sopdesk.domain import execution as ex
from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.messages import message
from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention
from sopdesk.domain.waktu_spans import shared_waktu
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.errors import StoreError
from sopdesk.store.models import CorrectionRow, ExecutionRow, RevisionRow, StepRecordRow
from sopdesk.store.revision_cache import RevisionCache
from sopdesk.store.transaction import write_transaction


@dataclass(frozen=True, slots=True)
class OpenStep:
    """A running execution and where it stands, for the Pelaksanaan view."""

    execution_id: int
    sop_key: str
    sop_title: str
    title: str
    reference: str
    step: int | None
    activity: str
    lanes: str
    actor: str
    due: dt.datetime | None
    verdict: ex.Verdict | None
    late_minutes: Fraction
    standard_time: str = ""  # the step's Waktu as written
    number: str = ""  # the step's number as signed (empty: its position, ``step + 1``)


class ExecutionRepository:
    """Starts, logs, corrects and cancels executions. Raises only `StoreError`
    (an `ExecutionError` is passed on as a `StoreError` with its message)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self.sop_cache = RevisionCache()  # frozen revisions as Sop values (also for reports)

    def _write(self) -> AbstractContextManager[Session]:
        return write_transaction(self._sessions)

    def start(self, revision_id: int, title: str, reference: str, started_by: str, at: dt.datetime,
              now: dt.datetime, trial: bool = False, actor: Actor | None = None) -> int:
        """Start an execution at ``at`` (cut to the minute, `ex.whole_minute`); returns its id."""
        at, now = ex.whole_minute(at), ex.whole_minute(now)
        if not title.strip():
            raise StoreError(message("exec-no-title"))
        with self._write() as session:
            sop = self.sop_cache.sop(session, revision_id)
            ex.check_can_start(sop, trial)
            if at > now:
                raise ex.ExecutionError(message("exec-start-future"))
            row = ExecutionRow(revision_id=revision_id, title=title.strip(), reference=reference.strip(),
                               started_by=started_by, started_at=at, trial=trial, cancelled_reason="")
            session.add(row)
            session.flush()
            audit.append(session, actor or Actor(), "execution", sop.id,
                         {"execution": row.id, "action": "start", "title": row.title})
            return row.id

    def load(self, execution_id: int) -> tuple[ex.Execution, Sop]:
        """The execution and the SOP revision it runs."""
        with self._sessions() as session:
            row, sop = self._loaded(session, execution_id)
            return _to_execution(row), sop

    def start_step(self, execution_id: int, step: int, at: dt.datetime, who: str, now: dt.datetime,
                   actor: Actor | None = None) -> None:
        """Log the start of ``step`` (0-based) at ``at`` (cut to the minute)."""
        at = ex.whole_minute(at)
        self._apply(execution_id, actor, "start_step", {"step": step + 1, "at": at},
                    lambda e, sop: ex.start_step(sop, e, step, at, who, now))

    def finish_step(self, execution_id: int, at: dt.datetime, now: dt.datetime, exit_label: str = "",
                    note: str = "", actor: Actor | None = None, step: int | None = None) -> None:
        """Log the finish of the running step at ``at`` (cut to the minute), with the exit taken at
        a decision; ``step`` (0-based) names it when several run (an SOP with arrows)."""
        at = ex.whole_minute(at)
        detail: dict[str, object] = {"at": at, "exit": exit_label}
        if step is not None:
            detail["step"] = step + 1
        self._apply(execution_id, actor, "finish_step", detail,
                    lambda e, sop: ex.finish_step(sop, e, at, now, exit_label, note, step))

    def cancel(self, execution_id: int, reason: str, actor: Actor | None = None) -> None:
        """Cancel with a reason; nothing is deleted."""
        self._apply(execution_id, actor, "cancel", {"reason": reason}, lambda e, _sop: ex.cancel(e, reason))

    def correct(self, execution_id: int, index: int, field: str, value: dt.datetime, now: dt.datetime,
                by: str, actor: Actor | None = None) -> None:
        """Correct a logged time (``value`` cut to the minute); the old value is kept in the
        record's history."""
        value = ex.whole_minute(value)
        with self._write() as session:
            row, sop = self._loaded(session, execution_id)
            execution = _to_execution(row)
            fixed = ex.correct_time(execution, index, field, value, now, sop)
            record_row = row.records[index]
            old = getattr(record_row, field)
            setattr(record_row, field, getattr(fixed.records[index], field))
            session.add(CorrectionRow(step_record_id=record_row.id, at=now, by=by, field=field,
                                      old_value=old.isoformat(sep=" ") if old else "",
                                      new_value=value.isoformat(sep=" ")))
            audit.append(session, actor or Actor(), "execution_corrected", sop.id,
                         {"execution": execution_id, "record": index + 1, "field": field, "old": old, "new": value})

    def corrections(self, execution_id: int) -> list[tuple[int, dt.datetime, str, str, str, str]]:
        """The history of corrections: (record number, when, by, field, old, new)."""
        with self._sessions() as session:
            row = _execution(session, execution_id)
            ids = {r.id: r.seq for r in row.records}
            rows = session.scalars(select(CorrectionRow).where(CorrectionRow.step_record_id.in_(ids))
                                   .order_by(CorrectionRow.id))
            return [(ids[c.step_record_id] + 1, c.at, c.by, c.field, c.old_value, c.new_value) for c in rows]

    def for_revisions(self, revision_ids: list[int]) -> list[ex.Execution]:
        """The executions of these revisions, newest first, with their step records: two queries
        of plain columns (no ORM objects: 800 executions with 11,000 records took 1 s as objects)."""
        records: dict[int, list[ex.StepRecord]] = defaultdict(list)
        with self._sessions() as session:
            for execution_id, step, started, finished, actor, note, exit_label in session.execute(
                    select(StepRecordRow.execution_id, *_RECORD).join(ExecutionRow)
                    .where(ExecutionRow.revision_id.in_(revision_ids))
                    .order_by(StepRecordRow.execution_id, StepRecordRow.seq)):
                records[execution_id].append(ex.StepRecord(step, started, finished, actor, note, exit_label))
            rows = session.execute(select(*_EXECUTION).where(ExecutionRow.revision_id.in_(revision_ids))
                                   .order_by(ExecutionRow.started_at.desc()))
            return [ex.Execution(title, reference, started_by, started_at, trial, tuple(records[eid]), cancelled,
                                 eid, finished)
                    for eid, title, reference, started_by, started_at, trial, cancelled, finished in rows]

    def open_steps(self, now: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
                   convention: WaktuConvention = DEFAULT_CONVENTION) -> list[OpenStep]:
        """Every running execution with its current step and verdict (one item per running step
        when several run at once; else one with the next step); overdue first, most late first."""
        with self._sessions() as session:
            rows = session.execute(select(ExecutionRow, RevisionRow.status)
                                   .join(RevisionRow, ExecutionRow.revision_id == RevisionRow.id)
                                   .where(ExecutionRow.finished_at.is_(None), ExecutionRow.cancelled_reason == "")
                                   .options(joinedload(ExecutionRow.records))).unique().all()
            sops = self.sop_cache.sops(session, {row.revision_id for row, _ in rows},
                                       {row.revision_id: status for row, status in rows})
            items = [item for row, _ in rows
                     for item in _open_steps(row, sops[row.revision_id], now, calendar, convention)]
        order = {ex.Verdict.OVERDUE: 0, ex.Verdict.RUNNING: 1, ex.Verdict.NO_STANDARD: 2, None: 3}
        return sorted(items, key=lambda i: (order.get(i.verdict, 3), -i.late_minutes, i.due or dt.datetime.max))

    def week_judgements(self, start: dt.datetime, end: dt.datetime, now: dt.datetime,
                        calendar: WorkingCalendar = DEFAULT_CALENDAR,
                        lookback: dt.timedelta = dt.timedelta(days=120),
                        convention: WaktuConvention = DEFAULT_CONVENTION) -> list[tuple[int, int, ex.Judgement]]:
        """Verdicts of the step records finished, or due, in ``[start, end)``: (execution id, record
        number, judgement). Two index ranges are read: records finished in the week, and records
        still open or finished after it (started within ``lookback``); so the cost follows the week,
        not the years of history."""
        out = []
        with self._sessions() as session:
            rows = [row for query in week_record_filters(start, end, lookback)
                    for row in session.execute(select(StepRecordRow, ExecutionRow.revision_id).join(ExecutionRow)
                                               .where(query))]
            sops = self.sop_cache.sops(session, {revision_id for _, revision_id in rows})
        for record_row, revision_id in rows:
            record = ex.StepRecord(record_row.step_position, record_row.started_at, record_row.finished_at)
            judgement = ex.judge(sops[revision_id], record, now, calendar, convention)
            finished_in = record.finished_at is not None and start <= record.finished_at < end
            due_in = judgement.due is not None and start <= judgement.due < end
            if finished_in or due_in:
                out.append((record_row.execution_id, record_row.seq + 1, judgement))
        return out

    def _apply(self, execution_id: int, actor: Actor | None, action: str, detail: dict[str, object],
               change: object) -> None:
        with self._write() as session:
            row, sop = self._loaded(session, execution_id)
            before = _to_execution(row)
            after = change(before, sop)  # type: ignore[operator]
            _store(row, before, after)
            if ex.is_finished(sop, after):
                row.finished_at = max(r.finished_at for r in after.records if r.finished_at is not None)
            session.flush()
            audit.append(session, actor or Actor(), "execution", sop.id,
                         {"execution": execution_id, "action": action, **detail})


    def _loaded(self, session: Session, execution_id: int) -> tuple[ExecutionRow, Sop]:
        """The execution's row with its step records, and its SOP: one query when the revision is
        kept (`RevisionCache`). Raises `StoreError` when there is no such execution."""
        found = session.execute(select(ExecutionRow, RevisionRow.status)
                                .join(RevisionRow, ExecutionRow.revision_id == RevisionRow.id)
                                .where(ExecutionRow.id == execution_id)
                                .options(joinedload(ExecutionRow.records))).unique().one_or_none()
        if found is None:
            raise StoreError(f"Pelaksanaan {execution_id} tidak ada.")
        row, status = found
        return row, self.sop_cache.sop(session, row.revision_id, status)


_EXECUTION = (ExecutionRow.id, ExecutionRow.title, ExecutionRow.reference, ExecutionRow.started_by,
              ExecutionRow.started_at, ExecutionRow.trial, ExecutionRow.cancelled_reason, ExecutionRow.finished_at)
_RECORD = (StepRecordRow.step_position, StepRecordRow.started_at, StepRecordRow.finished_at, StepRecordRow.actor,
           StepRecordRow.note, StepRecordRow.exit_label)


def week_record_filters(start: dt.datetime, end: dt.datetime,
                        lookback: dt.timedelta) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The two WHERE clauses on `StepRecordRow` that find the records finished, or possibly due,
    in ``[start, end)``, each an index range: records finished in the week; records started before
    ``end`` (and within ``lookback`` before ``start``) and still open or finished after the week.
    Records finished before ``start`` are in neither. Used by `ExecutionRepository.week_judgements`
    and `sopdesk.store.reports`."""
    finished, started = StepRecordRow.finished_at, StepRecordRow.started_at
    in_week = finished.between(start, end) & (finished < end) & (started < end)
    open_or_later = (finished.is_(None) | (finished >= end)) & (started >= start - lookback) & (started < end)
    return in_week, open_or_later


def _store(row: ExecutionRow, before: ex.Execution, after: ex.Execution) -> None:
    row.cancelled_reason = after.cancelled_reason
    for seq, record in enumerate(after.records):
        values = {"step_position": record.step, "started_at": record.started_at, "finished_at": record.finished_at,
                  "actor": record.actor, "note": record.note, "exit_label": record.exit_label}
        if seq < len(before.records):
            if record != before.records[seq]:
                for name, value in values.items():
                    setattr(row.records[seq], name, value)
        else:
            row.records.append(StepRecordRow(seq=seq, **values))


def _execution(session: Session, execution_id: int) -> ExecutionRow:
    row = session.get(ExecutionRow, execution_id)
    if row is None:
        raise StoreError(f"Pelaksanaan {execution_id} tidak ada.")
    return row


def _to_execution(row: ExecutionRow) -> ex.Execution:
    records = tuple(ex.StepRecord(r.step_position, r.started_at, r.finished_at, r.actor, r.note, r.exit_label)
                    for r in row.records)
    return ex.Execution(row.title, row.reference, row.started_by, row.started_at, row.trial, records,
                        row.cancelled_reason, row.id, row.finished_at)


def _open_steps(row: ExecutionRow, sop: Sop, now: dt.datetime, calendar: WorkingCalendar,
                convention: WaktuConvention) -> list[OpenStep]:
    """The `OpenStep` of each running record of ``row``, or one of the step it waits for."""
    execution = _to_execution(row)
    judged = ex.judge_all(sop, execution, now, calendar, convention)  # a step in a Waktu span: the span's verdict
    running = [(r, j) for r, j in zip(execution.records, judged, strict=True) if r.finished_at is None]
    if not running:
        return [_open_step(row, sop, ex.next_step(sop, execution), None, None)]
    return [_open_step(row, sop, r.step, r, j) for r, j in running]


def _open_step(row: ExecutionRow, sop: Sop, step: int | None, running: ex.StepRecord | None,
               judgement: ex.Judgement | None) -> OpenStep:
    names = {lane.id: lane.name for lane in sop.lanes}
    lanes = ", ".join(names.get(x, x) for x in sop.steps[step].lanes) if step is not None else ""
    return OpenStep(row.id, sop.id, sop.title, row.title, row.reference, step,
                    sop.steps[step].activity if step is not None else "", lanes,
                    running.actor if running else "", judgement.due if judgement else None,
                    judgement.verdict if judgement else None,
                    judgement.late_minutes if judgement else Fraction(0),
                    shared_waktu(sop, step) if step is not None else "",
                    sop.steps[step].number if step is not None else "")
