"""Lay out the flowchart part (Bagian Flowchart) of an SOP on landscape pages.

Permenpan RB 35/2012: one table ``No | Kegiatan | a lane per Pelaksana | Mutu Baku:
Kelengkapan, Waktu, Output | Keterangan``, header repeated on every page, each step's
symbol in its lanes, orthogonal arrows, and an off-page connector pair (pentagon, same
letter) wherever a flow crosses a page break. Rows are as tall as their wrapped text
(bundled font metrics) and pages break by height.

All coordinates are points, origin at the page's top-left, y down.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache

from sopdesk.domain.format_v2 import LAYOUT, require_v1
from sopdesk.domain.model import Sop, Status, Step, Symbol
from sopdesk.domain.sheet_setup import Signature
from sopdesk.domain.sheetcode import SheetCode, sheet_code
from sopdesk.domain.waktu import parse_waktu, total_text
from sopdesk.layout.codeblock import QR_SIZE, footer_code, place_code_block
from sopdesk.layout.columns import ROUTED_MAX_SHARE, fit_columns, remarks_header
from sopdesk.layout.flow_routing import runs_room
from sopdesk.layout.fonts import TextStyle, clip_lines, wrap
from sopdesk.layout.geometry import Align, Arrow, Cell, Page, Rect, Shape, ShapeKind, TextBlock, shape_kind
from sopdesk.layout.geometry import text_block as _block
from sopdesk.layout.kept_routing import page_inputs, route_kept
from sopdesk.layout.labels import free_labels
from sopdesk.layout.nodes import (
    CONNECTOR_SIZE,
    node_shapes,
    placed_as_nodes,
    side_flows,
    symbol_room,
    symbols_height,
    terminator_label,
    text_room,
)
from sopdesk.layout.pagination import Row, paginate, text_height
from sopdesk.layout.paper import PAPERS, Columns, Paper, PaperName, sheet_paper
from sopdesk.layout.parts import (
    Frame,
    caption_block,
    continue_letters,
    draw_footnote,
    footnote_height,
    footnote_lines,
    part_sops,
    shift_steps,
)
from sopdesk.layout.repair import repair_page
from sopdesk.layout.reuse import Kept, Key, Same, page_copy
from sopdesk.layout.routing import LANE_ROOM_MAX, SIDE_ROOM, ZONE, Router, lane_room
from sopdesk.layout.signature import (
    draw_signature_footnote,
    signature_footnote,
    signature_footnote_height,
    signing_qr,
)
from sopdesk.layout.spans import waktu_cells, waktu_owners
from sopdesk.layout.symbol_text import fit_symbol
from sopdesk.layout.table_setup import (
    QUALITY_KEYS,
    TEXT_KEYS,
    column_label,
    custom_labels,
    draw_numbers_row,
    hidden_columns,
    numbers_height,
    text_keys,
)

BODY = TextStyle(bold=False, size=7.0, leading=8.0)
HEAD = TextStyle(bold=True, size=7.0, leading=8.0)
TITLE = TextStyle(bold=True, size=10.0, leading=12.0)
SMALL = TextStyle(bold=False, size=7.0, leading=8.5)
PAD = 2.0
# a symbol in a row no taller than it needs stands this high: `RUN_ROOM` below it for the run of
# its flow to the next row (`ROW_GAP` above the boundary, `quality.HUG` off the symbol), at least
# `TOP_ROOM` above it (the last leg of the line coming down into it stays longer than its head)
RUN_ROOM = 7.5
TOP_ROOM = 2.5
SYMBOL_MARGIN = 5.0  # above and below a symbol; a decision, whose exit labels stand below it and whose
DECISION_MARGIN = 10.0  # self-loop runs above it (routing.LOOP_RISE), gets 10
FOOTER_H = 14.0
HEADER_TOP_H = 11.0

SYMBOL_SIZE = {ShapeKind.TERMINATOR: (46.0, 16.0), ShapeKind.PROCESS: (46.0, 16.0), ShapeKind.DECISION: (36.0, 26.0)}
CONTINUED = "(lanjutan)"
ROWS_KEPT = 4096  # rows measured and drawn, kept for the next layouts (the editor)
HEADING_LINES = 3  # title lines over the flowchart; a longer title is whole on the identity page


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
                     live: bool = False, first_used: float = 0.0) -> FlowchartLayout:
    """Lay out ``sop``'s flowchart on ``paper`` (or on the paper the SOP asks for,
    ``SheetSetup.paper``); ``page_offset`` pages precede it in the sheet
    (or the book) and the footers count ``page_total`` pages (default: offset + these pages).

    ``with_code`` puts the verification block (QR code and sheet code, `sopdesk.layout.codeblock`)
    at the left of the signature block on the last page and the code in every footer; ``live``
    (the editor's drawing of unsaved edits, which have no code yet) keeps its place and size but
    shows a placeholder instead of the QR modules and the code. Several flowchart parts
    (`sopdesk.layout.parts`) follow one another, each from a new page. ``first_used`` points of
    the first page are kept free for rows (the identity table above it, `sopdesk.layout.sheet`
    moves that page down); its first page may then hold no row.
    Returns a `FlowchartLayout`; raises nothing for any valid `Sop` (1 step upward).
    """
    require_v1(sop, LAYOUT)
    if isinstance(paper, PaperName):
        paper = PAPERS[paper]
    paper = sheet_paper(sop.setup.paper, paper)
    code = sheet_code(sop) if with_code and not live else None
    layout: FlowchartLayout | None = None
    for first, frame, part_sop in part_sops(sop) if sop.parts else [(0, Frame(), sop)]:
        table = _layout_table(part_sop, paper, frame, with_code, code, first_used if layout is None else 0.0)
        if layout is not None:
            used = len({c.label for c in layout.connectors})
            new = continue_letters(table.pages, [c.label for c in table.connectors], used, part_sop)
            table.connectors = [dataclasses.replace(c, label=new[c.label]) for c in table.connectors]
        shift_steps(table.pages, first)
        if layout is None:
            layout = table
            continue
        _append(layout, table, first)
    assert layout is not None
    total_pages = page_total if page_total is not None else page_offset + len(layout.pages)
    footnote = signature_footnote(sop, paper)
    for page in layout.pages:
        draw_footer(page, paper, page.number + page_offset, total_pages, footer_code(code) if with_code else "")
        draw_signature_footnote(page, paper, FOOTER_H, footnote)
    return layout


def _append(layout: FlowchartLayout, table: FlowchartLayout, first: int) -> None:
    """Put the pages of a later part's ``table`` (its rows from step ``first``) after ``layout``'s."""
    before = len(layout.pages)
    for page in table.pages:
        page.number += before
    layout.pages += table.pages
    layout.connectors += [dataclasses.replace(c, out_page=c.out_page + before, in_page=c.in_page + before,
                                              from_step=c.from_step + first, to_step=c.to_step + first)
                          for c in table.connectors]


def _layout_table(sop: Sop, paper: Paper, frame: Frame, with_code: bool, code: SheetCode | None,
                  first_used: float = 0.0) -> FlowchartLayout:
    """One table of ``sop``'s rows with its ``frame`` (caption, footnote; the signature and the
    verification block after the ``last``), routed, without page footers."""
    total_text = _total_text(sop) if sop.setup.total_row and sop.setup.time_column else ""
    cols = fit_columns(paper, [lane.name for lane in sop.lanes], _column_texts(sop), HEAD, BODY, PAD,
                       [_least_band(step) for step in sop.steps], _lane_least(sop, paper), hidden_columns(sop.setup),
                       custom_labels(sop.setup))
    heads, table_top = _headings(sop, paper, frame, cols)
    header_h = HEADER_TOP_H + _lane_header_height(sop, cols) + numbers_height(sop.setup)
    rows = [_measure(sop, i, cols) for i in range(len(sop.steps))]
    for i, slots in _crowded_jump_ends(sop).items():
        rows[i].side_zone = ZONE * slots
    total_lines = wrap(total_text, cols.text["standard_time"][1] - 2 * PAD, HEAD) if total_text else []
    total = len(total_lines) * HEAD.leading + 2 * PAD if total_lines else 0.0
    notes = footnote_lines(frame.footnote, cols.right - cols.left)
    signature = _signature_lines(sop) if frame.last and sop.setup.signature_block else []
    signature_h = _signature_height(signature)
    if with_code and frame.last:
        signature_h = max(signature_h, QR_SIZE + 8.0)
    bottom = paper.height - paper.margin - FOOTER_H - signature_footnote_height(sop, paper)
    pages_rows = paginate(rows, bottom - (table_top + header_h), total + footnote_height(notes) + signature_h,
                          BODY, PAD, first_used)
    layout = FlowchartLayout(paper, cols, [])
    table = _Table(paper, tuple(heads), _header(sop, cols, table_top, header_h), table_top + header_h,
                   tuple(total_lines), tuple(notes), tuple(signature), with_code and frame.last, code, sop.status,
                   sop.signature)
    owners = waktu_owners(sop)
    lanes = tuple(lane.id for lane in sop.lanes)
    inputs = []
    for index, page_rows in enumerate(pages_rows):
        last = index == len(pages_rows) - 1
        page, read = _page(table, sop, cols, lanes, index, page_rows, waktu_cells(page_rows, owners), last)
        layout.pages.append(page)
        inputs.append(read)
    route_kept(sop, layout, inputs, lambda: _route(sop, layout, inputs))
    return layout


def _lane_least(sop: Sop, paper: Paper) -> tuple[float, ...]:
    """The least width of each lane (points): room for the arrows beside it (`lane_room`) and for
    its symbols' words (`sopdesk.layout.nodes.text_room`), the words' only while all the lanes stay
    within `ROUTED_MAX_SHARE` of the usable width (more they could not get: words then break)."""
    arrows = lane_room(sop)
    both = tuple(max(a, b) for a, b in zip(arrows, text_room(sop, SIDE_ROOM, LANE_ROOM_MAX), strict=True))
    return both if sum(both) <= ROUTED_MAX_SHARE * (paper.width - 2 * paper.margin) else arrows


def _route(sop: Sop, layout: FlowchartLayout, inputs: list[Key]) -> None:
    """The arrows and off-page connectors of ``layout``'s pages (``inputs``: what the routing
    read of each, `page_inputs`), the labels moved clear of them and faulty lines redrawn."""
    drawn = [len(page.shapes) for page in layout.pages]
    Router(sop, layout).route()
    for page, read, n in zip(layout.pages, inputs, drawn, strict=True):
        _finish_lines(page, Key((Same(layout.columns), read, tuple(page.shapes[n:]), tuple(page.arrows))))


_finished: Kept[tuple[Arrow, ...]] = Kept(512)


def _finish_lines(page: Page, key: Key) -> None:
    """The last passes over ``page``'s routed lines: labels moved clear (`free_labels`), faulty
    lines redrawn (`repair_page`). ``key`` holds what they read (the page's columns, what the
    routing read of it, the connectors and lines it added), so after an edit the pages whose
    routing came out as before are not checked again (the routing itself runs over the whole SOP)."""
    kept = _finished.get(key)
    if kept is None:
        free_labels(page)
        repair_page(page)
        kept = _finished.put(key, tuple(page.arrows))
    page.arrows[:] = kept


@dataclass(frozen=True, slots=True)
class _Header:
    """The table's header as drawn (the same on every page)."""

    cells: tuple[Cell, ...]
    texts: tuple[TextBlock, ...]


