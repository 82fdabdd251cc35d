"""The checker's rules for an SOP drawn with arrows (format version 2; `sopdesk.domain.checker`
calls `check_flows` when `Sop.has_flows`). Permenpan RB 35/2012, Bagian Flowchart: a flow starts at
a terminator and every path ends at one.

- a start terminator exists (a terminator no arrow leads into);
- every symbol is reachable from a start terminator;
- every path ends at an end terminator: a symbol with no arrow out is a terminator, and from
  every symbol some end terminator can be reached (no loop without a way out);
- no arrow without a target (row and symbol exist), none from a symbol the row does not have;
- a decision has two or more exits, each labelled;
- an arrow stays inside its flowchart part. No Qt.
"""

from __future__ import annotations

from sopdesk.domain.finding import Finding
from sopdesk.domain.graph import NodeRef, adjacency, edges, nodes, reachable, valid
from sopdesk.domain.model import Sop, Symbol


def _name(sop: Sop, ref: NodeRef) -> str:
    """How a finding names a symbol: the step number as signed (or the row's position), and the
    symbol's place in a row of several."""
    row, k = ref
    step = sop.steps[row]
    number = sop.step_number(row)
    return number if len(step.nodes()) == 1 else f"{number} (simbol {k + 1})"


def _kind(sop: Sop, ref: NodeRef) -> Symbol:
    return sop.steps[ref[0]].nodes()[ref[1]].kind


def check_flows(sop: Sop) -> list[Finding]:
    """The findings of the rules above, in row order per rule."""
    return _targets(sop) + _ends(sop) + _decisions(sop) + _parts(sop)


def _targets(sop: Sop) -> list[Finding]:
    out = []
    for e in edges(sop):
        if not valid(sop, e.source) or not valid(sop, e.target):
            out.append(Finding("flow-target", "flows", e.source[0], (_name(sop, (e.source[0], 0)), e.label)))
    return out


def _ends(sop: Sop) -> list[Finding]:
    forward, backward = adjacency(sop), adjacency(sop, reverse=True)
    every = nodes(sop)
    terminators = [n for n in every if _kind(sop, n) is Symbol.TERMINATOR]
    starts = [n for n in terminators if n not in backward]
    ends = [n for n in every if n not in forward]  # end terminators, and dead ends (reported once, below)
    if not starts:
        return [Finding("flow-no-start", "symbol", 0)]
    out = []
    from_start = reachable(starts, forward)
    to_end = reachable(ends, backward)
    for n in every:
        if n not in from_start:
            out.append(Finding("flow-unreachable", "symbol", n[0], (_name(sop, n),)))
        elif n not in forward and _kind(sop, n) is not Symbol.TERMINATOR:
            out.append(Finding("flow-dead-end", "symbol", n[0], (_name(sop, n),)))
        elif n not in to_end:
            out.append(Finding("flow-no-end", "symbol", n[0], (_name(sop, n),)))
    return out


def _decisions(sop: Sop) -> list[Finding]:
    out = []
    labels: dict[NodeRef, list[str]] = {}
    for e in edges(sop):
        labels.setdefault(e.source, []).append(e.label)
    for n in nodes(sop):
        exits = labels.get(n, [])
        if _kind(sop, n) is Symbol.DECISION and (len(exits) < 2 or not all(x.strip() for x in exits)):
            out.append(Finding("decision-exits-n", "flows", n[0], (_name(sop, n),)))
    return out


def _parts(sop: Sop) -> list[Finding]:
    part_of: list[int] = []
    for k, part in enumerate(sop.flow_parts()):
        part_of += [k] * part.steps
    if len(part_of) != len(sop.steps):
        return [Finding("parts-count", "parts", None, (sum(p.steps for p in sop.parts), len(sop.steps)))]
    return [Finding("flow-part", "flows", e.source[0], (_name(sop, e.source),)) for e in edges(sop)
            if valid(sop, e.target) and part_of[e.source[0]] != part_of[e.target[0]]]
