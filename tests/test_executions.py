"""Executions logged against Waktu on the working calendar (fixed clocks, real sample SOPs)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from sopdesk.domain import execution as ex
from sopdesk.domain.model import Sop, Status
from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from tests.tamper import unguard

NOW = dt.datetime(2025, 6, 30, 16, 0)  # a Monday, after office hours


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, day, hour, minute)


@pytest.fixture
def db(store_target: str | Path):  # type: ignore[no-untyped-def]
    database = open_database(store_target)
    yield database
    database.close()


def _revision(db: Database, key: str) -> int:
    rev = db.sops.find_by_key(key)
    assert rev is not None
    return rev


def test_a_full_execution_with_a_loop_and_a_late_step(db: Database) -> None:
    """Lamandau E-SAKIP: step 5 is a decision whose Tidak returns to step 4."""
    eid = db.executions.start(_revision(db, "lamandau-pengisian-e-sakip"), "E-SAKIP 2025", "800/12/ORG", "Ana",
                              t(2, 8), NOW)
    log = db.executions
    log.start_step(eid, 0, t(2, 8), "Sekda", NOW)
    log.finish_step(eid, t(2, 8, 20), NOW)  # 30 menit: on time
    log.start_step(eid, 1, t(2, 9), "Asisten", NOW)
    log.finish_step(eid, t(2, 10), NOW)  # 30 Menit: late by 30 minutes
    for step, minute in ((2, 0), (3, 20)):
        log.start_step(eid, step, t(3, 8, minute), "Tim", NOW)
        log.finish_step(eid, t(3, 8, minute + 15), NOW)
    log.start_step(eid, 4, t(3, 9), "Kabag", NOW)
    with pytest.raises(StoreError, match="Pilih keputusan langkah 5: Ya / Tidak"):
        log.finish_step(eid, t(3, 9, 10), NOW)
    log.finish_step(eid, t(3, 9, 10), NOW, exit_label="Tidak", note="konsep salah ketik")
    execution, sop = log.load(eid)
    assert ex.next_step(sop, execution) == 3  # the loop repeats step 4
    log.start_step(eid, 3, t(3, 10), "Tim", NOW)
    log.finish_step(eid, t(3, 10, 20), NOW)
    log.start_step(eid, 4, t(3, 11), "Kabag", NOW)
    log.finish_step(eid, t(3, 11, 5), NOW, exit_label="Ya")
    execution, sop = log.load(eid)
    assert [r.step for r in execution.records] == [0, 1, 2, 3, 4, 3, 4]
    verdicts = [ex.judge(sop, r, NOW).verdict for r in execution.records]
    assert verdicts[0] is ex.Verdict.ON_TIME
    assert verdicts[1] is ex.Verdict.LATE and ex.judge(sop, execution.records[1], NOW).late_minutes == 30
    assert execution.records[4].note == "konsep salah ketik"


def test_running_steps_become_overdue_on_working_time(db: Database) -> None:
    # Friday 13 June 2025, 16:00 (the office closes at 16:30 on Fridays): "1 jam" is due Monday 08:00.
    # (Friday 27 June would not do: it is 1 Muharram, a public holiday, and the calendar knows it.)
    eid = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj 2025", "", "Ana", t(13, 16), NOW)
    db.executions.start_step(eid, 0, t(13, 16), "Kabag", NOW)
    execution, sop = db.executions.load(eid)
    judged = ex.judge(sop, execution.records[0], t(13, 16, 30))
    assert judged.verdict is ex.Verdict.RUNNING and judged.due == t(16, 8)
    judged = ex.judge(sop, execution.records[0], t(16, 9))
    assert judged.verdict is ex.Verdict.OVERDUE and judged.late_minutes == 60
    other = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj 2026", "", "Ana", t(16, 8), NOW)
    db.executions.start_step(other, 0, t(16, 8), "Kabag", NOW)
    opened = db.executions.open_steps(t(16, 8, 30))
    assert [o.execution_id for o in opened] == [eid, other]  # overdue first
    assert opened[0].verdict is ex.Verdict.OVERDUE and opened[1].verdict is ex.Verdict.RUNNING
    assert opened[0].lanes == "Kabag Tatalaksana" and opened[0].step == 0


def test_steps_without_a_standard_get_no_verdict(db: Database) -> None:
    eid = db.executions.start(_revision(db, "baritokuala-pengaduan-masyarakat"), "Aduan 17", "", "Ana", t(2, 8), NOW)
    for step in range(5):
        db.executions.start_step(eid, step, t(2, 8 + step), "Admin", NOW)
        db.executions.finish_step(eid, t(2, 8 + step, 1), NOW)
    db.executions.start_step(eid, 5, t(2, 14), "Kabid", NOW)  # "Disesuaikan"
    execution, sop = db.executions.load(eid)
    assert ex.judge(sop, execution.records[5], NOW) == ex.Judgement(ex.Verdict.NO_STANDARD, None)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda log, eid: log.start_step(eid, 1, t(2, 9), "x", NOW), "tidak urut"),
        (lambda log, eid: log.start_step(eid, 0, t(30, 17), "x", NOW), "masa depan"),
        (lambda log, eid: log.start_step(eid, 0, t(1, 7), "x", NOW), "sebelum langkah sebelumnya selesai"),
        (lambda log, eid: log.finish_step(eid, t(2, 9), NOW), "Tidak ada langkah yang sedang berjalan"),
        (lambda log, eid: log.cancel(eid, "  "), "alasan"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(db: Database, action, message: str) -> None:  # type: ignore[no-untyped-def]
    eid = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj", "", "Ana", t(2, 8), NOW)
    before = db.executions.load(eid)
    audit_before = len(db.sops.audit_log())
    with pytest.raises(StoreError, match=message):
        action(db.executions, eid)
    assert db.executions.load(eid) == before
    assert len(db.sops.audit_log()) == audit_before


def test_a_finish_before_its_start_is_refused(db: Database) -> None:
    eid = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj", "", "Ana", t(2, 8), NOW)
    db.executions.start_step(eid, 0, t(2, 9), "Kabag", NOW)
    with pytest.raises(StoreError, match="sebelum mulai"):
        db.executions.finish_step(eid, t(2, 8, 30), NOW)


def test_only_approved_sops_or_trials_and_readable_waktu(db: Database) -> None:
    approved = _revision(db, "kalbar-penyusunan-lkj-biro")
    draft = db.sops.start_draft(approved)
    with pytest.raises(StoreError, match="disahkan"):
        db.executions.start(draft, "Uji", "", "Ana", t(2, 8), NOW)
    sop = db.sops.load(draft)
    steps = list(sop.steps)
    steps[2] = dataclasses.replace(steps[2], standard_time="2-3 hari")
    db.sops.save_draft(draft, dataclasses.replace(sop, steps=tuple(steps)))
    with pytest.raises(StoreError, match="Waktu tidak terbaca pada langkah 3"):
        db.executions.start(draft, "Uji", "", "Ana", t(2, 8), NOW, trial=True)
    steps[2] = dataclasses.replace(steps[2], standard_time="3 hari")
    db.sops.save_draft(draft, dataclasses.replace(sop, steps=tuple(steps)))
    assert db.executions.start(draft, "Uji", "", "Ana", t(2, 8), NOW, trial=True) > 0


def test_corrections_keep_the_old_value(db: Database) -> None:
    eid = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj", "", "Ana", t(2, 8), NOW)
    db.executions.start_step(eid, 0, t(2, 9), "Kabag", NOW)
    db.executions.finish_step(eid, t(2, 11), NOW)
    db.executions.correct(eid, 0, "finished_at", t(2, 9, 45), NOW, "Budi")
    execution, sop = db.executions.load(eid)
    assert execution.records[0].finished_at == t(2, 9, 45)
    assert ex.judge(sop, execution.records[0], NOW).verdict is ex.Verdict.ON_TIME
    assert db.executions.corrections(eid) == [(1, NOW, "Budi", "finished_at", "2025-06-02 11:00:00",
                                               "2025-06-02 09:45:00")]
    with pytest.raises(StoreError, match="selesai sebelum mulai"):
        db.executions.correct(eid, 0, "finished_at", t(2, 8, 30), NOW, "Budi")
    assert db.sops.audit_log(action="execution_corrected")[0].detail["field"] == "finished_at"


def test_an_execution_ends_with_its_last_step_or_a_cancel(db: Database) -> None:
    rev = _revision(db, "balangan-pengelolaan-kinerja")
    eid = db.executions.start(rev, "PK 2025", "", "Ana", t(2, 8), NOW)
    for step in range(5):
        db.executions.start_step(eid, step, t(2 + step, 8), "x", NOW)
        db.executions.finish_step(eid, t(2 + step, 9), NOW)
    execution, sop = db.executions.load(eid)
    assert ex.is_finished(sop, execution)
    assert db.executions.open_steps(NOW) == []
    other = db.executions.start(rev, "PK 2026", "", "Ana", t(2, 8), NOW)
    db.executions.cancel(other, "dibatalkan pimpinan")
    assert db.executions.load(other)[0].cancelled_reason == "dibatalkan pimpinan"
    assert db.executions.open_steps(NOW) == []
    with pytest.raises(Exception, match="tidak dapat dihapus"), db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM execution")


def test_domain_order_follows_decisions(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["opd-penyusunan-lakip"]
    assert sop.status is Status.DRAFT  # seed 003 has no signer: a draft, run here as a domain value
    run = ex.Execution("x", "", "a", t(2, 8))
    for step in range(9):
        run = ex.start_step(sop, run, step, t(2, 8 + step // 2, (step % 2) * 30), "a", NOW)
        run = ex.finish_step(sop, run, t(2, 8 + step // 2, (step % 2) * 30 + 10), NOW,
                             exit_label="Tidak" if step == 8 else "")
    assert ex.next_step(sop, run) == 7  # step 9 said Tidak: back to step 8


def test_a_weeks_verdicts(db: Database) -> None:
    rev = _revision(db, "kalbar-penyusunan-lkj-biro")
    old = db.executions.start(rev, "lama", "", "Ana", t(2, 8), NOW)
    db.executions.start_step(old, 0, t(2, 8), "x", NOW)
    db.executions.finish_step(old, t(2, 8, 30), NOW)  # finished before the week
    late = db.executions.start(rev, "terlambat", "", "Ana", t(20, 14), NOW)
    db.executions.start_step(late, 0, t(20, 16), "x", NOW)  # Friday 16:00: due Monday 23 June 08:00
    db.executions.finish_step(late, t(23, 10), NOW)  # finished in the week, late
    running = db.executions.start(rev, "berjalan", "", "Ana", t(24, 8), NOW)
    db.executions.start_step(running, 0, t(24, 8), "x", NOW)  # due in the week, still running
    week = db.executions.week_judgements(t(23, 0), t(30, 0), t(30, 9))
    found = {(eid, n): j.verdict for eid, n, j in week}
    assert found == {(late, 1): ex.Verdict.LATE, (running, 1): ex.Verdict.OVERDUE}


def _logged(db: Database) -> int:
    eid = db.executions.start(_revision(db, "kalbar-penyusunan-lkj-biro"), "LKj", "", "Ana", t(2, 8), NOW)
    db.executions.start_step(eid, 0, t(2, 9), "Kabag", NOW)
    db.executions.finish_step(eid, t(2, 11), NOW)
    db.executions.start_step(eid, 1, t(2, 12), "Kabag", NOW)
    db.executions.correct(eid, 0, "finished_at", t(2, 9, 45), NOW, "Budi")
    return eid


@pytest.mark.parametrize("statement", ["DELETE FROM record_correction", "DELETE FROM step_record",
                                       "DELETE FROM execution", "UPDATE record_correction SET by = 'x'"])
def test_logged_rows_refuse_raw_deletes(db: Database, statement: str) -> None:
    _logged(db)
    with pytest.raises(DBAPIError, match="tidak dapat"), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_sopdesk_check_finds_every_deleted_step_record(db: Database) -> None:
    eid = _logged(db)
    assert check_database(db.engine, db.sops).ok
    with db.engine.begin() as conn:
        for table in ("record_correction", "step_record"):
            unguard(conn, table)
        conn.exec_driver_sql("DELETE FROM record_correction")
        conn.exec_driver_sql("DELETE FROM step_record")
    report = check_database(db.engine, db.sops)
    assert report.audit == []  # the chain itself is intact: only the rows it vouches for are gone
    assert report.rows == [f"pelaksanaan #{eid}: 2 catatan langkah di log audit, 0 di basis data",
                           "koreksi waktu: 1 di log audit, 0 di basis data"]


def test_sopdesk_check_finds_a_deleted_execution_and_a_cut_log(db: Database) -> None:
    eid = _logged(db)
    with db.engine.begin() as conn:
        unguard(conn, "audit")
        last_start = conn.exec_driver_sql("SELECT max(id) FROM audit").scalar()
        conn.exec_driver_sql(f"DELETE FROM audit WHERE id >= {last_start - 1}")  # the newest entries, cut off
    report = check_database(db.engine, db.sops)
    assert report.audit == []  # a cut-off end leaves a chain that verifies...
    assert report.rows == [f"pelaksanaan #{eid}: 1 catatan langkah di log audit, 2 di basis data",
                           "koreksi waktu: 0 di log audit, 1 di basis data"]  # ...but not the rows
