"""Executions of an SOP drawn with arrows through the repository, on SQLite and PostgreSQL: two
steps running at once, the join, the finish time, the running view, the weekly report and the
monitoring figures counting every record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain import execution as ex
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.monitoring import Period
from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from sopdesk.store.reports import build_weekly_report
from tests.v2_samples import parallel_review

NOW = dt.datetime(2025, 6, 6, 16, 0)  # a Friday, after office hours


def t(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 2, hour, minute)  # Monday


@pytest.fixture
def db(store_target: str | Path, sample_by_id: dict[str, Sop]) -> Iterator[Database]:
    database = open_database(store_target, seed=False)
    database.sops.add_all([parallel_review(sample_by_id["kalbar-penyusunan-lkj-biro"])])
    yield database
    database.close()


def _revision(db: Database) -> int:
    rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert rev is not None
    return rev


def test_two_steps_run_at_once_and_the_execution_ends_when_the_last_finishes(db: Database) -> None:
    log = db.executions
    eid = log.start(_revision(db), "Surat 12", "005/12", "Ana", t(8), NOW)
    log.start_step(eid, 0, t(8), "Ana", NOW)
    log.finish_step(eid, t(8, 5), NOW)
    log.start_step(eid, 2, t(8, 10), "Budi", NOW)  # step 3 first: both may start
    log.start_step(eid, 1, t(8, 15), "Ana", NOW)
    running = log.open_steps(NOW)
    assert sorted((o.number, o.actor) for o in running) == [("2", "Ana"), ("3", "Budi")]
    assert {o.verdict for o in running} == {ex.Verdict.OVERDUE}  # 30 menit and 1 jam, long past
    with pytest.raises(StoreError, match="pilih langkah yang selesai"):
        log.finish_step(eid, t(8, 40), NOW)
    log.finish_step(eid, t(8, 40), NOW, step=1)
    with pytest.raises(StoreError, match="Langkah 4 belum dapat dimulai"):
        log.start_step(eid, 3, t(8, 45), "Ana", NOW)
    log.finish_step(eid, t(9, 30), NOW, step=2)
    log.start_step(eid, 3, t(9, 30), "Ana", NOW)
    log.finish_step(eid, t(9, 40), NOW, exit_label="Ya")
    log.start_step(eid, 5, t(9, 45), "Budi", NOW)
    log.start_step(eid, 4, t(9, 50), "Ana", NOW)
    log.finish_step(eid, t(11, 0), NOW, step=5)  # 5b, started later in the records, finishes last
    log.finish_step(eid, t(10, 0), NOW, step=4)
    log.start_step(eid, 6, t(11, 0), "Ana", NOW)
    assert [o.number for o in log.open_steps(NOW)] == ["6"]
    log.finish_step(eid, t(11, 5), NOW)
    execution, sop = log.load(eid)
    assert ex.is_finished(sop, execution) and execution.finished_at == t(11, 5)
    assert log.open_steps(NOW) == []
    with pytest.raises(StoreError, match="Koreksi ini membuat langkah 4 mulai sebelum"):
        log.correct(eid, 2, "finished_at", t(9, 35), NOW, "Ana")  # record 3 (step 2) past the decision's start
    log.correct(eid, 2, "finished_at", t(9, 25), NOW, "Ana")
    assert check_database(db.engine, db.sops).ok  # one audit entry per record, the chain intact

    week = build_weekly_report(db, IsoWeek(2025, 23), NOW)
    assert [line.step_no for line in week.lines] == ["1", "3", "2", "4", "5b", "5a", "6"]  # every record, as signed
    verdicts = {line.step_no: line.verdict for line in week.lines}
    assert verdicts == {"1": ex.Verdict.NO_STANDARD, "2": ex.Verdict.LATE, "3": ex.Verdict.LATE,
                        "4": ex.Verdict.ON_TIME, "5a": ex.Verdict.ON_TIME, "5b": ex.Verdict.NO_STANDARD,
                        "6": ex.Verdict.NO_STANDARD}
    assert (week.total.late, week.total.on_time) == (2, 2)  # 2: 70 of 30 menit (corrected), 3: 80 of 1 jam
    form = db.monitoring.form(Period(dt.date(2025, 6, 1), dt.date(2025, 6, 30)), NOW)
    (row,) = form.rows
    assert (row.figures.started, row.figures.finished) == (1, 1)
    assert row.figures.judged == week.total.late + week.total.on_time
