"""Several workstations logging at once, on both stores (issue 11): 4 processes × `STEPS` logged
steps → every record present, the audit chain one line and verified, no error in any process.

`STEPS` is the issue's 500: 2,000 logged steps, each a read and two write transactions (start,
finish), 4,000 writes in all. A logged step is a few statements in one transaction (the execution
with its records in one query, the revision from `sopdesk.store.revision_cache`); SQLite's
writers ask for the write lock every few milliseconds (`sopdesk.store.locks.begin_sqlite_write`)
so none waits past the busy timeout while three others keep writing. Without the audit lock the
chain forks within the first few dozen concurrent writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from sopdesk.store.check import check_database
from sopdesk.store.database import open_database

LOGGER = Path(__file__).with_name("step_logger.py")
PROCESSES, STEPS = 4, 500


def test_four_processes_log_steps_at_once(store_target: str | Path) -> None:
    open_database(store_target).close()  # migrated and seeded once, before the writers start
    procs = [subprocess.Popen([sys.executable, str(LOGGER), str(store_target), f"staf{k}", str(STEPS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(PROCESSES)]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and out.strip() == f"ok {STEPS}", err[-3000:]
    db = open_database(store_target, seed=False)
    try:
        with db.engine.connect() as conn:
            records = conn.execute(text("SELECT count(*) FROM step_record")).scalar()
            links = conn.execute(text("SELECT count(*), count(DISTINCT prev_hash) FROM audit")).one()
        assert records == PROCESSES * STEPS
        assert links[0] == links[1], "two entries follow the same one: the chain forked"
        report = check_database(db.engine, db.sops)
        assert report.ok, report.lines()[:10]
    finally:
        db.close()
