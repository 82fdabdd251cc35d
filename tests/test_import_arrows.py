"""Arrows of PDF flowcharts drawn the way Word prints them through Ghostscript (issue 15): small
synthetic sheets made with reportlab, read by `pdf_reader` and recognised into steps."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from sopdesk.io.importers.pdf_reader import read_pdf
from sopdesk.io.importers.recognise import recognise

PAGE = (842.0, 595.0)
COLUMNS = (40.0, 70.0, 250.0, 330.0, 410.0, 490.0)  # No | Kegiatan | Staf | Kasubag | Kabag
ROW = 60.0
HEADER = (60.0, 90.0)  # top and bottom of the header row


Draw = Callable[[Canvas], None]


def _y(top: float) -> float:
    return PAGE[1] - top


def _polygon(c: Canvas, pts: list[tuple[float, float]]) -> None:
    """A filled outline, as Ghostscript prints a Word stroke."""
    path = c.beginPath()
    path.moveTo(pts[0][0], _y(pts[0][1]))
    for x, y in pts[1:]:
        path.lineTo(x, _y(y))
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _stroke(c: Canvas, a: tuple[float, float], b: tuple[float, float], width: float = 1.0) -> None:
    """A straight stroke drawn as a thin filled outline ``width`` points wide."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = (dx * dx + dy * dy) ** 0.5
    nx, ny = -dy / length * width / 2, dx / length * width / 2
    _polygon(c, [(a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny), (b[0] - nx, b[1] - ny), (a[0] - nx, a[1] - ny)])


def _split_v_arrow(c: Canvas, pts: list[tuple[float, float]]) -> None:
    """An arrow along ``pts`` with an open "V" head whose arms are two separate filled strokes
    and a speck where they meet the shaft."""
    for a, b in pairwise(pts):
        _stroke(c, a, b)
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    for side in (1, -1):
        arm = (x1 - 6 * ux - 4 * side * uy, y1 - 6 * uy + 4 * side * ux)
        _stroke(c, arm, (x1, y1), 0.9)
    _polygon(c, [(x1 - 0.3, y1 - 0.3), (x1 + 0.3, y1 - 0.3), (x1 + 0.3, y1 + 0.3), (x1 - 0.3, y1 + 0.3)])


def _rect(c: Canvas, x0: float, top: float, x1: float, bottom: float) -> None:
    c.rect(x0, _y(bottom), x1 - x0, bottom - top, stroke=1, fill=0)


def _diamond(c: Canvas, cx: float, cy: float, w: float, h: float) -> None:
    path = c.beginPath()
    path.moveTo(cx, _y(cy - h / 2))
    path.lineTo(cx + w / 2, _y(cy))
    path.lineTo(cx, _y(cy + h / 2))
    path.lineTo(cx - w / 2, _y(cy))
    path.close()
    c.drawPath(path, stroke=1, fill=0)


def _lane_centre(lane: int) -> float:
    return (COLUMNS[2 + lane] + COLUMNS[3 + lane]) / 2


def _row_centre(row: int) -> float:
    return HEADER[1] + ROW * row + ROW / 2


def _sheet(path: Path, rows: int, draw: Draw, *more: tuple[int, Draw]) -> Path:
    """A flowchart table: header No | Kegiatan | three lanes, ``rows`` numbered steps; ``draw``
    adds the symbols and arrows. Each of ``more`` is a further page, ``(rows, draw)``: the
    table going on without its header, the steps numbered on."""
    c = Canvas(str(path), pagesize=PAGE)
    _table(c, rows, 0, header=True)
    draw(c)
    first = rows
    for rows_after, draw_after in more:
        c.showPage()
        _table(c, rows_after, first, header=False)
        draw_after(c)
        first += rows_after
    c.save()
    return path


