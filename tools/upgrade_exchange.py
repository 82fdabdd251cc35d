"""Rewrite exchange files in the current format version, from the checkout:
``PYTHONPATH=. python tools/upgrade_exchange.py FILE...``.

Each file is loaded (a version-1 file is upgraded on read) and written back with `dump_sop`; a file
is only replaced when its content hash is the same before and after (it always is: the upgrade
adds nothing but defaults), else the tool stops with exit code 1 and changes nothing more.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sopdesk.domain.canonical import content_hash
from sopdesk.io.exchange import dump_sop, load_sop_file, sop_from_dict
from sopdesk.io.files import atomic_write_bytes


def upgrade(path: Path) -> bool:
    """Rewrite ``path`` in the current version; False (nothing written) if the hash would change."""
    sop = load_sop_file(path)
    text = dump_sop(sop)
    again = sop_from_dict(json.loads(text), path.name)
    if content_hash(again) != content_hash(sop) or again != sop:
        print(f"{path}: the content would change; left as it is")
        return False
    atomic_write_bytes(path, text.encode("utf-8"))
    print(f"{path}: {content_hash(sop)[:12]}")
    return True


def main(argv: list[str]) -> int:
    return 0 if all(upgrade(Path(a)) for a in argv) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
