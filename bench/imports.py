"""Import benchmark: the whole corpus (``../shared/corpus``) read and recognised, then stored
in a fresh database, file by file (issue 15, "bench/ reports importing the whole corpus").

    python -m bench.imports [--corpus DIR] [--reps 1]

Prints, per file, the seconds to read and recognise it (the median of the repetitions) and
what it gave; then the files per second for the whole folder, reading only and with storing
(`sopdesk.io.importers.run.import_paths`, one transaction per file, the source kept).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sopdesk.io.importers.errors import ImportFileError  # noqa: E402
from sopdesk.io.importers.files import collect  # noqa: E402
from sopdesk.io.importers.run import import_paths, read_drafts  # noqa: E402
from sopdesk.store.database import open_database  # noqa: E402


def _read(path: Path) -> str:
    try:
        drafts = read_drafts(path)
    except ImportFileError as exc:
        return f"ditolak: {exc.reason}"
    return f"{len(drafts)} SOP, {sum(len(d.sop.steps) for d in drafts)} langkah"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when the corpus is there."""
    parser = argparse.ArgumentParser(prog="python -m bench.imports")
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--reps", type=int, default=1)
    args = parser.parse_args(argv)
    files = collect([Path(args.corpus)])
    if not files:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    total = 0.0
    for path in files:
        times, said = [], ""
        for _ in range(args.reps):
            start = time.perf_counter()
            said = _read(path)
            times.append(time.perf_counter() - start)
        total += statistics.median(times)
        print(f"{path.name[:50]:50s} {statistics.median(times):6.2f} s  {said}")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3", seed=False)
        try:
            start = time.perf_counter()
            import_paths(db, files)
            stored = time.perf_counter() - start
        finally:
            db.close()
    print(f"read and recognise: {len(files)} files in {total:.1f} s = {len(files) / total:.2f} files/s")
    print(f"with storing:       {len(files)} files in {stored:.1f} s = {len(files) / stored:.2f} files/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