def _table(c: Canvas, rows: int, first: int, header: bool) -> None:
    """The table's rules and texts; without ``header`` its body starts where the header would."""
    c.setLineWidth(0.5)
    c.setFillGray(0)
    top = HEADER[0] if header else HEADER[1]
    bottom = HEADER[1] + ROW * rows
    for x in COLUMNS:
        c.line(x, _y(top), x, _y(bottom))
    for y in [top, *(HEADER[1] + ROW * i for i in range(rows + 1))]:
        c.line(COLUMNS[0], _y(y), COLUMNS[-1], _y(y))
    c.setFont("Helvetica", 8)
    if header:
        for x, label in zip(COLUMNS, ("No", "Kegiatan", "Staf", "Kasubag", "Kabag"), strict=False):
            c.drawString(x + 3, _y(HEADER[1] - 12), label)
    for i in range(rows):
        c.drawString(COLUMNS[0] + 3, _y(HEADER[1] + ROW * i + 14), f"{first + i + 1}.")
        c.drawString(COLUMNS[1] + 3, _y(HEADER[1] + ROW * i + 14), f"Kegiatan langkah {first + i + 1}")


def _flow(path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    (draft,) = recognise(read_pdf(path))
    return {f.number: tuple(sorted(f.arrows)) for f in draft.flow}


def _three_steps_with_a_loop(c: Canvas) -> None:
    """Step 1 a box in Staf, step 2 a decision in Kasubag, step 3 a box in Kabag. The
    decision's "T" goes back to step 1 through the Staf lane, its "Y" on to step 3."""
    _rect(c, _lane_centre(0) - 25, _row_centre(0) - 12, _lane_centre(0) + 25, _row_centre(0) + 12)
    _diamond(c, _lane_centre(1), _row_centre(1), 50, 30)
    _rect(c, _lane_centre(2) - 25, _row_centre(2) - 12, _lane_centre(2) + 25, _row_centre(2) + 12)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(_lane_centre(0) - 20, _y(_row_centre(1) - 4), "T")
    c.drawString(_lane_centre(2) - 10, _y(_row_centre(1) - 4), "Y")
    # 1 -> 2: down from the box's right side into the decision's top
    _split_v_arrow(c, [(_lane_centre(0) + 25, _row_centre(0)), (_lane_centre(1), _row_centre(0)),
                       (_lane_centre(1), _row_centre(1) - 15)])
    # 2 -> 1 (T): left out of the decision, up the Staf lane into the box's bottom
    _split_v_arrow(c, [(_lane_centre(1) - 25, _row_centre(1)), (_lane_centre(0), _row_centre(1)),
                       (_lane_centre(0), _row_centre(0) + 12)])
    # 2 -> 3 (Y): right out of the decision, down into the box's top
    _split_v_arrow(c, [(_lane_centre(1) + 25, _row_centre(1)), (_lane_centre(2), _row_centre(1)),
                       (_lane_centre(2), _row_centre(2) - 12)])


def test_open_heads_whose_arms_are_separate_pieces_are_read(tmp_path: Path) -> None:
    flow = _flow(_sheet(tmp_path / "v.pdf", 3, _three_steps_with_a_loop))
    assert flow["1"] == (("2", ""),)
    assert flow["2"] == (("1", "T"), ("3", "Y"))


def test_a_connector_the_table_finder_takes_for_a_rule_is_still_followed(tmp_path: Path) -> None:
    """The loop's horizontal run lies across a whole cell, from lane rule to lane rule, so
    pdfplumber's table finder cuts that cell in two along it: the connector is still read."""

    def draw(c: Canvas) -> None:
        _three_steps_with_a_loop(c)
        # 3 -> 1: left out of the box, along the middle of row 3 to the Staf lane's rule,
        # then up it ... drawn as separate plain lines, the last one with a split head
        left = COLUMNS[2] + 6
        c.setLineWidth(1)
        c.line(_lane_centre(2) - 25, _y(_row_centre(2)), left, _y(_row_centre(2)))
        c.line(left, _y(_row_centre(2)), left, _y(_row_centre(0) + 6))
        _split_v_arrow(c, [(left, _row_centre(0) + 6), (_lane_centre(0) - 25, _row_centre(0) + 6)])

    flow = _flow(_sheet(tmp_path / "cut.pdf", 3, draw))
    assert flow["3"] == (("1", ""),)
    assert flow["2"] == (("1", "T"), ("3", "Y"))


def _thick(c: Canvas, x0: float, top: float, x1: float, bottom: float) -> None:
    """A thick line drawn as a filled rectangle (2.2 points wide), as Ghostscript prints it."""
    c.rect(x0, _y(bottom), x1 - x0, bottom - top, stroke=0, fill=1)


def test_a_thick_connector_over_the_page_break_comes_from_the_step_before_it(tmp_path: Path) -> None:
    """Step 2's decision sends "Y" down off the first page; on the next page the line comes in
    at the table's top and turns into step 3's box: the arrow is step 2's. The line is drawn
    as filled rectangles 2.2 points wide, and the table finder makes cells of it."""
    x = _lane_centre(1)

    def first(c: Canvas) -> None:
        _rect(c, _lane_centre(0) - 25, _row_centre(0) - 12, _lane_centre(0) + 25, _row_centre(0) + 12)
        _diamond(c, x, _row_centre(1), 50, 30)
        _split_v_arrow(c, [(_lane_centre(0) + 25, _row_centre(0)), (x, _row_centre(0)), (x, _row_centre(1) - 15)])
        _thick(c, x - 1.1, _row_centre(1) + 15, x + 1.1, HEADER[1] + 2 * ROW)

    def second(c: Canvas) -> None:
        _rect(c, _lane_centre(0) - 25, _row_centre(0) - 12, _lane_centre(0) + 25, _row_centre(0) + 12)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 4, _y(_row_centre(0) - 6), "Y")
        _thick(c, x - 1.1, HEADER[1], x + 1.1, _row_centre(0) + 1.1)
        _thick(c, _lane_centre(0) + 31, _row_centre(0) - 1.1, x + 1.1, _row_centre(0) + 1.1)
        _polygon(c, [(_lane_centre(0) + 25, _row_centre(0)), (_lane_centre(0) + 32, _row_centre(0) - 4),
                     (_lane_centre(0) + 32, _row_centre(0) + 4)])

    flow = _flow(_sheet(tmp_path / "break.pdf", 2, first, (2, second)))
    assert flow["1"] == (("2", ""),)
    assert flow["2"] == (("3", "Y"),)


