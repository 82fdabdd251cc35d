"""Lines redrawn where the routing's rules leave a fault (`sopdesk.layout.repair`, issue 13): on
pages built by hand, a line through a symbol, two lines on one track and a label on a symbol are
redrawn clear; a page without a fault, or one no redrawing improves, is left as it was."""

from __future__ import annotations

import itertools

from sopdesk.layout.geometry import Arrow, Cell, Page, Point, Rect, Shape, ShapeKind
from sopdesk.layout.quality import arrow_faults, check_quality, label_box, on_outline
from sopdesk.layout.repair import HEAD_ROOM, repair_page

LANES = Rect(100.0, 50.0, 200.0, 300.0)  # two lanes of 100 pt, one row 300 pt tall


def _page(shapes: list[Shape], arrows: list[Arrow]) -> Page:
    cells = [Cell(Rect(100.0, 50.0, 100.0, 300.0)), Cell(Rect(200.0, 50.0, 100.0, 300.0))]
    return Page(1, 600.0, 400.0, steps=[0], cells=cells, shapes=shapes, arrows=arrows, lane_area=LANES,
                row_rects={0: Rect(0.0, 50.0, 600.0, 300.0)})


def _box(step: int, x: float, y: float, kind: ShapeKind = ShapeKind.PROCESS) -> Shape:
    return Shape(kind, Rect(x, y, 40.0, 20.0), step, 0 if x < 200 else 1)


def _well_drawn(page: Page, arrow: Arrow, source: Shape, target: Shape) -> None:
    """Orthogonal, from ``source``'s outline to ``target``'s, its last leg long enough for its head."""
    pts = arrow.points
    assert on_outline(pts[0], source.outline()) and on_outline(pts[-1], target.outline())
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(pts))
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    assert abs(x1 - x0) + abs(y1 - y0) >= HEAD_ROOM - 0.01


def test_a_line_through_a_symbol_goes_round_it() -> None:
    top, middle, bottom = _box(0, 130, 80), _box(0, 130, 160), _box(0, 130, 260)
    straight = Arrow(((150.0, 100.0), (150.0, 260.0)))
    page = _page([top, middle, bottom], [Arrow(((150.0, 180.0), (150.0, 200.0))), straight])
    assert 1 in arrow_faults(page)
    repair_page(page)
    assert arrow_faults(page) == {}
    assert check_quality([page]) == []
    _well_drawn(page, page.arrows[1], top, bottom)


def test_two_lines_on_one_track_are_drawn_apart() -> None:
    a, b = _box(0, 130, 80), _box(0, 230, 80)
    c, d = _box(0, 130, 260), _box(0, 230, 260)
    # a -> d and b -> c cross over on the same horizontal run at y 170
    one = Arrow(((150.0, 100.0), (150.0, 170.0), (250.0, 170.0), (250.0, 260.0)))
    two = Arrow(((250.0, 100.0), (250.0, 170.0), (150.0, 170.0), (150.0, 260.0)))
    page = _page([a, b, c, d], [one, two])
    assert {kind for kinds in arrow_faults(page).values() for kind in kinds} == {"shared-track"}
    repair_page(page)
    assert arrow_faults(page) == {}
    _well_drawn(page, page.arrows[0], a, d)
    _well_drawn(page, page.arrows[1], b, c)


def test_a_label_on_a_symbol_is_moved_beside_its_line() -> None:
    decision = Shape(ShapeKind.DECISION, Rect(130.0, 80.0, 40.0, 26.0), 0, 0)
    target = _box(0, 130, 260)
    beside = _box(0, 230, 80)
    exit_ = Arrow(((150.0, 106.0), (150.0, 260.0)), "Tidak", (232.0, 95.0))  # the label on the other box
    page = _page([decision, target, beside], [exit_])
    assert arrow_faults(page) == {0: {"overlap"}}
    repair_page(page)
    assert arrow_faults(page) == {}
    assert page.arrows[0].points == exit_.points  # the line was fine: only its label moved


def test_a_page_without_a_fault_is_left_as_it_is() -> None:
    top, bottom = _box(0, 130, 80), _box(0, 130, 260)
    page = _page([top, bottom], [Arrow(((150.0, 100.0), (150.0, 260.0)))])
    before = list(page.arrows)
    repair_page(page)
    assert page.arrows == before


def test_a_line_no_redrawing_helps_stays_as_routed() -> None:
    """The target is walled in by other symbols on every side: no path reaches it, and the page
    keeps its line (the pass never makes a page worse or drops a line)."""
    target = _box(0, 130, 200)
    sides = (Rect(100.0, 180.0, 100.0, 12.0), Rect(100.0, 228.0, 100.0, 12.0), Rect(100.0, 192.0, 24.0, 36.0),
             Rect(176.0, 192.0, 24.0, 36.0))
    walls = [Shape(ShapeKind.PROCESS, r, 0, 0) for r in sides]
    source = _box(0, 230, 80)
    line: tuple[Point, ...] = ((250.0, 100.0), (250.0, 210.0), (170.0, 210.0))
    page = _page([target, source, *walls], [Arrow(line)])
    before = arrow_faults(page)
    assert before
    repair_page(page)
    assert page.arrows[0].points == line
    assert arrow_faults(page) == before


def test_a_label_a_lane_border_runs_through_is_found_and_moved_along_its_line() -> None:
    """A border is a line: an exit label across the border between two lanes is a line through
    text (`check_quality`); `free_labels` moves it along its leg, nearest its start, just past the
    border."""
    from sopdesk.layout.labels import free_labels

    decision = Shape(ShapeKind.DECISION, Rect(160.0, 80.0, 36.0, 26.0), 0, 0)
    target = _box(0, 230, 260)
    exit_ = Arrow(((196.0, 93.0), (250.0, 93.0), (250.0, 260.0)), "Tidak", (197.5, 91.0))  # across x 200
    page = _page([decision, target], [exit_])
    assert [i.kind for i in check_quality([page])] == ["line-text"]
    free_labels(page)
    assert check_quality([page]) == []
    x, y = page.arrows[0].label_at
    assert 201.0 <= x < 205.0 and abs(y - 93.0) < 8.0  # just past the border, beside the leg


def test_an_exit_label_in_a_narrow_lane_is_tucked_against_its_diamond() -> None:
    """A lane 64 pt wide has 14 pt beside a 36-pt diamond's vertex: "Tidak" (18.3 pt) does not fit
    there, so it stands above its leg against the diamond's slanted edge, inside its own lane
    (before, past the lane border, 13-28 pt from its decision), clear of the diamond itself."""
    from sopdesk.layout.labels import free_labels

    page = _page([], [])
    page.cells = [Cell(Rect(100.0, 50.0, 64.0, 300.0)), Cell(Rect(164.0, 50.0, 100.0, 300.0))]
    page.lane_area = Rect(100.0, 50.0, 164.0, 300.0)
    decision = Shape(ShapeKind.DECISION, Rect(114.0, 80.0, 36.0, 26.0), 0, 0)
    target = _box(0, 194, 260)
    page.shapes = [decision, target]
    page.arrows = [Arrow(((150.0, 93.0), (214.0, 93.0), (214.0, 260.0)), "Tidak", (151.5, 91.0))]  # across x 164
    free_labels(page)
    box = label_box(page.arrows[0])
    assert 132.0 < box.x < 150.0 and box.right <= 164.0 - 1.0  # tucked in before the vertex, in its own lane
    assert box.bottom <= 93.0 - 3.0 and not decision.overlaps(box)
    assert check_quality([page]) == []