_headers: Kept[_Header] = Kept(64)


def _header(sop: Sop, cols: Columns, top: float, height: float) -> _Header:
    """The header of ``sop``'s table at ``top``, ``height`` points high, kept by what it shows."""
    remarks = remarks_header([s.remarks for s in sop.steps], custom_labels(sop.setup))
    key = (Same(cols), sop.lanes, sop.setup, remarks, top, height)
    header = _headers.get(key)
    if header is None:
        page = Page(0, 0.0, 0.0)
        _draw_header(page, sop, cols, top, height, remarks)
        header = _headers.put(key, _Header(tuple(page.cells), tuple(page.texts)))
    return header


@dataclass(frozen=True, slots=True)
class _Table:
    """What every page of one table draws besides its rows (heading, caption, header; the rows from
    ``body_top``), and what its last page adds (total, footnote, signature, verification block: the
    code, the SOP's status and signature mode). Hashed once (a key of every page)."""

    paper: Paper
    heads: tuple[TextBlock, ...]  # the SOP's name and number (unless it prints none), a part's caption
    header: _Header
    body_top: float
    total_lines: tuple[str, ...]
    notes: tuple[str, ...]
    signature: tuple[tuple[str, TextStyle], ...]
    code_block: bool
    code: SheetCode | None
    status: Status
    signing: Signature
    hashed: int = field(default=0, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hashed", hash(tuple(getattr(self, f.name) for f in dataclasses.fields(self)
                                                      if f.compare)))

    def __hash__(self) -> int:
        return self.hashed


