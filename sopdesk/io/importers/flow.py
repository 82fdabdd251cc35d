"""The flowchart table (Bagian Flowchart) read from a grid page: columns from the header,
steps from the rows of the No column, symbols by the lane and row their centre falls in.

Header labels: No; Kegiatan / Aktivitas / Uraian (Kegiatan); lanes (under Pelaksana or
Pelaksanaan, or any unlabelled header between the activity and the Mutu Baku); Mutu Baku
or Pendukung over Kelengkapan / Persyaratan / Perlengkapan (or "Perengkapan", as Barito Kuala's LAKIP
sheet prints it), Waktu, Output; Keterangan / Ket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopdesk.io.importers.grid import Box, Cell, Page, Shape, Table, Word, lines_text
from sopdesk.io.importers.text import join_lines, normal

COLUMN_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("number", r"^(no|nomor|no urut)$"),
        ("activity", r"^(aktivitas|kegiatan|uraian|uraian kegiatan|aktivitas kegiatan|prosedur|uraian prosedur)$"),
        ("requirements", r"^(kelengkapan|persyaratan|perlengkapan|perengkapan|persyaratan ?/ ?perlengkapan)"),
        ("standard_time", r"^waktu"),
        ("output", r"^(output|keluaran|hasil)"),
        ("remarks", r"^(ket|keterangan)$"),
    )
)
GROUPS = re.compile(r"^(pelaksana|pelaksanaan|mutu baku|pendukung|mutu baku ?/ ?pendukung)$")
MUTU_BAKU = ("requirements", "standard_time", "output", "remarks")
LABEL_WORDS = {"ya", "tidak", "y", "t"}
OPTION_LABEL = re.compile(r"^\([a-z]\)$")  # an exit named by the Kegiatan's option: "(a)", "(b)"


@dataclass(frozen=True, slots=True)
class Columns:
    """The flowchart's columns as x-ranges: ``fields`` maps ``number``, ``activity`` and the
    Mutu Baku names to a range, ``lanes`` lists ``(name, x0, x1)`` left to right;
    ``labels`` the printed header texts."""

    fields: dict[str, tuple[float, float]]
    lanes: tuple[tuple[str, float, float], ...]
    labels: dict[str, str] = field(default_factory=dict)
    top: float = 0.0  # points: the header's top (its group labels included)

    def shifted(self, dx: float) -> Columns:
        """The same columns moved ``dx`` points right."""
        return Columns({k: (a + dx, b + dx) for k, (a, b) in self.fields.items()},
                       tuple((n, a + dx, b + dx) for n, a, b in self.lanes), self.labels, self.top)


@dataclass(slots=True)
class RawStep:
    """One row read: texts as printed, symbols as ``(lane index, Shape)``, and the page."""

    number: str
    texts: dict[str, str]
    band: Box
    page: int
    symbols: list[tuple[int, Shape]] = field(default_factory=list)
    arrows: list[tuple[int, str]] = field(default_factory=list)  # (target step index, label)
    off_page: list[tuple[str, int]] = field(default_factory=list)  # (connector text, step after it)


def classify(text: str) -> str | None:
    """The column a header text names (``number``, ``activity``, Mutu Baku names), or ``None``."""
    flat = normal(join_lines(text))
    for name, pattern in COLUMN_LABELS:
        if pattern.match(flat):
            return name
    return None


def find_header(table: Table, page: Page | None = None) -> tuple[Columns, float] | None:
    """The columns and the header's bottom (points), when ``table`` has a No + Kegiatan header.

    Header cells the table finder missed (a rule not drawn) are filled from the first step
    row's cells and the words printed above them (needs ``page``)."""
    bottom = _header_bottom(table)
    if bottom is None:
        return None
    body = _first_row_top(table, bottom)
    fragmented = page is not None and body is not None and body > bottom + 3 and any(
        classify(c.text) in MUTU_BAKU and c.box.top < bottom < c.box.bottom - 3 for c in table.cells)
    if page is not None and body is not None and fragmented:
        leaves, bottom = _fragmented_leaves(page, table, body), body
    else:
        leaves = [_stacked(c, table) for c in table.cells
                  if abs(c.box.bottom - bottom) <= 2 and c.box.top < bottom - 2 and c.text.strip()]
        if page is not None:
            leaves += _missing_leaves(page, table, leaves, bottom)
    fields: dict[str, tuple[float, float]] = {}
    labels: dict[str, str] = {}
    lanes = []
    for cell in sorted(leaves, key=lambda c: c.box.x0):
        name = classify(cell.text)
        if name is not None and name not in fields:
            fields[name] = (cell.box.x0, cell.box.x1)
            labels[name] = join_lines(cell.text)
        elif name is None and (fragmented or not GROUPS.match(normal(join_lines(cell.text)))
                               or _under_a_cell(cell, table)):
            lanes.append((join_lines(cell.text), cell.box.x0, cell.box.x1))
    if "activity" not in fields or "number" not in fields:
        return None
    act_end = fields["activity"][1]
    mutu_start = min((fields[k][0] for k in MUTU_BAKU if k in fields), default=table.box.x1 + 1)
    lanes = [lane for lane in lanes if lane[1] >= act_end - 2 and lane[2] <= mutu_start + 2]
    top = _header_top(table, leaves)
    if page is not None:
        lanes = _split_group_lanes(lanes, page, top, bottom)
    return Columns(fields, tuple(lanes), labels, top), bottom


