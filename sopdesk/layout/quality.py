"""The layout quality checker: what a draughtsman would not accept on a laid-out sheet.

`check_quality` lists, per page, every

- ``line-text``: an arrow segment through text (a cell's line, a header, an exit label), or a
  border through an exit label;
- ``line-symbol``: an arrow segment through the inside of a symbol that is neither its start
  nor its end (more than `INSIDE_SYMBOL` within its outline);
- ``line-border``: an arrow segment running along a lane or column border, or a row border;
- ``line-hugs``: an arrow segment running along a box's side outside it (or on it), nearer than `HUG`;
- ``short-leg``: an arrow whose last leg is shorter than `HEAD_LEG` (its 4-pt head sits in the corner);
- ``shared-track``: two arrows running on the same track (collinear, overlapping) other than
  where they join at a common end, or run as one line into a common end (a join) or out of a
  common start (a fan-out; the rule is in `_merged`);
- ``overlap``: two symbols, or a symbol and text, or two exit labels, on each other; on a page
  without flowchart rows (an identity page), two lines of text, or an image and text;
- ``small-text``: type below `MIN_TEXT` points (`MIN_SYMBOL_TEXT` inside symbols);
- ``symbol-text``: a line of a symbol's text (`sopdesk.layout.symbol_text.symbol_lines`) outside
  the part of the symbol text may fill (its box, or the rectangle inscribed in a decision's diamond);
- ``clipped-text``: a line wider than its box, outside it, off the page or over the footer;
- ``orphan-page``: a last page holding only the last step when the page before holds more;
- ``lone-heading``: a heading (`HEADING`, the identity part's) as the last text of a page, its
  items on the next.

All geometry is in points, as the layout gives it. No Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from sopdesk.layout.fonts import TextStyle, text_width
from sopdesk.layout.geometry import HEADING, LABEL_TEXT, SYMBOL_TEXT, Arrow, Page, Point, Rect, ShapeKind
from sopdesk.layout.routing import HEAD_LEG, label_rect
from sopdesk.layout.symbol_text import ink_box, symbol_lines, text_area

MIN_TEXT = 7.0
MIN_SYMBOL_TEXT = 6.5
INSIDE_SYMBOL = 0.5  # points: a line this far inside a symbol's outline runs through it
EPS = 3.5  # points: a line closer than this to a border runs along it (reads as on it)
HUG = 3.0  # points: a line closer than this along a box's side runs along its outline
LABEL_STYLE = TextStyle(bold=True, size=LABEL_TEXT, leading=LABEL_TEXT * 1.2)

Segment = tuple[Point, Point]


@dataclass(frozen=True, slots=True)
class Issue:
    """One defect: its ``kind`` (see the module docstring), the 1-based ``page``, a ``message`` (in
    English, for tests and logs; `sopdesk.ui.editor.layout_warnings` words it for the user) and, for
    a line's defect, ``at``: the start of the line at fault."""

    kind: str
    page: int
    message: str
    at: Point | None = None  # where on the page (points), for a line's defect: the line's start


def check_quality(pages: list[Page], footer_top: float | None = None) -> list[Issue]:
    """Every defect on ``pages`` (a `FlowchartLayout`'s pages); ``footer_top`` is the y above
    which everything but the footer must stay (None: not checked)."""
    issues: list[Issue] = []
    for page in pages:
        issues += _page_issues(page, footer_top)
    issues += _orphans(pages)
    return issues


def _page_issues(page: Page, footer_top: float | None) -> list[Issue]:
    def issue(kind: str, message: str, at: Point | None = None) -> Issue:
        return Issue(kind, page.number, message, at)

    out = [issue("small-text", f"{t.role} at {t.style.size} pt") for t in page.texts if t.style.size < MIN_TEXT]
    if SYMBOL_TEXT < MIN_SYMBOL_TEXT or LABEL_TEXT < MIN_TEXT:
        out.append(issue("small-text", "symbol or exit label type too small"))
    out += [issue("clipped-text", m) for m in _clipped(page, footer_top)]
    out += [issue("lone-heading", m) for m in _lone_heading(page)]
    out += [issue("symbol-text", m) for m in _outside_symbols(page)]
    boxes = list(text_boxes(page))
    out += [issue(kind, message, page.arrows[at[0]].points[0] if at else None)
            for at, kind, message in _line_issues(page, boxes)]
    if not page.row_rects:
        out += [issue("overlap", m) for m in _text_overlaps(page, boxes)]
    return out



