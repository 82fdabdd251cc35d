"""Arrows from one flowchart part to another (format version 2): each part is laid out on its own
(`sopdesk.layout.parts`), so such an arrow ends at an off-page connector (penghubung antar
halaman) beside (else under) its source symbol, marked with the target row's number, and the
target row gets a connector with the same mark beside (else over) its symbol, with an arrow into
it (one per target symbol, shared by every arrow into it). Done on the model, as symbols and
arrows inside the rows, so the rows are as high as their connectors need and the routing draws
them as any row's arrows. No Qt.
"""

from __future__ import annotations

import dataclasses

from sopdesk.domain.model import Flow, Node, Sop, Step, Symbol, node_lanes


def link_parts(sop: Sop) -> Sop:
    """``sop`` with every arrow between two parts replaced by a connector pair in the rows (as
    above); ``sop`` itself when no arrow crosses parts. A source's connector stands in the
    nearest lane of its part free in that row (beside the symbol, so exits never run through one
    another), else under the symbol; each source symbol has its own connector. Known limit: a
    decision with exits to two rows of other parts, in a row with no free lane, gets two connectors
    stacked under it, and the arrow to the lower one runs through the upper one."""
    parts = sop.flow_parts()
    part_of = [k for k, part in enumerate(parts) for _ in range(part.steps)]
    crossing = [(i, f) for i, step in enumerate(sop.steps) for f in step.flows
                if f.target < len(part_of) and i < len(part_of) and part_of[f.target] != part_of[i]]
    if not crossing:
        return sop
    incoming: dict[int, list[int]] = {}  # target row -> its target symbols, in order of first arrow
    for _i, f in crossing:
        if f.target_node not in incoming.setdefault(f.target, []):
            incoming[f.target].append(f.target_node)
    shift = {j: len(nodes) for j, nodes in incoming.items()}
    steps = tuple(_linked(sop, i, part_of, incoming.get(i, []), shift, parts[part_of[i]].lanes)
                  for i in range(len(sop.steps)))
    return dataclasses.replace(sop, steps=steps)


def _mark(sop: Sop, j: int) -> str:
    return sop.step_number(j)


def _free_lane(nodes: list[Node], lane: str, lanes: tuple[str, ...]) -> tuple[str, ...]:
    """The lane nearest ``lane`` among ``lanes`` that no symbol of ``nodes`` is in, with no such
    symbol between (the line to a connector there passes no other symbol); else ``lane`` itself
    (the connector stands under the symbol)."""
    taken = set(node_lanes(tuple(nodes)))
    if lane not in lanes:
        return (lane,)
    at = lanes.index(lane)
    near = sorted(range(len(lanes)), key=lambda k: (abs(k - at), k < at))
    return next(((lanes[k],) for k in near if lanes[k] not in taken
                 and not any(lanes[m] in taken for m in range(min(k, at) + 1, max(k, at)))), (lane,))


def _linked(sop: Sop, i: int, part_of: list[int], into: list[int], shift: dict[int, int],
            lanes: tuple[str, ...]) -> Step:
    step = sop.steps[i]
    own = step.nodes()
    ins: list[Node] = []
    for k in into:
        ins.append(Node(Symbol.CONNECTOR, _free_lane([*ins, *own], own[k].lanes[0], lanes), _mark(sop, i)))
    nodes = ins + list(own)
    flows = [Flow(i, "", p, k + len(into)) for p, k in enumerate(into)]
    outs: dict[tuple[int, int, int], int] = {}  # (target row, its symbol, source symbol) -> connector here
    for f in step.flows:
        source = f.source + len(into)
        if part_of[f.target] == part_of[i]:
            flows.append(Flow(f.target, f.label, source, f.target_node + shift.get(f.target, 0)))
            continue
        key = (f.target, f.target_node, f.source)
        if key not in outs:
            outs[key] = len(nodes)
            lane = own[min(f.source, len(own) - 1)].lanes[0]
            nodes.append(Node(Symbol.CONNECTOR, _free_lane(nodes, lane, lanes), _mark(sop, f.target)))
        flows.append(Flow(i, f.label, source, outs[key]))
    if not into and not outs:
        return dataclasses.replace(step, flows=tuple(flows))
    return dataclasses.replace(step, symbols=tuple(nodes), symbol=nodes[0].kind, lanes=node_lanes(tuple(nodes)),
                               flows=tuple(flows))
