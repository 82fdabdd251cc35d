"""sopdesk benchmarks, each reported against a baseline measured in the same run.

    python -m bench            # all, with the targets of the issues; exit 1 if one is missed
    python -m bench --quick    # fewer repetitions

Targets (issue "sopdesk, first release"):
- start to catalogue shown: at most 2.5x a bare QApplication + QMainWindow started the same way;
- the 14 sample sheets exported in one process: under 0.5 s;
- layout of a 200-step SOP: under 50 ms (reported with the routing's share of it).
Each whole-process measurement runs both sides alternately in fresh interpreters and takes
the median, so the shared machine's noise falls on both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "bench") + os.pathsep + str(ROOT))


def _child(*args: str) -> float:
    out = subprocess.run([sys.executable, "-m", "bench.startup_child", *args], capture_output=True, text=True,
                         env=ENV, cwd=ROOT, check=True, timeout=120)
    return float(out.stdout.strip().splitlines()[-1])


def bench_startup(reps: int) -> tuple[float, float]:
    from sopdesk.store.database import open_database

    db_path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    open_database(db_path).close()  # an ordinary start, not the first one
    _child("bare"), _child("sopdesk", str(db_path))  # warm the disk cache
    bare, ours = [], []
    for _ in range(reps):
        bare.append(_child("bare"))
        ours.append(_child("sopdesk", str(db_path)))
    return statistics.median(ours), statistics.median(bare)


def _best(fn: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_export(reps: int) -> tuple[float, float]:
    """Median wall time of exporting all 14 sheets in a fresh process, and a reportlab baseline
    (the same number of pages of plain text) in a fresh process."""
    code_ours = (
        "import time, tempfile, pathlib\n"
        "from sopdesk.io.exchange import load_sop_dir\nfrom sopdesk.resources import sample_data_dir\n"
        "from sopdesk.io.export import export_sheets\n"
        "sops = load_sop_dir(sample_data_dir())\nout = pathlib.Path(tempfile.mkdtemp())\n"
        "t = time.perf_counter()\nexport_sheets([lambda s=s: s for s in sops], out)\n"
        "print(time.perf_counter() - t)\n"
    )
    code_base = (
        "import time, tempfile, pathlib\nfrom reportlab.pdfgen.canvas import Canvas\n"
        "out = pathlib.Path(tempfile.mkdtemp())\nt = time.perf_counter()\n"
        "for k in range(14):\n"
        "    c = Canvas(str(out / f'{k}.pdf'))\n"
        "    for p in range(3):\n"
        "        for line in range(60): c.drawString(40, 800 - 12 * line, 'Kegiatan %d baris %d' % (p, line))\n"
        "        c.showPage()\n"
        "    c.save()\n"
        "print(time.perf_counter() - t)\n"
    )
    ours, base = [], []
    for _ in range(reps):
        for code, sink in ((code_ours, ours), (code_base, base)):
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT,
                                 check=True)
            sink.append(float(run.stdout.strip()))
    return statistics.median(ours), statistics.median(base)


def bench_layout(reps: int) -> tuple[float, float, float]:
    """Layout of fresh 200-step SOPs (new words each time, so no warm metric cache), and a
    baseline: writing the same SOP in the exchange format. Returns (layout s, baseline s,
    routing's share of the layout time)."""
    sys.path.insert(0, str(ROOT))
    from sopdesk.io.exchange import dump_sop
    from sopdesk.layout import flowchart
    from sopdesk.layout.fonts import text_width
    from tests.generated import generated_sop

    routing = _RoutingClock(flowchart)
    sops = [generated_sop(200, seed) for seed in range(reps + 1)]
    flowchart.layout_flowchart(sops[0])
    ours, base, routed = [], [], []
    for sop in sops[1:]:
        text_width.cache_clear()
        routing.spent = 0.0
        t = time.perf_counter()
        flowchart.layout_flowchart(sop)
        ours.append(time.perf_counter() - t)
        routed.append(routing.spent / ours[-1])
        base.append(_best(lambda sop=sop: dump_sop(sop), 3))
    routing.restore()
    return statistics.median(ours), statistics.median(base), statistics.median(routed)


class _RoutingClock:
    """Times `Router.route` inside the layout (the flowchart module's Router, swapped in place)."""

    def __init__(self, module: Any) -> None:
        self.module, self.router, self.spent = module, module.Router, 0.0
        clock = self

        class TimedRouter(module.Router):  # type: ignore[name-defined, misc]
            def route(self) -> None:
                t = time.perf_counter()
                super().route()
                clock.spent += time.perf_counter() - t

        module.Router = TimedRouter

    def restore(self) -> None:
        self.module.Router = self.router


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    reps = 3 if args.quick else 7
    rows = []
    ours, bare = bench_startup(reps)
    rows.append(("start to catalogue shown", ours, bare, "bare QMainWindow", ours / bare <= 2.5, "ratio <= 2.5"))
    ours, base = bench_export(reps)
    rows.append(("14 sheets exported (one process)", ours, base, "reportlab 42 text pages", ours < 0.5, "< 0.5 s"))
    ours, base, routed = bench_layout(reps)
    rows.append(("layout of a 200-step SOP", ours, base, "dump_sop of it", ours < 0.05, "< 50 ms"))
    print(f"{'benchmark':36} {'sopdesk':>10} {'baseline':>10} {'ratio':>7}  {'baseline is':24} target")
    ok = True
    for name, value, baseline, what, passed, target in rows:
        ok &= passed
        flag = "ok" if passed else "MISSED"
        print(f"{name:36} {value * 1000:8.1f}ms {baseline * 1000:8.1f}ms {value / baseline:6.2f}x  {what:24} "
              f"{target} {flag}")
    print(f"routing: {routed:.0%} of the 200-step layout time (median)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