def arrow_faults(page: Page) -> dict[int, set[str]]:
    """The defects of ``page``'s arrows, by the index of the arrow in ``page.arrows`` that has them:
    line-text, line-border, line-symbol, line-hugs, short-leg, shared-track or overlap (an overlap
    is of the arrow's exit label; a shared track is the fault of both arrows). Text is read only
    where it reaches into the lanes (the arrows run there), so this is cheap enough to run on every
    layout (`sopdesk.layout.repair`)."""
    faults: dict[int, set[str]] = {}
    if page.arrows:
        boxes = list(text_boxes(page, page.lane_area))
        for at, kind, _message in _line_issues(page, boxes, lines_only=True):
            for k in at:
                faults.setdefault(k, set()).add(kind)
    return faults


def _line_issues(page: Page, boxes: list[tuple[Rect, str, str]],
                 lines_only: bool = False) -> Iterator[tuple[tuple[int, ...], str, str]]:
    """(indexes of the arrows at fault, kind, message) of every defect of a line or an exit label
    on ``page`` (``boxes``: its `text_boxes`): lines through text, on a border or through a
    symbol, shared tracks (both arrows), exit labels on a symbol or on each other (both), and
    symbols or text on each other (no arrow's fault: no index; left out when ``lines_only``)."""
    near = [(box.x + 0.3, box.right - 0.3, box.y + 0.3, box.bottom - 0.3, text)
            for box, text, _role in _near_lines(page, boxes)]  # a line more than 0.3 pt inside crosses
    xs, ys = borders(page)
    for k, arrow in enumerate(page.arrows):
        for a, b in itertools.pairwise(arrow.points):
            x0, x1 = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
            y0, y1 = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
            for left, right, top, bottom, text in near:
                inside_x = x0 < right and left < x1 if x0 != x1 else left < x0 < right
                if inside_x and (y0 < bottom and top < y1 if y0 != y1 else top < y0 < bottom):
                    yield (k,), "line-text", f"arrow {_where(arrow)} through {text!r}"
            if _on_border(xs, ys, a, b):
                yield (k,), "line-border", f"arrow {_where(arrow)} on a border at {_fmt(a)}-{_fmt(b)}"
    for k, arrow in enumerate(page.arrows):
        if arrow.label and on_borders(label_box(arrow), xs, ys):
            yield (k,), "line-text", f"a border through {arrow.label!r} of arrow {_where(arrow)}"
    for k, message in _through_symbols(page):
        yield (k,), "line-symbol", message
    for k, message in _hugging(page):
        yield (k,), "line-hugs", message
    for k, arrow in enumerate(page.arrows):
        (x0, y0), (x1, y1) = arrow.points[-2], arrow.points[-1]
        if arrow.head and abs(x1 - x0) + abs(y1 - y0) < HEAD_LEG:
            yield (k,), "short-leg", f"arrow {_where(arrow)} ends in a leg shorter than its head"
    for pair, message in _shared(page):
        yield pair, "shared-track", message
    labels = [(k, label_box(a), a.label) for k, a in enumerate(page.arrows) if a.label]
    shaped = [] if lines_only else _reaching(boxes, [sh.rect for sh in page.shapes])
    for at, message in _overlaps(page, [b for b, _t, r in shaped if r != "exit"], labels, lines_only):
        yield at, "overlap", message


def _fmt(p: Point) -> str:
    return f"({p[0]:.0f},{p[1]:.0f})"


def _where(arrow: Arrow) -> str:
    return f"{_fmt(arrow.points[0])}->{_fmt(arrow.points[-1])}"


