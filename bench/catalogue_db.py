"""Big catalogues for the start-up benchmark: copies of the 14 samples with varied titles, units and
numbers, one to three revisions each (older ones superseded; the newest approved, or a draft over
an approved one), written through the store's own rows and audit log like an import.

    python -m bench.catalogue_db 5000 /tmp/catalogue-5000.sqlite3
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from sopdesk.domain.model import Sop, Status
from sopdesk.io.exchange import load_sop_files
from sopdesk.resources import sample_files
from sopdesk.store import audit
from sopdesk.store.database import open_database
from sopdesk.store.models import RevisionRow, SopRow
from sopdesk.store.repository import _revision_row
from sopdesk.store.transaction import write_transaction

VERSION = 1  # bump when the generated content changes, so cached files are made again
BATCH = 500
REGIONS = ("KABUPATEN BALANGAN", "KABUPATEN BARITO KUALA", "KOTA BANJARBARU", "KABUPATEN TAPIN",
           "KABUPATEN PRINGSEWU", "PROVINSI BANTEN", "KABUPATEN HULU SUNGAI TENGAH", "KOTA PALANGKA RAYA")
OFFICES = ("SEKRETARIAT DAERAH", "DINAS KESEHATAN", "DINAS PENDIDIKAN", "BADAN KEPEGAWAIAN DAERAH",
           "DINAS PEKERJAAN UMUM", "INSPEKTORAT", "BAPPEDA", "DINAS SOSIAL", "DINAS PERHUBUNGAN",
           "BADAN KEUANGAN DAERAH", "DINAS KOMUNIKASI DAN INFORMATIKA", "SATUAN POLISI PAMONG PRAJA")
PARTS = ("BAGIAN ORGANISASI", "BAGIAN UMUM", "SUBBAGIAN PERENCANAAN", "SUBBAGIAN KEUANGAN", "BIDANG PELAYANAN",
         "SEKRETARIAT", "BIDANG PENGENDALIAN")
PREFIXES = ("", "Tata Cara ", "Prosedur ", "Pelaksanaan ", "Penyelenggaraan ")
SUFFIXES = ("", " Tahunan", " Triwulanan", " Pada Unit Kerja", " Secara Elektronik", " Bulanan")


def cached_catalogue(count: int) -> Path:
    """A database of ``count`` SOPs in the temporary folder, made once and reused (by ``VERSION``)."""
    path = Path(tempfile.gettempdir()) / f"sopdesk-bench-catalogue-v{VERSION}-{count}.sqlite3"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        for stale in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
            stale.unlink(missing_ok=True)
        make_catalogue(part, count)
        part.replace(path)
    return path


def make_catalogue(path: Path, count: int, seed: int = 15) -> None:
    """Write a new database at ``path`` holding ``count`` SOPs (the samples' variants), ``BATCH`` per
    transaction."""
    samples = load_sop_files(sample_files())
    rng = random.Random(seed)
    db = open_database(path, seed=False)
    try:
        for start in range(0, count, BATCH):
            with write_transaction(db.sessions) as session:
                for i in range(start, min(count, start + BATCH)):
                    _add(session, _variant(samples[i % len(samples)], i, rng), rng.choice((1, 1, 2, 2, 3)),
                         rng.random() < 0.2)
    finally:
        db.close()


def _variant(base: Sop, i: int, rng: random.Random) -> Sop:
    unit = (f"PEMERINTAH {rng.choice(REGIONS)}", rng.choice(OFFICES), rng.choice(PARTS))
    title = f"{rng.choice(PREFIXES)}{base.title}{rng.choice(SUFFIXES)}"
    code = rng.choice(("800", "060", "065", "900"))
    number = f"{code}/{i + 1:04d}/{rng.choice(('ORG', 'UM', 'KEU', 'PEG'))}/20{rng.randint(18, 26)}"
    return replace(base, id=f"{base.id}-{i:05d}", title=title, unit=unit, number=number)


def _add(session: object, sop: Sop, revisions: int, draft_on_top: bool) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    sop_row = SopRow(key=sop.id)
    rows: list[RevisionRow] = []
    for number in range(1, revisions + 1):
        text = sop if number == revisions else replace(sop, title=f"{sop.title} (revisi {number})")
        row = _revision_row(replace(text, revision=number, status=Status.DRAFT))
        sop_row.revisions.append(row)
        rows.append(row)
    session.add(sop_row)
    session.flush()
    for row in rows[:-1]:
        row.status = Status.SUPERSEDED.value
    rows[-1].status = Status.DRAFT.value if draft_on_top and revisions > 1 else Status.APPROVED.value
    if rows[-1].status == Status.DRAFT.value:
        rows[-2].status = Status.APPROVED.value
    session.flush()
    audit.append(session, audit.Actor(app_user="bench"), "import", sop.id, {"revision": revisions})


if __name__ == "__main__":
    make_catalogue(Path(sys.argv[2]), int(sys.argv[1]))
