"""The catalogue of a SQLite file read in two parts (issue 15): first the rows a screen shows, in
the catalogue's order, and the number of SOPs; then the rest. Both from one snapshot (one read
transaction), so the rest never repeats or misses a row of the first part.

Standard library only (no SQLAlchemy): `sopdesk.ui.early_catalogue` runs it before the store loads.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from sopdesk.store.catalogue import (
    CatalogueEntry,
    build_entries,
    first_ids_sql,
    read_all,
    rows_sql,
)
from sopdesk.store.catalogue_order import OrderSql, order_sql, sort_key
from sopdesk.store.errors import StoreError

FIRST_ROWS = 100
"""Rows read before the first paint: more than a maximised window at 1366×768 shows (~30)."""


@dataclass(frozen=True)
class FirstPage:
    """The first rows of the catalogue: ``entries`` in ``order`` ((column, descending), see
    `sopdesk.store.catalogue_order`), and ``total``, the number of SOPs in the catalogue."""

    entries: list[CatalogueEntry]
    total: int
    order: tuple[int, bool]

    @property
    def complete(self) -> bool:
        """True when ``entries`` is the whole catalogue."""
        return len(self.entries) >= self.total


def read_first_page(con: sqlite3.Connection, order: tuple[int, bool], today: dt.date,
                    limit: int = FIRST_ROWS) -> FirstPage:
    """The first ``limit`` rows in ``order`` through ``con`` (`open_sqlite_catalogue`; call it inside
    a read transaction to read the rest from the same snapshot). A catalogue of at most ``limit``
    SOPs is read whole. Raises `StoreError` when the file cannot be read."""
    column, descending = order
    try:
        total = con.execute("SELECT count(DISTINCT sop_id) FROM revision").fetchone()[0]
        if total <= limit:
            entries = sorted(read_all(con), key=sort_key(column, today), reverse=descending)
            return FirstPage(entries, len(entries), order)
        entries = _candidates(con, order_sql(column, descending, today), limit)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data tidak dapat dibaca: {exc}") from exc
    return FirstPage(sorted(entries, key=sort_key(column, today), reverse=descending)[:limit], total, order)


def _candidates(con: sqlite3.Connection, spec: OrderSql, limit: int) -> list[CatalogueEntry]:
    """The first ``limit`` rows by SQL among those it orders exactly, and every other row."""
    sql = first_ids_sql(spec.keys, spec.descending, spec.exact)
    ids = [row[0] for row in con.execute(sql, (*spec.parameters, limit))]
    return build_entries(con.execute(rows_sql(), (json.dumps(ids),)), ordered=False)
