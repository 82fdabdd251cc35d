"""Safe cells for the Excel exports (no Qt).

Every text that reaches a workbook goes through `clean_text`; with openpyxl through `put_text`:
openpyxl stores a string beginning with ``=`` as a formula unless the cell's ``data_type`` is
``"s"``, and refuses control characters with ``IllegalCharacterError``; Excel keeps at most
32,767 UTF-16 units in a cell (Excel specifications and limits; a character beyond the BMP,
such as an emoji, counts twice). Sheet names have their own limits
(`sheet_title`). The weekly workbook (XlsxWriter) writes `clean_text` with ``write_string``.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_TEXT = 32_767
"""UTF-16 units Excel keeps in one cell (a character beyond U+FFFF takes two)."""

MAX_SHEET_TITLE = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 forbids that openpyxl's ``ILLEGAL_CHARACTERS_RE`` lets through: lone
surrogates (the file cannot be encoded) and U+FFFE/U+FFFF (Excel and openpyxl cannot read it)."""


def clean_text(value: object) -> str:
    """``value`` as text Excel accepts: line ends become LF (XML turns a CR into LF
    anyway), other control characters except tab, lone surrogates and U+FFFE/U+FFFF become
    a space; cut to `MAX_CELL_TEXT` UTF-16 units (the last character an ellipsis), never
    inside a character beyond the BMP."""
    text = "" if value is None else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _NOT_XML.sub(" ", text)
    if len(text) > MAX_CELL_TEXT // 2 and utf16_length(text) > MAX_CELL_TEXT:
        text = _utf16_prefix(text, MAX_CELL_TEXT - 1) + "…"
    return text


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 units, as Excel counts it (U+10000 and above count 2)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf16_prefix(text: str, units: int) -> str:
    """The longest start of ``text`` of at most ``units`` UTF-16 units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > units:
            return text[:index]
    return text


def put_text(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write ``value`` as a plain string at (``row``, ``column``), both 1-based; never a
    formula, whatever it starts with (``= + - @``). Returns the cell."""
    cell = ws.cell(row=row, column=column)
    cell.value = clean_text(value)
    cell.data_type = "s"
    return cell


def sheet_title(name: str) -> str:
    """A valid worksheet title: no ``[]:*?/\\``, no leading/trailing apostrophe, at most
    31 characters, never empty."""
    title = _SHEET_FORBIDDEN.sub(" ", clean_text(name)).strip().strip("'")
    return title[:MAX_SHEET_TITLE].strip() or "Lembar"
