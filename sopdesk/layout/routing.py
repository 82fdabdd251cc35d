"""Orthogonal arrow routing for a laid-out flowchart.

Rules (they keep arrows off symbols and text, and are what the layout tests check):
- every arrow runs inside the lane columns;
- a flow to the next step leaves the bottom of the source symbol, runs horizontally just
  above the source row's lower boundary, and enters the top of the target symbol;
- a jump (a decision exit to a step other than the next, e.g. the *Tidak* loop) leaves a
  side vertex, runs vertically in the narrow strip along a lane boundary, where no symbol
  ever stands, and enters the side of the target symbol;
- a flow across a page break ends at an off-page connector (pentagon) and resumes at one
  with the same letter on the target's page (Permenpan RB 35/2012: penghubung antar halaman).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from sopdesk.domain.model import Sop, Symbol
from sopdesk.layout.geometry import Arrow, Page, Point, Rect, Shape, ShapeKind

ZONE = 24.0  # height of one connector band below a row's symbols (as in sopdesk.layout.flowchart)

if TYPE_CHECKING:
    from sopdesk.layout.flowchart import FlowchartLayout

CONNECTOR = 16.0
STRIP_OFFSETS = (3.0, 5.0, 7.0)  # inside the 8-pt strip along each lane boundary
ROW_GAP = 4.0  # the horizontal run sits this far above the source row's boundary


def connector_label(n: int) -> str:
    """Labels A, B, …, Z, AA, AB, … for the n-th (0-based) connector pair."""
    label = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        label = chr(65 + rem) + label
    return label


class Router:
    """Adds arrows and connectors to every page of a `FlowchartLayout` (in place)."""

    def __init__(self, sop: Sop, layout: FlowchartLayout) -> None:
        self.sop = sop
        self.layout = layout
        self.cols = layout.columns
        self.page_of: dict[int, Page] = {s: p for p in layout.pages for s in p.row_rects}
        self.shapes: dict[int, list[Shape]] = {}
        for page in layout.pages:
            for shape in page.shapes:
                self.shapes.setdefault(shape.step, []).append(shape)
        self.strip_use: dict[float, int] = {}
        # (page, step, lane) cells that hold a symbol, a joint link or a side connector
        self.occupied: set[tuple[int, int, int]] = set()
        for step, shapes in self.shapes.items():
            lanes = [sh.lane for sh in shapes]
            number = self.page_of[step].number
            self.occupied |= {(number, step, lane) for lane in range(min(lanes), max(lanes) + 1)}
        self.incoming: dict[int, str] = {}  # target step -> letter of its side connector
        self.zone_slots: dict[tuple[int, int], int] = {}  # (page, step) -> connectors in its zone

    def route(self) -> None:
        """Route every flow of the SOP: first everything within a page, then the jumps to
        other pages, whose side connectors take the cells left free."""
        across: list[tuple[int, int, str]] = []
        for i, step in enumerate(self.sop.steps):
            if i not in self.shapes:
                continue
            self._joints(i)
            for target, label, forward in self._flows(i, step.symbol):
                if target not in self.shapes:
                    continue
                if forward:
                    self._forward(i, target, label)
                elif self.page_of[i] is not self.page_of[target]:
                    across.append((i, target, label))
                else:
                    self._jump(i, target, label)
        for i, target, label in across:
            d, t = self._pair(i, target)
            self._jump_across(i, target, d, t, label)

    def _flows(self, i: int, symbol: Symbol) -> list[tuple[int, str, bool]]:
        step = self.sop.steps[i]
        if symbol is not Symbol.DECISION or not step.exits:
            return [(i + 1, "", True)] if i + 1 < len(self.sop.steps) else []
        flows, forward_used = [], False
        for exit_ in step.exits:
            target = self.sop.exit_target(i, exit_)
            if target is None:
                continue
            forward = target == i + 1 and not forward_used
            forward_used |= forward
            flows.append((target, exit_.label, forward))
        return flows

    def _joints(self, i: int) -> None:
        shapes = sorted(self.shapes[i], key=lambda s: s.lane)
        page = self.page_of[i]
        for a, b in itertools.pairwise(shapes):
            page.arrows.append(Arrow(((a.rect.right, a.rect.cy), (b.rect.x, b.rect.cy)), head=False))

    def _pair(self, i: int, j: int) -> tuple[Shape, Shape]:
        pairs = [(s, t) for s in self.shapes[i] for t in self.shapes[j]]
        return min(pairs, key=lambda st: (abs(st[0].lane - st[1].lane), st[0].lane))

    def _forward(self, i: int, j: int, label: str) -> None:
        s, t = self._pair(i, j)
        src_page, dst_page = self.page_of[i], self.page_of[j]
        # the exit label sits beside the arrow's first leg, away from where the arrow turns
        label_at = (s.rect.cx - 12, s.rect.bottom + 8) if t.lane > s.lane else (s.rect.cx + 3, s.rect.bottom + 8)
        if src_page is dst_page:
            sx, tx = s.rect.cx, t.rect.cx
            if s.lane == t.lane:
                pts: tuple[Point, ...] = ((sx, s.rect.bottom), (tx, t.rect.y))
            else:
                yh = src_page.symbol_bands[i].bottom - ROW_GAP
                pts = ((sx, s.rect.bottom), (sx, yh), (tx, yh), (tx, t.rect.y))
            src_page.arrows.append(Arrow(pts, label, label_at))
            return
        letter = self._new_pair(src_page, dst_page, i, j, True)
        out_rect = Rect(s.rect.cx - CONNECTOR / 2, src_page.row_rects[i].bottom - CONNECTOR - 4, CONNECTOR, CONNECTOR)
        src_page.shapes.append(Shape(ShapeKind.CONNECTOR, out_rect, i, s.lane, letter))
        src_page.arrows.append(Arrow(((s.rect.cx, s.rect.bottom), (s.rect.cx, out_rect.y)), label, label_at))
        in_rect = Rect(t.rect.cx - CONNECTOR / 2, dst_page.row_rects[j].y + 4, CONNECTOR, CONNECTOR)
        dst_page.shapes.append(Shape(ShapeKind.CONNECTOR, in_rect, j, t.lane, letter))
        dst_page.arrows.append(Arrow(((t.rect.cx, in_rect.bottom), (t.rect.cx, t.rect.y))))

    def _new_pair(self, src: Page, dst: Page, i: int, j: int, forward: bool) -> str:
        from sopdesk.layout.flowchart import ConnectorPair

        letter = connector_label(len(self.layout.connectors))
        self.layout.connectors.append(ConnectorPair(letter, src.number - 1, dst.number - 1, i, j, forward))
        return letter

    def _jump(self, i: int, j: int, label: str) -> None:
        d, t = self._pair(i, j)
        src_page, dst_page = self.page_of[i], self.page_of[j]
        if src_page is not dst_page:
            self._jump_across(i, j, d, t, label)
            return
        right = t.lane >= d.lane
        strip = self._strip_x(t.lane, on_left=t.lane > d.lane)
        start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
        end = (t.rect.x, t.rect.cy) if t.lane > d.lane else (t.rect.right, t.rect.cy)
        pts = (start, (strip, start[1]), (strip, end[1]), end)
        number = src_page.number
        self.occupied |= {(number, i, c) for c in range(min(d.lane, t.lane), max(d.lane, t.lane) + 1)}
        label_at = (start[0] + 2, start[1] - 3) if right else (start[0] - 14, start[1] - 3)
        src_page.arrows.append(Arrow(pts, label, label_at))

    def _strip_x(self, lane: int, on_left: bool) -> float:
        edge = self.cols.lane_left(lane) if on_left else self.cols.lane_left(lane + 1)
        used = self.strip_use.get(edge, 0)
        self.strip_use[edge] = used + 1
        offset = STRIP_OFFSETS[used % len(STRIP_OFFSETS)]
        return edge + offset if on_left else edge - offset

    def _jump_across(self, i: int, j: int, d: Shape, t: Shape, label: str) -> None:
        """A jump to another page: a side connector beside the decision, and one beside the
        target (shared by every jump into that target, so each letter has one incoming end)."""
        src_page, dst_page = self.page_of[i], self.page_of[j]
        letter = self.incoming.get(j) or self._new_pair(src_page, dst_page, i, j, False)
        if j in self.incoming:
            from sopdesk.layout.flowchart import ConnectorPair

            self.layout.connectors.append(ConnectorPair(letter, src_page.number - 1, dst_page.number - 1, i, j, False))
        out_lane, out_rect, pts = self._side_end(src_page, i, d)
        src_page.shapes.append(Shape(ShapeKind.CONNECTOR, out_rect, i, out_lane, letter))
        start = pts[0]
        label_at = (start[0] + 2, start[1] - 3) if start[0] >= d.rect.cx else (start[0] - 14, start[1] - 3)
        src_page.arrows.append(Arrow(pts, label, label_at))
        if j in self.incoming:
            return
        self.incoming[j] = letter
        in_lane, in_rect, pts = self._side_end(dst_page, j, t)
        dst_page.shapes.append(Shape(ShapeKind.CONNECTOR, in_rect, j, in_lane, letter))
        dst_page.arrows.append(Arrow(tuple(reversed(pts))))

    def _side_end(self, page: Page, step: int, shape: Shape) -> tuple[int, Rect, tuple[Point, ...]]:
        """Place a side connector for ``shape``; return its lane, box, and the path from the
        symbol to it. Beside the symbol when a neighbouring cell of the row is free, else in
        the zone reserved below the symbols (`sopdesk.layout.flowchart._crowded_jump_ends`)."""
        cy = shape.rect.cy
        own = sorted(self.shapes[step], key=lambda sh: sh.lane)
        sides = [(own[-1], 1), (own[0], -1)]
        if shape.lane - own[0].lane < own[-1].lane - shape.lane:
            sides.reverse()
        for edge_shape, direction in sides:
            lane = self._free_cell(page, step, edge_shape.lane, direction)
            if lane is None:
                continue
            rect = self._side_connector(lane, cy)
            if direction > 0:
                return lane, rect, ((edge_shape.rect.right, cy), (rect.x, cy))
            return lane, rect, ((edge_shape.rect.x, cy), (rect.right, cy))
        return self._zone_end(page, step, shape)

    def _zone_end(self, page: Page, step: int, shape: Shape) -> tuple[int, Rect, tuple[Point, ...]]:
        """A connector in the row's next free band below its symbols (the layout reserves one
        band per connector that cannot stand beside them), centred in the nearest lane whose
        centre no vertical arrow crosses there, else at the side of the symbol's own (then wide)
        lane. The path leaves the symbol's side, drops along the lane strip and runs to it."""
        band = page.symbol_bands[step]
        slot = self.zone_slots.get((page.number, step), 0)
        self.zone_slots[(page.number, step)] = slot + 1
        top = band.bottom + slot * ZONE + 4.0
        blocked = self._zone_blocked(step)
        free = [c for c in range(self.cols.lane_count) if c not in blocked]
        if free:
            lane = min(free, key=lambda c: (abs(c - shape.lane), c))
            x = self.cols.lane_left(lane) + self.cols.lane_w / 2 - CONNECTOR / 2
            on_left = lane <= shape.lane
        else:
            lane, on_left = shape.lane, True
            x = self.cols.lane_left(lane) + 9.0
        rect = Rect(x, top, CONNECTOR, CONNECTOR)
        strip = self._strip_x(shape.lane, on_left=on_left)
        zone_y = rect.y + CONNECTOR * 0.3
        side = shape.rect.x if on_left else shape.rect.right
        near = rect.x if strip < rect.x else rect.right
        return lane, rect, ((side, shape.rect.cy), (strip, shape.rect.cy), (strip, zone_y), (near, zone_y))

    def _zone_blocked(self, step: int) -> set[int]:
        """Lanes whose centre a vertical arrow crosses in ``step``'s zone (the flow to the next step)."""
        if step + 1 >= len(self.sop.steps) or step + 1 not in self.shapes:
            return set()
        s, t = self._pair(step, step + 1)
        return {s.lane, t.lane}

    def _free_cell(self, page: Page, step: int, lane: int, direction: int) -> int | None:
        """The lane next to ``lane`` in ``direction`` (+1 right, -1 left) if its cell in ``step``'s
        row is empty (then marked taken), else None."""
        cand = lane + direction
        if not 0 <= cand < self.cols.lane_count or (page.number, step, cand) in self.occupied:
            return None
        self.occupied.add((page.number, step, cand))
        return cand

    def _side_connector(self, lane: int, cy: float) -> Rect:
        cx = self.cols.lane_left(lane) + self.cols.lane_w / 2
        return Rect(cx - CONNECTOR / 2, cy - CONNECTOR / 2, CONNECTOR, CONNECTOR)