def text_boxes(page: Page, region: Rect | None = None) -> Iterator[tuple[Rect, str, str]]:
    """The ink box of every text line and every exit label of ``page``: (box, text, role); with a
    ``region``, of the text blocks that reach into it only."""
    for block in page.texts:
        if region is not None and region.w and not block.rect.intersects(region):
            continue
        style = block.style
        for line, base in zip(block.lines, block.baselines, strict=True):
            if line.strip():
                w = text_width(line, style.font, style.size)
                yield Rect(block.line_x(w), base - style.size * 0.75, w, style.size * 0.95), line, block.role
    for arrow in page.arrows:
        if arrow.label:
            yield label_box(arrow), arrow.label, "exit"


def label_box(arrow: Arrow) -> Rect:
    """The ink box of ``arrow``'s exit label (drawn from ``label_at``, its baseline's left end)."""
    return label_rect(arrow.label, arrow.label_at)


def _near_lines(page: Page, boxes: list[tuple[Rect, str, str]]) -> list[tuple[Rect, str, str]]:
    """The ``boxes`` that reach into the bounding box of the page's arrows (only those can be crossed)."""
    points = [p for arrow in page.arrows for p in arrow.points]
    return _reaching(boxes, [Rect(x, y, 0.0, 0.0) for x, y in points])


def _reaching(boxes: list[tuple[Rect, str, str]], rects: list[Rect]) -> list[tuple[Rect, str, str]]:
    """The ``boxes`` that reach into the bounding box of ``rects`` (the others touch none of them)."""
    if not rects:
        return []
    x0, x1 = min(r.x for r in rects), max(r.right for r in rects)
    y0, y1 = min(r.y for r in rects), max(r.bottom for r in rects)
    return [b for b in boxes if b[0].x <= x1 and x0 <= b[0].right and b[0].y <= y1 and y0 <= b[0].bottom]


def borders(page: Page) -> tuple[list[float], list[float]]:
    """The x of every cell border and the y of every row border; on a page of rows, only the cells
    that reach below the table's header (an identity table above the flowchart has its own)."""
    top = page.lane_area.y if page.row_rects else float("-inf")
    cells = [c.rect for c in page.cells if c.rect.bottom > top]
    xs = sorted({round(x, 2) for x in {r.x for r in cells} | {r.right for r in cells}})
    rows = page.row_rects.values()
    ys = sorted({round(y, 2) for y in {r.y for r in rows} | {r.bottom for r in rows}})
    return xs, ys


def on_borders(box: Rect, xs: list[float], ys: list[float], room: float = -0.3) -> bool:
    """True if a lane or column border (an x of ``xs``) or a row border (a y of ``ys``; `borders`)
    runs through ``box`` (an exit label's) grown by ``room`` points (the default: more than 0.3
    inside it)."""
    return any(box.x - room < x < box.right + room for x in xs) or any(box.y - room < y < box.bottom + room for y in ys)


def _through_symbols(page: Page) -> list[tuple[int, str]]:
    """(arrow index, message) of every arrow segment that passes through the inside of a symbol
    (its outline, `Shape.outline`), but the first leg through the symbol the arrow leaves and the
    last through the one it enters (a line that runs through its own end symbol before entering it
    is found)."""
    out = []
    shapes = [(sh.rect.x, sh.rect.right, sh.rect.y, sh.rect.bottom, sh) for sh in page.shapes]
    for k, arrow in enumerate(page.arrows):
        last = len(arrow.points) - 2
        for n, (a, b) in enumerate(itertools.pairwise(arrow.points)):
            x0, x1 = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
            y0, y1 = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
            for left, right, top, bottom, shape in shapes:
                if x1 <= left or right <= x0 or y1 <= top or bottom <= y0:
                    continue
                outline = shape.outline()
                # the symbol a line leaves or enters may touch only its first or last leg
                own = (n == 0 and on_outline(arrow.points[0], outline)) or (
                    n == last and on_outline(arrow.points[-1], outline))
                if not own and _cuts(outline, (x0, x1), (y0, y1)):
                    out.append((k, f"arrow {_where(arrow)} through the symbol of step {shape.step + 1}"))
    return out


