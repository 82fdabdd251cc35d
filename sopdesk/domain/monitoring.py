"""Monitoring dan evaluasi of SOPs (Permenpan RB 35/2012): the period, the figures taken from the
execution logs, the assessor's entries (Tabel 7) and the evaluation checklist. No Qt, no database.

Tabel 7 "Monitoring Pelaksanaan SOP AP" (every six months): No | Prosedur | Penilaian terhadap
penerapan (berjalan dengan baik / tidak berjalan dengan baik) | Catatan hasil penilaian |
Tindakan yang harus diambil | Paraf penilai. The evaluation asks the seven yes/no questions of
`CRITERIA` of each SOP.

Figures of one SOP over a period (all its revisions, trials excluded):
- ``started``: executions started in the period; ``finished``: finished in it; ``cancelled``: the
  started ones that were cancelled; ``running``: not finished and not cancelled at the period's end;
- step records finished in the period are judged with `sopdesk.domain.execution.judge`
  (``on_time``, ``late``, ``no_standard``); a record still running at the end of the period
  (judged at ``min(now, end)``) past its due time is ``overdue``;
- on-time rate = on_time / (on_time + late + overdue), None when that is 0;
- the steps most often late: late and overdue records per step, most first (then most working
  minutes late), at most `TOP_LATE`.
- a Waktu written once for several rows (``Step.time_rows``) counts once: its run is one record of
  its first row, from the run's first start to its last row's finish (`sopdesk.domain.execution.counted`);
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from sopdesk.domain import execution as ex
from sopdesk.domain.calendar import DEFAULT_CALENDAR, WorkingCalendar
from sopdesk.domain.messages import message
from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import DEFAULT_CONVENTION, WaktuConvention

CRITERIA: tuple[str, ...] = (
    "Mampu mendorong peningkatan kinerja",
    "Mudah dipahami",
    "Mudah dilaksanakan",
    "Semua orang dapat menjalankan perannya masing-masing",
    "Mampu mengatasi permasalahan yang berkaitan dengan proses",
    "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
    "Sinergi satu dengan lainnya",
)
"""The evaluation questions of an SOP (Permenpan RB 35/2012, evaluasi SOP AP)."""

TOP_LATE = 3


class Rating(StrEnum):
    """Penilaian terhadap penerapan (Tabel 7); NONE while the assessor has not chosen."""

    NONE = ""
    BAIK = "baik"
    TIDAK_BAIK = "tidak_baik"

    @property
    def label(self) -> str:
        """The regulation's words."""
        return {"": "", "baik": "Berjalan dengan baik", "tidak_baik": "Tidak berjalan dengan baik"}[self.value]


@dataclass(frozen=True, slots=True)
class Period:
    """A monitoring period, ``start`` to ``end`` inclusive (dates of the office)."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(message("period-order", f"{self.start:%d-%m-%Y}", f"{self.end:%d-%m-%Y}"))

    @property
    def begins(self) -> dt.datetime:
        """The first moment of the period."""
        return dt.datetime.combine(self.start, dt.time())

    @property
    def ends(self) -> dt.datetime:
        """The first moment after the period (exclusive bound)."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    def label(self) -> str:
        """``01-01-2025 s.d. 30-06-2025``."""
        return f"{self.start:%d-%m-%Y} s.d. {self.end:%d-%m-%Y}"


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def default_period(now: dt.datetime) -> Period:
    """The six months before ``now``: from the same day six months earlier to yesterday
    (run on 1 July, it is 1 January to 30 June)."""
    today = now.date()
    return Period(months_before(today, 6), today - dt.timedelta(days=1))


@dataclass(frozen=True, slots=True)
class LateStep:
    """A step often late: its No as signed (``number``, `Sop.step_number`), how many records
    were late/overdue, and the working minutes late in all."""

    number: str
    activity: str
    count: int
    minutes: Fraction


@dataclass(frozen=True, slots=True)
class Figures:
    """What the execution logs say about one SOP over a period (see the module docstring)."""

    started: int = 0
    finished: int = 0
    cancelled: int = 0
    running: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    no_standard: int = 0
    late_steps: tuple[LateStep, ...] = ()

    @property
    def judged(self) -> int:
        """Records with a verdict against a standard."""
        return self.on_time + self.late + self.overdue

    @property
    def on_time_rate(self) -> Fraction | None:
        """on_time / judged, None when nothing was judged."""
        return Fraction(self.on_time, self.judged) if self.judged else None


@dataclass(frozen=True, slots=True)
class Answer:
    """One checklist answer: Ya (True), Tidak (False) or not answered (None), and a note."""

    value: bool | None = None
    note: str = ""


