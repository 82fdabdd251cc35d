"""The catalogue read model: the latest revision of every SOP, as plain rows.

One SQL text serves both drivers: the SQLAlchemy repository (any database) and
`read_sqlite_catalogue`, which reads a SQLite file with the standard library alone so the
window can list the SOPs before SQLAlchemy and Alembic have even been imported
(docs/product.md: "it opens in about a second"). It answers only when the file's schema is the
current one (`SCHEMA_HEAD`), so it never reads a database that still needs migrating.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopdesk.domain.model import Status
from sopdesk.store.errors import StoreError

SCHEMA_HEAD = "0008_format_v2"  # the newest Alembic revision; tests check it against migrations/

LATEST_REVISIONS_SQL = (
    "SELECT r.id, s.key, r.sop_number, r.title, r.unit_lines, r.status, r.number, r.revised_on "
    "FROM revision r JOIN sop s ON s.id = r.sop_id "
    "WHERE r.number = (SELECT max(r2.number) FROM revision r2 WHERE r2.sop_id = r.sop_id)"
)
# the approved revision (in force) of every SOP that has one: what the SOP book prints
APPROVED_REVISIONS_SQL = (
    "SELECT r.id, s.key, r.sop_number, r.title, r.unit_lines, r.status, r.number, r.revised_on "
    "FROM revision r JOIN sop s ON s.id = r.sop_id WHERE r.status = 'approved'"
)
STEP_TEXTS_SQL = "SELECT revision_id, activity FROM step ORDER BY revision_id, position"


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One line of the catalogue: the latest revision of an SOP.

    ``search_text`` is the case-folded name, number, unit lines and step texts (Kegiatan);
    ``review_on`` is Tanggal Revisi, read as the planned review date (docs/product.md).
    """

    revision_id: int
    key: str
    number: str
    title: str
    unit: str
    status: Status
    revision: int
    step_count: int
    search_text: str
    review_on: dt.date | None = None

    def review_overdue(self, today: dt.date) -> bool:
        """True when the planned review date (Tanggal Revisi) has passed."""
        return self.review_on is not None and self.review_on < today


def build_entries(revisions: Iterable[Sequence[Any]], steps: Iterable[Sequence[Any]]) -> list[CatalogueEntry]:
    """Entries from the rows of `LATEST_REVISIONS_SQL` and `STEP_TEXTS_SQL`, by unit then title."""
    texts: dict[int, list[str]] = {}
    for revision_id, activity in steps:
        texts.setdefault(revision_id, []).append(activity)
    entries = []
    for rev_id, key, number, title, unit_lines, status, rev_number, revised_on in revisions:
        lines = json.loads(unit_lines) if isinstance(unit_lines, str) else list(unit_lines or [])
        activities = texts.get(rev_id, [])
        search = "\n".join([title, number, *lines, *activities]).casefold()
        entries.append(CatalogueEntry(rev_id, key, number, title, lines[-1] if lines else "", Status(status),
                                      rev_number, len(activities), search, _date(revised_on)))
    return sorted(entries, key=lambda e: (e.unit.casefold(), e.title.casefold()))


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def read_sqlite_catalogue(path: Path) -> list[CatalogueEntry] | None:
    """The catalogue of the SQLite file ``path`` if it exists at the current schema, else None.

    Raises `StoreError` if the file exists but cannot be read (locked past the timeout, damaged).
    """
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        con.execute("PRAGMA query_only = ON")
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != SCHEMA_HEAD:
            return None
        return build_entries(con.execute(LATEST_REVISIONS_SQL), con.execute(STEP_TEXTS_SQL))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data tidak dapat dibaca: {exc}") from exc
    finally:
        con.close()