PAGES_KEPT = 128
_pages: Kept[tuple[Page, Key]] = Kept(PAGES_KEPT)


def _page(table: _Table, sop: Sop, cols: Columns, lanes: tuple[str, ...], index: int, rows: list[Row],
          waktu: list[float | None], last: bool) -> tuple[Page, Key]:
    """Page ``index`` (0-based) of ``table`` holding ``rows``, before routing and footers, and what
    the routing reads of it (`page_inputs`): kept by what it draws (`_Table`, each row's `_row_key`),
    so that an edit draws again only the pages whose rows changed, moved or grew (`_draw_page`); a
    new `Page` each time (the routing adds to it)."""
    keys, y = [], table.body_top
    for row, waktu_h in zip(rows, waktu, strict=True):
        keys.append(_row_key(sop, cols, lanes, row, y, waktu_h))
        y += row.total
    key = (table, index, last, Same(cols), tuple(keys))
    kept = _pages.get(key)
    if kept is None:
        kept = _pages.put(key, _draw_page(table, sop, cols, index, rows, waktu, keys, last))
    return page_copy(kept[0]), kept[1]


def _draw_page(table: _Table, sop: Sop, cols: Columns, index: int, rows: list[Row], waktu: list[float | None],
               keys: list[tuple[object, ...]], last: bool) -> tuple[Page, Key]:
    """Draw page ``index`` of ``table`` (see `_page`); with it, the key of what the routing reads of it
    (`sopdesk.layout.kept_routing.page_inputs`)."""
    page = Page(index + 1, table.paper.width, table.paper.height)
    page.texts += table.heads
    page.cells += table.header.cells
    page.texts += table.header.texts
    y = _draw_rows(page, sop, cols, rows, table.body_top, waktu, keys)
    if last and table.total_lines:
        y = _draw_total(page, cols, y, list(table.total_lines))
    body_top = table.body_top
    page.lane_area = Rect(cols.lanes_x, body_top, cols.lanes_w, y - body_top)
    page.text_columns = [Rect(cols.text[k][0], body_top, cols.text[k][1], y - body_top) for k in text_keys(cols)]
    if last:
        y = draw_footnote(page, cols.left, y, cols.right - cols.left, list(table.notes))
    if last and table.signature:
        _draw_signature(page, sop, cols, y, list(table.signature))
    if last and table.code_block:
        qr, texts = place_code_block(sop, table.code, cols.left, y + 8.0)
        page.qr_codes.append(qr)
        page.texts += texts
    return page, page_inputs(page)