def test_a_head_printed_twice_is_one_arrow() -> None:
    """Ghostscript prints a Word head as several overlapping triangles (fill, outline,
    shadow): one arrow, so that a Ya/Tidak label does not go to a copy."""
    from sopdesk.io.importers.pdf_reader import _distinct

    heads = [((10.0, 10.0), (12.0, 10.0)), ((10.5, 10.2), (12.5, 10.0)), ((30.0, 10.0), (32.0, 10.0))]
    assert _distinct(heads) == [heads[0], heads[2]]


def _arm(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]]:
    """A thin filled stroke from ``a`` to ``b`` (0.8 points wide), as points."""
    return [(a[0], a[1] - 0.4), (b[0], b[1] - 0.4), (b[0], b[1] + 0.4), (a[0], a[1] + 0.4)]


def test_a_head_in_pieces_points_along_its_shaft_not_along_a_rule_ending_there() -> None:
    from sopdesk.io.importers.heads import piece_heads

    pieces = [_arm((16, 6), (10, 10)), _arm((16, 14), (10, 10))]
    shaft = [(10.5, 10.0), (40.0, 10.0)]
    rule = [(14.0, 15.5), (14.0, 100.0)]  # a lane rule ending just under the head
    ((tip, base),) = piece_heads(pieces, [shaft, rule, *pieces])
    assert abs(tip[0] - 10) < 0.5 and abs(tip[1] - 10) < 0.5
    assert base == (10.5, 10.0)
    assert piece_heads([_arm((16, 6), (10, 10))], [shaft]) == []  # one arm alone opens to one side only


