"""Child of the concurrency test: logs N steps (start and finish) of the Lamandau E-SAKIP SOP,
starting a new execution whenever one ends; prints "ok N" at the end, or the error.

    python tests/step_logger.py TARGET NAME N
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.domain import execution as ex
from sopdesk.store.audit import Actor
from sopdesk.store.database import open_database

KEY = "lamandau-pengisian-e-sakip"
NOW = dt.datetime(2030, 1, 1)


def main() -> None:
    target, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = open_database(target, seed=False)
    actor = Actor(name, name)
    revision = db.sops.find_by_key(KEY)
    assert revision is not None
    at = dt.datetime(2025, 1, 6, 8)
    eid = db.executions.start(revision, f"{name} 0", "", name, at, NOW, actor=actor)
    for n in range(count):
        execution, sop = db.executions.load(eid)
        step = ex.next_step(sop, execution)
        if step is None:
            eid = db.executions.start(revision, f"{name} {n}", "", name, at, NOW, actor=actor)
            step = 0
        exits = sop.steps[step].exits
        at += dt.timedelta(minutes=1)
        db.executions.start_step(eid, step, at, name, NOW, actor=actor)
        at += dt.timedelta(minutes=1)
        db.executions.finish_step(eid, at, NOW, exit_label=exits[0].label if exits else "", actor=actor)
    db.close()
    print(f"ok {count}", flush=True)


if __name__ == "__main__":
    main()