def _column_texts(sop: Sop) -> dict[str, list[str]]:
    """The steps' texts per column (the total Waktu wraps in the column its values need); only the
    columns the SOP prints (format version 2)."""
    keys = [key for key in TEXT_KEYS[1:] if sop.setup.prints(key)]
    return {key: [getattr(step, key) for step in sop.steps] for key in keys}


def _headings(sop: Sop, paper: Paper, frame: Frame, cols: Columns) -> tuple[list[TextBlock], float]:
    """The blocks over the table on every page (the SOP's name and number unless the SOP prints
    none, `SheetSetup.flowchart_heading`; a part's caption) and the y where the table starts."""
    heading = _heading(sop, paper) if sop.setup.flowchart_heading else None
    below = heading.rect.bottom if heading else paper.margin - 4.0
    caption = caption_block(frame.caption, cols.left, below + 4.0, cols.right - cols.left)
    blocks = [b for b in (heading, caption) if b is not None]
    return blocks, caption.rect.bottom if caption else below + 6.0 if heading else paper.margin


def _heading(sop: Sop, paper: Paper) -> TextBlock:
    width = paper.width - 2 * paper.margin
    lines = clip_lines(wrap(sop.title, width, TITLE), HEADING_LINES, width, TITLE)
    if sop.number:
        lines = [*lines, f"Nomor: {sop.number}"]
    rect = Rect(paper.margin, paper.margin, width, len(lines) * TITLE.leading + 2)
    return _block(rect, lines, TITLE, Align.CENTER, "title")


