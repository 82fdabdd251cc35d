"""Rows of several symbols (format version 2): each symbol (`sopdesk.domain.model.Node`) in its
lanes, symbols that share a lane stacked top to bottom in row order, a symbol's text inside it
(the box widened to the text, at most its lane less the channel room). Rows of one symbol without
text are placed by `sopdesk.layout.flowchart` as in version 1. No Qt.
"""

from __future__ import annotations

from sopdesk.domain.model import Flow, Node, Sop, Step, Symbol
from sopdesk.layout.geometry import Rect, Shape, ShapeKind, shape_kind
from sopdesk.layout.paper import Columns
from sopdesk.layout.symbol_text import fit_symbol, word_room

STACK_GAP = 14.0  # points between symbols stacked in one lane
NARROWEST = 10.0  # points: a symbol in a lane too narrow for its channels is never narrower (half the lane at most)
CONNECTOR_SIZE = (16.0, 16.0)


def text_room(sop: Sop, side_room: float, most: float) -> tuple[float, ...]:
    """The least width of each lane (points) for the text of the symbols in it (version 2): a
    symbol whose longest word fits on a line (`word_room`) with ``side_room`` beside it for the
    channels, within ``most``; 0 for a lane without symbol text."""
    room = [0.0] * len(sop.lanes)
    index = {lane.id: k for k, lane in enumerate(sop.lanes)}
    for step in sop.steps:
        for node in step.symbols:
            need = word_room(shape_kind(node.kind), node.text)
            for lane in node.lanes:
                if need and lane in index:
                    room[index[lane]] = max(room[index[lane]], min(most, need + 2 * side_room))
    return tuple(room)


def placed_as_nodes(step: Step) -> bool:
    """True for a row this module places: several symbols, text in one, or an off-page connector."""
    return bool(step.symbols) or step.symbol is Symbol.CONNECTOR


def side_flows(sop: Sop, i: int) -> list[Flow]:
    """The arrows of row ``i`` that `sopdesk.layout.flow_routing` draws as jumps, out of a side
    vertex: to a row other than ``i`` and the next, a decision's second arrow into the next row,
    and an arrow into a symbol of the next row stacked below another or out of one stacked over
    another (a line down the lane would cross that symbol)."""
    step = sop.steps[i]
    nodes = step.nodes()
    out: list[Flow] = []
    forward: set[int] = set()
    for flow in step.flows:
        decision = nodes[min(flow.source, len(nodes) - 1)].kind is Symbol.DECISION
        if flow.target == i + 1 < len(sop.steps) and not (decision and flow.source in forward) \
                and not stacked_below(sop.steps[i + 1], flow.target_node) \
                and not stacked_below(step, flow.source, above=True):
            forward.add(flow.source)
        elif flow.target != i:
            out.append(flow)
    return out


def stacked_below(step: Step, node: int, above: bool = False) -> bool:
    """True if symbol ``node`` of ``step`` stands below an earlier one in one of its lanes (or,
    ``above``, over a later one; symbols are stacked in row order): flows enter (leave) it from
    the side."""
    nodes = step.nodes()
    if node >= len(nodes):
        return False
    others = range(node + 1, len(nodes)) if above else range(node)
    return any(set(nodes[k].lanes) & set(nodes[node].lanes) for k in others)


def _size(node: Node, label: str, sizes: dict[ShapeKind, tuple[float, float]],
          room: tuple[float, float]) -> tuple[float, float]:
    """A symbol's size (points): its kind's, widened and heightened for its ``label``
    (`sopdesk.layout.symbol_text.fit_symbol`) within ``room`` (`symbol_room`)."""
    kind = shape_kind(node.kind)
    w, h = CONNECTOR_SIZE if kind is ShapeKind.CONNECTOR else sizes[kind]
    return fit_symbol(kind, label, w, h, *room)


def _stacks(sop: Sop, step: Step) -> dict[int, list[int]]:
    """lane column -> the row's symbols drawn in it, in row order."""
    stacks: dict[int, list[int]] = {}
    for k, node in enumerate(step.nodes()):
        for lane_id in node.lanes:
            try:
                stacks.setdefault(sop.lane_index(lane_id), []).append(k)
            except KeyError:
                continue
    return stacks


def symbols_height(sop: Sop, i: int, sizes: dict[ShapeKind, tuple[float, float]], cols: Columns,
                   side_room: float) -> float:
    """The height of row ``i``'s symbols (points): the tallest stack of one lane, each symbol as
    `node_shapes` sizes it."""
    step = sop.steps[i]
    nodes = step.nodes()
    heights = [sum(_size(nodes[k], _label(sop, i, nodes[k]), sizes, symbol_room(cols, lane, side_room))[1]
                   for k in ks) + STACK_GAP * (len(ks) - 1)
               for lane, ks in _stacks(sop, step).items()]
    return max(heights, default=0.0)


def symbol_room(cols: Columns, lane: int, side_room: float) -> tuple[float, float]:
    """The widest a symbol in ``lane`` may be (points): the lane less ``side_room`` at each side
    for the channels, never below `NARROWEST` (or half the lane); and the lane's width (for text
    that needs more, `fit_symbol`)."""
    w = cols.lane_w(lane)
    return max(w - 2 * side_room, min(NARROWEST, w / 2)), w


def node_shapes(sop: Sop, cols: Columns, i: int, cy: float, sizes: dict[ShapeKind, tuple[float, float]],
                side_room: float) -> list[Shape]:
    """The shapes of row ``i``'s symbols, the stacks centred on ``cy``; a symbol is at most its
    lane's width less ``side_room`` at each side (the channels beside it)."""
    step = sop.steps[i]
    nodes = step.nodes()
    shapes = []
    for lane, ks in _stacks(sop, step).items():
        room = symbol_room(cols, lane, side_room)
        boxes = [_size(nodes[k], _label(sop, i, nodes[k]), sizes, room) for k in ks]
        y = cy - (sum(h for _w, h in boxes) + STACK_GAP * (len(ks) - 1)) / 2
        cx = cols.lane_center(lane)
        for k, (w, h) in zip(ks, boxes, strict=True):
            shapes.append(Shape(shape_kind(nodes[k].kind), Rect(cx - w / 2, y, w, h), i, lane,
                                _label(sop, i, nodes[k]), k))
            y += h + STACK_GAP
    return shapes


def _label(sop: Sop, i: int, node: Node) -> str:
    if node.text or node.kind is not Symbol.TERMINATOR:
        return node.text
    return terminator_label(sop, i)


def terminator_label(sop: Sop, i: int) -> str:
    """The text of a terminator in row ``i`` that has none of its own: "Mulai" in the first row,
    "Selesai" in the last, "" elsewhere or when the SOP prints none (`SheetSetup.terminator_labels`)."""
    if not sop.setup.terminator_labels:
        return ""
    return "Mulai" if i == 0 else "Selesai" if i == len(sop.steps) - 1 else ""