def _split_group_lanes(lanes: list[tuple[str, float, float]], page: Page, top: float,
                       bottom: float) -> list[tuple[str, float, float]]:
    """A lane holding two or more others is the Pelaksana group label over a lane whose own
    cell the table finder missed (its rule under the group label is not drawn): the part of
    it the others leave uncovered is that lane, named by the words printed there."""
    out = []
    for lane in lanes:
        inside = sorted((o for o in lanes if o is not lane and o[1] >= lane[1] - 2 and o[2] <= lane[2] + 2),
                        key=lambda o: o[1])
        if len(inside) < 2:
            out.append(lane)
            continue
        edges = [lane[1], *[x for o in inside for x in (o[1], o[2])], lane[2]]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            words = [w for w in page.words if Box(a, top, b, bottom).contains(w.box.centre)
                     and not GROUPS.match(normal(w.text))]
            if b - a > 5 and words:
                out.append((join_lines(lines_text(words)), a, b))
    return sorted(out, key=lambda lane: lane[1])


def _header_top(table: Table, leaves: list[Cell]) -> float:
    """The top of the header: its labels, and the group labels (Pelaksana, Mutu Baku) above."""
    top = min((c.box.top for c in leaves), default=table.box.top)
    while True:
        above = [c for c in table.cells if abs(c.box.bottom - top) <= 2 and GROUPS.match(normal(join_lines(c.text)))]
        if not above:
            return top
        top = min(c.box.top for c in above)


def _first_row_top(table: Table, below: float) -> float | None:
    """The top of the first step row: the first step number in the leftmost column under ``below``."""
    left = [c for c in table.cells if abs(c.box.x0 - table.box.x0) < 3 and c.box.top >= below - 2
            and _STEP_NUMBER.match(c.text.strip())]
    return min((c.box.top for c in left), default=None)


def _fragmented_leaves(page: Page, table: Table, body: float) -> list[Cell]:
    """Header labels the table finder cut into pieces (a label's lines in separate cells):
    one label per column of the first step row, from the words above that row in the
    header, less the group labels (Pelaksana, Mutu Baku)."""
    groups = [c.box for c in table.cells if c.box.bottom <= body + 1 and GROUPS.match(normal(join_lines(c.text)))
              and _under_a_cell(c, table) is False]
    number = [c for c in table.cells if classify(c.text) == "number" and c.box.bottom <= body + 1]
    top = min([c.box.top for c in number] + [g.bottom for g in groups] or [table.box.top])
    row = sorted((c for c in table.cells if abs(c.box.top - body) <= 2 and c.box.width > 3), key=lambda c: c.box.x0)
    out = []
    for cell in row:
        box = Box(cell.box.x0, top - 1, cell.box.x1, body)
        words = [w for w in page.words if box.contains(w.box.centre)
                 and not any(g.contains(w.box.centre) for g in groups)]
        text = lines_text(words)
        if text.strip():
            out.append(Cell(box, text))
    return out


