"""Child of the two-windows test: N writes, printing "ok K" or "busy K" for each.

Each write is an audit entry (a transaction that reads the last hash before it writes: the case
a deferred BEGIN refuses at once) and then a new SOP.

    python tests/concurrent_writer.py DB_PATH NAME N
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.store.audit import Actor
from sopdesk.store.database import open_database
from sopdesk.store.errors import DatabaseBusyError
from tests.generated import generated_sop


def main() -> None:
    db_path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    db = open_database(db_path, seed=False)
    template = generated_sop(10, 3, 3)
    for k in range(count):
        try:
            db.sops.record("catatan", f"{name}-{k}", {"k": k}, Actor(name, name))
            db.sops.add_all([dataclasses.replace(template, id=f"{name}-{k}")], Actor(name, name))
            print(f"ok {k}", flush=True)
        except DatabaseBusyError as exc:
            print(f"busy {k} {exc}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