def _lane_header_height(sop: Sop, cols: Columns) -> float:
    most = max((len(_header_lines(lane.name, cols.lane_w(k))) for k, lane in enumerate(sop.lanes)), default=1)
    return max(2, most) * HEAD.leading + 2 * PAD


HEADER_LINES = 6  # a longer lane name is cut with an ellipsis (the checker warns: too-long)
SIGN_LINES = 4  # lines of each signature field; the whole approval is on the identity page


def _header_lines(label: str, width: float) -> list[str]:
    return clip_lines(wrap(label, width - 2 * PAD, HEAD), HEADER_LINES, width - 2 * PAD, HEAD)


class _Lines(dict[str, list[str]]):
    """A measured row's texts (column key -> wrapped lines), with ``key``: the same as tuples, made
    once (a row's drawing is kept by its texts, `_row_key`). Never changed in place."""

    key: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, texts: dict[str, list[str]]) -> _Lines:
        lines = cls(texts)
        lines.key = tuple(map(tuple, texts.values()))
        return lines


_measured: Kept[tuple[_Lines, float, float]] = Kept(ROWS_KEPT)


def _measure(sop: Sop, i: int, cols: Columns) -> Row:
    """Step ``i``'s row: its texts wrapped in ``cols``, its height and its symbols' least height; kept
    by the step (the same object), its place, the columns and the lanes (its symbols' stacks). The
    texts are shared between the rows of several layouts: never changed in place."""
    key = (Same(sop.steps[i]), i, i == len(sop.steps) - 1, sop.setup.terminator_labels, Same(cols), Same(sop.lanes))
    kept = _measured.get(key)
    if kept is None:
        texts, height, symbol_h = _measured_row(sop, i, cols)
        kept = _measured.put(key, (_Lines.of(texts), height, symbol_h))
    return Row(i, *kept)


def _measured_row(sop: Sop, i: int, cols: Columns) -> tuple[dict[str, list[str]], float, float]:
    step = sop.steps[i]
    keys = text_keys(cols)
    values = {"number": step.number or str(i + 1), "activity": step.activity, "requirements": step.requirements,
              "standard_time": step.standard_time, "output": step.output, "remarks": step.remarks}
    wrapped = _wrapped(tuple(values[k] for k in keys), tuple(cols.text[k][1] for k in keys))
    texts = {k: list(lines) for k, lines in zip(keys, wrapped, strict=True)}
    if placed_as_nodes(step):  # format version 2: several symbols, text in one, a connector
        margin = DECISION_MARGIN if any(n.kind is Symbol.DECISION for n in step.nodes()) else SYMBOL_MARGIN
        symbol_h = symbols_height(sop, i, SYMBOL_SIZE, cols, SIDE_ROOM) + 2 * (margin + runs_room(step, i, margin))
    else:
        symbol_h = max(_symbol_band(step.symbol), _labelled_band(sop, i, cols))
    return texts, max(text_height(texts, BODY, PAD), symbol_h), symbol_h


@lru_cache(maxsize=4096)
def _wrapped(values: tuple[str, ...], widths: tuple[float, ...]) -> tuple[tuple[str, ...], ...]:
    """A row's texts (in `TEXT_KEYS` order) wrapped in their columns' ``widths``; kept, so that
    an edit measures again only the rows it changed."""
    return tuple(tuple(wrap(v, w - 2 * PAD, BODY)) for v, w in zip(values, widths, strict=True))


