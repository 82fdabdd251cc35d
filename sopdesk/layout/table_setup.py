"""The flowchart table as the SOP chooses it (format version 2, `sopdesk.domain.sheet_setup.SheetSetup`):
the header's labels ("Aktivitas", "Persyaratan/Perlengkapan", …), the Mutu Baku and Keterangan
columns on or off, and the row of column numbers under the header (as real sheets print it, some
columns left blank). No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from sopdesk.domain.sheet_setup import LANE_COLUMN, SheetSetup
from sopdesk.layout.fonts import TextStyle
from sopdesk.layout.geometry import Align, Cell, Page, Rect, text_block
from sopdesk.layout.paper import Columns

TEXT_KEYS = ("number", "activity", "requirements", "standard_time", "output", "remarks")
NUMBERS = TextStyle(bold=False, size=7.0, leading=8.5)
NUMBERS_H = 11.0  # points: the column-number row
LABEL_KEYS = {"number": "step_number"}  # a text column whose label key differs from its own
QUALITY_KEYS = ("requirements", "standard_time", "output")  # the Mutu Baku block


def hidden_columns(setup: SheetSetup) -> frozenset[str]:
    """The text columns (`TEXT_KEYS`) the SOP does not print: Mutu Baku columns or Keterangan."""
    return frozenset(key for key in TEXT_KEYS if not setup.prints(key))


def text_keys(cols: Columns) -> tuple[str, ...]:
    """The text columns ``cols`` has, in `TEXT_KEYS` order (no ``remarks`` when Keterangan is off)."""
    return tuple(key for key in TEXT_KEYS if key in cols.text)


def column_label(setup: SheetSetup, key: str) -> str:
    """The header label of text column ``key`` (a `TEXT_KEYS` name, or ``lanes``/``quality``)
    as the SOP prints it."""
    return setup.label(LABEL_KEYS.get(key, key))


def custom_labels(setup: SheetSetup) -> dict[str, str]:
    """The text columns whose label the SOP chose itself: column key -> label (the standard labels
    left out, so a column keeps its usual header rules, e.g. an empty Keterangan headed "Ket.")."""
    chosen = dict(setup.labels)
    return {key: chosen[LABEL_KEYS.get(key, key)] for key in TEXT_KEYS if LABEL_KEYS.get(key, key) in chosen}


def numbers_height(setup: SheetSetup) -> float:
    """The height (points) the column-number row adds to the header: 0 when the SOP has none."""
    return NUMBERS_H if setup.numbers_row else 0.0


def table_columns(cols: Columns, lane_ids: Sequence[str]) -> list[tuple[str, float, float]]:
    """Every column of the table left to right as ``(key, x, width)``: No, Kegiatan, each lane
    (``lane:<id>`` of ``lane_ids``, in order), then the Mutu Baku columns and Keterangan present."""
    keys = text_keys(cols)
    out = [(key, *cols.text[key]) for key in keys[:2]]
    out += [(LANE_COLUMN + lane, cols.lane_left(k), cols.lane_w(k)) for k, lane in enumerate(lane_ids)]
    return out + [(key, *cols.text[key]) for key in keys[2:]]


def column_numbers(setup: SheetSetup, keys: Sequence[str]) -> list[str]:
    """The number printed over each column of ``keys``: ``1``…``n`` counting only the columns the
    SOP numbers, ``""`` for a column in ``SheetSetup.unnumbered`` (sumut-ppid leaves its fourth lane
    blank: 1 2 3 4 5 _ 6 7 8 9)."""
    out, n = [], 0
    for key in keys:
        if key in setup.unnumbered:
            out.append("")
            continue
        n += 1
        out.append(str(n))
    return out


def draw_numbers_row(page: Page, cols: Columns, y: float, setup: SheetSetup, lane_ids: Sequence[str]) -> None:
    """The row of column numbers at ``y`` (shaded, as the header), numbered by `column_numbers`."""
    columns = table_columns(cols, lane_ids)
    for (_key, x, w), number in zip(columns, column_numbers(setup, [c[0] for c in columns]), strict=True):
        rect = Rect(x, y, w, NUMBERS_H)
        page.cells.append(Cell(rect, shaded=True))
        if number:
            page.texts.append(text_block(rect, [number], NUMBERS, Align.CENTER, "column_number",
                                         (NUMBERS_H - NUMBERS.leading) / 2))
