"""Child process of the crash test: writes SOPs one transaction at a time, forever.

After each commit it prints the number it committed and flushes, so the parent knows which
transactions were reported committed when it kills this process.
    python tests/crash_writer.py DB_PATH START
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.store.audit import Actor
from sopdesk.store.database import open_database
from tests.generated import generated_sop

STEPS = 12


def main() -> None:
    db = open_database(Path(sys.argv[1]), seed=False)
    n = int(sys.argv[2])
    template = generated_sop(STEPS, 7, 4)
    print("ready", flush=True)
    while True:
        db.sops.add_all([dataclasses.replace(template, id=f"crash-{n}")], Actor("crash", "tes"), "import")
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main()
