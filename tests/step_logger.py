"""Child of the concurrency tests: logs N steps (start and finish) of the Lamandau E-SAKIP SOP,
starting a new execution whenever one ends; prints "ok N" at the end, or the error.

    python tests/step_logger.py TARGET NAME N

`StepLogger` is the same loop, one step at a time, for the other writers (`soak_writer.py`).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.domain import execution as ex
from sopdesk.store.audit import Actor
from sopdesk.store.database import Database, open_database

KEY = "lamandau-pengisian-e-sakip"
NOW = dt.datetime(2030, 1, 1)


class StepLogger:
    """Logs the steps of executions of `KEY` as ``name``, a minute apart, as the Pelaksanaan view
    does: read the execution, log the start of its next step, then its finish."""

    def __init__(self, db: Database, name: str) -> None:
        self.db, self.name, self.actor = db, name, Actor(name, name)
        revision = db.sops.find_by_key(KEY)
        assert revision is not None
        self.revision, self.at, self.started = revision, dt.datetime(2025, 1, 6, 8), 0
        self.execution, self.exit_label = self._start(), ""

    def _start(self) -> int:
        self.started += 1
        return self.db.executions.start(self.revision, f"{self.name} {self.started}", "", self.name, self.at, NOW,
                                        actor=self.actor)

    def log_start(self) -> None:
        """Log the start of the next step (a new execution first when the last one ended)."""
        execution, sop = self.db.executions.load(self.execution)
        step = ex.next_step(sop, execution)
        if step is None:
            self.execution, step = self._start(), 0
        exits = sop.steps[step].exits
        self.exit_label = exits[0].label if exits else ""
        self.at += dt.timedelta(minutes=1)
        self.db.executions.start_step(self.execution, step, self.at, self.name, NOW, actor=self.actor)

    def log_finish(self) -> None:
        """Log the finish of the step started last, taking its first exit at a decision."""
        self.at += dt.timedelta(minutes=1)
        self.db.executions.finish_step(self.execution, self.at, NOW, exit_label=self.exit_label, actor=self.actor)


def main() -> None:
    target, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = open_database(target, seed=False)
    logger = StepLogger(db, name)
    for _ in range(count):
        logger.log_start()
        logger.log_finish()
    db.close()
    print(f"ok {count}", flush=True)


if __name__ == "__main__":
    main()