def _stacked(cell: Cell, table: Table) -> Cell:
    """A header cell with the cells of the same width stacked right above it (a label the
    table finder cut into lines), up to a group label (Pelaksana, Mutu Baku)."""
    box, text = cell.box, cell.text
    while True:
        above = [c for c in table.cells if abs(c.box.bottom - box.top) <= 2 and abs(c.box.x0 - box.x0) <= 2
                 and abs(c.box.x1 - box.x1) <= 2 and c.text.strip() and not GROUPS.match(normal(join_lines(c.text)))
                 and classify(c.text) is None]
        if not above or classify(text) is not None:
            return Cell(box, text)
        box = Box(box.x0, above[0].box.top, box.x1, box.bottom)
        text = f"{above[0].text}\n{text}"


def _under_a_cell(cell: Cell, table: Table) -> bool:
    """True when another cell sits right above ``cell`` (so a "Pelaksana" there is a lane)."""
    b = cell.box
    return any(abs(c.box.bottom - b.top) <= 2 and c.box.x0 < b.centre[0] < c.box.x1 for c in table.cells)


_STEP_NUMBER = re.compile(r"^\d{1,3}[a-z]?\.?$")


def _header_bottom(table: Table) -> float | None:
    number = [c for c in table.cells if classify(c.text) == "number"]
    if number:
        return min(number, key=lambda c: c.box.top).box.bottom
    left = [c for c in table.cells if abs(c.box.x0 - table.box.x0) < 3 and _STEP_NUMBER.match(c.text.strip())]
    if not left:
        return None
    first = min(left, key=lambda c: c.box.top)
    return first.box.top if first.box.top - table.box.top > 10 else None


def _missing_leaves(page: Page, table: Table, leaves: list[Cell], bottom: float) -> list[Cell]:
    """Header cells for the columns of the first row under ``bottom`` that no header cell covers."""
    row = [c for c in table.cells if abs(c.box.top - bottom) <= 2]
    out: list[Cell] = []
    for cell in sorted(row, key=lambda c: c.box.x0):
        x = cell.box.centre[0]
        if any(leaf.box.x0 <= x <= leaf.box.x1 for leaf in [*leaves, *out]):
            continue
        box = Box(cell.box.x0, table.box.top, cell.box.x1, bottom)
        text = page.text_in(box)
        if text.strip():
            out.append(Cell(box, text))
    return out


def row_bands(table: Table, columns: Columns, top: float) -> list[Box]:
    """The step rows: the cells of the No column under ``top``, top to bottom."""
    x0, x1 = columns.fields["number"]
    middle = (x0 + x1) / 2
    cells = [c for c in table.cells if c.box.top >= top - 2 and c.box.x0 - 2 <= middle <= c.box.x1 + 2
             and c.box.width < (x1 - x0) * 3]
    bands = [Box(table.box.x0, c.box.top, table.box.x1, c.box.bottom) for c in sorted(cells, key=lambda c: c.box.top)]
    return [b for b in bands if b.height > 2]


def read_rows(page: Page, table: Table, columns: Columns, top: float) -> list[RawStep]:
    """Every row under ``top`` with its texts and the symbols drawn in its lanes. A cell merged
    over several rows (one Waktu for steps 1-3) gives its text to the first of them only."""
    bands = row_bands(table, columns, top)
    steps = []
    for band in bands:
        texts = {name: _cell_text(page, table, bands, band, a, b) for name, (a, b) in columns.fields.items()}
        number = texts.pop("number", "").rstrip(".")
        if _column_numbers(number, texts):
            continue
        steps.append(RawStep(number, texts, band, page.number, _symbols(page, band, columns)))
    return steps


def _column_numbers(number: str, texts: dict[str, str]) -> bool:
    """True for the row under the header that numbers the columns (1, 2, 3, …), not a step
    (its Kegiatan cell holds only "2"; OCR may miss the lone "1" of the No cell)."""
    activity = texts.get("activity", "").strip()
    return activity.isdigit() and len(activity) <= 2 and number in ("", str(int(activity) - 1))


