"""PostgreSQL beside SQLite: the Pelaksanaan view and the weekly report with 10 years of history.

    python -m bench.stores [--years 10] [--quick]

The same history goes into a new SQLite file and a new database on the PostgreSQL server of
``$SOPDESK_TEST_PG`` (``tools/pg_test_server.sh``; without it the PostgreSQL side is skipped with
a line saying so): the 14 sample SOPs, and for each working day (Monday to Friday) of ``--years``
years 2 to 6 executions of an approved sample, started between 08:00 and 14:00, each step taking
5 minutes to 4 hours; 1 in 50 cancelled, and a third of those of the last two weeks still running
(about 10,000 executions and 100,000 step records at 10 years). The rows are written with
SQLAlchemy Core (a benchmark fixture, not the app's path: no audit entries).

Timed on each store, medians of the repetitions: the Pelaksanaan tab of the SOP with the most
executions (its revisions and executions, and the newest one opened, as `sopdesk.ui.executions`
reads them), the running executions (`ExecutionRepository.open_steps`, the Berjalan list), and
the weekly report of the last week (`build_weekly_report` and the workbook, `workbook_bytes`);
and, without a target, a session that reads ``SELECT 1``: the fixed cost of a read (BEGIN, the
query and ROLLBACK are three round trips to a server; nothing leaves the process on SQLite).
Targets (issue 11): PostgreSQL within 1.5x of SQLite for each; the weekly report under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, make_url, select, text  # noqa: E402

from sopdesk.domain.isoweek import last_week  # noqa: E402
from sopdesk.io.weekly_xlsx import workbook_bytes  # noqa: E402
from sopdesk.store.database import Database, open_database  # noqa: E402
from sopdesk.store.models import ExecutionRow, RevisionRow, SopRow, StepRecordRow, StepRow  # noqa: E402
from sopdesk.store.reports import build_weekly_report  # noqa: E402

PG_ENV = "SOPDESK_TEST_PG"
END = dt.datetime(2026, 11, 16, 8, 0)  # a Monday; the report's week is the one before
NOW = END + dt.timedelta(days=2, hours=2)
RATIO, WEEKLY_S = 1.5, 2.0
CHUNK = 5000
BASELINE = "baseline: a session's SELECT 1"  # the cost of a read's round trips; no target
SAMPLE_S = 0.1  # a timed sample lasts at least this long (several runs of a fast task)

Row = dict[str, Any]


def history(revisions: dict[int, int], years: int, seed: int = 11) -> tuple[list[Row], list[Row]]:
    """(execution rows, step record rows) of ``years`` years before `END`, for the revisions
    ``{revision id: number of steps}``; the same rows for the same arguments."""
    rng = random.Random(seed)
    executions: list[Row] = []
    records: list[Row] = []
    day = END.date() - dt.timedelta(days=365 * years)
    while day < END.date():
        if day.weekday() < 5:
            for _ in range(rng.randint(2, 6)):
                _execution(rng, day, revisions, executions, records)
        day += dt.timedelta(days=1)
    return executions, records


def _execution(rng: random.Random, day: dt.date, revisions: dict[int, int], executions: list[Row],
               records: list[Row]) -> None:
    eid = len(executions) + 1
    revision_id = rng.choice(sorted(revisions))
    started = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(0, 6 * 60))
    steps = revisions[revision_id]
    recent = END - started < dt.timedelta(weeks=2)
    cancelled = rng.random() < 0.02
    done = rng.randrange(1, steps) if cancelled or (recent and rng.random() < 1 / 3) else steps
    at = started
    for seq in range(done):
        finish = at + dt.timedelta(minutes=rng.randint(5, 240))
        open_ = seq == done - 1 and done < steps and not cancelled
        records.append({"execution_id": eid, "seq": seq, "step_position": seq, "started_at": at,
                        "finished_at": None if open_ else finish, "actor": f"staf{rng.randrange(8)}", "note": "",
                        "exit_label": ""})
        at = finish
    executions.append({"id": eid, "revision_id": revision_id, "title": f"Pelaksanaan {eid}", "reference": "",
                       "started_by": f"staf{rng.randrange(8)}", "started_at": started, "trial": False,
                       "cancelled_reason": "dibatalkan" if cancelled else "",
                       "finished_at": at if done == steps else None})


def approved_steps(db: Database) -> dict[int, int]:
    """{revision id: number of steps} of the approved revisions."""
    with db.sessions() as session:
        rows = session.execute(select(RevisionRow.id, func.count(StepRow.id)).join(StepRow)
                               .where(RevisionRow.status == "approved").group_by(RevisionRow.id))
        return {rid: int(n) for rid, n in rows}


def fill(db: Database, executions: list[Row], records: list[Row]) -> None:
    """Write the history in chunks, then refresh the planner's statistics."""
    with db.engine.begin() as conn:
        for table, rows in ((ExecutionRow.__table__, executions), (StepRecordRow.__table__, records)):
            for k in range(0, len(rows), CHUNK):
                conn.execute(insert(table), rows[k:k + CHUNK])
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))


