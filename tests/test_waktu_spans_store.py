"""A Waktu written once for several rows through the repository, on SQLite and PostgreSQL: the
running view shows the span's standard and verdict, the weekly report and the monitoring count the
span once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain import execution as ex
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.monitoring import Period
from sopdesk.store.database import Database, open_database
from sopdesk.store.reports import build_weekly_report
from tests.test_waktu_spans import spanned

NOW = dt.datetime(2025, 6, 6, 16, 0)  # a Friday


def t(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 2, hour, minute)  # Monday


@pytest.fixture
def db(store_target: str | Path, sample_by_id: dict[str, Sop]) -> Iterator[Database]:
    database = open_database(store_target, seed=False)
    database.sops.add_all([spanned(sample_by_id["kalbar-penyusunan-lkj-biro"])])  # steps 2-3: "1 jam" once
    yield database
    database.close()


def test_a_span_is_shown_and_counted_once(db: Database) -> None:
    log = db.executions
    rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert rev is not None
    eid = log.start(rev, "Surat 12", "005/12", "Ana", t(8), NOW)
    for step, (start, end) in enumerate([(t(8), t(8, 5)), (t(8, 5), t(8, 45))]):
        log.start_step(eid, step, start, "Ana", NOW)
        log.finish_step(eid, end, NOW)
    log.start_step(eid, 2, t(8, 45), "Budi", NOW)  # the span's second row, its Waktu empty
    (running,) = log.open_steps(t(9, 0))
    assert (running.number, running.standard_time, running.verdict) == ("", "1 jam", ex.Verdict.RUNNING)
    assert running.due == t(9, 5)  # the span's standard from its first row's start
    assert log.open_steps(t(9, 15))[0].late_minutes == 10
    log.finish_step(eid, t(9, 15), NOW)  # 70 of 60 minutes for the two rows
    log.start_step(eid, 3, t(9, 15), "Ana", NOW)
    log.finish_step(eid, t(9, 20), NOW)

    week = build_weekly_report(db, IsoWeek(2025, 23), NOW)
    assert [(line.seq, line.step_no, line.verdict) for line in week.lines] == [
        (1, "1", ex.Verdict.ON_TIME), (3, "2", ex.Verdict.LATE), (4, "4", ex.Verdict.ON_TIME)]
    late = week.lines[1]
    assert (late.started_at, late.finished_at, late.standard, late.late_minutes) == (t(8, 5), t(9, 15), "1 jam", 10)
    assert (week.total.on_time, week.total.late) == (2, 1)
    form = db.monitoring.form(Period(dt.date(2025, 6, 1), dt.date(2025, 6, 30)), NOW)
    (row,) = form.rows
    assert (row.figures.on_time, row.figures.late, row.figures.judged) == (2, 1, 3)
