"""Weekly report benchmark: the report of week 2026-W46 (about 1,000 executions, 10,000 step
records) on a database with 1 and with 10 years of history, the history of `bench.executions`.

    python -m bench.weekly [--years 10] [--quick] [--folder DIR]

Times, medians of the repetitions with their range (fastest–slowest): reading and computing
(`build_weekly_report`), writing the workbook (`workbook_bytes`, in memory) and both. Targets
(issue 5), each printed PASS or FAIL: the whole report under 2 s at 10 years, and within 1.3x of
the 1-year time. ``--folder`` keeps the filled databases there and reuses them on the next run
(filling 10 years takes minutes and about 1 GB).
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


def measure(path: Path, reps: int) -> tuple[list[float], list[float], int]:
    """Seconds of each repetition to build the report and to write it; the number of step
    records in the report."""
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
        return build, write, len(report.lines)
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
    whole1, whole10 = [b + w for b, w in zip(b1, w1, strict=True)], [b + w for b, w in zip(b10, w10, strict=True)]
    for name, one, many in (("read and compute", b1, b10), ("write the workbook", w1, w10),
                            ("whole report", whole1, whole10)):
        ratio = statistics.median(many) / statistics.median(one)
        print(f"{name:20} 1 year {_ms(one)}  {args.years} years {_ms(many)}  ratio {ratio:5.2f}")
    whole, ratio = statistics.median(whole10), statistics.median(whole10) / statistics.median(whole1)
    ok = True
    for target, passed in ((f"whole report at {args.years} years < 2 s (median {whole:.2f} s)", whole < 2),
                           (f"{args.years} years within 1.3x of 1 year (ratio {ratio:.2f})", ratio <= 1.3)):
        ok &= passed
        print(f"{'PASS' if passed else 'FAIL'}  {target}")
    return 0 if ok else 1


def _ms(times: list[float]) -> str:
    """The median and the range of ``times`` (seconds) in milliseconds."""
    return f"{statistics.median(times) * 1000:7.1f} ms ({min(times) * 1000:.0f}–{max(times) * 1000:.0f})"


if __name__ == "__main__":
    raise SystemExit(main())
