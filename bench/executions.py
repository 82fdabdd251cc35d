"""Executions benchmark: a database with 1 and with 10 years of history (50 SOPs, 20 executions a
week of each, 10 steps each: about 5 million step records at 10 years); opening the Pelaksanaan view
(every running execution) and a week's verdicts, timed at both sizes.

    python -m bench.executions [--years 10] [--quick]

Target (issue "Log executions"): the 10-year time within 1.3x of the 1-year time.
The history is written with sqlite3's executemany (a benchmark fixture, not the app's path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sopdesk.domain.model import Status, Symbol  # noqa: E402
from sopdesk.store.database import open_database  # noqa: E402
from tests.generated import generated_sop  # noqa: E402

SOPS, PER_WEEK, STEPS = 50, 20, 10  # 20 executions a week of each SOP: 1,000 a week
END = dt.datetime(2026, 11, 16, 8, 0)  # a Monday


def fill(path: Path, years: int) -> None:
    db = open_database(path, seed=False)
    sops = []
    for k in range(SOPS):
        sop = generated_sop(STEPS, k, 4)
        steps = tuple(replace(s, symbol=Symbol.PROCESS, exits=()) if s.symbol is Symbol.DECISION else s
                      for s in sop.steps)
        sops.append(replace(sop, id=f"bench-{k}", steps=steps, status=Status.APPROVED))
    db.sops.add_all(sops)
    revision_ids = [db.sops.find_by_key(f"bench-{k}") for k in range(SOPS)]
    db.close()
    con = sqlite3.connect(path)
    rng = random.Random(years)
    weeks = years * 52
    start = END - dt.timedelta(weeks=weeks)
    execution_rows, record_rows = [], []
    eid = 0
    for week in range(weeks):
        monday = start + dt.timedelta(weeks=week)
        for _ in range(PER_WEEK * SOPS):
            eid += 1
            at = monday + dt.timedelta(days=rng.randint(0, 4), hours=rng.randint(0, 6))
            running = week >= weeks - 2 and rng.random() < 0.5
            t = at
            for seq in range(STEPS):
                finish = t + dt.timedelta(minutes=rng.randint(10, 600))
                last = running and seq == STEPS - 1
                record_rows.append((eid, seq, seq, t.isoformat(" "), None if last else finish.isoformat(" "),
                                    "x", "", ""))
                t = finish
            execution_rows.append((eid, revision_ids[rng.randrange(SOPS)], f"E{eid}", "", "bench",
                                   at.isoformat(" "), 0, "", None if running else t.isoformat(" ")))
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA journal_mode = OFF")
    con.executemany("INSERT INTO execution VALUES (?,?,?,?,?,?,?,?,?)", execution_rows)
    con.executemany("INSERT INTO step_record VALUES (NULL,?,?,?,?,?,?,?,?)", record_rows)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def measure(path: Path, reps: int) -> tuple[float, float]:
    db = open_database(path, seed=False)
    try:
        now = END + dt.timedelta(days=2)
        week = (END - dt.timedelta(weeks=1), END)
        db.executions.open_steps(now), db.executions.week_judgements(*week, now)  # warm caches
        view, verdicts = [], []
        for _ in range(reps):
            t = time.perf_counter()
            db.executions.open_steps(now)
            view.append(time.perf_counter() - t)
            t = time.perf_counter()
            db.executions.week_judgements(*week, now)
            verdicts.append(time.perf_counter() - t)
        return statistics.median(view), statistics.median(verdicts)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.executions")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    reps = 3 if args.quick else 7
    folder = Path(tempfile.mkdtemp())
    small, large = folder / "1y.sqlite3", folder / f"{args.years}y.sqlite3"
    t = time.perf_counter()
    fill(small, 1)
    fill(large, args.years)
    records = sqlite3.connect(large).execute("SELECT count(*) FROM step_record").fetchone()[0]
    print(f"filled in {time.perf_counter() - t:.0f} s: {records:,} step records at {args.years} years")
    (v1, w1), (v10, w10) = measure(small, reps), measure(large, reps)
    ok = True
    for name, one, many in (("open the Pelaksanaan view", v1, v10), ("a week's verdicts", w1, w10)):
        ratio = many / one
        ok &= ratio <= 1.3
        print(f"{name:28} 1 year {one * 1000:8.1f} ms  {args.years} years {many * 1000:8.1f} ms  "
              f"ratio {ratio:5.2f} (target <= 1.3) {'ok' if ratio <= 1.3 else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
