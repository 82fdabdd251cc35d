"""Routing an SOP drawn with arrows (format version 2, `Sop.has_flows`): every `Flow` from the
symbol it leaves to the symbol it enters, with the rules of `sopdesk.layout.routing` (whose
`Router` draws each line):

- a flow to the next row runs down from the source, across just above the row's lower boundary
  and down into the target (forks from one symbol share their first leg; joins meet in the target);
  of a decision's exits only the first into the next row goes that way, the others leave a side
  vertex like every jump, and so does a flow into a symbol stacked below another in its lane
  or out of one stacked over another;
  the flows of one symbol to the next page share one off-page connector;
- a flow to any other row is a jump (a side vertex, a vertical channel, the target's side), and to
  another page it ends at a pair of off-page connectors; a decision's second jump towards a side
  already taken leaves the other side vertex, runs in its own lane's channel and enters the
  target from above (so two exits never share a vertex and their labels never overlap);
- a flow inside a row links two symbols side by side (facing edges) or stacked in one lane (bottom
  to top);
- a symbol drawn in several lanes (joint work) is linked lane to lane, in lane order. No Qt.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from sopdesk.domain.model import Flow, Step, Symbol
from sopdesk.layout.channels import TRACK_GAP
from sopdesk.layout.geometry import LABEL_TEXT, Arrow, Point, Shape
from sopdesk.layout.routing import HEAD_LEG, ROW_GAP, RUN_CLEAR, label_rect, label_width, side_label_at

if TYPE_CHECKING:
    from sopdesk.layout.routing import Router


def runs_room(step: Step, i: int, margin: float) -> float:
    """The height (points) row ``i`` (``step``) needs below its symbols beyond ``margin`` for the runs
    of its flows to the next row: one run per symbol flowing there (`Router._forward_track`),
    `TRACK_GAP` apart, the lowest `ROW_GAP` above the row's boundary, the highest `RUN_CLEAR` below
    the symbols; 0 when the margin holds them."""
    sources = {f.source for f in step.flows if f.target == i + 1}
    return max(0.0, (len(sources) - 1) * TRACK_GAP + ROW_GAP + RUN_CLEAR - margin)


def route_flows(router: Router) -> None:
    """Draw every flow of ``router.sop`` on its pages (in place)."""
    across: list[tuple[int, int, Shape, Shape, str]] = []
    _keep_labels_clear(router)
    for i, step in enumerate(router.sop.steps):
        if i not in router.shapes:
            continue
        _node_joints(router, i)
        forward_used: set[int] = set()
        sides_used: set[tuple[int, bool]] = set()
        for flow in _lowest_first(router, i):
            j = flow.target
            if j not in router.shapes:
                continue
            t = _shape(router, j, flow.target_node, None)
            s = _shape(router, i, flow.source, t)
            if t is None or s is None:
                continue
            decision = step.nodes()[flow.source].kind is Symbol.DECISION
            if j == i and s == t:  # a symbol looping to itself
                router._jump(i, i, flow.label, (s, t))
            elif j == i:
                _inside_row(router, i, s, t, flow.label)
            elif j == i + 1 and not (decision and flow.source in forward_used) and not _stacked(router, s, t):
                forward_used.add(flow.source)
                router._forward(i, j, flow.label, (s, t))
            elif router.page_of[i] is not router.page_of[j]:
                across.append((i, j, s, t, flow.label))
            elif decision and (flow.source, t.lane >= s.lane) in sides_used \
                    and (flow.source, t.lane < s.lane) not in sides_used:
                sides_used.add((flow.source, t.lane < s.lane))
                if not _other_side(router, i, j, s, t, flow.label):
                    router._jump(i, j, flow.label, (s, t))
            else:
                sides_used.add((flow.source, t.lane >= s.lane))
                router._jump(i, j, flow.label, (s, t))
    for i, j, s, t, label in across:
        router._jump_across(i, j, s, t, label)


def _keep_labels_clear(router: Router) -> None:
    """Register every exit label where its line will put it before any channel is chosen (as
    `Router._keep_labels_clear` does for version 1), so no other line's channel runs through it: a
    flow drawn down to the next row has its label below the source, a jump beside the side vertex
    facing its target (one to another page: beside both, its connector is placed later)."""
    for i, step in enumerate(router.sop.steps):
        if i not in router.shapes:
            continue
        number, down = router.page_of[i].number, set()
        for flow in step.flows:
            j = flow.target
            t = _shape(router, j, flow.target_node, None) if j in router.shapes else None
            s = _shape(router, i, flow.source, t)
            if not flow.label or t is None or s is None or (j == i and s != t):
                continue
            if j == i + 1 and flow.source not in down and not _stacked(router, s, t):
                down.add(flow.source)
                boxes = [label_rect(flow.label, router._forward_label_at(i, j, flow.label, (s, t)))]
            elif router.page_of[i] is router.page_of[j]:
                boxes = [label_rect(flow.label, router._jump_label_at(i, j, flow.label, (s, t)))]
            else:
                starts = (((s.rect.right, s.rect.cy), True), ((s.rect.x, s.rect.cy), False))
                boxes = [label_rect(flow.label, side_label_at(flow.label, start, right, up))
                         for start, right in starts for up in (False, True)]
            for box in boxes:
                router.channels.keep_clear(number, box)


def _lowest_first(router: Router, i: int) -> list[Flow]:
    """The flows of row ``i``, grouped by the symbol they leave, the symbols in the order their runs
    to the next row stack up from its boundary (`Router._forward_track` gives the first the lowest
    free run): a symbol whose flow goes down where another symbol stands (at its x) before that
    one, so the line down passes below the other's run, not along its line (a cycle keeps the
    row's order)."""
    flows = router.sop.steps[i].flows
    xs = {sh.node: sh.rect.cx for sh in reversed(router.shapes[i])}
    into = {n: {sh.rect.cx for f in flows if f.source == n and f.target == i + 1
                for sh in router.shapes.get(i + 1, []) if sh.node == f.target_node} for n in xs}
    order: list[int] = []
    left = sorted(into)
    while left:
        ready = [n for n in left if not any(abs(xs[n] - x) < 1.0 for m in left if m != n for x in into[m])]
        n = ready[0] if ready else left[0]
        order.append(n)
        left.remove(n)
    rank = {n: k for k, n in enumerate(order)}
    return sorted(flows, key=lambda f: rank.get(f.source, len(rank)))


