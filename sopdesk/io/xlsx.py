"""Safe cells for the Excel exports (openpyxl; no Qt).

Every text that reaches a workbook goes through `put_text`, or `rows_xml` for long tables:
openpyxl stores a string beginning with ``=`` as a formula unless the cell's ``data_type`` is
``"s"``, and refuses control characters with ``IllegalCharacterError``; Excel keeps at most
32,767 characters in a cell (Excel specifications and limits). Sheet names have their own limits
(`sheet_title`).

Long tables: openpyxl spends 15–25 µs on each cell it writes (a cell object, then an XML
element serialized in Python): 2.5–3.5 s for the weekly report's 135,000 cells. `rows_xml`
writes the same rows as text (an inline string for every text, never a formula element) and
`splice_rows` puts them into the sheet openpyxl wrote, which keeps everything else: styles,
widths, freeze, filter, print set-up, charts (ECMA-376 Part 1, 18.3.1.73 ``row``, 18.3.1.4 ``c``).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_TEXT = 32_767
"""Characters Excel keeps in one cell."""

MAX_SHEET_TITLE = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 forbids that openpyxl's ``ILLEGAL_CHARACTERS_RE`` lets through: lone
surrogates (the file cannot be encoded) and U+FFFE/U+FFFF (Excel and openpyxl cannot read it)."""


def clean_text(value: object) -> str:
    """``value`` as text Excel accepts: line ends become LF (XML turns a CR into LF
    anyway), other control characters except tab, lone surrogates and U+FFFE/U+FFFF become
    a space; cut to `MAX_CELL_TEXT` characters (the last one an ellipsis)."""
    text = "" if value is None else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _NOT_XML.sub(" ", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
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


def rows_xml(first_row: int, rows: Iterable[Sequence[object]], styles: Mapping[int, int]) -> Iterator[str]:
    """The ``<row>`` elements of ``rows`` (row numbers from ``first_row``; columns from 1), one
    string per row, for `splice_rows`.

    A ``str`` is always a text cell (an inline string, `clean_text` and XML-escaped: never a
    formula, whatever it starts with); ``int``/``float`` a number; ``datetime``/``date`` an Excel
    date serial (1900 system, as openpyxl); ``None``, ``""`` and a non-finite number leave the
    cell out. ``styles``: column (1-based) → cell format id from openpyxl (`style_id`), applied to
    the cells of that column. Raises ``TypeError`` for another type or a datetime with a time zone.
    """
    letters = [""]
    for number, values in enumerate(rows, start=first_row):
        cells = []
        while len(letters) <= len(values):
            letters.append(get_column_letter(len(letters)))
        for column, value in enumerate(values, start=1):
            style = styles.get(column)
            ref = f'r="{letters[column]}{number}"' + (f' s="{style}"' if style else "")
            if isinstance(value, str):
                if text := clean_text(value):
                    cells.append(f'<c {ref} t="inlineStr"><is><t xml:space="preserve">{_escape(text)}</t></is></c>')
            elif value is not None and (number_text := _number(value)) is not None:
                cells.append(f"<c {ref}><v>{number_text}</v></c>")
        yield f'<row r="{number}">{"".join(cells)}</row>'


def splice_rows(xlsx: bytes, sheets: Mapping[str, tuple[str, str]]) -> bytes:
    """``xlsx`` (a workbook openpyxl saved) with rows added at the end of some sheets' data.

    ``sheets``: the sheet's part name (``Worksheet.path`` after saving, e.g.
    ``/xl/worksheets/sheet2.xml``) → (its new dimension, e.g. ``A1:N9812``; the ``<row>``
    elements of `rows_xml`, numbered after the rows openpyxl wrote). Raises ``ValueError`` if a
    part is missing or is not a worksheet with data.
    """
    parts = {name.lstrip("/"): (ref, rows) for name, (ref, rows) in sheets.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in parts:
                data = _spliced(data, *parts.pop(info.filename))
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)  # zlib's default level, as openpyxl
    if parts:
        raise ValueError(f"Lembar tidak ditemukan di buku kerja: {', '.join(sorted(parts))}")
    return out.getvalue()


_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_END_OF_DATA = b"</sheetData>"


def _spliced(sheet: bytes, dimension: str, rows: str) -> bytes:
    end = sheet.find(_END_OF_DATA)
    if end < 0 or not _DIMENSION.search(sheet):
        raise ValueError("Bagian buku kerja ini bukan lembar berisi data")
    sheet = sheet[:end] + rows.encode("utf-8") + sheet[end:]
    return _DIMENSION.sub(f'<dimension ref="{dimension}"/>'.encode("ascii"), sheet, count=1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: object) -> str | None:
    """A number cell's ``<v>`` text as openpyxl writes it (``%.16g``); None when not finite."""
    if isinstance(value, bool) or not isinstance(value, int | float | dt.date):
        raise TypeError(f"Sel tabel harus teks, angka atau tanggal, bukan {type(value).__name__}")
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        raise TypeError("Excel tidak menyimpan zona waktu: tulis waktu setempat tanpa zona")
    number = to_excel(value) if isinstance(value, dt.date) else value
    return f"{number:.16g}" if math.isfinite(number) else None
