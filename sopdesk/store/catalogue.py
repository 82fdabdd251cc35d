"""The catalogue read model: the latest revision of every SOP, as plain rows.

One summary query (`summary_sql`: key, title, number, unit, status, dates, step count; no step
read) serves both drivers: the SQLAlchemy repository (any database) and `read_sqlite_catalogue`,
which reads a SQLite file with the standard library alone so the window lists the SOPs before
SQLAlchemy and Alembic have even been imported (docs/product.md: "it opens in about a second";
issue 15: 5,000 SOPs open as fast as 14). The step texts the search also looks in come from a
second query (`step_texts_sql`), after the first paint. The quick read answers only for a file
marked as sopdesk's at the current schema (`SCHEMA_HEAD`), so it never reads a database that still
needs migrating or another program's file; the full open still checks and refuses what it must.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sopdesk.domain.status import Status
from sopdesk.store.errors import StoreError
from sopdesk.store.sqlite_file import APPLICATION_ID

SCHEMA_HEAD = "0008_format_v2"  # the newest Alembic revision; tests check it against migrations/

_SUMMARY_SQL = (
    "SELECT r.id, s.key, r.sop_number, r.title, r.unit_lines, r.status, r.number, r.revised_on, "
    "(SELECT count(*) FROM step st WHERE st.revision_id = r.id) "
    "FROM {revisions} JOIN sop s ON s.id = r.sop_id{where}"
)
_STEP_TEXTS_SQL = (
    "SELECT st.revision_id, {concat}(st.activity, '\n') FROM {revisions} JOIN step st ON st.revision_id = r.id"
    "{where} GROUP BY st.revision_id"
)
# the latest revision of every SOP: one pass over the (sop_id, number) index, then one lookup each
_LATEST = {"revisions": "(SELECT sop_id, max(number) AS newest FROM revision GROUP BY sop_id) latest "
                        "JOIN revision r ON r.sop_id = latest.sop_id AND r.number = latest.newest", "where": ""}
# the revision in force of every SOP that has one: what the SOP book prints
_APPROVED = {"revisions": "revision r", "where": " WHERE r.status = 'approved'"}
_CONCAT = {"sqlite": "group_concat", "postgresql": "string_agg"}


def summary_sql(approved: bool = False) -> str:
    """The catalogue's rows in one query, no step read but their count: the latest revision of
    every SOP (``approved``: the approved one of every SOP that has one). Any dialect."""
    return _SUMMARY_SQL.format(**(_APPROVED if approved else _LATEST))


def first_ids_sql(keys: Sequence[str], descending: bool, exact: str | None) -> str:
    """The revision ids of `summary_sql`'s rows to order a first page from, in one pass over the
    revisions: the first ``?`` (the last parameter) of those meeting ``exact`` (a condition over
    ``r``; None: all) ordered by ``keys`` (expressions over ``r``), then every row not meeting it."""
    direction = " DESC" if descending else ""
    columns = ", ".join(f"{key} AS k{i}" for i, key in enumerate(keys))
    order = ", ".join(f"k{i}{direction}" for i in range(len(keys)))
    return (f"WITH k AS MATERIALIZED (SELECT r.id AS id, {columns}, {exact or 1} AS exact "
            f"FROM {_LATEST['revisions']}) "
            f"SELECT id FROM (SELECT id FROM k WHERE exact ORDER BY {order} LIMIT ?) "
            "UNION ALL SELECT id FROM k WHERE NOT exact")


def rows_sql() -> str:
    """`summary_sql`'s columns for the revision ids given as one JSON list parameter, in no set order."""
    return _SUMMARY_SQL.format(revisions="revision r", where=" WHERE r.id IN (SELECT value FROM json_each(?))")


