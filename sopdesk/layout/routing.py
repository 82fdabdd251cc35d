"""Orthogonal arrow routing for a laid-out flowchart.

Rules (they keep arrows off symbols and text, and are what the layout tests check):
- every arrow runs inside the lane columns;
- a flow to the next step leaves the bottom of the source symbol, runs horizontally just
  above the source row's lower boundary, and enters the top of the target symbol;
- a jump (a decision exit to a step other than the next, e.g. the *Tidak* loop) leaves a
  side vertex, runs vertically in a channel between the symbols and a lane boundary (the
  middle of that gap first, then beside it: parallel lines on one page get their own
  channel, none runs on the boundary), and enters the side of the target symbol; when every
  channel there is taken or crosses a label, it takes the free channel nearest the target at
  any lane boundary whose legs cross no symbol or label (a detour); a side vertex serves one
  line only; a decision that loops to itself goes out of its side (right, else left) and round
  into its top; lanes are widened for the channels beside them (`lane_room`); a channel whose
  horizontal legs would cross a symbol or run on a line already drawn, or that would run through
  a symbol (a lane too narrow for a channel beside its symbols), is not taken; a jump into a side
  vertex another jump already enters joins that line's channel when its own part is free (one line
  into the target, not two side by side);
- a label that a later line still runs through is moved to a free place beside its own first
  leg (`sopdesk.layout.labels`);
- an exit label stands beside its line's first leg, on the side away from where the line
  turns (below the leg of a line going up, above one going down), never on the line;
- joint work (one step in several lanes) is linked in the order the work passes, with
  arrowheads; the flow to the next step leaves the last lane of the work and enters the first;
- a flow across a page break ends at an off-page connector (pentagon) and resumes at one
  with the same letter on the target's page (Permenpan RB 35/2012: penghubung antar halaman).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sopdesk.domain.model import Sop, Symbol
from sopdesk.layout.channels import TRACK_GAP, Channels, gap_for
from sopdesk.layout.fonts import BOLD, text_width
from sopdesk.layout.geometry import LABEL_TEXT, Arrow, Page, Point, Rect, Shape, ShapeKind
from sopdesk.layout.nodes import side_flows

ZONE = 24.0  # height of one connector band below a row's symbols (as in sopdesk.layout.flowchart)

if TYPE_CHECKING:
    from sopdesk.layout.flowchart import FlowchartLayout

CONNECTOR = 16.0
WIDEST_SYMBOL = 46.0  # points (sopdesk.layout.flowchart.SYMBOL_SIZE)
DECISION_WIDTH = 36.0
SIDE_ROOM = 11.0  # points left free beside the symbols in a lane, for the channels
LOOP_RISE = 6.0  # a self-loop runs this far above its decision
ROW_GAP = 4.0  # the horizontal run sits this far above the source row's boundary
RUN_CLEAR = 3.5  # points at least between a run and the symbols above it (`sopdesk.layout.quality.HUG`)
HEAD_LEG = 5.0  # points: the least last leg of an arrow, or its 4-pt head hides (`quality` short-leg)


def label_width(label: str) -> float:
    """Width of an exit label (points)."""
    return text_width(label, BOLD, LABEL_TEXT)


def label_rect(label: str, at: Point) -> Rect:
    """The ink box of an exit ``label`` drawn from ``at`` (its baseline's left end)."""
    return Rect(at[0], at[1] - LABEL_TEXT * 0.75, label_width(label), LABEL_TEXT * 0.95)


def side_label_at(label: str, start: Point, right: bool, going_up: bool) -> Point:
    """Where an exit label leaving a decision's side vertex ``start`` is drawn (its baseline's
    left end): beside the vertex on the side the line leaves, below the leg when the line then
    goes up, above it when it goes down, so the line never runs through it."""
    x = start[0] + 1.5 if right else start[0] - 1.5 - label_width(label)
    return (x, start[1] + LABEL_TEXT * 0.95) if going_up else (x, start[1] - 2.0)


LABEL_ROOM = 1.0  # points between an exit label and the lane border
# points from a decision's centre to an exit label tucked against its slanted edge, 5 pt off the leg
# (`sopdesk.layout.labels.tuck_offset`; a label with room beside the vertex stands there)
TUCKED = DECISION_WIDTH / 2 * (1.0 - 5.0 / 13.0) + 0.5
LANE_ROOM_MAX = 124.0  # points: the widest a lane grows for its channels


def lane_room(sop: Sop) -> tuple[float, ...]:
    """The least width of each lane (points) for the jumps that run beside it: a jump runs in a
    channel beside its target's lane (`Channels`), so a lane needs a channel on each side for
    half of the most jumps into it that overlap in rows (a self-loop counts for its decision's
    lane); where its decisions' exit labels stand beside their vertices, room for the widest of
    them on each side, tucked against the diamond's edge (`TUCKED`), `LABEL_ROOM` off the border,
    and the channels beyond; within `LANE_ROOM_MAX`. Pages are not known yet: overlaps are counted over
    the whole SOP."""
    spans: dict[int, list[tuple[int, int]]] = {}
    labelled: dict[int, float] = {}  # lane -> the widest side-exit label of a decision in it
    for i, j, label, sources, target in _side_jumps(sop):
        for lane_id in sources:
            with contextlib.suppress(KeyError):
                lane = sop.lane_index(lane_id)
                labelled[lane] = max(labelled.get(lane, 0.0), label_width(label))
        with contextlib.suppress(KeyError):
            spans.setdefault(sop.lane_index(target), []).append((min(i, j), max(i, j)))
    room = [0.0] * len(sop.lanes)
    for lane in set(spans) | set(labelled):
        found = spans.get(lane, [])
        most = _most_overlapping(found)
        room[lane] = WIDEST_SYMBOL + 2 * gap_for(-(-most // 2)) if found else 0.0
        if lane in labelled:  # the exit labels stand beside its decisions' vertices, the channels beyond them
            beside = TUCKED + labelled[lane] + LABEL_ROOM + (gap_for(most) if found else 0.0)
            room[lane] = max(room[lane], 2 * beside)
    return tuple(min(LANE_ROOM_MAX, r) for r in room)


def _side_jumps(sop: Sop) -> Iterator[tuple[int, int, str, tuple[str, ...], str]]:
    """(row, target row, label, lanes it leaves, lane it enters) of every line that leaves a side
    vertex: a decision's exit to a row other than the next (version 1), an arrow drawn as a jump
    (`sopdesk.layout.nodes.side_flows`) or to its own symbol (version 2)."""
    for i, step in enumerate(sop.steps):
        if sop.has_flows:
            nodes = step.nodes()
            loops = [f for f in step.flows if f.target == i and f.source == f.target_node]
            for flow in side_flows(sop, i) + loops:
                j = flow.target
                if not 0 <= j < len(sop.steps):
                    continue
                source = nodes[min(flow.source, len(nodes) - 1)].lanes
                into = sop.steps[j].nodes()
                target = into[min(flow.target_node, len(into) - 1)].lanes
                if source and target:
                    yield i, j, flow.label, source, target[0]
            continue
        for exit_ in step.exits:
            to = sop.exit_target(i, exit_)
            if to is not None and to != i + 1 and sop.steps[to].lanes:
                yield i, to, exit_.label, step.lanes, sop.steps[to].lanes[0]


def _most_overlapping(spans: list[tuple[int, int]]) -> int:
    ends = sorted([(a, 0) for a, _b in spans] + [(b, 1) for _a, b in spans])
    most = count = 0
    for _row, is_end in ends:
        count += -1 if is_end else 1
        most = max(most, count)
    return most


def _on_track(points: tuple[Point, ...], y: float, lo: float, hi: float, leg: tuple[Point, Point]) -> bool:
    """True if a horizontal run of the line through ``points`` lies on the leg from ``lo`` to ``hi``
    at ``y`` (overlapping more than a point), unless the line ends where the leg ends (a join)."""
    if points[-1] == leg[1] or points[0] == leg[0]:
        return False
    return any(abs(a[1] - y) < 1.0 and a[1] == b[1] and min(hi, max(a[0], b[0])) - max(lo, min(a[0], b[0])) > 1.0
               for a, b in itertools.pairwise(points))


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
        self.work_orders: dict[int, list[Shape]] = {}
        widest = [WIDEST_SYMBOL] * self.cols.lane_count  # a symbol grown for its text is wider
        for shapes in self.shapes.values():
            for shape in shapes:
                widest[shape.lane] = max(widest[shape.lane], shape.rect.w)
        gaps = tuple(max(SIDE_ROOM, (w - most) / 2) for w, most in zip(self.cols.lane_widths, widest, strict=True))
        self.channels = Channels(self.cols, gaps)
        # (page, step, lane) cells that hold a symbol, a joint link or a side connector
        self.occupied: set[tuple[int, int, int]] = set()
        for step, shapes in self.shapes.items():
            lanes = [sh.lane for sh in shapes]
            number = self.page_of[step].number
            self.occupied |= {(number, step, lane) for lane in range(min(lanes), max(lanes) + 1)}
        self.incoming: dict[int, str] = {}  # target step -> letter of its side connector
        self.zone_slots: dict[tuple[int, int], int] = {}  # (page, step) -> connectors in its zone
        # (page, step, lane, right) side vertices in use -> True while only lines entering it use it
        self.vertices: dict[tuple[int, int, int, bool], bool] = {}
        # (step, lane, node) -> its connector to the next page, from the page before
        self.forward_out: dict[tuple[int, int, int], str] = {}
        self.forward_in: dict[tuple[int, int, int], list[str]] = {}
        # (page, step) -> the horizontal runs of its flows to the next row: (level, source x, target x, owner)
        self.forward_tracks: dict[tuple[int, int], list[tuple[int, float, float, tuple[int, int]]]] = {}
        # (page, a side vertex) -> (x, y of its start) of the first jump entering there
        self.joins: dict[tuple[int, Point], tuple[float, float]] = {}
        self.side_need: dict[int, int] = {}  # step -> side connectors its row will need (jumps to other pages)

    def route(self) -> None:
        """Route every flow of the SOP: first everything within a page, then the jumps to
        other pages, whose side connectors take the cells left free."""
        if self.sop.has_flows:  # format version 2: arrows from symbol to symbol
            from sopdesk.layout.flow_routing import route_flows

            route_flows(self)
            return
        across: list[tuple[int, int, str]] = []
        self._count_side_needs()
        self._keep_labels_clear()
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
            d, t = self._jump_pair(i, target)  # as `_keep_labels_clear` placed its label
            self._jump_across(i, target, d, t, label)

    def _count_side_needs(self) -> None:
        """How many side connectors each row will need: one per jump out of it to another page,
        one for all the jumps into it from other pages."""
        for i, step in enumerate(self.sop.steps):
            for target, _label, forward in self._flows(i, step.symbol) if i in self.shapes else []:
                if not forward and target in self.shapes and self.page_of[i] is not self.page_of[target]:
                    self.side_need[i] = self.side_need.get(i, 0) + 1
                    self.side_need[target] = max(1, self.side_need.get(target, 0))

    def _keep_labels_clear(self) -> None:
        """Register every exit label on its page before any channel is chosen."""
        for i, step in enumerate(self.sop.steps):
            if i not in self.shapes:
                continue
            for target, label, forward in self._flows(i, step.symbol):
                if not label or target not in self.shapes:
                    continue
                number = self.page_of[i].number
                if forward:
                    at = self._forward_label_at(i, target, label)
                elif self.page_of[i] is self.page_of[target]:
                    at = self._jump_label_at(i, target, label)
                else:  # to another page: its side connector (left or right) is placed later
                    d = self._jump_pair(i, target)[0]
                    for start, right in (((d.rect.right, d.rect.cy), True), ((d.rect.x, d.rect.cy), False)):
                        self.channels.keep_clear(number, label_rect(label, side_label_at(label, start, right, False)))
                        self.channels.keep_clear(number, label_rect(label, side_label_at(label, start, right, True)))
                    continue
                self.channels.keep_clear(number, label_rect(label, at))

    def _forward_label_at(self, i: int, j: int, label: str, pair: tuple[Shape, Shape] | None = None) -> Point:
        """Beside the first leg of the flow to the next step, away from where it turns."""
        s, t = pair or self._pair(i, j)
        x = s.rect.cx - 2.0 - label_width(label) if t.lane > s.lane else s.rect.cx + 2.0
        return (x, s.rect.bottom + LABEL_TEXT * 0.95)

    def _jump_pair(self, i: int, j: int) -> tuple[Shape, Shape]:
        """A jump leaves the symbol of step ``i`` nearest the lane of the one it enters (so its
        line passes no other symbol of ``i``), and enters the first of ``j``'s work."""
        t = self._work_order(j)[0]
        return min(self.shapes[i], key=lambda sh: (abs(sh.lane - t.lane), sh.lane)), t

    def _jump_label_at(self, i: int, j: int, label: str, pair: tuple[Shape, Shape] | None = None) -> Point:
        d, t = pair or self._jump_pair(i, j)
        right = t.lane >= d.lane
        start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
        return side_label_at(label, start, right, i == j or t.rect.cy < d.rect.cy)

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

    def _work_order(self, i: int) -> list[Shape]:
        """The symbols of step ``i`` in the order the work passes its lanes (`Step.lanes`)."""
        known = self.work_orders.get(i)
        if known is None:
            order = {lane: k for k, lane in enumerate(self.sop.steps[i].lanes)}
            known = sorted(self.shapes[i], key=lambda sh: order.get(self.sop.lanes[sh.lane].id, sh.lane))
            self.work_orders[i] = known
        return known

    def _joints(self, i: int) -> None:
        """Link the symbols of joint work in work order, with arrowheads; a link that would pass
        over another of the step's symbols runs just above them instead."""
        shapes = self._work_order(i)
        page = self.page_of[i]
        lanes = {sh.lane for sh in shapes}
        for a, b in itertools.pairwise(shapes):
            between = any(min(a.lane, b.lane) < lane < max(a.lane, b.lane) for lane in lanes)
            if between:
                top = min(a.rect.y, b.rect.y) - LOOP_RISE
                pts: tuple[Point, ...] = ((a.rect.cx, a.rect.y), (a.rect.cx, top), (b.rect.cx, top),
                                          (b.rect.cx, b.rect.y))
            elif b.lane > a.lane:
                pts = ((a.rect.right, a.rect.cy), (b.rect.x, b.rect.cy))
            else:
                pts = ((a.rect.x, a.rect.cy), (b.rect.right, b.rect.cy))
            page.arrows.append(Arrow(pts))

    def _pair(self, i: int, j: int) -> tuple[Shape, Shape]:
        """The symbol a flow from step ``i`` to step ``j`` leaves (the last of ``i``'s work) and
        the one it enters (the first of ``j``'s)."""
        return self._work_order(i)[-1], self._work_order(j)[0]

    def _forward(self, i: int, j: int, label: str, pair: tuple[Shape, Shape] | None = None) -> None:
        """The flow from step ``i`` to the next, ``j``; ``pair``: the symbols it leaves and enters
        (default `_pair`)."""
        s, t = pair or self._pair(i, j)
        src_page, dst_page = self.page_of[i], self.page_of[j]
        label_at = self._forward_label_at(i, j, label, (s, t))
        if src_page is dst_page:
            sx, tx = s.rect.cx, t.rect.cx
            if s.lane == t.lane:
                pts: tuple[Point, ...] = ((sx, s.rect.bottom), (tx, t.rect.y))
            else:
                yh = self._forward_track(src_page, i, s, sx, tx)
                pts = ((sx, s.rect.bottom), (sx, yh), (tx, yh), (tx, t.rect.y))
                self.channels.claim(src_page.number, tx, yh, t.rect.y)  # no jump runs on its way down
            src_page.arrows.append(Arrow(pts, label, label_at))
            return
        # one connector for every flow out of a symbol to the next page (a fork), and one for every
        # flow into a symbol from the page before (a join)
        out_key, in_key = (i, s.lane, s.node), (j, t.lane, t.node)
        letter = self.forward_out.get(out_key) or next(iter(self.forward_in.get(in_key, [])), None)
        if letter is None:
            letter = self._new_pair(src_page, dst_page, i, j, True)
        else:
            from sopdesk.layout.flowchart import ConnectorPair

            self.layout.connectors.append(ConnectorPair(letter, src_page.number - 1, dst_page.number - 1, i, j, True))
        if out_key not in self.forward_out:
            self.forward_out[out_key] = letter
            out_rect = Rect(s.rect.cx - CONNECTOR / 2, src_page.row_rects[i].bottom - CONNECTOR - 4, CONNECTOR,
                            CONNECTOR)
            src_page.shapes.append(Shape(ShapeKind.CONNECTOR, out_rect, i, s.lane, letter))
            src_page.arrows.append(Arrow(((s.rect.cx, s.rect.bottom), (s.rect.cx, out_rect.y)), label, label_at))
        letters = self.forward_in.setdefault(in_key, [])
        if letter not in letters:
            self._forward_in_end(dst_page, j, t, letter, len(letters))
            letters.append(letter)

    def _forward_in_end(self, page: Page, j: int, t: Shape, letter: str, k: int) -> None:
        """The ``k``-th (0-based) off-page connector over ``t`` (row ``j``, the first of ``page``)
        bringing flows from the page before: the first over ``t``'s centre, a line straight down;
        the others (flows whose source already has a connector of another letter) in the nearest
        free place of the row's top band (`_spare_top_x`), their lines joining the first's just
        below the connectors, above every symbol of the row."""
        top = page.row_rects[j].y + 4
        x = t.rect.cx if not k else self._spare_top_x(page, j, t, top)
        rect = Rect(x - CONNECTOR / 2, top, CONNECTOR, CONNECTOR)
        page.shapes.append(Shape(ShapeKind.CONNECTOR, rect, j, t.lane, letter))
        if not k:
            page.arrows.append(Arrow(((t.rect.cx, rect.bottom), (t.rect.cx, t.rect.y))))
            return
        run = (rect.bottom + page.symbol_bands[j].y) / 2
        page.arrows.append(Arrow(((x, rect.bottom), (x, run), (t.rect.cx, run), (t.rect.cx, t.rect.y))))

    def _spare_top_x(self, page: Page, j: int, t: Shape, top: float) -> float:
        """The centre x of a free place for another connector in row ``j``'s top band (at ``top``):
        beside those over ``t`` inside its lane, else the centre of the nearest lane without a
        symbol in the row (where no first connector will come), else beside them anyway."""
        lane = t.lane
        left, right = self.cols.lane_left(lane) + 1.0, self.cols.lane_left(lane) + self.cols.lane_w(lane) - 1.0
        beside = [t.rect.cx + sign * n * (CONNECTOR + 4.0) for n in (1, 2, 3) for sign in (1, -1)]
        empty = {sh.lane for sh in self.shapes[j]}
        lanes = sorted((c for c in range(self.cols.lane_count) if c not in empty), key=lambda c: abs(c - lane))
        options = [x for x in beside if left <= x - CONNECTOR / 2 and x + CONNECTOR / 2 <= right]
        options += [self.cols.lane_center(c) for c in lanes] + beside
        return next((x for x in options if not any(
            sh.rect.intersects(Rect(x - CONNECTOR / 2, top, CONNECTOR, CONNECTOR)) for sh in page.shapes)), beside[0])

    def _forward_track(self, page: Page, i: int, s: Shape, sx: float, tx: float) -> float:
        """The y of the horizontal run of a flow out of ``s`` (down from ``sx``) to the next row
        (down into ``tx``): `ROW_GAP` above the row's band, or (version 2, several symbols flowing
        on) `TRACK_GAP` higher for each other symbol's run it would overlap, while that stays below
        the row's symbols; the flows of one symbol share theirs (a fan-out). A run that goes down
        where another symbol's line comes down (``tx`` at that symbol's x) lies below that one's
        run, and one whose symbol stands where another run goes down lies above it, so that no two
        lines share the vertical between the runs (when the rows' room allows)."""
        base = page.symbol_bands[i].bottom - ROW_GAP
        used = self.forward_tracks.setdefault((page.number, i), [])
        owner = (s.lane, s.node)
        level = next((k for k, _a, _b, who in used if who == owner), None)
        if level is None:
            lowest = max(sh.rect.bottom for sh in self.shapes[i]) + RUN_CLEAR
            room = max(0, int((base - lowest) // TRACK_GAP))
            lo, hi = min(sx, tx), max(sx, tx)
            free = [k for k in range(room + 1) if not any(
                kk == k and min(a, b) < hi + 1 and lo - 1 < max(a, b) for kk, a, b, _who in used)]
            below = min((k for k, a, _b, _who in used if abs(a - tx) < 1.0), default=room + 1)
            above = max((k for k, _a, b, _who in used if abs(b - sx) < 1.0), default=-1)
            level = next((k for k in free if above < k < below), next(iter(free), 0))
        used.append((level, sx, tx, owner))
        return base - level * TRACK_GAP

    def _new_pair(self, src: Page, dst: Page, i: int, j: int, forward: bool) -> str:
        from sopdesk.layout.flowchart import ConnectorPair

        letter = connector_label(len(self.layout.connectors))
        self.layout.connectors.append(ConnectorPair(letter, src.number - 1, dst.number - 1, i, j, forward))
        return letter

    def _jump(self, i: int, j: int, label: str, pair: tuple[Shape, Shape] | None = None) -> None:
        """A jump from step ``i`` to step ``j``; ``pair``: the symbols (default `_jump_pair`)."""
        d, t = pair or self._jump_pair(i, j)
        src_page, dst_page = self.page_of[i], self.page_of[j]
        if src_page is not dst_page:
            self._jump_across(i, j, d, t, label)
            return
        if i == j:
            self._self_loop(src_page, d, label, self._jump_label_at(i, j, label, (d, t)))
            return
        number = src_page.number
        self.occupied |= {(number, i, c) for c in range(min(d.lane, t.lane), max(d.lane, t.lane) + 1)}
        label_at = self._jump_label_at(i, j, label, (d, t))
        right = t.lane >= d.lane
        start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
        end = (t.rect.x, t.rect.cy) if t.lane > d.lane else (t.rect.right, t.rect.cy)
        box = label_rect(label, label_at)
        strip = self._join(src_page, (d, t), start, end, box) if self._vertex_free(src_page, d, right) else None
        if strip is None and (strip := self.channels.find(number, t.lane, t.lane > d.lane, start[1], end[1])) \
                is not None and not (self._legs_clear(src_page, (d, t), (start, (strip, start[1])),
                                                      ((strip, end[1]), end), box)
                                     and self._channel_clear(src_page, strip, start[1], end[1])):
            self.channels.release(number, strip, start[1], end[1])  # a leg would cross a symbol or a line
            strip = None
        if strip is None and t.lane == d.lane:  # within one lane: its left side, if free there
            strip = self.channels.find(number, t.lane, True, start[1], end[1], across=False)
            if strip is not None:
                start, end = (d.rect.x, d.rect.cy), (t.rect.x, t.rect.cy)
                self.channels.move_label(number, label_rect(label, label_at),
                                         label_rect(label, at := side_label_at(label, start, False, True)))
                label_at = at
        if strip is None and (other := self._detour(src_page, d, t, label, label_at)) is not None:
            strip, start, end, label_at = other
        if strip is None and (top := self._over_the_top(src_page, d, t, label, label_at)) is not None:
            src_page.arrows.append(top)
            return
        if strip is None:
            strip = self._strip_x(src_page, t.lane, t.lane > d.lane, start[1], end[1])
        pts = (start, (strip, start[1]), (strip, end[1]), end)
        self._use_vertex(src_page, d, start[0] > d.rect.cx)
        self._use_vertex(src_page, t, end[0] > t.rect.cx, entering=True)
        self.joins.setdefault((number, end), (strip, start[1]))
        src_page.arrows.append(Arrow(pts, label, label_at))

    def _join(self, page: Page, pair: tuple[Shape, Shape], start: Point, end: Point, box: Rect) -> float | None:
        """The channel of the line that already enters ``t`` (of ``pair``) at ``end`` (a side vertex),
        when a jump from ``start`` can run into it and on as one line (a join): its part beyond that
        line's is free and its leg out of ``start`` clear (`_legs_clear`; ``box`` its label). The part
        is taken; None when there is no such line or it cannot join."""
        number = page.number
        known = self.joins.get((number, end))
        if known is None:
            return None
        x, other = known
        lo, hi = sorted((end[1], other))
        y = start[1]
        parts = [(a, b) for a, b in ((min(y, lo), lo), (hi, max(y, hi))) if b - a > 0.5]
        beyond = [(a, b - 1.5) if b == lo else (a + 1.5, b) for a, b in parts]  # not where it meets the line
        if any(not self.channels.free_at(number, x, a, b) for a, b in beyond) \
                or not self._legs_clear(page, pair, (start, (x, y)), box) \
                or not self._channel_clear(page, x, y, end[1]):
            return None
        for a, b in parts:
            self.channels.claim(number, x, a, b)
        return x

    def _use_vertex(self, page: Page, shape: Shape, right: bool, entering: bool = False) -> None:
        """Note that a line leaves (or, ``entering``, enters) ``shape``'s right (or left) side vertex."""
        key = (page.number, shape.step, shape.lane, right)
        self.vertices[key] = self.vertices.get(key, True) and entering

    def _vertex_free(self, page: Page, shape: Shape, right: bool, entering: bool = False) -> bool:
        """True if no line uses the vertex, or (``entering``) only lines entering it: those join
        there (`sopdesk.layout.quality` accepts lines meeting before their common end)."""
        used = self.vertices.get((page.number, shape.step, shape.lane, right))
        return used is None or (entering and used)

    def _detour(self, page: Page, d: Shape, t: Shape, label: str,
                label_at: Point) -> tuple[float, Point, Point, Point] | None:
        """When the channels beside the target are all taken (or run through a label): the free
        channel nearest the target at any lane boundary whose two horizontal legs (out of the
        decision's side, into the target's side) cross no other symbol and no label. Returns
        (x, start, end, the label's place beside the new start), or None."""
        number = page.number
        y0, y1 = d.rect.cy, t.rect.cy
        sides = sorted(((lane, left) for lane in range(self.cols.lane_count) for left in (True, False)),
                       key=lambda side: abs(self._boundary(*side) - t.rect.cx))
        for lane, left in sides:
            for x in self.channels.free_offsets(number, lane, left, y0, y1):
                start = (d.rect.right, y0) if x > d.rect.cx else (d.rect.x, y0)
                end = (t.rect.right, y1) if x > t.rect.cx else (t.rect.x, y1)
                at = side_label_at(label, start, x > d.rect.cx, y1 < y0)
                free = self._vertex_free(page, d, x > d.rect.cx) and self._vertex_free(page, t, x > t.rect.cx, True)
                free = free and not self._takes_side_cells(number, (d, t), lane)
                legs = (start, (x, y0)), ((x, y1), end)
                if free and self._legs_clear(page, (d, t), *legs, label_rect(label, label_at)) \
                        and self._channel_clear(page, x, y0, y1):
                    self.channels.claim(number, x, y0, y1)
                    self.channels.move_label(number, label_rect(label, label_at), label_rect(label, at))
                    self._occupy_legs(number, (d, t), lane)
                    return x, start, end, at
        return None

    def _over_the_top(self, page: Page, d: Shape, t: Shape, label: str, label_at: Point) -> Arrow | None:
        """The last way for a jump whose side channels and detours are all taken: out of the
        decision's side, along the free channel nearest the target, across the target's row above
        its symbol and down into its top, where it joins the line already entering there
        (`sopdesk.layout.quality` accepts lines that run as one into a common end). None if no
        channel is free or the legs cross a symbol or a label."""
        row = page.row_rects[t.step]
        loop = self._loops(t.step)
        ys = [y for y in (max(row.y + ROW_GAP, (row.y + t.rect.y) / 2), row.y + ROW_GAP, t.rect.y - ROW_GAP)
              if row.y + ROW_GAP <= y <= t.rect.y - HEAD_LEG and not (loop and abs(y - (t.rect.y - LOOP_RISE)) < 1.5)]
        sides = sorted(((lane, left) for lane in range(self.cols.lane_count) for left in (True, False)),
                       key=lambda side: abs(self._boundary(*side) - t.rect.cx))
        for y, (lane, left) in itertools.product(ys, sides):
            for x in self.channels.free_offsets(page.number, lane, left, d.rect.cy, y):
                right = x > d.rect.cx
                start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
                at = side_label_at(label, start, right, y < d.rect.cy)
                if not self._vertex_free(page, d, right) or self._takes_side_cells(page.number, (d,), lane):
                    continue
                if self._legs_clear(page, (d, t), (start, (x, start[1])), ((x, y), (t.rect.cx, y)),
                                    label_rect(label, label_at)) and self._drop_clear(page, t, y) \
                        and self._channel_clear(page, x, d.rect.cy, y):
                    self.channels.claim(page.number, x, d.rect.cy, y)
                    self.channels.move_label(page.number, label_rect(label, label_at), label_rect(label, at))
                    self._occupy_legs(page.number, (d,), lane)
                    self._use_vertex(page, d, right)
                    return Arrow((start, (x, start[1]), (x, y), (t.rect.cx, y), (t.rect.cx, t.rect.y)), label, at)
        return None

    @staticmethod
    def _drop_clear(page: Page, t: Shape, y: float) -> bool:
        """True if the line down from ``y`` into the top of ``t`` passes through no other symbol
        (an off-page connector standing over ``t``)."""
        return not any(sh.rect.x < t.rect.cx < sh.rect.right and y < sh.rect.bottom and sh.rect.y < t.rect.y
                       and sh is not t for sh in page.shapes)

    def _loops(self, i: int) -> bool:
        """True if a line of row ``i`` loops back to its own symbol (over its top)."""
        step = self.sop.steps[i]
        if self.sop.has_flows:
            return any(f.target == i and f.source == f.target_node for f in step.flows)
        return any(self.sop.exit_target(i, e) == i for e in step.exits)

    def _takes_side_cells(self, number: int, shapes: tuple[Shape, ...], lane: int) -> bool:
        """True if legs from ``shapes`` to ``lane`` would leave a row fewer free cells beside its
        symbols than the side connectors it needs (`side_need`), where it had them."""
        for sh in shapes:
            need = self.side_need.get(sh.step, 0)
            if not need:
                continue
            legs = set(range(min(sh.lane, lane), max(sh.lane, lane) + 1))
            free = self._free_beside(number, sh.step)
            if len(free - legs) < min(need, len(free)):
                return True
        return False

    def _free_beside(self, number: int, step: int) -> set[int]:
        """The lanes next to ``step``'s symbols (left of the first, right of the last) whose cells are free."""
        lanes = [sh.lane for sh in self.shapes[step]]
        return {c for c in (min(lanes) - 1, max(lanes) + 1)
                if 0 <= c < self.cols.lane_count and (number, step, c) not in self.occupied}

    def _occupy_legs(self, number: int, shapes: tuple[Shape, ...], lane: int) -> None:
        """The cells a detour's legs cross, from each of ``shapes`` to the channel's ``lane``, hold
        no side connector."""
        for sh in shapes:
            self.occupied |= {(number, sh.step, c) for c in range(min(sh.lane, lane), max(sh.lane, lane) + 1)}

    def _boundary(self, lane: int, left: bool) -> float:
        return self.cols.lane_left(lane if left else lane + 1)

    @staticmethod
    def _channel_clear(page: Page, x: float, y0: float, y1: float) -> bool:
        """True if the channel at ``x`` from ``y0`` to ``y1`` passes through no symbol (a lane too
        narrow for a channel beside its symbols)."""
        lo, hi = min(y0, y1), max(y0, y1)
        return not any(sh.rect.x + 0.3 < x < sh.rect.right - 0.3 and sh.rect.y < hi and lo < sh.rect.bottom
                       for sh in page.shapes)

    def _legs_clear(self, page: Page, own: tuple[Shape, ...], *legs: tuple[Point, Point] | Rect) -> bool:
        """True if the horizontal ``legs`` cross no symbol but ``own`` and no exit label on
        ``page`` (a `Rect` among them is this line's own label, which is left out), and run on no
        horizontal run of a line already drawn (but where they meet at a leg's end: a join)."""
        mine = [leg for leg in legs if isinstance(leg, Rect)]
        boxes = [sh.rect for sh in page.shapes if sh not in own]
        boxes += [b for b in self.channels.labels.get(page.number, []) if b not in mine]
        for leg in legs:
            if isinstance(leg, Rect):
                continue
            (xa, y), (xb, _y) = leg
            lo, hi = min(xa, xb), max(xa, xb)
            if any(b.x - 1 < hi and lo < b.right + 1 and b.y < y < b.bottom for b in boxes):
                return False
            if any(_on_track(arrow.points, y, lo, hi, leg) for arrow in page.arrows):
                return False
        return True

    def _self_loop(self, page: Page, d: Shape, label: str, label_at: Point) -> None:
        """A decision exit back to the decision itself: out of its right vertex (or, when no
        channel is free there, its left one), up its lane's channel, over it and down into its top."""
        top, number = d.rect.y - LOOP_RISE, page.number
        right, strip = True, self.channels.find(number, d.lane, False, top, d.rect.cy, across=False)
        if strip is None and self._vertex_free(page, d, False):
            strip = self.channels.find(number, d.lane, True, top, d.rect.cy, across=False)
            right = strip is None
        if strip is None:
            strip = self._strip_x(page, d.lane, False, top, d.rect.cy)
        start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
        if not right:
            at = side_label_at(label, start, False, True)
            self.channels.move_label(number, label_rect(label, label_at), label_rect(label, at))
            label_at = at
        pts = (start, (strip, start[1]), (strip, top), (d.rect.cx, top), (d.rect.cx, d.rect.y))
        self._use_vertex(page, d, right)
        page.arrows.append(Arrow(pts, label, label_at))

    def _strip_x(self, page: Page, lane: int, on_left: bool, y0: float, y1: float) -> float:
        """The x of a free vertical channel beside ``lane`` from ``y0`` to ``y1`` on ``page``
        (`sopdesk.layout.channels`)."""
        return self.channels.take(page.number, lane, on_left, y0, y1)

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
        going_up = len(pts) > 2 and pts[2][1] < pts[1][1]
        src_page.arrows.append(Arrow(pts, label, side_label_at(label, start, start[0] >= d.rect.cx, going_up)))
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
        sides = [(_edge_shape(own, shape, own[-1].lane), 1), (_edge_shape(own, shape, own[0].lane), -1)]
        # a line leaves its own symbol (joint work: the edge lane of it), never another's: past another
        # symbol of the row it starts at its own side and runs across (the repair pass redraws it round)
        sides = [(edge if edge.node == shape.node else shape, direction) for edge, direction in sides]
        if shape.lane - own[0].lane < own[-1].lane - shape.lane:
            sides.reverse()
        sides.sort(key=lambda side: not self._vertex_free(page, side[0], side[1] > 0))  # a free vertex first
        for edge_shape, direction in sides:
            lane = self._free_cell(page, step, (own[-1] if direction > 0 else own[0]).lane, direction)
            if lane is None:
                continue
            rect = self._side_connector(lane, cy)
            self._use_vertex(page, edge_shape, direction > 0)
            if direction > 0:
                return lane, rect, ((edge_shape.rect.right, cy), (rect.x, cy))
            return lane, rect, ((edge_shape.rect.x, cy), (rect.right, cy))
        if not self._zone_left(page, step):  # no band left below the symbols
            far = self._far_cell(page, step, shape) or self._free_spot(page, step, shape)
            if far is not None:
                return far
        return self._zone_end(page, step, shape)

    def _free_spot(self, page: Page, step: int, shape: Shape) -> tuple[int, Rect, tuple[Point, ...]] | None:
        """A side connector anywhere in ``step``'s row clear of every symbol (the nearest lane
        first, then the nearest height), when neither a cell nor a band is left; the line runs
        across from ``shape``'s side and into the connector's top or bottom (the repair pass
        redraws it if it crosses anything). None when the row has no such place."""
        row = page.row_rects[step]
        cy = shape.rect.cy
        heights = sorted((row.y + 2.0 + 2.0 * n for n in range(int((row.h - CONNECTOR - 4.0) // 2.0) + 1)),
                         key=lambda y: abs(y + CONNECTOR / 2 - cy))
        for lane in sorted(range(self.cols.lane_count), key=lambda c: (abs(c - shape.lane), c)):
            x = self.cols.lane_center(lane) - CONNECTOR / 2
            for y in heights:
                rect = Rect(x, y, CONNECTOR, CONNECTOR)
                grown = Rect(x - 2.0, y - 2.0, CONNECTOR + 4.0, CONNECTOR + 4.0)
                segments = (seg for line in page.arrows for seg in itertools.pairwise(line.points))
                if any(sh.rect.intersects(grown) for sh in page.shapes) or any(
                        _segment_meets(a, b, grown) for a, b in segments):
                    continue
                right = rect.cx > shape.rect.cx
                side = shape.rect.right if right else shape.rect.x
                end = (rect.cx, rect.y) if rect.cy > cy else (rect.cx, rect.bottom)
                self._use_vertex(page, shape, right)
                return lane, rect, ((side, cy), (rect.cx, cy), end)
        return None

    def _zone_left(self, page: Page, step: int) -> bool:
        """True if ``step``'s row still has a connector band free below its symbols (the layout
        reserves them by its count of the row's jumps, `flowchart._crowded_jump_ends`)."""
        band, row = page.symbol_bands[step], page.row_rects[step]
        used = self.zone_slots.get((page.number, step), 0)
        return band.bottom + used * ZONE + 4.0 + CONNECTOR <= row.bottom + 0.01

    def _far_cell(self, page: Page, step: int, shape: Shape) -> tuple[int, Rect, tuple[Point, ...]] | None:
        """A side connector in the free cell of the row nearest ``shape``'s lane, one with no symbol
        of the row between first, when no band is left below the symbols (more jumps than the
        layout counted): the line runs across at the symbol's height (`sopdesk.layout.repair`
        redraws it if it crosses anything). None when every cell of the row is taken."""
        lanes = {sh.lane for sh in self.shapes[step]}
        cells = [c for c in range(self.cols.lane_count) if (page.number, step, c) not in self.occupied]
        clear = [c for c in cells if not any(min(c, shape.lane) < m < max(c, shape.lane) for m in lanes)]
        free = clear or cells  # past a symbol if need be: a connector on another is worse than a line redrawn
        if not free:
            return None
        lane = min(free, key=lambda c: (abs(c - shape.lane), c))
        self.occupied.add((page.number, step, lane))
        cy = shape.rect.cy
        rect = self._side_connector(lane, cy)
        right = lane > shape.lane
        self._use_vertex(page, shape, right)
        if right:
            return lane, rect, ((shape.rect.right, cy), (rect.x, cy))
        return lane, rect, ((shape.rect.x, cy), (rect.right, cy))

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
            x = self.cols.lane_center(lane) - CONNECTOR / 2
            on_left = lane <= shape.lane
        else:
            lane, on_left = shape.lane, True
            x = self.cols.lane_left(lane) + self.channels.gaps[lane] + 0.5  # right of every channel
        if not self._vertex_free(page, shape, not on_left) and self._vertex_free(page, shape, on_left):
            on_left = not on_left
        self._use_vertex(page, shape, not on_left)
        rect = Rect(x, top, CONNECTOR, CONNECTOR)
        zone_y = rect.y + CONNECTOR * 0.3
        strip = self._strip_x(page, shape.lane, on_left, shape.rect.cy, zone_y)
        side = shape.rect.x if on_left else shape.rect.right
        if shape.rect.x - 1.0 < strip < shape.rect.right + 1.0 and zone_y > shape.rect.bottom + 5.0:
            # a lane too narrow for a channel beside the symbol:
            # down from the symbol's foot (with its flow to the next row, a fan-out) and across to the connector
            foot = (shape.rect.cx, shape.rect.bottom)
            near = rect.x if foot[0] < rect.x else rect.right
            return lane, rect, (foot, (foot[0], zone_y), (near, zone_y))
        near = rect.x if strip < rect.x else rect.right
        return lane, rect, ((side, shape.rect.cy), (strip, shape.rect.cy), (strip, zone_y), (near, zone_y))

    def _zone_blocked(self, step: int) -> set[int]:
        """Lanes whose centre a vertical arrow crosses in ``step``'s zone: the flow to the next step
        (version 2: the flows of any of the row's symbols down to the next row's)."""
        if step + 1 >= len(self.sop.steps) or step + 1 not in self.shapes:
            return set()
        if self.sop.has_flows:
            return {sh.lane for sh in self.shapes[step] + self.shapes[step + 1]}
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
        cx = self.cols.lane_center(lane)
        return Rect(cx - CONNECTOR / 2, cy - CONNECTOR / 2, CONNECTOR, CONNECTOR)


def _segment_meets(a: Point, b: Point, box: Rect) -> bool:
    """True if the orthogonal segment a-b touches ``box``."""
    return min(a[0], b[0]) <= box.right and box.x <= max(a[0], b[0]) and min(a[1], b[1]) <= box.bottom \
        and box.y <= max(a[1], b[1])


def _edge_shape(own: list[Shape], shape: Shape, lane: int) -> Shape:
    """The symbol of a row (``own``) in its edge ``lane`` whose side a line from ``shape`` leaves:
    ``shape`` itself when it stands there, else the one there nearest its height (version 2 stacks
    symbols in a lane: the line must not start at the side of another one, inside ``shape``)."""
    return min((sh for sh in own if sh.lane == lane), key=lambda sh: (sh is not shape, abs(sh.rect.cy - shape.rect.cy)))
