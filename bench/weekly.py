"""Weekly report benchmark: the report of week 2026-W46 (about 1,000 executions, 10,000 step
records) on a database with 1 and with 10 years of history, the history of `bench.executions`.

    python -m bench.weekly [--years 10] [--quick] [--folder DIR]

Times, medians of the repetitions: reading and computing (`build_weekly_report`), writing the
workbook (`workbook_bytes`, in memory) and both. Targets (issue 5): the whole report under 2 s at
10 years, and within 1.3x of the 1-year time. ``--folder`` keeps the filled databases there and
reuses them on the next run (filling 10 years takes minutes and about 1 GB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.executions import END, fill  # noqa: E402
from sopdesk.domain.isoweek import last_week  # noqa: E402
from sopdesk.io.weekly_xlsx import workbook_bytes  # noqa: E402
from sopdesk.store.database import open_database  # noqa: E402
from sopdesk.store.reports import build_weekly_report  # noqa: E402

NOW = END + dt.timedelta(days=2)  # Wednesday 18 November 2026: the default week is 2026-W46


def measure(path: Path, reps: int) -> tuple[float, float, int]:
    """Median seconds to build the report and to write it; the number of step records in it."""
    db = open_database(path, seed=False)
    try:
        week = last_week(NOW)
        report = build_weekly_report(db, week, NOW)  # warm the caches
        build, write = [], []
        for _ in range(reps):
            t = time.perf_counter()
            report = build_weekly_report(db, week, NOW)
            build.append(time.perf_counter() - t)
            t = time.perf_counter()
            workbook_bytes(report)
            write.append(time.perf_counter() - t)
        return statistics.median(build), statistics.median(write), len(report.lines)
    finally:
        db.close()


def _filled(folder: Path, years: int) -> Path:
    path = folder / f"{years}y.sqlite3"
    if not path.exists():
        fill(path, years)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.weekly")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the filled databases here")
    args = parser.parse_args()
    reps = 3 if args.quick else 7
    folder = args.folder or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    small, large = _filled(folder, 1), _filled(folder, args.years)
    records = sqlite3.connect(large).execute("SELECT count(*) FROM step_record").fetchone()[0]
    print(f"ready in {time.perf_counter() - t:.0f} s: {records:,} step records at {args.years} years")
    (b1, w1, n1), (b10, w10, n10) = measure(small, reps), measure(large, reps)
    print(f"week {last_week(NOW)}: {n1:,} step records in the report (1 year), {n10:,} ({args.years} years)")
    ok = True
    for name, one, many in (("read and compute", b1, b10), ("write the workbook", w1, w10),
                            ("whole report", b1 + w1, b10 + w10)):
        ratio = many / one
        print(f"{name:20} 1 year {one * 1000:8.1f} ms  {args.years} years {many * 1000:8.1f} ms  ratio {ratio:5.2f}")
    ratio = (b10 + w10) / (b1 + w1)
    for target, passed in ((f"whole report at {args.years} years < 2 s", b10 + w10 < 2),
                           ("ratio <= 1.3", ratio <= 1.3)):
        ok &= passed
        print(f"target {target}: {'ok' if passed else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
