"""Dates as Indonesian sheets print them (``4 Januari 2021``)."""

from __future__ import annotations

import datetime as dt

from sopdesk.domain.messages import message

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def format_date_id(value: dt.date | None, empty: str = "-") -> str:
    """``4 Januari 2021`` for a date, ``empty`` for ``None``."""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_date_short(value: dt.date | None) -> str:
    """``04-01-2021`` (dd-mm-yyyy, as typed in Indonesian forms); empty for ``None``."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def parse_date_id(text: str) -> dt.date | None:
    """Read a date typed by a user: ``04-01-2021``, ``4/1/2021``, ``2021-01-04`` or
    ``4 Januari 2021``; empty text is ``None``. Raises ``ValueError`` with a message in
    Bahasa Indonesia for anything else (``31-02-2021``, ``kemarin``)."""
    import re

    text = text.strip()
    if not text:
        return None
    try:
        if match := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := re.fullmatch(r"(\d{1,2})\s+(\w+)\s+(\d{4})", text):
            names = [m.casefold() for m in MONTHS]
            if match[2].casefold() in names:
                return dt.date(int(match[3]), names.index(match[2].casefold()) + 1, int(match[1]))
    except ValueError:
        raise ValueError(message("date-not-in-calendar", text)) from None
    raise ValueError(message("date-unreadable", text))


ZONE_NAMES = {7 * 60: "WIB", 8 * 60: "WITA", 9 * 60: "WIT"}
"""Indonesia's time zones by offset from UTC in minutes (Waktu Indonesia Barat/Tengah/Timur)."""


def zone_label(offset: dt.timedelta) -> str:
    """The name of a UTC offset: ``WIB`` (UTC+7), ``WITA`` (UTC+8), ``WIT`` (UTC+9), otherwise
    ``UTC+hh:mm`` / ``UTC-hh:mm`` (``UTC+00:00`` for UTC itself)."""
    minutes = round(offset.total_seconds() / 60)
    if minutes in ZONE_NAMES:
        return ZONE_NAMES[minutes]
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_from_utc(at: dt.datetime) -> tuple[dt.datetime, str]:
    """A naive UTC time (as the audit log stores it) in the machine's local time, with the
    zone's label (`zone_label`): ``(datetime without tzinfo, "WITA")``."""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    offset = local.utcoffset() or dt.timedelta(0)
    return local.replace(tzinfo=None), zone_label(offset)
