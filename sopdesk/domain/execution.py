"""Pelaksanaan: logging an execution of an SOP step by step, with a verdict against Waktu.

Rules (issue "Log executions against waktu"):
- an execution runs an approved revision, or a draft marked as a trial; every Waktu of the
  revision must be readable (an unreadable one would give no verdict, silently);
- steps are logged in flowchart order: the next step is the one after the last finished
  step, or the target of the exit chosen at a decision (a *Tidak* loop repeats steps, each
  repetition its own record); a step out of order is refused;
- **times are whole minutes** (the office's clocks and the SOP's Waktu are in minutes): every
  moment entered is cut to its minute (`whole_minute`), and records stored with seconds by an
  earlier release are judged at minute resolution (issue #10: hidden seconds made a 1-minute
  step logged 08:20 → 08:21 "late by 0,13 menit");
- times are never in the future, a finish never before its start, a start never before the
  previous step finished;
- each record's verdict: on time, late, running, overdue (running past due), or no standard
  (Disesuaikan, empty). A step is **late only when it used more working minutes than its
  standard**: finishing after its due time but outside office hours, with no working minute
  used past the standard, is on time. Late and overdue say by how many working minutes;
- an execution ends when its last step finishes, or is cancelled with a reason;
- an SOP drawn with arrows (format version 2) follows its graph instead of the row order: after
  a fork several steps run at once, a join waits for all that lead into it, the exit chosen at a
  decision picks the next steps (`sopdesk.domain.execution_flow`); the time rules and verdicts
  are the same, "the previous step" being the steps whose arrows led into it;
- a Waktu written once for several consecutive rows (``Step.time_rows``) is judged once, from the
  start of its first row to the finish of its last (`sopdesk.domain.waktu_spans`, `span_records`);
  the rows inside show that verdict, and the figures count the span once (`counted`).
Times are naive local datetimes of the office (`sopdesk.domain.calendar`). No Qt, no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from math import ceil

from sopdesk.domain import execution_flow as flow
from sopdesk.domain import waktu_spans as spans
from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.format_v2 import EXECUTION, require_v1
from sopdesk.domain.messages import Phrase, message
from sopdesk.domain.model import Sop, Status, Symbol
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention, WaktuKind, parse_waktu
from sopdesk.errors import SopdeskError


def whole_minute(at: dt.datetime) -> dt.datetime:
    """``at`` cut to its minute (seconds and microseconds dropped): the resolution of every moment
    sopdesk logs or compares."""
    return at.replace(second=0, microsecond=0)


def in_minutes(record: StepRecord) -> StepRecord:
    """``record`` with its start and finish cut to whole minutes (`whole_minute`)."""
    finished = record.finished_at
    return replace(record, started_at=whole_minute(record.started_at),
                   finished_at=None if finished is None else whole_minute(finished))


class ExecutionError(SopdeskError, ValueError):
    """A logging action the rules refuse; the message is for the user (Bahasa Indonesia)."""


class Verdict(StrEnum):
    """How a step record stands against its standard time (Mutu Baku: Waktu)."""

    ON_TIME = "on_time"
    LATE = "late"
    RUNNING = "running"
    OVERDUE = "overdue"
    NO_STANDARD = "no_standard"


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One logged run of a step (0-based ``step``): when, by whom, the exit taken, a note."""

    step: int
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    actor: str = ""
    note: str = ""
    exit_label: str = ""


@dataclass(frozen=True, slots=True)
class Execution:
    """An execution of one SOP revision: a title and a reference (e.g. "LKj 2025", a letter
    number), who started it and when, its records in order, and how it ended."""

    title: str
    reference: str
    started_by: str
    started_at: dt.datetime
    trial: bool = False
    records: tuple[StepRecord, ...] = ()
    cancelled_reason: str = ""
    id: int = 0
    finished_at: dt.datetime | None = None  # when its last step finished (as stored); None while open

    @property
    def cancelled(self) -> bool:
        return bool(self.cancelled_reason)


