"""The weekly report for the Kabag (*laporan mingguan*): the figures, from step records and SOPs.

Plain Python, no database, no Qt (issue 5, "Weekly Excel report"). The store gathers the week's
records (`sopdesk.store.reports`); `record_line` judges one of them, `summarize` computes the
figures; `sopdesk.io.weekly_xlsx` writes them.

Rules of the figures (all working time on the office's calendar, in working minutes):
- The report is a snapshot **as at** ``min(now, end of the week)``: a step finished after the
  week counts as unfinished in it, so a past week's report does not change with the day it is
  made (only a correction of a logged time changes it).
- A record is in the week when it finished in the week, or it was not finished before the week
  and is due in it (the rule of `ExecutionRepository.week_judgements`). A record finished
  before the week is never in it.
- Verdicts are those of `sopdesk.domain.execution.judge` at the as-at moment.
- A Waktu written once for several rows (``Step.time_rows``) is one judged unit: its run counts
  once, as one line of its first row from the run's first start to its last row's finish
  (`sopdesk.domain.execution.counted`, read whole by `sopdesk.store.reports`); the other records of
  the run are not lines of their own.
- On-time rate = tepat waktu / (tepat waktu + terlambat + lewat batas); None when that is 0
  (running steps and steps without a fixed standard do not count).
- Medians are over the finished records with a fixed standard: actual working time and the
  standard, both in working minutes.
- Executions per SOP: started in the week, finished in the week, running at the as-at moment
  (started before it, not finished by it, not cancelled).
- Per Pelaksana: a step drawn in several lanes counts once for each lane; lanes of different
  SOPs with the same name (ignoring case and spaces) are one Pelaksana.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.execution import StepRecord, Verdict, in_minutes, judge, whole_minute
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention, parse_waktu
from sopdesk.errors import CancelledError

NO_NAME = "(tanpa nama)"


ReportCancelledError = CancelledError  # the one cancellation: the report stops, nothing is written


@dataclass(frozen=True, slots=True)
class ExecutionInfo:
    """What the report needs of an execution (*pelaksanaan*): id, title, reference (e.g. a letter
    number), start, finish (None while running) and whether it was cancelled."""

    id: int
    title: str
    reference: str
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One judged step record of the week (a row of Rincian).

    ``seq`` is the record's 1-based number in its execution, ``step_no`` the No of the step
    (Kegiatan ``activity``) as the sheet prints it (`Sop.step_number`: "5a" as signed, else the
    1-based position), ``lanes`` the Pelaksana names. ``finished_at`` is None when the step
    had not finished at the as-at moment. ``standard`` is the Waktu as written,
    ``standard_minutes`` its working minutes (None without a fixed standard); ``actual_minutes``
    the working minutes from start to finish (or to the as-at moment while unfinished);
    ``late_minutes`` how late (0 unless terlambat or lewat batas).
    """

    sop_key: str
    sop_title: str
    execution: ExecutionInfo
    seq: int
    step_no: str
    activity: str
    lanes: tuple[str, ...]
    actor: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    standard: str
    standard_minutes: Fraction | None
    due: dt.datetime | None
    verdict: Verdict
    late_minutes: Fraction
    actual_minutes: Fraction
    note: str


@dataclass(frozen=True, slots=True)
class Figures:
    """Counts of records by verdict, the on-time rate (0–1, None without judged steps), the
    medians (working minutes, None without finished steps with a standard) and the total of
    late minutes (terlambat and lewat batas)."""

    records: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    running: int = 0
    no_standard: int = 0
    on_time_rate: float | None = None
    median_actual: Fraction | None = None
    median_standard: Fraction | None = None
    late_minutes: Fraction = Fraction(0)


@dataclass(frozen=True, slots=True)
class SopSummary:
    """A row of Ringkasan: one SOP, its executions (started, finished, running) and its figures."""

    sop_key: str
    title: str
    number: str
    started: int
    finished: int
    running: int
    figures: Figures


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """A row of Per Pelaksana: a lane (``kind`` "Pelaksana") or a person ("Petugas")."""

    kind: str
    name: str
    figures: Figures


@dataclass(frozen=True)
class WeeklyReport:
    """Everything the weekly workbook shows. ``lines`` are in SOP, execution, record order;
    ``late`` the terlambat and lewat batas lines, worst first."""

    week: IsoWeek
    unit: str
    as_of: dt.datetime
    made_at: dt.datetime
    sops: tuple[SopSummary, ...] = ()
    lines: tuple[RecordLine, ...] = ()
    late: tuple[RecordLine, ...] = ()
    lanes: tuple[GroupSummary, ...] = ()
    people: tuple[GroupSummary, ...] = ()
    total: Figures = field(default_factory=Figures)


def as_of(week: IsoWeek, now: dt.datetime) -> dt.datetime:
    """The moment the report describes: the end of the week, or ``now`` if the week is not over."""
    return min(now, week.end)


