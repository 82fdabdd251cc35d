"""Invariants of a flowchart layout (used on the samples and on generated SOPs)."""

from __future__ import annotations

from sopdesk.domain.model import Sop, Symbol
from sopdesk.layout.flowchart import FlowchartLayout
from sopdesk.layout.fonts import text_width
from sopdesk.layout.geometry import Page, Point, Rect, Shape, ShapeKind

TOL = 0.05


def _on_segment(p: Point, a: Point, b: Point) -> bool:
    (px, py), (ax, ay), (bx, by) = p, a, b
    cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
    length = max(abs(bx - ax), abs(by - ay), 1e-9)
    if abs(cross) / length > TOL:
        return False
    return min(ax, bx) - TOL <= px <= max(ax, bx) + TOL and min(ay, by) - TOL <= py <= max(ay, by) + TOL


def on_edge(p: Point, shape: Shape) -> bool:
    pts = shape.outline()
    return any(_on_segment(p, pts[k], pts[(k + 1) % len(pts)]) for k in range(len(pts)))


def inside(p: Point, shape: Shape, margin: float = 0.3) -> bool:
    """Strictly inside the symbol's polygon (further than ``margin`` from its edge)."""
    pts = shape.outline()
    x, y = p
    hit = False
    for k in range(len(pts)):
        (x1, y1), (x2, y2) = pts[k], pts[(k + 1) % len(pts)]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    if not hit:
        return False
    return all(not _near(p, pts[k], pts[(k + 1) % len(pts)], margin) for k in range(len(pts)))


def _near(p: Point, a: Point, b: Point, margin: float) -> bool:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
    return ((ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2) ** 0.5 <= margin


def _samples(a: Point, b: Point, step: float = 1.0) -> list[Point]:
    length = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
    n = max(1, int(length / step))
    return [(a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(n + 1)]


def _inside_rect(p: Point, r: Rect) -> bool:
    return r.x + TOL < p[0] < r.right - TOL and r.y + TOL < p[1] < r.bottom - TOL


def check_layout(sop: Sop, layout: FlowchartLayout) -> None:
    """Assert every layout invariant; the message names the page and the step."""
    steps_seen = [s for page in layout.pages for s in page.steps]
    assert steps_seen == list(range(len(sop.steps))), "every step on exactly one page, in order"
    for page in layout.pages:
        _check_symbols(sop, layout, page)
        _check_arrows(page)
        _check_text(page)
        _check_columns(page)
    _check_connectors(sop, layout)


def _check_symbols(sop: Sop, layout: FlowchartLayout, page: Page) -> None:
    cols = layout.columns
    for s in page.steps:
        shapes = [sh for sh in page.shapes if sh.step == s and sh.kind is not ShapeKind.CONNECTOR]
        wanted = {sop.lane_index(lane) for lane in sop.steps[s].lanes}
        assert {sh.lane for sh in shapes} == wanted, f"page {page.number} step {s + 1}: lanes"
        symbol = sop.steps[s].symbol
        for sh in shapes:
            assert sh.kind.value == symbol.value, f"step {s + 1}: symbol {sh.kind} != {symbol}"
    for sh in page.shapes:
        row = page.row_rects[sh.step]
        lane = Rect(cols.lane_left(sh.lane), row.y, cols.lane_w(sh.lane), row.h)
        assert lane.x <= sh.rect.x and sh.rect.right <= lane.right, f"page {page.number} step {sh.step + 1}: x"
        assert row.y <= sh.rect.y and sh.rect.bottom <= row.bottom, f"page {page.number} step {sh.step + 1}: row"
    for k, a in enumerate(page.shapes):
        for b in page.shapes[k + 1:]:
            assert not a.rect.intersects(b.rect), f"page {page.number}: symbols overlap ({a.step + 1}, {b.step + 1})"


def _check_arrows(page: Page) -> None:
    for arrow in page.arrows:
        start, end = arrow.points[0], arrow.points[-1]
        assert any(on_edge(start, sh) for sh in page.shapes), f"page {page.number}: arrow starts off a symbol"
        assert any(on_edge(end, sh) for sh in page.shapes), f"page {page.number}: arrow ends off a symbol"
        for a, b in zip(arrow.points, arrow.points[1:], strict=False):
            assert a[0] == b[0] or a[1] == b[1], f"page {page.number}: arrow segment not orthogonal"
            for p in _samples(a, b):
                for sh in page.shapes:
                    assert not inside(p, sh), f"page {page.number}: arrow crosses symbol of step {sh.step + 1}"


def _check_text(page: Page) -> None:
    for block in page.texts:
        for line, base in zip(block.lines, block.baselines, strict=True):
            width = text_width(line, block.style.font, block.style.size)
            assert width <= block.rect.w + TOL, f"page {page.number}: {line!r} wider than its cell"
            assert block.rect.y < base <= block.rect.bottom + TOL, f"page {page.number}: {line!r} outside its cell"
        assert block.rect.right <= page.width and block.rect.bottom <= page.height


def _check_columns(page: Page) -> None:
    for column in page.text_columns:
        for sh in page.shapes:
            assert not sh.rect.intersects(column), f"page {page.number}: a symbol overlaps a text column"
        for arrow in page.arrows:
            for a, b in zip(arrow.points, arrow.points[1:], strict=False):
                assert not any(_inside_rect(p, column) for p in _samples(a, b)), \
                    f"page {page.number}: an arrow runs through a text column"


def _check_connectors(sop: Sop, layout: FlowchartLayout) -> None:
    by_label: dict[str, list[tuple[int, Shape]]] = {}
    for index, page in enumerate(layout.pages):
        for sh in page.shapes:
            if sh.kind is ShapeKind.CONNECTOR:
                by_label.setdefault(sh.label, []).append((index, sh))
    assert set(by_label) == {c.label for c in layout.connectors}
    for label, ends in by_label.items():
        pairs = [c for c in layout.connectors if c.label == label]
        # one outgoing end per flow, one incoming end shared by the flows into one step
        assert len(ends) == len(pairs) + 1, f"connector {label} appears {len(ends)} times for {len(pairs)} flows"
        assert len({(c.in_page, c.to_step) for c in pairs}) == 1, f"connector {label} leads to two places"
    for pair in layout.connectors:
        ends = by_label[pair.label]
        assert (pair.out_page, pair.from_step) in {(p, sh.step) for p, sh in ends}, f"{pair.label}: no outgoing end"
        assert (pair.in_page, pair.to_step) in {(p, sh.step) for p, sh in ends}, f"{pair.label}: no incoming end"
        assert pair.out_page == layout.page_of_step(pair.from_step)
        assert pair.in_page == layout.page_of_step(pair.to_step)
        if pair.forward:
            assert pair.in_page == pair.out_page + 1, f"connector {pair.label}: not on consecutive pages"
    # every flow that crosses a page break has its pair
    for i, step in enumerate(sop.steps):
        targets = [i + 1] if step.symbol is not Symbol.DECISION else [
            t for t in (sop.exit_target(i, e) for e in step.exits) if t is not None]
        for t in targets:
            if t < len(sop.steps) and layout.page_of_step(t) != layout.page_of_step(i):
                assert any(c.from_step == i and c.to_step == t for c in layout.connectors), \
                    f"flow {i + 1}->{t + 1} crosses a page without a connector"
