"""Child of the first-start test: imports everything, prints "ready", waits for a line on stdin,
then opens (migrating and seeding) the database and prints "ok", or the error.

    python tests/first_starter.py TARGET
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sopdesk.store.database import open_database


def main() -> None:
    print("ready", flush=True)
    sys.stdin.readline()
    open_database(sys.argv[1]).close()
    print("ok", flush=True)


if __name__ == "__main__":
    main()