def busiest_sop(db: Database) -> str:
    """The key of the SOP with the most executions."""
    with db.sessions() as session:
        return str(session.scalar(select(SopRow.key).join(RevisionRow).join(ExecutionRow)
                                  .group_by(SopRow.key).order_by(func.count(ExecutionRow.id).desc()).limit(1)))


def tasks(db: Database) -> dict[str, Callable[[], object]]:
    """What is timed, by name."""
    key = busiest_sop(db)

    def tab() -> object:
        revisions = db.sops.revisions(key)
        executions = db.executions.for_revisions([r.revision_id for r in revisions])
        return db.executions.load(executions[0].id or 0)  # the newest is shown

    def weekly() -> object:
        return workbook_bytes(build_weekly_report(db, last_week(NOW), NOW))

    def baseline() -> object:
        with db.sessions() as session:
            return session.execute(text("SELECT 1")).scalar()

    return {"Pelaksanaan tab (busiest SOP)": tab, "running executions": lambda: db.executions.open_steps(NOW),
            "weekly report (read + workbook)": weekly, BASELINE: baseline}


def measure(dbs: dict[str, Database], reps: int) -> dict[str, dict[str, float]]:
    """{store: {task: median seconds}}. After one warming run, each repetition runs the task on
    every store in turn, so the shared machine's noise falls on all of them alike; a task faster
    than `SAMPLE_S` runs several times in a repetition (the same number on every store)."""
    plans = {store: tasks(db) for store, db in dbs.items()}
    times: dict[str, dict[str, list[float]]] = {store: {} for store in dbs}
    for name in plans[next(iter(dbs))]:
        warm = [_timed(plans[store][name], 1) for store in dbs]
        runs = max(1, math.ceil(SAMPLE_S / min(warm)))
        for _ in range(reps):
            for store in dbs:
                times[store].setdefault(name, []).append(_timed(plans[store][name], runs))
    return {store: {name: statistics.median(ts) for name, ts in by_task.items()} for store, by_task in times.items()}


def _timed(task: Callable[[], object], runs: int) -> float:
    """Seconds per run of ``runs`` runs of ``task``."""
    t = time.perf_counter()
    for _ in range(runs):
        task()
    return (time.perf_counter() - t) / runs


@contextmanager
def pg_database(server: str) -> Iterator[str]:
    """A new, empty database on the server of ``server`` (a URL), dropped afterwards."""
    import psycopg

    name = f"sopdesk_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = make_url(server).set(drivername="postgresql", database="postgres").render_as_string(False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def filled(target: str | Path, years: int) -> tuple[Database, int]:
    """The database at ``target`` with the samples and ``years`` of history; (db, step records)."""
    db = open_database(target)
    executions, records = history(approved_steps(db), years)
    fill(db, executions, records)
    return db, len(records)


def report(sqlite: dict[str, float], pg: dict[str, float] | None) -> bool:
    """Print one line per task with the targets; True when every target is met."""
    ok = True
    print(f"{'':34} {'SQLite':>10} {'PostgreSQL':>11} {'PG/SQLite':>10}")
    for name, lite in sqlite.items():
        line = f"{name:34} {lite * 1000:8.1f}ms"
        if pg is not None:
            ratio = pg[name] / lite
            line += f" {pg[name] * 1000:9.1f}ms {ratio:9.2f}x"
            if name != BASELINE:
                ok &= ratio <= RATIO
                line += f"  {'ok' if ratio <= RATIO else 'MISSED'} (<= {RATIO}x)"
        print(line)
    name = "weekly report (read + workbook)"
    for store, times in (("SQLite", sqlite), ("PostgreSQL", pg)):
        if times is not None:
            passed = times[name] < WEEKLY_S
            ok &= passed
            print(f"{'PASS' if passed else 'FAIL'}  weekly report on {store} < {WEEKLY_S:.0f} s "
                  f"(median {times[name]:.2f} s)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stores")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    reps = 3 if args.quick else 9
    server = os.environ.get(PG_ENV, "")
    t = time.perf_counter()
    lite, count = filled(Path(tempfile.mkdtemp()) / "bench.sqlite3", args.years)
    print(f"SQLite filled in {time.perf_counter() - t:.0f} s: {count:,} step records, {args.years} years")
    try:
        if not server:
            print(f"PostgreSQL skipped: {PG_ENV} is not set (start a server with tools/pg_test_server.sh)")
            return 0 if report(measure({"sqlite": lite}, reps)["sqlite"], None) else 1
        with pg_database(server) as url:
            t = time.perf_counter()
            pg, _count = filled(url, args.years)
            print(f"PostgreSQL filled in {time.perf_counter() - t:.0f} s: the same rows")
            try:
                medians = measure({"sqlite": lite, "postgresql": pg}, reps)
            finally:
                pg.close()
        return 0 if report(medians["sqlite"], medians["postgresql"]) else 1
    finally:
        lite.close()


if __name__ == "__main__":
    raise SystemExit(main())