def _labelled_band(sop: Sop, i: int, cols: Columns) -> float:
    """The least height of row ``i`` (version 1) for its terminator's text in its narrowest lane
    (points; 0 for any other symbol)."""
    step = sop.steps[i]
    label = terminator_label(sop, i) if step.symbol is Symbol.TERMINATOR else ""
    lanes = [k for k, lane in enumerate(sop.lanes) if lane.id in step.lanes]
    if not label or not lanes:
        return 0.0
    w, h = SYMBOL_SIZE[ShapeKind.TERMINATOR]
    room, lane_w = min(symbol_room(cols, lane, SIDE_ROOM) for lane in lanes)
    return fit_symbol(ShapeKind.TERMINATOR, label, min(w, room), h, room, lane_w)[1] + 2 * SYMBOL_MARGIN


@lru_cache(maxsize=16)
def _symbol_band(symbol: Symbol) -> float:
    """The least height of a row holding ``symbol`` (points): the symbol and its margins."""
    margin = DECISION_MARGIN if symbol is Symbol.DECISION else SYMBOL_MARGIN
    kind = shape_kind(symbol)
    return (CONNECTOR_SIZE if kind is ShapeKind.CONNECTOR else SYMBOL_SIZE[kind])[1] + 2 * margin


def _crowded_jump_ends(sop: Sop) -> dict[int, int]:
    """Steps whose row may need more side connectors (for jumps to another page) than it has
    free cells beside its symbols, with how many more: their row gets that many connector
    bands below the symbols. A row needs one cell per jump out of it, and for the jumps into it
    one (their connector) or, version 2, two when several rows jump in (a jump from its own page
    enters from the side, its leg taking a cell; `Router._detour`)."""
    need: dict[int, int] = {}
    jumps = _jumps(sop)
    for i, target in jumps:
        need[i] = need.get(i, 0) + 1
        need.setdefault(target, 0)
    # one cell for the connector of the jumps in from other pages; in version 2 a second for the
    # legs of those from the same page, when several rows jump in (either may be on this page)
    most_in = 2 if sop.has_flows else 1
    sources: dict[int, set[int]] = {}
    for i, target in jumps:
        sources.setdefault(target, set()).add(i)
    crowded: dict[int, int] = {}
    for i, count in need.items():
        count += min(most_in, len(sources.get(i, ())))
        lanes = [k for k, lane in enumerate(sop.lanes) if lane.id in sop.steps[i].lanes]
        if not lanes:
            continue
        capacity = (min(lanes) > 0) + (max(lanes) < len(sop.lanes) - 1)
        if count > capacity:
            crowded[i] = count - capacity
    return crowded


def _jumps(sop: Sop) -> list[tuple[int, int]]:
    """(source, target) of every flow that may leave its row by a side connector: a decision's
    exit (version 1) to a step other than the next, or (version 2) an arrow drawn as a jump
    (`sopdesk.layout.nodes.side_flows`)."""
    if not sop.has_flows:
        return [(i, t) for i, s in enumerate(sop.steps) for e in s.exits
                if (t := sop.exit_target(i, e)) is not None and t != i + 1]
    return [(i, flow.target) for i in range(len(sop.steps)) for flow in side_flows(sop, i)]


def _total_text(sop: Sop) -> str:
    """The SOP's total standard time (docs/waktu.md, `total_text`: steps without a fixed standard
    are counted, never hidden); "" if no step has a fixed standard. A Waktu written once for
    several rows (``Step.time_rows``) counts once: the rows under it are not steps without one."""
    owners = waktu_owners(sop)
    return _total_of(tuple(sorted(s.standard_time for i, s in enumerate(sop.steps) if owners.get(i, i) == i)))


@lru_cache(maxsize=256)
def _total_of(values: tuple[str, ...]) -> str:
    """The total of ``values`` (Waktu as written; a sum: their order does not count)."""
    return total_text(parse_waktu(v) for v in values)


def _draw_header(page: Page, sop: Sop, cols: Columns, top: float, height: float, remarks: str) -> None:
    """The table's header with the SOP's labels (`sopdesk.layout.table_setup`; ``remarks`` the
    Keterangan's) and, when the SOP has one, the column-number row at its foot."""
    numbers_h = numbers_height(sop.setup)
    height -= numbers_h
    lane_h = height - HEADER_TOP_H
    for key in ("number", "activity", "remarks"):
        if key in cols.text:
            x, w = cols.text[key]
            label = remarks if key == "remarks" else column_label(sop.setup, key)
            _header_cell(page, Rect(x, top, w, height), label)
    _header_cell(page, Rect(cols.lanes_x, top, cols.lanes_w, HEADER_TOP_H), column_label(sop.setup, "lanes"))
    for k, lane in enumerate(sop.lanes):
        _header_cell(page, Rect(cols.lane_left(k), top + HEADER_TOP_H, cols.lane_w(k), lane_h), lane.name)
    _draw_quality_header(page, sop, cols, top, height)
    if numbers_h:
        draw_numbers_row(page, cols, top + height, sop.setup, [lane.id for lane in sop.lanes])


