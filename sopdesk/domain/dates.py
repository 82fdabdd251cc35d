"""Dates as Indonesian sheets print them (``4 Januari 2021``)."""

from __future__ import annotations

import datetime as dt

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def format_date_id(value: dt.date | None, empty: str = "-") -> str:
    """``4 Januari 2021`` for a date, ``empty`` for ``None``."""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
