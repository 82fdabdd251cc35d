"""Child of the two-writers soak test: writes through the real write paths until SECONDS have
passed, alternating a logged step (its start, then its finish) and a save of its own draft of
SOP KEY, printing for each write "ok step K", "ok draft K TITLE" or "busy KIND K MESSAGE".

    python tests/soak_writer.py DB_PATH NAME KEY SECONDS
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.store.database import open_database
from sopdesk.store.errors import DatabaseBusyError
from tests.step_logger import StepLogger


def main() -> None:
    db_path, name, key, seconds = Path(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])
    db = open_database(db_path, seed=False)
    logger = StepLogger(db, name)
    base = db.sops.find_by_key(key)
    assert base is not None
    draft = db.sops.start_draft(base, logger.actor)
    sop = db.sops.load(draft)
    deadline, k = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        writes = (("step", logger.log_start), ("step", logger.log_finish),
                  ("draft", lambda title=f"{sop.title} [{name} {k}]": db.sops.save_draft(
                      draft, dataclasses.replace(sop, title=title), logger.actor)))
        for kind, write in writes:
            try:
                write()
                print(f"ok {kind} {k}", flush=True)
            except DatabaseBusyError as exc:
                print(f"busy {kind} {k} {exc}", flush=True)
        k += 1
    db.close()


if __name__ == "__main__":
    main()