def _draw_quality_header(page: Page, sop: Sop, cols: Columns, top: float, height: float) -> None:
    """The Mutu Baku block's header: its label over the columns printed and theirs below; a single
    column (bps-pringsewu prints Waktu alone) stands with its own label, as the original, and no
    column leaves no block."""
    keys = [key for key in QUALITY_KEYS if key in cols.text]
    if len(keys) == 1:
        x, w = cols.text[keys[0]]
        _header_cell(page, Rect(x, top, w, height), column_label(sop.setup, keys[0]))
        return
    if keys:
        mx = cols.text[keys[0]][0]
        _header_cell(page, Rect(mx, top, sum(cols.text[k][1] for k in keys), HEADER_TOP_H),
                     column_label(sop.setup, "quality"))
    for key in keys:
        x, w = cols.text[key]
        _header_cell(page, Rect(x, top + HEADER_TOP_H, w, height - HEADER_TOP_H), column_label(sop.setup, key))


def _header_cell(page: Page, rect: Rect, label: str) -> None:
    page.cells.append(Cell(rect, shaded=True))
    lines = _header_lines(label, rect.w)
    pad = max(1.0, (rect.h - len(lines) * HEAD.leading) / 2)
    page.texts.append(_block(rect, lines, HEAD, Align.CENTER, "header", pad))


def _draw_rows(page: Page, sop: Sop, cols: Columns, rows: list[Row], y: float,
               waktu: list[float | None], keys: list[tuple[object, ...]]) -> float:
    """The ``rows`` of a page from ``y`` down; ``waktu`` the height of each row's Waktu cell (None:
    merged into a cell above, `sopdesk.layout.spans.waktu_cells`); ``keys`` each row's `_row_key`.
    Returns the y below them."""
    for row, waktu_h, key in zip(rows, waktu, keys, strict=True):
        if row.part == 0:
            page.row_rects[row.step] = Rect(cols.left, y, cols.right - cols.left, row.total)
            page.symbol_bands[row.step] = Rect(cols.lanes_x, y + row.top_zone, cols.lanes_w, row.height)
            page.steps.append(row.step)
        drawn = _row_drawing(sop, cols, row, y, waktu_h, key)
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


_row_cache: Kept[_RowDrawing] = Kept(ROWS_KEPT)


def _row_drawing(sop: Sop, cols: Columns, row: Row, y: float, waktu_h: float | None,
                 key: tuple[object, ...]) -> _RowDrawing:
    """The row's drawing, kept by ``key`` (`_row_key`: what it depends on), so that an edit draws
    again only the rows it changed or moved (the editor's frame); ``waktu_h`` is the height of its
    Waktu cell (None: merged into a cell above)."""
    drawn = _row_cache.get(key)
    if drawn is None:
        drawn = _row_cache.put(key, _draw_row(sop, cols, row, y, waktu_h))
    return drawn


def _row_key(sop: Sop, cols: Columns, lanes: tuple[str, ...], row: Row, y: float,
             waktu_h: float | None) -> tuple[object, ...]:
    """What a row's drawing depends on: its place, texts, heights, Waktu cell, its step (the same
    object: frozen, with its symbols, their texts, lanes and arrows), the SOP's ``lanes`` and the
    columns (the same object: `fit_columns` keeps them)."""
    # in text_keys order, as `_measure` and `split_row` make them; a measured row's made once
    texts = row.texts.key if isinstance(row.texts, _Lines) else tuple(map(tuple, row.texts.values()))
    if row.part:
        return Same(cols), y, row.step, row.part, row.height, row.total, texts, waktu_h
    step = Same(sop.steps[row.step])
    return (Same(cols), y, row.step, 0, row.height, row.top_zone, row.total, texts, waktu_h, step, lanes,
            row.step == 0, row.step == len(sop.steps) - 1, sop.setup.terminator_labels)