def test_a_sliver_is_no_head_drawn_whole() -> None:
    from sopdesk.io.importers.geometry import head_of

    assert head_of([(0, 0), (2.9, 0.9), (0, 0.9)]) is None  # a piece of a head drawn in pieces
    assert head_of([(0, 0), (6, 3), (0, 6)]) == ((6, 3), (0, 3))


def _picture_flowchart(scale: float) -> object:
    """A flowchart pasted as one low-resolution picture over the three lanes of `_sheet`
    (``scale`` pixels per point): step 1 a red box in Staf, step 2 a green decision in Kasubag,
    step 3 a red box in Kabag; 1 -> 2, the decision's "T" back up to 1 and "Y" on to 3. Lines
    are 1 pixel, heads a 3-pixel blob at the symbol they point to."""
    from PIL import Image, ImageDraw

    x0, top = COLUMNS[2], HEADER[1]
    size = (round((COLUMNS[5] - x0) * scale), round(3 * ROW * scale))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)

    def px(x: float, y: float) -> tuple[int, int]:
        return round((x - x0) * scale), round((y - top) * scale)

    def box(cx: float, cy: float, colour: str) -> None:
        draw.rectangle([px(cx - 25, cy - 12), px(cx + 25, cy + 12)], fill=colour)

    def line(*pts: tuple[float, float]) -> None:
        draw.line([px(*p) for p in pts], fill="black", width=1)

    def head(x: float, y: float) -> None:
        cx, cy = px(x, y)
        draw.rectangle([cx - 1, cy - 1, cx + 1, cy + 1], fill="black")

    box(_lane_centre(0), _row_centre(0), "#c00000")
    c1, c2 = _lane_centre(1), _row_centre(1)
    draw.polygon([px(c1, c2 - 15), px(c1 + 25, c2), px(c1, c2 + 15), px(c1 - 25, c2)], fill="#00c000")
    box(_lane_centre(2), _row_centre(2), "#c00000")
    line((_lane_centre(0) + 25, _row_centre(0)), (c1, _row_centre(0)), (c1, c2 - 15))
    head(c1, c2 - 15 - 2.5 / scale)
    line((c1 - 25, c2), (_lane_centre(0), c2), (_lane_centre(0), _row_centre(0) + 12))
    head(_lane_centre(0), _row_centre(0) + 12 + 2.5 / scale)
    line((c1 + 25, c2), (_lane_centre(2), c2), (_lane_centre(2), _row_centre(2) - 12))
    head(_lane_centre(2), _row_centre(2) - 12 - 2.5 / scale)
    return image