def blank_checklist() -> tuple[Answer, ...]:
    """Seven unanswered questions."""
    return tuple(Answer() for _ in CRITERIA)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The assessor's entries for one SOP in one period: Penilaian, Catatan hasil penilaian,
    Tindakan yang harus diambil, Paraf (the assessor's name), and the checklist (7 answers).
    ``saved`` is True when it comes from the database."""

    rating: Rating = Rating.NONE
    notes: str = ""
    action: str = ""
    assessor: str = ""
    checklist: tuple[Answer, ...] = field(default_factory=blank_checklist)
    saved: bool = False

    def __post_init__(self) -> None:
        if len(self.checklist) != len(CRITERIA):
            raise ValueError(f"Daftar periksa harus {len(CRITERIA)} jawaban, bukan {len(self.checklist)}.")


@dataclass(frozen=True, slots=True)
class FormRow:
    """One row of Tabel 7: an SOP (its latest approved revision), its figures, the assessment."""

    sop_key: str
    number: str
    title: str
    unit: str
    revision: int
    figures: Figures
    assessment: Assessment


@dataclass(frozen=True, slots=True)
class MonitoringForm:
    """The monitoring form of a period; ``unit`` is the filter used ("" = every unit); ``office``
    the office's name lines that head it (Pengaturan kantor; empty when not set)."""

    period: Period
    unit: str
    rows: tuple[FormRow, ...]
    made_at: dt.datetime
    office: tuple[str, ...] = ()


def percent(rate: Fraction | None) -> str:
    """``87,5%`` (Indonesian decimal comma), ``-`` for None."""
    if rate is None:
        return "-"
    text = f"{float(rate) * 100:.1f}".replace(".", ",")
    return (text[:-2] if text.endswith(",0") else text) + "%"


def summary(figures: Figures) -> str:
    """The figures in one sentence (Bahasa Indonesia), used to pre-fill Catatan hasil penilaian."""
    if not figures.started and not figures.finished and not figures.running and not figures.judged:
        return "Tidak ada pelaksanaan tercatat pada periode ini."
    parts = [f"{figures.started} pelaksanaan dimulai, {figures.finished} selesai, {figures.running} berjalan"]
    if figures.cancelled:
        parts[0] += f", {figures.cancelled} dibatalkan"
    parts.append(f"langkah tepat waktu {figures.on_time} dari {figures.judged} ({percent(figures.on_time_rate)})")
    if figures.late_steps:
        parts.append("paling sering terlambat: " + ", ".join(
            f"langkah {s.number} ({s.count}×)" for s in figures.late_steps))
    return "; ".join(parts) + "."


def compute_figures(runs: Iterable[tuple[Sop, ex.Execution, dt.datetime | None]], period: Period,
                    now: dt.datetime, calendar: WorkingCalendar = DEFAULT_CALENDAR,
                    convention: WaktuConvention = DEFAULT_CONVENTION) -> Figures:
    """The figures of one SOP from its executions: (revision run, execution, finished at or None)."""
    counts: dict[str, int] = defaultdict(int)
    late: dict[tuple[int, str], list[Fraction]] = defaultdict(list)  # (row, Kegiatan) -> minutes late
    numbers: dict[tuple[int, str], str] = {}  # the row's No as signed in the revision that ran it
    at = min(now, period.ends)
    for sop, execution, finished_at in runs:
        _count_execution(counts, execution, finished_at, period)
        for record in ex.counted(sop, execution):  # a Waktu over several rows counts once
            if record is None or (execution.cancelled and record.finished_at is None):
                continue  # a cancelled execution's open step is not overdue
            verdict = _verdict(sop, record, period, at, calendar, convention)
            if verdict is None:
                continue
            counts[verdict.verdict.value] += 1
            if verdict.verdict in (ex.Verdict.LATE, ex.Verdict.OVERDUE):
                key = (record.step, sop.steps[record.step].activity)
                late[key].append(verdict.late_minutes)
                numbers[key] = sop.step_number(record.step)
    ranked = sorted(late.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1]), kv[0][0]))
    steps = tuple(LateStep(numbers[key], key[1], len(m), sum(m, Fraction(0))) for key, m in ranked[:TOP_LATE])
    return Figures(counts["started"], counts["finished"], counts["cancelled"], counts["running"],
                   counts[ex.Verdict.ON_TIME.value], counts[ex.Verdict.LATE.value],
                   counts[ex.Verdict.OVERDUE.value], counts[ex.Verdict.NO_STANDARD.value], steps)


def _count_execution(counts: dict[str, int], execution: ex.Execution, finished_at: dt.datetime | None,
                     period: Period) -> None:
    started_in = period.begins <= execution.started_at < period.ends
    counts["started"] += started_in
    counts["cancelled"] += started_in and execution.cancelled
    counts["finished"] += finished_at is not None and period.begins <= finished_at < period.ends
    open_at_end = finished_at is None or finished_at >= period.ends
    counts["running"] += execution.started_at < period.ends and open_at_end and not execution.cancelled


def _verdict(sop: Sop, record: ex.StepRecord, period: Period, at: dt.datetime, calendar: WorkingCalendar,
             convention: WaktuConvention) -> ex.Judgement | None:
    """The record's verdict if it counts in the period: finished in it, or overdue at its end."""
    if record.finished_at is not None and period.begins <= record.finished_at < period.ends:
        return ex.judge(sop, record, at, calendar, convention)
    open_at_end = record.finished_at is None or record.finished_at >= period.ends
    if record.started_at < period.ends and open_at_end:
        judged = ex.judge(sop, ex.StepRecord(record.step, record.started_at), at, calendar, convention)
        return judged if judged.verdict is ex.Verdict.OVERDUE else None
    return None