def _draw_row(sop: Sop, cols: Columns, row: Row, y: float, waktu_h: float | None) -> _RowDrawing:
    h = row.total
    texts: list[TextBlock] = []
    shapes = _symbols(sop, cols, row, y) if row.part == 0 else []
    if row.part:
        lanes = Rect(cols.lanes_x, y, cols.lanes_w, h)
        texts.append(_block(lanes, wrap(CONTINUED, lanes.w - 2 * PAD, SMALL), SMALL, Align.CENTER, "continued", PAD))
    cells = []
    for key in text_keys(cols):
        cell_h = waktu_h if key == "standard_time" else h
        if cell_h is None:
            continue
        x, w = cols.text[key]
        cells.append(Cell(Rect(x, y, w, cell_h)))
        align = Align.CENTER if key in ("number", "standard_time") else Align.LEFT
        texts.append(_block(Rect(x, y, w, cell_h), row.texts[key], BODY, align, key, PAD))
    cells += [Cell(Rect(cols.lane_left(lane), y, cols.lane_w(lane), h)) for lane in range(cols.lane_count)]
    return _RowDrawing(tuple(shapes), tuple(texts), tuple(cells))


def _least_band(step: Step) -> float:
    """The least height of a row holding ``step``'s symbols before the columns are known: its
    tallest symbol with margins (rows of several symbols stacked in a lane grow in `_measure`)."""
    if not step.symbols:  # one symbol (format version 1)
        return _symbol_band(step.symbol)
    return max(_symbol_band(node.kind) for node in step.symbols)


def _symbols(sop: Sop, cols: Columns, row: Row, y: float) -> list[Shape]:
    step = sop.steps[row.step]
    cy = y + row.top_zone + row.height / 2
    if placed_as_nodes(step):
        return node_shapes(sop, cols, row.step, cy, SYMBOL_SIZE, SIDE_ROOM)
    kind = shape_kind(step.symbol)
    width, height = SYMBOL_SIZE[kind]
    label = terminator_label(sop, row.step) if step.symbol is Symbol.TERMINATOR else ""
    shapes = []
    for lane_id in step.lanes:
        try:
            lane = sop.lane_index(lane_id)
        except KeyError:
            continue
        room, lane_w = symbol_room(cols, lane, SIDE_ROOM)
        w, h = fit_symbol(kind, label, min(width, room), height, room, lane_w)
        cx = cols.lane_center(lane)
        gap = row.height / 2 - h / 2  # above and below the symbol, centred
        up = max(0.0, min(RUN_ROOM - gap, gap - TOP_ROOM))
        shapes.append(Shape(kind, Rect(cx - w / 2, cy - up - h / 2, w, h), row.step, lane, label))
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


def _draw_signature(page: Page, sop: Sop, cols: Columns, y: float, lines: list[tuple[str, TextStyle]]) -> None:
    """The signature block at the right under the table; an electronic signature's QR image
    (`sopdesk.layout.signature`) stands in the room for a wet signature."""
    x = cols.right - SIGN_WIDTH
    y += 8.0
    for text, style in lines:
        if not text:
            qr = signing_qr(sop, x, y, SIGN_WIDTH, SIGN_ROOM)
            page.images += [qr] if qr else []
            y += SIGN_ROOM
            continue
        rect = Rect(x, y, SIGN_WIDTH, style.leading)
        page.texts.append(_block(rect, [text], style, Align.CENTER, "signature", 0.0))
        y += style.leading


def draw_footer(page: Page, paper: Paper, number: int, total: int, code: str) -> None:
    """The page footer: "Halaman ``number`` dari ``total``" centred, the sheet ``code`` at the left."""
    text = f"Halaman {number} dari {total}"
    rect = Rect(paper.margin, paper.height - paper.margin - FOOTER_H + 4, paper.width - 2 * paper.margin, FOOTER_H - 4)
    page.texts.append(_block(rect, [text], SMALL, Align.CENTER, "footer"))
    if code:
        page.texts.append(_block(rect, [code], SMALL, Align.LEFT, "footer_code"))