def record_line(sop: Sop, execution: ExecutionInfo, seq: int, record: StepRecord, week: IsoWeek,
                at: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
                convention: WaktuConvention = DEFAULT_CONVENTION) -> RecordLine | None:
    """``record`` (record number ``seq``, 1-based) judged at ``at`` (see `as_of`), or None when it
    is not in ``week`` (module rules). Raises ``IndexError`` if the record's step is not in ``sop``.
    Times count in whole minutes (`sopdesk.domain.execution.whole_minute`)."""
    record, at = in_minutes(record), whole_minute(at)
    start = week.start
    finished = record.finished_at if record.finished_at is not None and record.finished_at < at else None
    if record.started_at >= at or (record.finished_at is not None and record.finished_at < start):
        return None
    judged = judge(sop, record if finished == record.finished_at else replace(record, finished_at=finished), at,
                   calendar, convention)
    finished_in = finished is not None and finished >= start
    due_in = judged.due is not None and start <= judged.due < week.end
    if not (finished_in or due_in):
        return None
    step = sop.steps[record.step]
    standard = parse_waktu(step.standard_time)
    names = {lane.id: lane.name for lane in sop.lanes}
    return RecordLine(
        sop.id, sop.title, execution, seq, sop.step_number(record.step), step.activity,
        tuple(names.get(k, k) for k in step.lanes), record.actor, record.started_at, finished,
        step.standard_time, standard.minutes(convention) if standard.is_fixed else None, judged.due,
        judged.verdict, judged.late_minutes, calendar.working_minutes_between(record.started_at, finished or at),
        record.note)


def number_cell(step_no: str) -> int | str:
    """A step's No as a workbook cell: a whole number as a number (it sorts and filters as one),
    a number signed with a letter ("5a") as the text it is."""
    return int(step_no) if step_no.isdecimal() else step_no


def figures(lines: Iterable[RecordLine]) -> Figures:
    """The `Figures` of ``lines`` (module rules)."""
    counts = dict.fromkeys(Verdict, 0)
    actual, standard, late = [], [], Fraction(0)
    for line in lines:
        counts[line.verdict] += 1
        late += line.late_minutes
        if line.finished_at is not None and line.standard_minutes is not None:
            actual.append(line.actual_minutes)
            standard.append(line.standard_minutes)
    judged = counts[Verdict.ON_TIME] + counts[Verdict.LATE] + counts[Verdict.OVERDUE]
    return Figures(sum(counts.values()), counts[Verdict.ON_TIME], counts[Verdict.LATE], counts[Verdict.OVERDUE],
                   counts[Verdict.RUNNING], counts[Verdict.NO_STANDARD],
                   counts[Verdict.ON_TIME] / judged if judged else None,
                   _median(actual), _median(standard), late)


def _median(values: list[Fraction]) -> Fraction | None:
    """The median (mean of the middle two for an even count), exact; None for no values.
    Sorted by float: comparing Fractions is slow, and ties or near-ties do not change a median."""
    if not values:
        return None
    ordered = sorted(values, key=float)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def summarize(week: IsoWeek, unit: str, at: dt.datetime, made_at: dt.datetime, sops: Sequence[Sop],
              executions: Iterable[tuple[str, ExecutionInfo]], lines: Iterable[RecordLine]) -> WeeklyReport:
    """The report of ``week``: ``sops`` (one per key; others are ignored), ``executions`` as
    (SOP key, execution) pairs (any order; those the week does not touch are ignored) and the
    week's judged ``lines`` (from `record_line`). SOPs without activity in the week are left out."""
    ordered = sorted(lines, key=lambda x: (x.sop_title.casefold(), x.sop_key, x.execution.started_at,
                                           x.execution.id, x.seq))
    by_sop: dict[str, list[RecordLine]] = defaultdict(list)
    for line in ordered:
        by_sop[line.sop_key].append(line)
    counts = _execution_counts(week, at, executions)
    rows = [SopSummary(s.id, s.title, s.number, *counts.get(s.id, (0, 0, 0)), figures(by_sop.get(s.id, ())))
            for s in sorted({s.id: s for s in sops}.values(), key=lambda s: (s.title.casefold(), s.id))]
    rows = [r for r in rows if r.figures.records or r.started or r.finished or r.running]
    late = sorted((x for x in ordered if x.verdict in (Verdict.LATE, Verdict.OVERDUE)),
                  key=lambda x: (-x.late_minutes, x.due or at, x.execution.id, x.seq))
    return WeeklyReport(week, unit, at, made_at, tuple(rows), tuple(ordered), tuple(late),
                        _groups("Pelaksana", ordered, lambda x: x.lanes),
                        _groups("Petugas", ordered, lambda x: (x.actor,)), figures(ordered))


def _execution_counts(week: IsoWeek, at: dt.datetime,
                      executions: Iterable[tuple[str, ExecutionInfo]]) -> dict[str, tuple[int, int, int]]:
    seen: dict[int, tuple[str, ExecutionInfo]] = {e.id: (key, e) for key, e in executions}
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, e in seen.values():
        out[key][0] += week.start <= e.started_at < week.end
        out[key][1] += e.finished_at is not None and week.start <= e.finished_at < week.end
        out[key][2] += (not e.cancelled and e.started_at < at and (e.finished_at is None or e.finished_at >= at))
    return {k: (v[0], v[1], v[2]) for k, v in out.items() if any(v)}


def _groups(kind: str, lines: Sequence[RecordLine],
            names: Callable[[RecordLine], Iterable[str]]) -> tuple[GroupSummary, ...]:
    grouped: dict[str, list[RecordLine]] = defaultdict(list)
    shown: dict[str, str] = {}
    for line in lines:
        for name in names(line):
            text = " ".join(str(name).split()) or NO_NAME
            shown.setdefault(text.casefold(), text)
            grouped[text.casefold()].append(line)
    return tuple(GroupSummary(kind, shown[k], figures(v)) for k, v in sorted(grouped.items()))