@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict of a record, its due time (None without a standard), and how late it is
    (whole working minutes used beyond the standard; 0 when on time or running within time)."""

    verdict: Verdict
    due: dt.datetime | None
    late_minutes: Fraction = Fraction(0)


def check_can_start(sop: Sop, trial: bool) -> None:
    """Raise `ExecutionError` unless ``sop`` can be executed (approved, or a trial of a draft,
    and every Waktu readable). Raises `FormatV2Error` for a version-2 feature it cannot follow
    (`sopdesk.domain.format_v2.HANDLED`)."""
    require_v1(sop, EXECUTION)
    if sop.status is not Status.APPROVED and not (trial and sop.status is Status.DRAFT):
        raise ExecutionError(message("exec-not-approved"))
    bad = [(i + 1, s.standard_time, v.reason) for i, s in enumerate(sop.steps)
           if (v := parse_waktu(s.standard_time)).kind is WaktuKind.UNREADABLE]
    if bad:
        steps = ", ".join(str(n) for n, _text, _reason in bad)
        raise ExecutionError(message("exec-waktu-unreadable", steps, bad[0][1], Phrase(bad[0][2])))


def next_step(sop: Sop, execution: Execution) -> int | None:
    """The step to log next (0-based), or None when the execution is finished or cancelled."""
    if execution.cancelled:
        return None
    if sop.has_flows:
        waiting = running_steps(sop, execution) or runnable_steps(sop, execution)
        return waiting[0] if waiting else None
    if not execution.records:
        return 0
    last = execution.records[-1]
    if last.finished_at is None:
        return last.step
    step = sop.steps[last.step]
    if step.symbol is Symbol.DECISION and step.exits:
        chosen = next((e for e in step.exits if e.label == last.exit_label), step.exits[0])
        return sop.exit_target(last.step, chosen)
    return last.step + 1 if last.step + 1 < len(sop.steps) else None


def is_finished(sop: Sop, execution: Execution) -> bool:
    """True when the last step has finished (not cancelled); with arrows: nothing runs and nothing
    is ready."""
    return not execution.cancelled and bool(execution.records) and next_step(sop, execution) is None


def flow_state(sop: Sop, execution: Execution) -> flow.FlowState:
    """Where an execution of an SOP with arrows stands (`execution_flow.replay` of its records)."""
    records = [in_minutes(r) for r in execution.records]
    return flow.replay(sop, records, whole_minute(execution.started_at))


def running_steps(sop: Sop, execution: Execution) -> list[int]:
    """The steps (0-based) started and not finished, in the order they started."""
    return [r.step for r in execution.records if r.finished_at is None]


def runnable_steps(sop: Sop, execution: Execution) -> list[int]:
    """The steps (0-based) that may start now, in row order: without arrows the next step when
    none runs; with arrows every ready step whose joins are complete (`execution_flow.startable`)."""
    if execution.cancelled:
        return []
    if sop.has_flows:
        return flow.startable(sop, flow_state(sop, execution))
    step = next_step(sop, execution)
    return [] if step is None or running_steps(sop, execution) else [step]


def exit_choices(sop: Sop, step: int) -> list[str]:
    """The exits to choose from when ``step`` finishes (a decision's labels; empty: none)."""
    if sop.has_flows:
        return flow.exit_labels(sop, step)
    s = sop.steps[step]
    return [e.label for e in s.exits] if s.symbol is Symbol.DECISION and s.exits else []


def _check_time(at: dt.datetime, now: dt.datetime) -> None:
    """Refuse a moment after ``now``; both are whole minutes (`whole_minute`)."""
    if at > now:
        raise ExecutionError(message("exec-future", f"{at:%d-%m-%Y %H:%M}"))


def start_step(sop: Sop, execution: Execution, step: int, at: dt.datetime, actor: str,
               now: dt.datetime) -> Execution:
    """Log the start of ``step`` at ``at`` (cut to the minute); raises `ExecutionError` (out of
    order, future, too early)."""
    at, now = whole_minute(at), whole_minute(now)
    _check_time(at, now)
    if sop.has_flows:
        return _start_in_flow(sop, execution, step, at, actor)
    expected = next_step(sop, execution)
    if expected is None:
        raise ExecutionError(message("exec-closed"))
    if execution.records and execution.records[-1].finished_at is None:
        raise ExecutionError(message("exec-step-open", sop.step_number(execution.records[-1].step)))
    if step != expected:
        raise ExecutionError(message("exec-out-of-order", sop.step_number(step), sop.step_number(expected)))
    earliest = execution.records[-1].finished_at if execution.records else execution.started_at
    if earliest is not None and at < whole_minute(earliest):
        raise ExecutionError(message("exec-before-previous", f"{at:%d-%m-%Y %H:%M}", f"{earliest:%d-%m-%Y %H:%M}"))
    return replace(execution, records=(*execution.records, StepRecord(step, at, None, actor)))


def _start_in_flow(sop: Sop, execution: Execution, step: int, at: dt.datetime, actor: str) -> Execution:
    """`start_step` of an SOP with arrows: ``step`` must be ready with its joins complete, and
    start no earlier than the arrows into it arrived."""
    state = flow_state(sop, execution)
    if execution.cancelled or (execution.records and not state.ready and not state.running):
        raise ExecutionError(message("exec-closed"))
    if step in state.running:
        raise ExecutionError(message("exec-step-open", flow.number(sop, step)))
    can = flow.startable(sop, state)
    if step not in can:
        names = ", ".join(flow.number(sop, s) for s in can) or "-"
        raise ExecutionError(message("exec-not-ready", flow.number(sop, step), names))
    earliest = state.ready[step]
    if at < earliest:
        raise ExecutionError(message("exec-before-previous", f"{at:%d-%m-%Y %H:%M}", f"{earliest:%d-%m-%Y %H:%M}"))
    after = replace(execution, records=(*execution.records, StepRecord(step, at, None, actor)))
    if len(execution.records) in flow_state(sop, after).unready:  # at ``at`` a step leading into it still ran
        raise ExecutionError(message("exec-join-running", f"{at:%d-%m-%Y %H:%M}", flow.number(sop, step)))
    return after


def finish_step(sop: Sop, execution: Execution, at: dt.datetime, now: dt.datetime, exit_label: str = "",
                note: str = "", step: int | None = None) -> Execution:
    """Log the finish of the running step at ``at`` (cut to the minute); a decision needs the exit
    taken (`exit_choices`). ``step`` (0-based) names the running step when several run (arrows);
    None: the one running. Raises `ExecutionError`."""
    at, now = whole_minute(at), whole_minute(now)
    _check_time(at, now)
    index = _running_record(sop, execution, step)
    record = in_minutes(execution.records[index])
    if at < record.started_at:
        raise ExecutionError(message("exec-finish-before-start", f"{at:%d-%m-%Y %H:%M}",
                                     f"{record.started_at:%d-%m-%Y %H:%M}"))
    labels = exit_choices(sop, record.step)
    if labels and exit_label not in labels:
        raise ExecutionError(message("exec-choose-exit", sop.step_number(record.step), " / ".join(labels)))
    done = replace(record, finished_at=at, exit_label=exit_label if labels else "", note=note or record.note)
    return replace(execution, records=(*execution.records[:index], done, *execution.records[index + 1:]))


def _running_record(sop: Sop, execution: Execution, step: int | None) -> int:
    """The index of the open record of ``step`` (None: of the one step running)."""
    open_ = [k for k, r in enumerate(execution.records) if r.finished_at is None]
    if step is not None:
        chosen = [k for k in open_ if execution.records[k].step == step]
        if not chosen:
            raise ExecutionError(message("exec-not-running", flow.number(sop, step)))
        return chosen[0]
    if not open_:
        raise ExecutionError(message("exec-none-running"))
    if len(open_) > 1:
        names = ", ".join(flow.number(sop, execution.records[k].step) for k in open_)
        raise ExecutionError(message("exec-choose-step", names))
    return open_[0]


def cancel(execution: Execution, reason: str) -> Execution:
    """Cancel with a reason (required); nothing is deleted."""
    if not reason.strip():
        raise ExecutionError(message("exec-cancel-reason"))
    return replace(execution, cancelled_reason=reason.strip())


def judge(sop: Sop, record: StepRecord, now: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
          convention: WaktuConvention = DEFAULT_CONVENTION) -> Judgement:
    """The verdict of ``record`` at ``now`` on ``calendar``, at minute resolution (module rules).

    The standard is met while the working minutes from start to finish (or to ``now`` for a
    running step) are no more than the Waktu's; beyond it the step is late (overdue while running)
    by the whole working minutes used past it, rounded up. The due time is the moment the standard
    runs out (`WorkingCalendar.due`); finishing after it outside office hours is still on time.
    """
    standard = parse_waktu(sop.steps[record.step].standard_time)
    record, now = in_minutes(record), whole_minute(now)
    due = calendar.due(record.started_at, standard, convention)
    if due is None:
        return Judgement(Verdict.NO_STANDARD, None)
    end = now if record.finished_at is None else record.finished_at
    beyond = calendar.working_minutes_between(record.started_at, end) - standard.minutes(convention)
    late = Fraction(ceil(beyond)) if beyond > 0 else Fraction(0)
    if record.finished_at is None:
        return Judgement(Verdict.OVERDUE if late else Verdict.RUNNING, due, late)
    return Judgement(Verdict.LATE if late else Verdict.ON_TIME, due, late)


def correct_time(execution: Execution, index: int, field: str, value: dt.datetime, now: dt.datetime,
                 sop: Sop | None = None) -> Execution:
    """Correct the start or finish (``field`` "started_at" / "finished_at") of record ``index``;
    the result must still keep the time rules (with ``sop`` drawn with arrows: every step still
    starts after the steps leading into it finished). Raises `ExecutionError`."""
    if field not in ("started_at", "finished_at") or not 0 <= index < len(execution.records):
        raise ExecutionError(message("exec-no-record"))
    value, now = whole_minute(value), whole_minute(now)
    _check_time(value, now)
    record = execution.records[index]
    if field == "finished_at" and record.finished_at is None:
        raise ExecutionError(message("exec-correct-open"))
    fixed = replace(record, started_at=value) if field == "started_at" else replace(record, finished_at=value)
    records = (*execution.records[:index], fixed, *execution.records[index + 1:])
    if sop is not None and sop.has_flows:
        return _check_flow_times(sop, replace(execution, records=records))
    previous_end = whole_minute(execution.started_at)
    for k, original in enumerate(records):
        r = in_minutes(original)
        if r.started_at < previous_end:
            raise ExecutionError(message("exec-correct-order", _shown(sop, r.step)))
        if r.finished_at is not None and r.finished_at < r.started_at:
            raise ExecutionError(message("exec-correct-reversed", _shown(sop, r.step)))
        if k < len(records) - 1 and r.finished_at is None:
            break
        previous_end = r.finished_at or r.started_at
    return replace(execution, records=records)


def _check_flow_times(sop: Sop, execution: Execution) -> Execution:
    """``execution`` if its records keep the rules of an SOP with arrows, else `ExecutionError`."""
    for r in map(in_minutes, execution.records):
        if r.finished_at is not None and r.finished_at < r.started_at:
            raise ExecutionError(message("exec-correct-reversed", flow.number(sop, r.step)))
    bad = flow_state(sop, execution).unready
    if bad:
        raise ExecutionError(message("exec-correct-flow", flow.number(sop, execution.records[bad[0]].step)))
    return execution


def span_records(sop: Sop, execution: Execution) -> list[StepRecord]:
    """For each record of ``execution``, the record judged for it: itself, or for a record in a
    Waktu written once for several rows (``Step.time_rows``) its span's run as one record of the
    span's first row, from the run's first start to the finish of its last row (None while the
    run is open): `sopdesk.domain.waktu_spans`. Times cut to whole minutes."""
    records = [in_minutes(r) for r in execution.records]
    if not any(s.time_rows > 1 for s in sop.steps):
        return records
    ended = execution.cancelled or is_finished(sop, execution)
    out = list(records)
    for run in spans.span_runs(sop, records, [r.finished_at is not None for r in records]):
        members = [records[k] for k in run.records]
        finishes = [r.finished_at for r in members if r.finished_at is not None]
        done = (run.closed or ended) and len(finishes) == len(members)
        whole = StepRecord(run.owner, min(r.started_at for r in members), max(finishes) if done else None)
        for k in run.records:
            out[k] = replace(whole, actor=out[k].actor, note=out[k].note, exit_label=out[k].exit_label)
    return out


def judge_all(sop: Sop, execution: Execution, now: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
              convention: WaktuConvention = DEFAULT_CONVENTION) -> list[Judgement]:
    """The verdict shown beside each record of ``execution`` at ``now`` (`judge` of its
    `span_records` item: a record in a Waktu span shows the span's due time and verdict)."""
    return [judge(sop, r, now, calendar, convention) for r in span_records(sop, execution)]


def counted(sop: Sop, execution: Execution) -> list[StepRecord | None]:
    """For each record of ``execution``, the record that counts for it in the figures (weekly
    report, monitoring): itself; for a Waktu span, the span's run (`span_records`) on the run's
    last record and None on its other records, so a span counts once."""
    judged: list[StepRecord | None] = list(span_records(sop, execution))
    finished = [r.finished_at is not None for r in execution.records]
    for run in spans.span_runs(sop, execution.records, finished):
        for k in run.records[:-1]:
            judged[k] = None
    return judged


def _shown(sop: Sop | None, row: int) -> str:
    """Row ``row``'s No as signed when the SOP is known, else its position (1-based)."""
    return sop.step_number(row) if sop is not None else str(row + 1)
