"""A Waktu written once for several rows (issue 14, ``Step.time_rows``) in executions: the span is
judged once, from the start of its first row to the finish of its last; the rows inside show that
verdict; the figures count it once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain import execution as ex
from sopdesk.domain import monitoring as mon
from sopdesk.domain.calendar import DEFAULT_CALENDAR
from sopdesk.domain.model import Sop, Status
from sopdesk.domain.waktu_spans import span_runs
from sopdesk.io.exchange import load_sop_dir
from sopdesk.resources import sample_data_dir

NOW = dt.datetime(2025, 6, 30, 16, 0)
START = dt.datetime(2025, 6, 2, 8, 0)  # a Monday, office hours


BIRO = next(s for s in load_sop_dir(sample_data_dir()) if s.id == "kalbar-penyusunan-lkj-biro")


def at(minutes: int) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


def spanned(sop: Sop, first: int = 1, rows: int = 2, waktu: str = "1 jam") -> Sop:
    """``sop`` approved, with the Waktu of ``rows`` rows from ``first`` written once as ``waktu``;
    every other row "10 menit"; no decisions (steps run one after another)."""
    steps = [dataclasses.replace(s, standard_time="10 menit", exits=(), time_rows=1,
                                 symbol=s.symbol if s.symbol.name != "DECISION" else s.symbol.PROCESS)
             for s in sop.steps]
    steps[first] = dataclasses.replace(steps[first], standard_time=waktu, time_rows=rows)
    for k in range(first + 1, first + rows):
        steps[k] = dataclasses.replace(steps[k], standard_time="")
    return dataclasses.replace(sop, status=Status.APPROVED, steps=tuple(steps))


@pytest.fixture
def sop(sample_by_id: dict[str, Sop]) -> Sop:
    return spanned(sample_by_id["kalbar-penyusunan-lkj-biro"])


def _run(sop: Sop, durations: list[int]) -> ex.Execution:
    """Log the first ``len(durations)`` steps one after another, each taking its minutes."""
    e, minute = ex.Execution("Uji", "", "Ana", START), 0
    for step, minutes in enumerate(durations):
        e = ex.start_step(sop, e, step, at(minute), "Ana", NOW)
        if minutes >= 0:
            e = ex.finish_step(sop, e, at(minute + minutes), NOW)
        minute += max(minutes, 0)
    return e


def test_an_sop_with_a_span_can_be_executed(sop: Sop) -> None:
    ex.check_can_start(sop, trial=False)


def test_the_span_is_judged_once_from_its_first_start_to_its_last_finish(sop: Sop) -> None:
    e = _run(sop, [5, 40, 30, 5])  # the span (steps 2-3): 70 of 60 minutes, each row alone within it
    judged = ex.judge_all(sop, e, NOW)
    assert [j.verdict for j in judged] == [ex.Verdict.ON_TIME, ex.Verdict.LATE, ex.Verdict.LATE, ex.Verdict.ON_TIME]
    assert judged[1] == judged[2] and judged[1].late_minutes == 10 and judged[1].due == at(5 + 60)
    on_time = ex.judge_all(sop, _run(sop, [5, 20, 30, 5]), NOW)
    assert on_time[1].verdict is on_time[2].verdict is ex.Verdict.ON_TIME  # 50 of 60 together


def test_the_span_runs_until_its_last_row_finishes(sop: Sop) -> None:
    e = _run(sop, [5, 20])  # the first row of the span done, the second not started
    assert ex.judge_all(sop, e, at(30))[1].verdict is ex.Verdict.RUNNING
    assert ex.judge_all(sop, e, at(90))[1] == ex.Judgement(ex.Verdict.OVERDUE, at(65), 25)
    e = _run(sop, [5, 20, -1])  # the second row running
    assert [j.verdict for j in ex.judge_all(sop, e, at(70))[1:]] == [ex.Verdict.OVERDUE] * 2


def test_the_figures_count_a_span_once(sop: Sop) -> None:
    e = _run(sop, [5, 40, 30, 5])
    counted = ex.counted(sop, e)
    assert counted[1] is None and counted[2] == ex.StepRecord(1, at(5), at(75), "Ana")
    runs = [(sop, e, None)]
    period = mon.Period(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    figures = mon.compute_figures(runs, period, NOW)
    assert (figures.on_time, figures.late) == (2, 1)
    assert [(s.number, s.count, s.minutes) for s in figures.late_steps] == [("2", 1, 10)]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 6), st.integers(2, 4), st.lists(st.integers(0, 90), min_size=1, max_size=12))
def test_a_span_is_one_unit_whatever_its_rows_take(first: int, rows: int, durations: list[int]) -> None:
    first = min(first, len(BIRO.steps) - rows)
    sop = spanned(BIRO, first, rows, "1 jam")
    durations = durations[:len(sop.steps)]
    e = _run(sop, durations)
    judged, counted = ex.judge_all(sop, e, NOW), ex.counted(sop, e)
    inside = [k for k in range(len(durations)) if first <= k < first + rows]
    assert len({judged[k] for k in inside}) <= 1  # the rows of the span share one verdict
    assert sum(c is not None for c in counted) == len(durations) - max(len(inside) - 1, 0)
    if len(inside) == rows:  # the whole span logged: judged by its total against 60 minutes
        start, finish = e.records[first].started_at, e.records[first + rows - 1].finished_at
        assert finish is not None
        used = DEFAULT_CALENDAR.working_minutes_between(start, finish)  # office hours and breaks left out
        assert judged[first].verdict is (ex.Verdict.LATE if used > 60 else ex.Verdict.ON_TIME)
        assert judged[first].late_minutes == max(used - 60, 0)
    assert all(len(run.records) <= rows for run in span_runs(sop, e.records, [True] * len(e.records)))



def test_a_span_in_an_sop_drawn_with_arrows_runs_from_its_first_row_to_its_last() -> None:
    from tests.v2_samples import fork_join

    sop = dataclasses.replace(fork_join(BIRO, parts=False), status=Status.APPROVED)  # rows 2a-2b: one Waktu
    ex.check_can_start(sop, trial=False)
    e = ex.Execution("Uji", "", "Ana", START)
    e = ex.finish_step(sop, ex.start_step(sop, e, 0, at(0), "Ana", NOW), at(5), NOW)
    e = ex.start_step(sop, e, 1, at(5), "Ana", NOW)
    e = ex.finish_step(sop, e, at(20), NOW, exit_label="Tidak")
    assert ex.span_records(sop, e)[1] == ex.StepRecord(1, at(5), None, "Ana", exit_label="Tidak")  # 2b not yet run
    e = ex.finish_step(sop, ex.start_step(sop, e, 2, at(20), "Budi", NOW), at(30), NOW)
    whole = ex.StepRecord(1, at(5), at(30))
    assert [dataclasses.replace(r, actor="", exit_label="") for r in ex.span_records(sop, e)[1:]] == [whole] * 2
    assert ex.counted(sop, e)[1] is None and ex.counted(sop, e)[2] is not None
