"""Lay out the flowchart part (Bagian Flowchart) of an SOP on landscape pages.

Permenpan RB 35/2012: one table ``No | Kegiatan | a lane per Pelaksana | Mutu Baku:
Kelengkapan, Waktu, Output | Keterangan``, header repeated on every page, each step's
symbol in its lanes, orthogonal arrows, and an off-page connector pair (pentagon, same
letter) wherever a flow crosses a page break. Rows are as tall as their wrapped text
(bundled font metrics) and pages break by height.

All coordinates are points, origin at the page's top-left, y down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.domain.waktu import parse_waktu, total_text
from sopdesk.layout.codeblock import QR_SIZE, footer_code, place_code_block
from sopdesk.layout.columns import fit_columns, remarks_header
from sopdesk.layout.fonts import TextStyle, clip_lines, wrap
from sopdesk.layout.geometry import Align, Cell, Page, Rect, Shape, ShapeKind, TextBlock, shape_kind
from sopdesk.layout.labels import free_labels
from sopdesk.layout.pagination import Row, paginate, text_height
from sopdesk.layout.paper import PAPERS, Columns, Paper, PaperName
from sopdesk.layout.routing import SIDE_ROOM, ZONE, Router, lane_room

BODY = TextStyle(bold=False, size=7.0, leading=8.0)
HEAD = TextStyle(bold=True, size=7.0, leading=8.0)
TITLE = TextStyle(bold=True, size=10.0, leading=12.0)
SMALL = TextStyle(bold=False, size=7.0, leading=8.5)
PAD = 2.0
SYMBOL_MARGIN = 5.0  # above and below a symbol; a decision, whose exit labels stand below it and whose
DECISION_MARGIN = 10.0  # self-loop runs above it (routing.LOOP_RISE), gets 10
FOOTER_H = 14.0
HEADER_TOP_H = 11.0

SYMBOL_SIZE = {ShapeKind.TERMINATOR: (46.0, 16.0), ShapeKind.PROCESS: (46.0, 16.0), ShapeKind.DECISION: (36.0, 26.0)}
CONTINUED = "(lanjutan)"
HEADING_LINES = 3  # title lines over the flowchart; a longer title is whole on the identity page
TEXT_KEYS = ("number", "activity", "requirements", "standard_time", "output", "remarks")


@dataclass(frozen=True, slots=True)
class ConnectorPair:
    """An off-page connector pair: its ``label``, the pages (0-based) of both ends, the flow."""

    label: str
    out_page: int
    in_page: int
    from_step: int
    to_step: int
    forward: bool


@dataclass(slots=True)
class FlowchartLayout:
    """The laid-out flowchart part: pages (see `Page`) and the connector pairs."""

    paper: Paper
    columns: Columns
    pages: list[Page]
    connectors: list[ConnectorPair] = field(default_factory=list)

    def page_of_step(self, step: int) -> int:
        """0-based page index holding step ``step``."""
        for page in self.pages:
            if step in page.row_rects:
                return page.number - 1
        raise KeyError(step)


def layout_flowchart(sop: Sop, paper: Paper | PaperName = PaperName.A4, page_offset: int = 0,
                     page_total: int | None = None, with_code: bool = True,
                     live: bool = False) -> FlowchartLayout:
    """Lay out ``sop``'s flowchart on ``paper``; ``page_offset`` pages precede it in the sheet
    (or the book) and the footers count ``page_total`` pages (default: offset + these pages).

    ``with_code`` puts the verification block (QR code and sheet code, `sopdesk.layout.codeblock`)
    at the left of the signature block on the last page and the code in every footer; ``live``
    (the editor's drawing of unsaved edits, which have no code yet) keeps its place and size but
    shows a placeholder instead of the QR modules and the code.
    Returns a `FlowchartLayout`; raises nothing for any valid `Sop` (1 step upward).
    """
    if isinstance(paper, PaperName):
        paper = PAPERS[paper]
    total_text = _total_text(sop)
    cols = fit_columns(paper, [lane.name for lane in sop.lanes], _column_texts(sop), HEAD, BODY, PAD,
                       [_symbol_band(step.symbol) for step in sop.steps], lane_room(sop))
    heading = _heading(sop, paper)
    header_h = HEADER_TOP_H + _lane_header_height(sop, cols)
    table_top = heading.rect.bottom + 6.0
    rows = [_measure(sop, i, cols) for i in range(len(sop.steps))]
    for i, slots in _crowded_jump_ends(sop).items():
        rows[i].side_zone = ZONE * slots
    total_lines = wrap(total_text, cols.text["standard_time"][1] - 2 * PAD, HEAD) if total_text else []
    total = len(total_lines) * HEAD.leading + 2 * PAD if total_lines else 0.0
    signature = _signature_lines(sop)
    signature_h = _signature_height(signature)
    code = sheet_code(sop) if with_code and not live else None
    if with_code:
        signature_h = max(signature_h, QR_SIZE + 8.0)
    pages_rows = paginate(rows, paper.height - paper.margin - FOOTER_H - (table_top + header_h),
                          total + signature_h, BODY, PAD)
    layout = FlowchartLayout(paper, cols, [])
    header = Page(0, paper.width, paper.height)
    _draw_header(header, sop, cols, table_top, header_h)  # the same on every page
    for index, page_rows in enumerate(pages_rows):
        page = Page(index + 1, paper.width, paper.height)
        page.texts.append(heading)
        page.cells += header.cells
        page.texts += header.texts
        body_top = table_top + header_h
        y = _draw_rows(page, sop, cols, page_rows, body_top)
        if index == len(pages_rows) - 1 and total:
            y = _draw_total(page, cols, y, total_lines)
        page.lane_area = Rect(cols.lanes_x, body_top, cols.lanes_w, y - body_top)
        page.text_columns = [Rect(cols.text[k][0], body_top, cols.text[k][1], y - body_top) for k in TEXT_KEYS]
        if index == len(pages_rows) - 1 and signature:
            _draw_signature(page, cols, y, signature)
        if index == len(pages_rows) - 1 and with_code:
            qr, texts = place_code_block(sop, code, cols.left, y + 8.0)
            page.qr_codes.append(qr)
            page.texts += texts
        layout.pages.append(page)
    total_pages = page_total if page_total is not None else page_offset + len(layout.pages)
    for page in layout.pages:
        _footer(page, paper, page.number + page_offset, total_pages, footer_code(code) if with_code else "")
    Router(sop, layout).route()
    for page in layout.pages:
        free_labels(page)
    return layout


def _column_texts(sop: Sop) -> dict[str, list[str]]:
    """The steps' texts per column (the total Waktu wraps in the column its values need)."""
    return {key: [getattr(step, key) for step in sop.steps] for key in TEXT_KEYS[1:]}


def _heading(sop: Sop, paper: Paper) -> TextBlock:
    width = paper.width - 2 * paper.margin
    lines = clip_lines(wrap(sop.title, width, TITLE), HEADING_LINES, width, TITLE)
    if sop.number:
        lines = [*lines, f"Nomor: {sop.number}"]
    rect = Rect(paper.margin, paper.margin, width, len(lines) * TITLE.leading + 2)
    return _block(rect, lines, TITLE, Align.CENTER, "title")


def _block(rect: Rect, lines: list[str], style: TextStyle, align: Align, role: str, top_pad: float = 1.0) -> TextBlock:
    first = rect.y + top_pad + style.ascent
    baselines = tuple(first + k * style.leading for k in range(len(lines)))
    return TextBlock(rect, tuple(lines), baselines, style, align, role)


def _lane_header_height(sop: Sop, cols: Columns) -> float:
    most = max((len(_header_lines(lane.name, cols.lane_w(k))) for k, lane in enumerate(sop.lanes)), default=1)
    return max(2, most) * HEAD.leading + 2 * PAD


HEADER_LINES = 6  # a longer lane name is cut with an ellipsis (the checker warns: too-long)
SIGN_LINES = 4  # lines of each signature field; the whole approval is on the identity page


def _header_lines(label: str, width: float) -> list[str]:
    return clip_lines(wrap(label, width - 2 * PAD, HEAD), HEADER_LINES, width - 2 * PAD, HEAD)


def _measure(sop: Sop, i: int, cols: Columns) -> Row:
    step = sop.steps[i]
    values = (str(i + 1), step.activity, step.requirements, step.standard_time, step.output, step.remarks)
    wrapped = _wrapped(values, tuple(cols.text[k][1] for k in TEXT_KEYS))
    texts = {k: list(lines) for k, lines in zip(TEXT_KEYS, wrapped, strict=True)}
    symbol_h = _symbol_band(step.symbol)
    return Row(i, texts, max(text_height(texts, BODY, PAD), symbol_h), symbol_h)


@lru_cache(maxsize=4096)
def _wrapped(values: tuple[str, ...], widths: tuple[float, ...]) -> tuple[tuple[str, ...], ...]:
    """A row's texts (in `TEXT_KEYS` order) wrapped in their columns' ``widths``; kept, so that
    an edit measures again only the rows it changed."""
    return tuple(tuple(wrap(v, w - 2 * PAD, BODY)) for v, w in zip(values, widths, strict=True))


def _symbol_band(symbol: Symbol) -> float:
    """The least height of a row holding ``symbol`` (points): the symbol and its margins."""
    margin = DECISION_MARGIN if symbol is Symbol.DECISION else SYMBOL_MARGIN
    return SYMBOL_SIZE[shape_kind(symbol)][1] + 2 * margin


def _crowded_jump_ends(sop: Sop) -> dict[int, int]:
    """Steps whose row may need more side connectors (for jumps to another page) than it has
    free cells beside its symbols, with how many more: their row gets that many connector
    bands below the symbols."""
    need: dict[int, int] = {}
    for i, step in enumerate(sop.steps):
        for exit_ in step.exits:
            target = sop.exit_target(i, exit_)
            if target is not None and target != i + 1:
                need[i] = need.get(i, 0) + 1
                need.setdefault(target, 0)
    targets = {t for i, s in enumerate(sop.steps) for e in s.exits
               if (t := sop.exit_target(i, e)) is not None and t != i + 1}
    crowded: dict[int, int] = {}
    for i, count in need.items():
        count += 1 if i in targets else 0
        lanes = [k for k, lane in enumerate(sop.lanes) if lane.id in sop.steps[i].lanes]
        if not lanes:
            continue
        capacity = (min(lanes) > 0) + (max(lanes) < len(sop.lanes) - 1)
        if count > capacity:
            crowded[i] = count - capacity
    return crowded


def _total_text(sop: Sop) -> str:
    """The SOP's total standard time (docs/waktu.md, `total_text`: steps without a fixed standard
    are counted, never hidden); "" if no step has a fixed standard."""
    return _total_of(tuple(sorted(s.standard_time for s in sop.steps)))  # a sum: the order does not count


@lru_cache(maxsize=256)
def _total_of(values: tuple[str, ...]) -> str:
    return total_text(parse_waktu(v) for v in values)


def _draw_header(page: Page, sop: Sop, cols: Columns, top: float, height: float) -> None:
    lane_h = height - HEADER_TOP_H
    spans = {"number": "No", "activity": "Kegiatan", "remarks": remarks_header([s.remarks for s in sop.steps])}
    for key, label in spans.items():
        x, w = cols.text[key]
        _header_cell(page, Rect(x, top, w, height), label)
    _header_cell(page, Rect(cols.lanes_x, top, cols.lanes_w, HEADER_TOP_H), "Pelaksana")
    for k, lane in enumerate(sop.lanes):
        _header_cell(page, Rect(cols.lane_left(k), top + HEADER_TOP_H, cols.lane_w(k), lane_h), lane.name)
    mx = cols.text["requirements"][0]
    mw = sum(cols.text[k][1] for k in ("requirements", "standard_time", "output"))
    _header_cell(page, Rect(mx, top, mw, HEADER_TOP_H), "Mutu Baku")
    for key, label in (("requirements", "Kelengkapan"), ("standard_time", "Waktu"), ("output", "Output")):
        x, w = cols.text[key]
        _header_cell(page, Rect(x, top + HEADER_TOP_H, w, lane_h), label)


def _header_cell(page: Page, rect: Rect, label: str) -> None:
    page.cells.append(Cell(rect, shaded=True))
    lines = _header_lines(label, rect.w)
    pad = max(1.0, (rect.h - len(lines) * HEAD.leading) / 2)
    page.texts.append(_block(rect, lines, HEAD, Align.CENTER, "header", pad))


def _draw_rows(page: Page, sop: Sop, cols: Columns, rows: list[Row], y: float) -> float:
    for row in rows:
        if row.part == 0:
            page.row_rects[row.step] = Rect(cols.left, y, cols.right - cols.left, row.total)
            page.symbol_bands[row.step] = Rect(cols.lanes_x, y + row.top_zone, cols.lanes_w, row.height)
            page.steps.append(row.step)
        drawn = _row_drawing(sop, cols, row, y)
        page.shapes += drawn.shapes
        page.texts += drawn.texts
        page.cells += drawn.cells
        y += row.total
    return y


@dataclass(frozen=True, slots=True)
class _RowDrawing:
    """What one row (or row part) draws: symbols, texts and cells, in points on its page."""

    shapes: tuple[Shape, ...]
    texts: tuple[TextBlock, ...]
    cells: tuple[Cell, ...]


ROW_CACHE_SIZE = 4096
_row_cache: dict[tuple[object, ...], _RowDrawing] = {}


def _row_drawing(sop: Sop, cols: Columns, row: Row, y: float) -> _RowDrawing:
    """The row's drawing, kept by what it depends on (its texts, heights, symbols, columns and
    place), so that an edit draws again only the rows it changed or moved (the editor's frame)."""
    key = _row_key(sop, cols, row, y)
    drawn = _row_cache.get(key)
    if drawn is None:
        if len(_row_cache) >= ROW_CACHE_SIZE:
            _row_cache.clear()
        drawn = _row_cache[key] = _draw_row(sop, cols, row, y)
    return drawn


def _row_key(sop: Sop, cols: Columns, row: Row, y: float) -> tuple[object, ...]:
    texts = tuple(map(tuple, row.texts.values()))  # in TEXT_KEYS order, as `_measure` and `split_row` make them
    if row.part:
        return cols, y, row.step, row.part, row.height, row.total, texts
    step = sop.steps[row.step]
    return (cols, y, row.step, 0, row.height, row.top_zone, row.total, texts, step.symbol, step.lanes,
            tuple(lane.id for lane in sop.lanes), row.step == len(sop.steps) - 1)


def _draw_row(sop: Sop, cols: Columns, row: Row, y: float) -> _RowDrawing:
    h = row.total
    texts: list[TextBlock] = []
    shapes = _symbols(sop, cols, row, y) if row.part == 0 else []
    if row.part:
        lanes = Rect(cols.lanes_x, y, cols.lanes_w, h)
        texts.append(_block(lanes, wrap(CONTINUED, lanes.w - 2 * PAD, SMALL), SMALL, Align.CENTER, "continued", PAD))
    cells = []
    for key in TEXT_KEYS:
        x, w = cols.text[key]
        cells.append(Cell(Rect(x, y, w, h)))
        align = Align.CENTER if key in ("number", "standard_time") else Align.LEFT
        texts.append(_block(Rect(x, y, w, h), row.texts[key], BODY, align, key, PAD))
    cells += [Cell(Rect(cols.lane_left(lane), y, cols.lane_w(lane), h)) for lane in range(cols.lane_count)]
    return _RowDrawing(tuple(shapes), tuple(texts), tuple(cells))


def _symbols(sop: Sop, cols: Columns, row: Row, y: float) -> list[Shape]:
    step = sop.steps[row.step]
    kind = shape_kind(step.symbol)
    width, h = SYMBOL_SIZE[kind]
    cy = y + row.top_zone + row.height / 2
    label = ""
    if step.symbol is Symbol.TERMINATOR:
        label = "Mulai" if row.step == 0 else "Selesai" if row.step == len(sop.steps) - 1 else ""
    shapes = []
    for lane_id in step.lanes:
        try:
            lane = sop.lane_index(lane_id)
        except KeyError:
            continue
        w = min(width, cols.lane_w(lane) - 2 * SIDE_ROOM)
        cx = cols.lane_center(lane)
        shapes.append(Shape(kind, Rect(cx - w / 2, cy - h / 2, w, h), row.step, lane, label))
    return shapes


def _draw_total(page: Page, cols: Columns, y: float, lines: list[str]) -> float:
    """The foot row: "Jumlah waktu baku" and the total in the Waktu column (seed 000: "Total Hari")."""
    h = len(lines) * HEAD.leading + 2 * PAD
    wx, ww = cols.text["standard_time"]
    label_rect = Rect(cols.left, y, wx - cols.left, h)
    page.cells.append(Cell(label_rect))
    page.texts.append(_block(label_rect, ["Jumlah waktu baku"], HEAD, Align.CENTER, "total_label", PAD))
    page.cells.append(Cell(Rect(wx, y, ww, h)))
    page.texts.append(_block(Rect(wx, y, ww, h), lines, HEAD, Align.CENTER, "total", PAD))
    rest_x = wx + ww
    page.cells.append(Cell(Rect(rest_x, y, cols.right - rest_x, h)))
    return y + h


SIGN_ROOM = 42.0  # room for the signature and stamp, points
SIGN_WIDTH = 230.0


def _signature_lines(sop: Sop) -> list[tuple[str, TextStyle]]:
    """The signature block under the flowchart (as the signed sheets have it): the jabatan,
    room to sign, the name, the pangkat and NIP."""
    a = sop.approval
    if not (a.position or a.name):
        return []
    lines = _sign_field(a.position, BODY)
    lines.append(("", BODY))
    for text, style in ((a.name, HEAD), (a.rank, BODY), (f"NIP. {a.nip}" if a.nip else "", BODY)):
        lines += _sign_field(text, style)
    return lines


def _sign_field(text: str, style: TextStyle) -> list[tuple[str, TextStyle]]:
    lines = clip_lines(wrap(text, SIGN_WIDTH, style), SIGN_LINES, SIGN_WIDTH, style) if text else []
    return [(line, style) for line in lines]


def _signature_height(lines: list[tuple[str, TextStyle]]) -> float:
    return len(lines) * BODY.leading + SIGN_ROOM + 8.0 if lines else 0.0


def _draw_signature(page: Page, cols: Columns, y: float, lines: list[tuple[str, TextStyle]]) -> None:
    x = cols.right - SIGN_WIDTH
    y += 8.0
    for text, style in lines:
        if not text:
            y += SIGN_ROOM
            continue
        rect = Rect(x, y, SIGN_WIDTH, style.leading)
        page.texts.append(_block(rect, [text], style, Align.CENTER, "signature", 0.0))
        y += style.leading


def _footer(page: Page, paper: Paper, number: int, total: int, code: str) -> None:
    text = f"Halaman {number} dari {total}"
    rect = Rect(paper.margin, paper.height - paper.margin - FOOTER_H + 4, paper.width - 2 * paper.margin, FOOTER_H - 4)
    page.texts.append(_block(rect, [text], SMALL, Align.CENTER, "footer"))
    if code:
        page.texts.append(_block(rect, [code], SMALL, Align.LEFT, "footer_code"))