def _hugging(page: Page) -> list[tuple[int, str]]:
    """(arrow index, message) of every arrow segment that runs along a box's side (a process,
    terminator or connector; not a diamond's slant) outside it, nearer than `HUG` points (or on
    it) and alongside it for more than 2 points: it reads as a thickened outline, and under a row
    of joint work as if any of the boxes led on."""
    out = []
    boxes = [(r.x, r.right, r.y, r.bottom, sh.step) for sh in page.shapes if sh.kind is not ShapeKind.DECISION
             for r in (sh.rect,)]
    for k, arrow in enumerate(page.arrows):
        for a, b in itertools.pairwise(arrow.points):
            if a[1] == b[1]:  # horizontal: near a box's top or foot, alongside its width
                at, (lo, hi) = a[1], ((a[0], b[0]) if a[0] <= b[0] else (b[0], a[0]))
                hits = [step for x0, x1, y0, y1, step in boxes if (0.0 <= y0 - at < HUG or 0.0 <= at - y1 < HUG)
                        and min(hi, x1) - max(lo, x0) > 2.0]
            else:
                at, (lo, hi) = a[0], ((a[1], b[1]) if a[1] <= b[1] else (b[1], a[1]))
                hits = [step for x0, x1, y0, y1, step in boxes if (0.0 <= x0 - at < HUG or 0.0 <= at - x1 < HUG)
                        and min(hi, y1) - max(lo, y0) > 2.0]
            out += [(k, f"arrow {_where(arrow)} along the symbol of step {step + 1}") for step in hits]
    return out


def on_outline(p: Point, outline: list[Point]) -> bool:
    """True if ``p`` lies on an edge of the polygon ``outline`` (within half a point)."""
    for (ax, ay), (bx, by) in itertools.pairwise([*outline, outline[0]]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy or 1.0)))
        if abs(ax + t * dx - p[0]) + abs(ay + t * dy - p[1]) < 0.5:
            return True
    return False


def _cuts(outline: list[Point], xs: tuple[float, float], ys: tuple[float, float]) -> bool:
    """True if the orthogonal segment spanning ``xs`` and ``ys`` runs more than `INSIDE_SYMBOL`
    inside the convex polygon ``outline``."""
    axis = 1 if ys[0] == ys[1] else 0  # the coordinate the segment keeps (y of a horizontal one)
    at = (xs, ys)[axis][0]
    span = (xs, ys)[1 - axis]
    lows = [p[axis] for p in outline]
    if not min(lows) + INSIDE_SYMBOL < at < max(lows) - INSIDE_SYMBOL:
        return False
    cross = [p[1 - axis] + (q[1 - axis] - p[1 - axis]) * (at - p[axis]) / (q[axis] - p[axis])
             for p, q in itertools.pairwise([*outline, outline[0]])
             if p[axis] != q[axis] and min(p[axis], q[axis]) <= at <= max(p[axis], q[axis])]
    return bool(cross) and span[0] < max(cross) - INSIDE_SYMBOL and min(cross) + INSIDE_SYMBOL < span[1]


def _on_border(xs: list[float], ys: list[float], a: Point, b: Point) -> bool:
    if a[0] == b[0] and abs(a[1] - b[1]) > 1.0:
        return any(abs(a[0] - x) < EPS for x in xs)
    if a[1] == b[1] and abs(a[0] - b[0]) > 1.0:
        return any(abs(a[1] - y) < EPS for y in ys)
    return False


def _shared(page: Page) -> list[tuple[tuple[int, int], str]]:
    """Shared tracks, as ((index, index) of the two arrows, message): collinear overlapping runs
    of two arrows, except where they meet (see `_merged`)."""
    out = []
    boxes = sorted((_box(a.points), k) for k, a in enumerate(page.arrows))
    for n, ((_x0, x1, y0, y1), k) in enumerate(boxes):
        for (u0, _u1, v0, v1), m in boxes[n + 1:]:
            if u0 > x1 + 1.0:
                break  # sorted by their left end: no later box reaches this one
            if v0 > y1 + 1.0 or y0 > v1 + 1.0:
                continue
            one, two = (page.arrows[k], page.arrows[m]) if k < m else (page.arrows[m], page.arrows[k])
            out += _shared_pair(one, two, (min(k, m), max(k, m)))
    return sorted(out)


