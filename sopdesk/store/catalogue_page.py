"""The catalogue of a SQLite file read in two parts (issue 15): first the rows a screen shows, in
the catalogue's order, and the number of SOPs; then the rest. Both from one snapshot (one read
transaction), so the rest never repeats or misses a row of the first part.

Standard library only (no SQLAlchemy): `sopdesk.ui.early_catalogue` runs it before the store loads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sopdesk.store.catalogue import CatalogueEntry, build_entries, latest_ids_sql, read_all, rows_sql
from sopdesk.store.catalogue_order import add_functions, order_by_sql, order_parameters, sort_key
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
        add_functions(con)
        sql = latest_ids_sql(order_by_sql(column, descending))
        ids = [row[0] for row in con.execute(sql, (*order_parameters(column, today), limit))]
        by_id = {e.revision_id: e for e in build_entries(con.execute(rows_sql(len(ids)), ids), ordered=False)}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data tidak dapat dibaca: {exc}") from exc
    return FirstPage([by_id[i] for i in ids], total, order)
