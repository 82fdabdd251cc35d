"""The flowchart table as the SOP chooses it (format version 2, `sopdesk.domain.sheet_setup.SheetSetup`):
the header's labels ("Aktivitas", "Persyaratan/Perlengkapan", …), the Keterangan column on or
off, and the row of column numbers 1…n under the header (as real sheets print it). No Qt.
"""

from __future__ import annotations

from sopdesk.domain.sheet_setup import SheetSetup
from sopdesk.layout.fonts import TextStyle
from sopdesk.layout.geometry import Align, Cell, Page, Rect, text_block
from sopdesk.layout.paper import Columns

TEXT_KEYS = ("number", "activity", "requirements", "standard_time", "output", "remarks")
NUMBERS = TextStyle(bold=False, size=7.0, leading=8.5)
NUMBERS_H = 11.0  # points: the column-number row
LABEL_KEYS = {"number": "step_number"}  # a text column whose label key differs from its own


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


def column_spans(cols: Columns) -> list[tuple[float, float]]:
    """Every column of the table left to right as ``(x, width)``: No, Kegiatan, each lane, then
    the Mutu Baku columns and Keterangan when present."""
    spans = [cols.text["number"], cols.text["activity"]]
    spans += [(cols.lane_left(k), cols.lane_w(k)) for k in range(cols.lane_count)]
    return spans + [cols.text[k] for k in text_keys(cols)[2:]]


def draw_numbers_row(page: Page, cols: Columns, y: float) -> None:
    """The row of column numbers ``1``…``n`` at ``y`` (shaded, as the header)."""
    for k, (x, w) in enumerate(column_spans(cols), start=1):
        rect = Rect(x, y, w, NUMBERS_H)
        page.cells.append(Cell(rect, shaded=True))
        page.texts.append(text_block(rect, [str(k)], NUMBERS, Align.CENTER, "column_number",
                                     (NUMBERS_H - NUMBERS.leading) / 2))