def test_the_arrows_of_a_flowchart_pasted_as_one_picture_are_read(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader

    def draw(c: Canvas) -> None:
        image = ImageReader(_picture_flowchart(0.55))
        c.drawImage(image, COLUMNS[2], _y(HEADER[1] + 3 * ROW), COLUMNS[5] - COLUMNS[2], 3 * ROW)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(_lane_centre(0) - 20, _y(_row_centre(1) - 4), "T")
        c.drawString(_lane_centre(2) - 10, _y(_row_centre(1) - 4), "Y")
        c.setFont("Helvetica", 7)
        c.drawString(_lane_centre(0) - 8, _y(_row_centre(0) - 2), "Mulai")

    path = _sheet(tmp_path / "picture.pdf", 3, draw)
    flow = _flow(path)
    assert flow["1"] == (("2", ""),)
    assert flow["2"] == (("1", "T"), ("3", "Y"))
    (draft,) = recognise(read_pdf(path))
    assert [[kind for _, kind, _ in f.symbols] for f in draft.flow] == [["terminator"], ["decision"], ["process"]]


def test_a_wire_points_where_it_thickens_even_when_drawn_faint() -> None:
    """A picture's mask: a line printed light grey (alpha 8) from a box on the left to a box
    on the right, thickening into a head next to the right one; a plain end is the tail."""
    from sopdesk.io.importers.picture_arrows import ink_from_alpha, picture_arrows

    width, height = 40, 12
    alpha = bytearray(width * height)
    for x in range(10, 30):
        alpha[5 * width + x] = 8
    for y in (4, 5, 6):
        for x in (27, 28):
            alpha[y * width + x] = 255
    left, right = (0, 2, 10, 10), (30, 2, 40, 10)
    ((tail, tip, path),) = picture_arrows(ink_from_alpha(bytes(alpha), width, height), width, height, [left, right])
    assert tail[0] <= 12 and tip[0] >= 27
    assert path[0] == tail and path[-1] == tip


def _outline_arrow(c: Canvas, a: tuple[float, float], b: tuple[float, float]) -> None:
    """A straight arrow from ``a`` to ``b`` drawn as one filled outline, shaft (0.8 points wide)
    and head (6 points long, 5.2 wide) together, as Word prints one through Ghostscript."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = (dx * dx + dy * dy) ** 0.5
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    base = (b[0] - 6 * ux, b[1] - 6 * uy)

    def at(p: tuple[float, float], across: float) -> tuple[float, float]:
        return (p[0] + across * nx, p[1] + across * ny)

    _polygon(c, [at(a, 0.4), at(base, 0.4), at(base, 2.6), b, at(base, -2.6), at(base, -0.4), at(a, -0.4)])


def test_arrows_drawn_with_their_shaft_and_exits_named_by_option_letters(tmp_path: Path) -> None:
    """Step 1's decision (Kasubag) sends "(a)" right to step 2 (Kabag) and "(b)" down to
    step 3 (Kasubag); each arrow is one filled outline. Step 2's box has its frame drawn as
    four separate lines, and its own arrow leaves it at the bottom: the arrow coming in is not
    followed round the frame into it."""
    d = (_lane_centre(1), _row_centre(0))

    def draw(c: Canvas) -> None:
        _diamond(c, d[0], d[1], 50, 30)
        c.setFillGray(1)
        c.rect(_lane_centre(2) - 25, _y(_row_centre(1) + 12), 50, 24, stroke=0, fill=1)
        c.setFillGray(0)
        x0, x1, top, bottom = _lane_centre(2) - 25, _lane_centre(2) + 25, _row_centre(1) - 12, _row_centre(1) + 12
        for (ax, ay), (bx, by) in (((x0, top), (x1, top)), ((x1, top), (x1, bottom)), ((x1, bottom), (x0, bottom)),
                                   ((x0, bottom), (x0, top))):
            c.line(ax, _y(ay), bx, _y(by))
        _rect(c, d[0] - 25, _row_centre(2) - 12, d[0] + 25, _row_centre(2) + 12)
        _outline_arrow(c, (d[0] + 25, d[1]), (_lane_centre(2), d[1]))
        _outline_arrow(c, (_lane_centre(2), d[1]), (_lane_centre(2), top))
        _outline_arrow(c, (d[0], d[1] + 15), (d[0], _row_centre(2) - 12))
        _outline_arrow(c, (x0, _row_centre(1) + 6), (d[0] + 25, _row_centre(2)))
        c.setFont("Helvetica", 6)
        c.drawString(d[0] + 30, _y(d[1] - 3), "(a)")
        c.drawString(d[0] + 3, _y(d[1] + 24), "(b)")

    flow = _flow(_sheet(tmp_path / "outline.pdf", 3, draw))
    assert flow["1"] == (("2", "(a)"), ("3", "(b)"))
    assert flow["2"] == (("3", ""),)