def _shared_pair(one: Arrow, two: Arrow, pair: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
    """The shared tracks of two arrows (``pair``: their indexes), as `_shared` gives them."""
    out = []
    joint = {one.points[0], one.points[-1]} & {two.points[0], two.points[-1]}
    merged = _merged(one.points, two.points)
    for (a, b), (c, d) in itertools.product(itertools.pairwise(one.points), itertools.pairwise(two.points)):
        overlap = _collinear_overlap(a, b, c, d)
        if overlap is None or any(_touches(overlap, p) for p in joint):
            continue
        if not any(_on_segment(overlap[0], seg) and _on_segment(overlap[1], seg) for seg in merged):
            out.append((pair, f"arrows {_where(one)} and {_where(two)} share a track at {_fmt(overlap[0])}"))
    return out


def _box(points: tuple[Point, ...]) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of a polyline."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), max(xs), min(ys), max(ys)


def _merged(one: tuple[Point, ...], two: tuple[Point, ...]) -> list[Segment]:
    """Where two arrows run as one line by the draughtsman's rule for joins and fan-outs: two
    arrows that end at the same point (a join) may meet before it and run on together, and two
    that start at the same point (a fan-out from one exit) may run together before they part.
    The common part is the run, from the shared end (or start) point, along which both paths go
    the same way: it stops where either turns off the other. Returns its segments (none when
    the arrows share neither end nor start)."""
    out: list[Segment] = []
    if one[-1] == two[-1]:
        out += _common_run(one[::-1], two[::-1])
    if one[0] == two[0]:
        out += _common_run(one, two)
    return out


def _common_run(one: tuple[Point, ...], two: tuple[Point, ...]) -> list[Segment]:
    """The segments two orthogonal paths with the same first point have in common from it."""
    out: list[Segment] = []
    here, i, j = one[0], 1, 1
    while i < len(one) and j < len(two):
        da, db = _direction(here, one[i]), _direction(here, two[j])
        if da != db or da == (0, 0):
            break
        la, lb = _length(here, one[i]), _length(here, two[j])
        step = min(la, lb)
        nxt = (here[0] + da[0] * step, here[1] + da[1] * step)
        out.append((here, nxt))
        here = nxt
        i += la <= step + 0.01
        j += lb <= step + 0.01
    return out


def _direction(a: Point, b: Point) -> tuple[int, int]:
    return (b[0] > a[0] + 0.01) - (b[0] < a[0] - 0.01), (b[1] > a[1] + 0.01) - (b[1] < a[1] - 0.01)


def _length(a: Point, b: Point) -> float:
    return abs(b[0] - a[0]) + abs(b[1] - a[1])


def _on_segment(p: Point, seg: Segment) -> bool:
    (ax, ay), (bx, by) = seg
    return min(ax, bx) - 0.5 <= p[0] <= max(ax, bx) + 0.5 and min(ay, by) - 0.5 <= p[1] <= max(ay, by) + 0.5


def _collinear_overlap(a: Point, b: Point, c: Point, d: Point) -> Segment | None:
    for axis in (0, 1):
        other = 1 - axis
        if a[axis] == b[axis] and c[axis] == d[axis] and abs(a[axis] - c[axis]) < 1.0:
            lo = max(min(a[other], b[other]), min(c[other], d[other]))
            hi = min(max(a[other], b[other]), max(c[other], d[other]))
            if hi - lo > 1.0:
                p = (a[axis], lo) if axis == 0 else (lo, a[axis])
                q = (a[axis], hi) if axis == 0 else (hi, a[axis])
                return p, q
    return None


def _touches(segment: Segment, p: Point) -> bool:
    return any(abs(q[0] - p[0]) < 1.0 and abs(q[1] - p[1]) < 1.0 for q in segment)


def _overlaps(page: Page, text_boxes: list[Rect], labels: list[tuple[int, Rect, str]],
              labels_only: bool = False) -> list[tuple[tuple[int, ...], str]]:
    """(indexes of the arrows whose labels are at fault, message) of symbols on each other, text
    on a symbol (not with ``labels_only``), an exit label on a symbol (``labels``: (arrow index,
    ink box, text)) or on another label."""
    out: list[tuple[tuple[int, ...], str]] = []
    shapes = page.shapes
    if not labels_only:
        for s, t in itertools.combinations(shapes, 2):
            if s.rect.intersects(t.rect):
                out.append(((), f"symbols of steps {s.step + 1} and {t.step + 1} overlap"))
    for s in shapes:
        inner = Rect(s.rect.x + 1, s.rect.y + 1, s.rect.w - 2, s.rect.h - 2)
        if any(inner.intersects(box) for box in text_boxes):
            out.append(((), f"text over the symbol of step {s.step + 1}"))
        if s.kind is not ShapeKind.CONNECTOR:
            out += [((k,), f"label {text!r} over the symbol of step {s.step + 1}") for k, box, text in labels
                    if s.rect.intersects(box) and s.overlaps(box, 1.0)]
    for (k, a, ta), (m, b, tb) in itertools.combinations(labels, 2):
        if a.intersects(b):
            out.append(((k, m), f"labels {ta!r} and {tb!r} overlap"))
    return out


def _clipped(page: Page, footer_top: float | None) -> list[str]:
    out = []
    for block in page.texts:
        style = block.style
        for line, base in zip(block.lines, block.baselines, strict=True):
            if text_width(line, style.font, style.size) > block.rect.w + 0.05:
                out.append(f"{line[:30]!r} wider than its {block.role} box")
            if not block.rect.y < base <= block.rect.bottom + 0.05:
                out.append(f"{line[:30]!r} outside its {block.role} box")
        if block.rect.right > page.width or block.rect.bottom > page.height:
            out.append(f"{block.role} off the page")
        if footer_top is not None and not block.role.startswith("footer") and block.rect.bottom > footer_top + 0.05:
            out.append(f"{block.role} over the footer")
    return out


def _outside_symbols(page: Page) -> list[str]:
    """Lines of symbol text that stand outside their symbol's text area."""
    out = []
    for shape in page.shapes:
        area = text_area(shape.kind, shape.rect)
        for line, x, base in symbol_lines(shape):
            box = ink_box(line, x, base)
            if box.x < area.x - 0.3 or box.right > area.right + 0.3 or box.y < area.y - 0.3 \
                    or box.bottom > area.bottom + 0.3:
                out.append(f"{line[:30]!r} outside the symbol of step {shape.step + 1}")
    return out


def _orphans(pages: list[Page]) -> list[Issue]:
    if len(pages) < 2 or len(pages[-1].steps) != 1 or len(pages[-2].steps) < 2:
        return []
    return [Issue("orphan-page", pages[-1].number, "the last page holds only the last step")]


def _lone_heading(page: Page) -> list[str]:
    """A heading that is the lowest text of ``page`` (footers and the signature footnote aside)."""
    body = [t for t in page.texts if not t.role.startswith("footer") and t.role != "signature_note"]
    if not body:
        return []
    lowest = max(body, key=lambda t: t.rect.bottom)
    return [f"heading {' '.join(lowest.lines)[:30]!r} alone at the foot"] if lowest.role == HEADING else []


def _text_overlaps(page: Page, boxes: list[tuple[Rect, str, str]]) -> list[str]:
    """Lines of text on each other, or on an image (a page of text and pictures: the identity part)."""
    out = [f"{ta[:20]!r} on {tb[:20]!r}" for (a, ta, _ra), (b, tb, _rb) in itertools.combinations(boxes, 2)
           if a.intersects(b)]
    return out + [f"{text[:20]!r} on the {image.role}" for image in page.images for box, text, _r in boxes
                  if image.rect.intersects(box)]
