"""Reads for the reports: the weekly report's step records and executions (no Qt).

`build_weekly_report` is what the CLI and the GUI call (the GUI off the GUI thread). Its reads
are index ranges on the week (`week_record_filters`, and the execution start/finish indexes),
so its cost follows the week, not the years of history (``python -m bench.weekly``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from sopdesk.domain.execution import Execution, StepRecord, counted
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.office import OfficeSettings
from sopdesk.domain.weekly import (
    ExecutionInfo,
    RecordLine,
    ReportCancelledError,
    WeeklyReport,
    as_of,
    record_line,
    summarize,
)
from sopdesk.errors import Progress
from sopdesk.store.executions import week_record_filters
from sopdesk.store.models import ExecutionRow, StepRecordRow
from sopdesk.store.office import read_identity

if TYPE_CHECKING:
    from sopdesk.store.database import Database

LOOKBACK = dt.timedelta(days=120)
"""How far before the week a step still open, or finished after the week, may have started
(as `ExecutionRepository.week_judgements`)."""

_EXECUTION = (ExecutionRow.id, ExecutionRow.revision_id, ExecutionRow.title, ExecutionRow.reference,
              ExecutionRow.started_at, ExecutionRow.finished_at, ExecutionRow.cancelled_reason)
_RECORD = (StepRecordRow.seq, StepRecordRow.step_position, StepRecordRow.started_at, StepRecordRow.finished_at,
           StepRecordRow.actor, StepRecordRow.note)


def build_weekly_report(db: Database, week: IsoWeek, now: dt.datetime, progress: Progress | None = None,
                        unit: str = "", office: OfficeSettings | None = None,
                        lookback: dt.timedelta = LOOKBACK) -> WeeklyReport:
    """The weekly report of ``week`` as at ``min(now, end of week)`` (`sopdesk.domain.weekly`).

    ``now``: the office's local time, naive. ``unit``: the unit in the title; empty = the office's
    name lines (Pengaturan kantor), or when those are not set the unit lines most of the week's
    SOPs carry. ``office``: the working calendar and Waktu convention;
    None = read them from the database. ``progress(done, total, text)`` is called between steps;
    returning False raises `ReportCancelledError`. Raises `sopdesk.store.errors.StoreError` if an
    execution's revision is missing; SQLAlchemy's own errors (a locked or damaged database) are not
    wrapped, as in the other repositories' reads. Safe to run off the GUI thread (its own session).
    """
    office = office or db.office.load()
    at = as_of(week, now)
    _step(progress, 0, "Membaca catatan langkah")
    with db.sessions() as session:
        unit = unit or read_identity(session).title()
        executions = dict(_executions(session, week, at, lookback))
        raw = list(_records(session, week, lookback))
        for _rid, _seq, _record, info in raw:
            executions.setdefault(info.id, (_rid, info))
        sops = db.executions.sop_cache.sops(session, {revision_id for revision_id, _info in executions.values()})
        raw = _spans_once(session, raw, sops)
    _step(progress, 1, "Menghitung angka")
    lines: list[RecordLine] = []
    for revision_id, seq, record, info in raw:
        line = record_line(sops[revision_id], info, seq, record, week, at, office.calendar, office.convention)
        if line is not None:
            lines.append(line)
    pairs = [(sops[rid].id, info) for rid, info in executions.values()]
    latest = {s.id: s for s in sorted(sops.values(), key=lambda s: s.revision)}
    report = summarize(week, unit or _unit(lines, latest), at, now, list(latest.values()), pairs, lines)
    _step(progress, 2, "")
    return report


def _step(progress: Progress | None, done: int, text: str) -> None:
    if progress is not None and not progress(done, 2, text):
        raise ReportCancelledError


def _info(row: Sequence[Any]) -> tuple[int, ExecutionInfo]:
    """(revision id, execution) from the `_EXECUTION` columns of a row."""
    eid, rid, title, reference, started, finished, cancelled = row
    return rid, ExecutionInfo(eid, title, reference, started, finished, bool(cancelled))


def _executions(session: Session, week: IsoWeek, at: dt.datetime,
                lookback: dt.timedelta) -> Iterator[tuple[int, tuple[int, ExecutionInfo]]]:
    """Executions started or finished in the week, or running at ``at``: four index ranges, read
    in one statement (a round trip less each on a server)."""
    started, finished = ExecutionRow.started_at, ExecutionRow.finished_at
    wheres = ((started >= week.start) & (started < week.end),
              (finished >= week.start) & (finished < week.end),
              finished.is_(None) & (ExecutionRow.cancelled_reason == "") & (started < at),
              (finished >= at) & (started < at) & (started >= week.start - lookback))
    for row in session.execute(union_all(*(select(*_EXECUTION).where(where) for where in wheres))):
        rid, info = _info(tuple(row))
        yield info.id, (rid, info)


def _records(session: Session, week: IsoWeek,
             lookback: dt.timedelta) -> Iterator[tuple[int, int, StepRecord, ExecutionInfo]]:
    """(revision id, record number 1-based, record, execution) of the records the week may hold:
    the two index ranges of `week_record_filters` in one statement."""
    query = union_all(*(select(*_RECORD, *_EXECUTION).join(ExecutionRow, StepRecordRow.execution_id == ExecutionRow.id)
                        .where(where) for where in week_record_filters(week.start, week.end, lookback)))
    for row in session.execute(query):
        seq, step, started, finished, actor, note, *execution = tuple(row)
        rid, info = _info(tuple(execution))
        yield rid, seq + 1, StepRecord(step, started, finished, actor or "", note or ""), info


def _spans_once(session: Session, raw: list[tuple[int, int, StepRecord, ExecutionInfo]],
                sops: dict[int, Sop]) -> list[tuple[int, int, StepRecord, ExecutionInfo]]:
    """``raw`` with each Waktu written once for several rows counted once (`execution.counted`): the
    records of an execution whose SOP has such a span are read whole and replaced by its counted
    records (the span's run on its last record); `record_line` then keeps those of the week."""
    spanned = {info.id: (rid, info) for rid, _seq, _record, info in raw
               if any(s.time_rows > 1 for s in sops[rid].steps)}
    if not spanned:
        return raw
    records: dict[int, list[StepRecord]] = defaultdict(list)
    query = select(StepRecordRow).where(StepRecordRow.execution_id.in_(spanned)).order_by(StepRecordRow.seq)
    for r in session.execute(query).scalars():
        records[r.execution_id].append(StepRecord(r.step_position, r.started_at, r.finished_at, r.actor or "",
                                                  r.note or "", r.exit_label or ""))
    out = [item for item in raw if item[3].id not in spanned]
    for eid, (rid, info) in spanned.items():
        execution = Execution(info.title, info.reference, "", info.started_at, records=tuple(records[eid]),
                              cancelled_reason="-" if info.cancelled else "")
        out += [(rid, seq + 1, record, info) for seq, record in enumerate(counted(sops[rid], execution))
                if record is not None]
    return out


def _unit(lines: list[RecordLine], sops: dict[str, Sop]) -> str:
    """The unit lines most of the week's records carry, joined by dashes."""
    counted = Counter(sops[x.sop_key].unit for x in lines if x.sop_key in sops)
    if not counted:
        counted = Counter(s.unit for s in sops.values())
    if not counted:
        return ""
    unit = counted.most_common(1)[0][0]
    return " – ".join(unit)