def step_texts_sql(dialect: str, approved: bool = False) -> str:
    """(revision id, its Kegiatan texts joined by newlines, in no set order: they are only searched)
    for the revisions of `summary_sql`. ``dialect`` is SQLAlchemy's name (``sqlite``,
    ``postgresql``); raises `KeyError` for another."""
    return _STEP_TEXTS_SQL.format(concat=_CONCAT[dialect], **(_APPROVED if approved else _LATEST))


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


def build_entries(rows: Iterable[Sequence[Any]], step_texts: Mapping[int, str] | None = None,
                  ordered: bool = True) -> list[CatalogueEntry]:
    """Entries from the rows of `summary_sql`, by unit then title (``ordered``; else in the rows'
    order); ``search_text`` holds the step texts of ``step_texts`` (rows of `step_texts_sql` as a
    dict), or none (`with_step_texts` adds them later)."""
    texts = step_texts or {}
    entries = [_entry(row, texts) for row in rows]
    return sorted(entries, key=lambda e: (e.unit.casefold(), e.title.casefold())) if ordered else entries


def _entry(row: Sequence[Any], texts: Mapping[int, str]) -> CatalogueEntry:
    rev_id, key, number, title, unit_lines, status, rev_number, revised_on, step_count = row
    lines = _unit_lines(unit_lines) if isinstance(unit_lines, str) else tuple(unit_lines or ())
    entry = CatalogueEntry(rev_id, key, number, title, lines[-1] if lines else "", _STATUS[status], rev_number,
                           int(step_count), "\n".join([title, number, *lines]).casefold(), _date(revised_on))
    return with_step_texts(entry, texts) if texts else entry


@lru_cache(maxsize=4096)
def _unit_lines(text: str) -> tuple[str, ...]:
    """The unit lines stored as JSON text (SQLite), read once per distinct text: an office has far
    fewer units than SOPs (5,000 generated SOPs: 671), and `json.loads` was half of building the rows."""
    return tuple(json.loads(text))


def with_step_texts(entry: CatalogueEntry, step_texts: Mapping[int, str]) -> CatalogueEntry:
    """``entry`` whose ``search_text`` also holds its step texts from ``step_texts`` (by revision id)."""
    text = step_texts.get(entry.revision_id)
    return replace(entry, search_text=f"{entry.search_text}\n{text.casefold()}") if text else entry


_STATUS = {status.value: status for status in Status}


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def read_sqlite_catalogue(path: Path) -> list[CatalogueEntry] | None:
    """The catalogue of the SQLite file ``path`` if it is a sopdesk database (its ``application_id``
    mark) at the current schema, else None (the full open then decides: migrate, mark, or refuse).
    The entries come in no set order, and their ``search_text`` holds no step text yet (`with_step_texts`).

    Raises `StoreError` if the file exists but cannot be read (locked past the timeout, damaged).
    """
    con = open_sqlite_catalogue(path)
    if con is None:
        return None
    try:
        return read_all(con)
    finally:
        con.close()


def read_all(con: sqlite3.Connection) -> list[CatalogueEntry]:
    """Every row of the catalogue through ``con`` (`open_sqlite_catalogue`), in no set order (the
    catalogue model sorts). Raises `StoreError` when the file cannot be read."""
    try:
        return build_entries(con.execute(summary_sql()), ordered=False)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data tidak dapat dibaca: {exc}") from exc


def open_sqlite_catalogue(path: Path) -> sqlite3.Connection | None:
    """A read-only standard-library connection to ``path`` if it is a sopdesk database at the
    current schema (see `read_sqlite_catalogue`), else None; the caller closes it.

    Raises `StoreError` if the file exists but cannot be read (locked past the timeout, damaged).
    """
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        if _is_current(con):
            return con
    except sqlite3.DatabaseError as exc:
        con.close()
        raise StoreError(f"Basis data tidak dapat dibaca: {exc}") from exc
    con.close()
    return None


def _is_current(con: sqlite3.Connection) -> bool:
    con.execute("PRAGMA query_only = ON")
    if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:  # read through the -wal too
        return False
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return False
    version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return version is not None and version[0] == SCHEMA_HEAD
