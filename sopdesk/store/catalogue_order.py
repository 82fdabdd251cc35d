"""The catalogue's order, defined once for the table model and for SQL (issue 15).

The catalogue lists its first screenful with an SQL ``ORDER BY ... LIMIT`` before the rest is read,
so the rows SQL picks must be exactly the model's first rows: each column's key here is computed by
the same Python functions on both sides (registered in SQLite with `add_functions`), and every key
ends with the revision id, so no two rows tie and a descending order is exactly the ascending one
reversed (as `sorted(..., reverse=True)` gives it).

Columns (`SORT_COLUMNS`): Nama SOP, Nomor ("—" when empty), Unit (the kop's last line), Status (in
lifecycle order, a passed review date after the others of its status), Rev., Langkah; the texts
case-folded (`str.casefold`, also for non-ASCII titles).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry, unit_of

SORT_COLUMNS = ("title", "number", "unit", "status", "revision", "steps")
DEFAULT_ORDER = (0, False)
"""(column index in `SORT_COLUMNS`, descending): Nama SOP, A to Z."""

_STATUS_RANK = {status: rank for rank, status in enumerate(Status)}
_STEP_COUNT = "(SELECT count(*) FROM step st WHERE st.revision_id = r.id)"


def fold(text: str | None) -> str:
    """A text as it sorts: case-folded (None as empty)."""
    return (text or "").casefold()


def number_key(number: str | None) -> str:
    """The Nomor as it sorts: the text shown ("—" when empty), case-folded."""
    return (number or "—").casefold()


def unit_key(unit_lines: str | None) -> str:
    """The Unit of stored unit lines (JSON text) as it sorts: the last line, case-folded."""
    return unit_of(unit_lines).casefold()


def sort_key(column: int, today: dt.date) -> Callable[[CatalogueEntry], tuple[Any, ...]]:
    """The key ordering entries by ``column`` (an index in `SORT_COLUMNS`); ``today`` decides which
    review dates have passed (Status). Raises `IndexError` for another column."""
    name = SORT_COLUMNS[column]
    keys: dict[str, Callable[[CatalogueEntry], tuple[Any, ...]]] = {
        "title": lambda e: (fold(e.title), e.revision_id),
        "number": lambda e: (number_key(e.number), e.revision_id),
        "unit": lambda e: (fold(e.unit), e.revision_id),
        "status": lambda e: (_STATUS_RANK[e.status], e.review_overdue(today), e.revision_id),
        "revision": lambda e: (e.revision, e.revision_id),
        "steps": lambda e: (e.step_count, e.revision_id),
    }
    return keys[name]


def order_by_sql(column: int, descending: bool) -> str:
    """The ``ORDER BY`` terms (without the keywords) giving `sort_key`'s order over the summary
    query's ``r`` (revision); the Status terms take the date of today as their one ``?`` parameter
    (ISO text). Needs `add_functions` on the connection. Raises `IndexError` for another column."""
    status_rank = " ".join(f"WHEN '{s.value}' THEN {rank}" for s, rank in _STATUS_RANK.items())
    terms = {
        "title": ["sopdesk_fold(r.title)"],
        "number": ["sopdesk_number(r.sop_number)"],
        "unit": ["sopdesk_unit(r.unit_lines)"],
        "status": [f"CASE r.status {status_rank} END",
                   "(r.revised_on IS NOT NULL AND substr(r.revised_on, 1, 10) < ?)"],
        "revision": ["r.number"],
        "steps": [_STEP_COUNT],
    }[SORT_COLUMNS[column]]
    direction = " DESC" if descending else ""
    return ", ".join(f"{term}{direction}" for term in [*terms, "r.id"])


def order_parameters(column: int, today: dt.date) -> tuple[str, ...]:
    """The parameters of `order_by_sql` for ``column``: today's date for Status, else none."""
    return (today.isoformat(),) if SORT_COLUMNS[column] == "status" else ()


def add_functions(con: sqlite3.Connection) -> None:
    """Register the key functions `order_by_sql` calls on a standard-library SQLite connection."""
    con.create_function("sopdesk_fold", 1, fold, deterministic=True)
    con.create_function("sopdesk_number", 1, number_key, deterministic=True)
    con.create_function("sopdesk_unit", 1, unit_key, deterministic=True)