def _stacked(router: Router, s: Shape, t: Shape) -> bool:
    """True if ``t`` stands below another symbol of its row in its lane, or ``s`` over another of
    its own (a line down the lane would cross that one: the flow goes as a jump, side to side)."""
    return any(sh.lane == t.lane and sh.rect.y < t.rect.y for sh in router.shapes[t.step]) or any(
        sh.lane == s.lane and sh.rect.y > s.rect.y for sh in router.shapes[s.step])


def _other_side(router: Router, i: int, j: int, d: Shape, t: Shape, label: str) -> bool:
    """A decision's exit out of the side vertex facing away from ``t``: along a channel of the
    decision's own lane to just inside the top of ``t``'s row, across, and down into ``t``. False
    (nothing drawn) when a leg or the channel would cross a symbol (a symbol or connector over ``t``)."""
    page = router.page_of[i]
    right = t.lane < d.lane  # the side away from the target
    start = (d.rect.right, d.rect.cy) if right else (d.rect.x, d.rect.cy)
    top = page.row_rects[j].y + ROW_GAP
    if t.rect.y - top < HEAD_LEG:  # no room over the target for the run and the head's leg
        return False
    low, high = min(d.rect.cy, top), max(d.rect.cy, top)
    strip = router._strip_x(page, d.lane, not right, low, high)
    if not (router._legs_clear(page, (d, t), (start, (strip, start[1])), ((strip, top), (t.rect.cx, top)))
            and router._channel_clear(page, strip, low, high) and router._drop_clear(page, t, top)):
        router.channels.release(page.number, strip, low, high)
        return False
    pts = (start, (strip, start[1]), (strip, top), (t.rect.cx, top), (t.rect.cx, t.rect.y))
    page.arrows.append(Arrow(pts, label, side_label_at(label, start, right, top < start[1])))
    return True


def _shape(router: Router, step: int, node: int, toward: Shape | None) -> Shape | None:
    """The shape of symbol ``node`` of row ``step`` (of a symbol in several lanes, the one nearest
    ``toward``)."""
    shapes = [sh for sh in router.shapes.get(step, []) if sh.node == node]
    if not shapes:
        return None
    if toward is None:
        return shapes[0]
    return min(shapes, key=lambda sh: (abs(sh.lane - toward.lane), sh.lane))


def _node_joints(router: Router, i: int) -> None:
    by_node: dict[int, list[Shape]] = {}
    for shape in router.shapes[i]:
        by_node.setdefault(shape.node, []).append(shape)
    page = router.page_of[i]
    for shapes in by_node.values():
        for a, b in itertools.pairwise(sorted(shapes, key=lambda sh: sh.lane)):
            page.arrows.append(Arrow(((a.rect.right, a.rect.cy), (b.rect.x, b.rect.cy))))


def _inside_row(router: Router, i: int, s: Shape, t: Shape, label: str) -> None:
    page = router.page_of[i]
    if s.lane == t.lane:
        down = t.rect.y > s.rect.y
        pts: tuple[Point, ...] = ((s.rect.cx, s.rect.bottom), (t.rect.cx, t.rect.y)) if down else (
            (s.rect.cx, s.rect.y), (t.rect.cx, t.rect.bottom))
    else:
        right = t.lane > s.lane
        start = (s.rect.right if right else s.rect.x, s.rect.cy)
        side = t.rect.x if right else t.rect.right
        if abs(s.rect.cy - t.rect.cy) < 0.5:
            pts = (start, (side, s.rect.cy))
        elif t.rect.y - HEAD_LEG < s.rect.cy < t.rect.bottom + HEAD_LEG:  # too near its top or foot: into its side
            mid = (start[0] + side) / 2
            pts = (start, (mid, s.rect.cy), (mid, t.rect.cy), (side, t.rect.cy))
        else:
            pts = (start, (t.rect.cx, s.rect.cy), (t.rect.cx, t.rect.y if t.rect.y > s.rect.cy else t.rect.bottom))
    page.arrows.append(Arrow(pts, label, _first_leg_label_at(label, pts[0], pts[1])))


def _first_leg_label_at(label: str, start: Point, turn: Point) -> Point:
    """Beside the first leg ``start``-``turn`` of a line inside a row, off its source symbol: right of
    a leg going down or up (below the start of one going down), above a leg going across, on the
    side it goes."""
    if start[0] == turn[0]:
        return (start[0] + 2.0, start[1] + LABEL_TEXT * 0.95 if turn[1] > start[1] else start[1] - 2.0)
    x = start[0] + 2.0 if turn[0] > start[0] else start[0] - 2.0 - label_width(label)
    return (x, start[1] - 2.0)
