"""The catalogue's order, defined once for the table model and for SQL (issue 15).

The catalogue lists its first screenful with an SQL ``ORDER BY ... LIMIT`` before the rest is read,
so the rows SQL picks must be exactly the model's first rows. Every key ends with the revision id,
so no two rows tie and a descending order is exactly the ascending one reversed (as
`sorted(..., reverse=True)` gives it).

Columns (`SORT_COLUMNS`): Nama SOP, Nomor ("—" when empty), Unit (the kop's last line), Status (in
lifecycle order, a passed review date after the others of its status), Rev., Langkah; the texts
case-folded (`str.casefold`, also for non-ASCII titles).

SQL orders texts with the built-in ``lower()``, which is `str.casefold` only for ASCII: a text
column's `order_sql` also gives the condition under which its SQL key is exact, and the rows
outside it (a title with "ß", "Ä", a dash) are read whole and placed by `sort_key` in Python
(`sopdesk.store.catalogue_page`). No Python function is called from SQL: the read runs beside the
window being made, and each call back into Python would wait for the GIL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry

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


@dataclass(frozen=True)
class OrderSql:
    """A column's order in SQL: ``keys``, expressions over the summary query's ``r`` (revision)
    giving `sort_key`'s order (the revision id last) for the rows meeting ``exact`` (a condition;
    None: every row), ``descending`` or not; ``parameters`` for the ``?`` in ``keys`` (today's date
    for Status)."""

    keys: tuple[str, ...]
    descending: bool
    exact: str | None
    parameters: tuple[str, ...]


# no character outside ASCII (UTF-8: as many bytes as characters): there lower() is str.casefold
_ASCII = "length({0}) = length(CAST({0} AS BLOB))"
_UNIT = "coalesce(json_extract(r.unit_lines, '$[#-1]'), '')"


def order_sql(column: int, descending: bool, today: dt.date) -> OrderSql:
    """`sort_key`'s order for ``column`` (descending or not) as SQL. Raises `IndexError` for
    another column."""
    name = SORT_COLUMNS[column]
    status_rank = " ".join(f"WHEN '{s.value}' THEN {rank}" for s, rank in _STATUS_RANK.items())
    keys, exact = {
        "title": (["lower(r.title)"], _ASCII.format("r.title")),
        "number": (["CASE WHEN coalesce(r.sop_number, '') = '' THEN '—' ELSE lower(r.sop_number) END"],
                   f"({_ASCII.format('r.sop_number')} OR coalesce(r.sop_number, '') = '')"),
        "unit": ([f"lower({_UNIT})"], _ASCII.format(_UNIT)),
        "status": ([f"CASE r.status {status_rank} END",
                    "(r.revised_on IS NOT NULL AND substr(r.revised_on, 1, 10) < ?)"], None),
        "revision": (["r.number"], None),
        "steps": ([_STEP_COUNT], None),
    }[name]
    parameters = (today.isoformat(),) if name == "status" else ()
    return OrderSql((*keys, "r.id"), descending, exact, parameters)