def _cell_text(page: Page, table: Table, bands: list[Box], band: Box, x0: float, x1: float) -> str:
    """The text of column ``x0``-``x1`` in ``band``: the whole merged cell's on its first row,
    nothing on its other rows, else the words in the band."""
    middle = (x0 + x1) / 2
    for cell in table.cells:
        b = cell.box
        if not (b.x0 - 1 <= middle <= b.x1 + 1 and b.top - 2 <= band.centre[1] <= b.bottom + 2):
            continue
        spanned = [r for r in bands if b.top - 2 <= r.top and r.bottom <= b.bottom + 2]
        if len(spanned) > 1 and band in spanned:
            return _text(page, Box(x0, b.top, x1, b.bottom)) if band is spanned[0] else ""
    return _text(page, Box(x0, band.top, x1, band.bottom))


def _text(page: Page, box: Box) -> str:
    return join_lines(page.text_in(box))


def _symbols(page: Page, band: Box, columns: Columns) -> list[tuple[int, Shape]]:
    found = []
    for shape in page.shapes:
        x, y = shape.box.centre
        if not band.top <= y <= band.bottom or _label_box(shape):
            continue
        for i, (_, a, b) in enumerate(columns.lanes):
            if a <= x <= b:
                found.append((i, shape))
    return sorted(found, key=lambda s: (s[1].box.top, s[1].box.x0))


def _label_box(shape: Shape) -> bool:
    """True for a box drawn around an exit label (a text box holding Ya or Tidak); a diamond
    is a decision whatever its bounding box holds (a label printed beside it falls inside)."""
    return shape.kind != "decision" and is_label(shape.text)


def is_label(text: str) -> bool:
    """True for a decision's exit label as printed: Ya, Tidak, Y, T (``Ti dak`` too), or the
    letter of an option the Kegiatan lists, in brackets ("(a)", "(b)")."""
    flat = "".join(text.split()).casefold()
    return flat in LABEL_WORDS or OPTION_LABEL.match(flat) is not None


EXIT_REACH = 25.0  # points: a short text this close to a decision may name one of its exits
EXIT_WORDS = 3  # words: at most this many make an exit label other than Ya/Tidak


def lane_labels(page: Page, columns: Columns) -> list[Cell]:
    """The exit labels printed in the lane columns outside the symbols (a diamond's box may hold
    one), as positioned texts: Ya/Tidak (`is_label`) anywhere, a short text (at most
    `EXIT_WORDS` words) beside a decision ("Sesuai", "Setuju", "Lengkap"), and boxes drawn
    around a Ya/Tidak."""
    if not columns.lanes:
        return []
    x0, x1 = columns.lanes[0][1], columns.lanes[-1][2]
    boxes = [s.box for s in page.shapes if s.kind != "decision"]  # a label may fall in a diamond's box
    words = [w for w in page.words if x0 <= w.box.centre[0] <= x1 and not any(b.contains(w.box.centre) for b in boxes)]
    decisions = [s.box for s in page.shapes if s.kind == "decision"]
    out: list[Cell] = []
    for group in _word_groups(words):
        box = Box(min(w.box.x0 for w in group), min(w.box.top for w in group), max(w.box.x1 for w in group),
                  max(w.box.bottom for w in group))
        joined = "".join(w.text for w in group)
        if is_label(joined):
            out.append(Cell(box, joined))
        elif len(group) <= EXIT_WORDS and any(d.distance(box.centre) <= EXIT_REACH for d in decisions):
            out.append(Cell(box, " ".join(w.text for w in group)))
    out += [Cell(s.box, "".join(s.text.split())) for s in page.shapes if _label_box(s)]
    return out


def _word_groups(words: list[Word]) -> list[list[Word]]:
    """Words on one line with less than 8 points between them, as groups (a label broken into
    pieces, "Ti dak", is one)."""
    groups: list[list[Word]] = []
    used: set[int] = set()
    for i, w in enumerate(words):
        if i in used:
            continue
        group, right = [w], w.box
        for j in range(i + 1, len(words)):
            v = words[j].box
            if j not in used and abs(v.centre[1] - right.centre[1]) < 3 and -1 <= v.x0 - right.x1 < 8:
                group.append(words[j])
                right = v
                used.add(j)
        groups.append(group)
    return groups
