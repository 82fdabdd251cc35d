"""Editing an SOP drawn with arrows (format version 2), each change a pure function ``Sop -> Sop``
like `sopdesk.domain.editing`: a symbol added to a row in another lane, text typed in a symbol, a
symbol's kind, an arrow from any symbol to any other (a decision's exit is a labelled arrow),
an arrow's label, an arrow removed, a flowchart part started at a row or renamed.

A version-1 SOP turns into one drawn with arrows at its first arrow or added symbol (`with_flows`:
every implicit successor becomes an arrow, a decision's exits labelled arrows), so nothing it
meant is lost. Symbols are addressed as `sopdesk.domain.graph.NodeRef` (row, symbol), 0-based.
Raises ``IndexError`` for a row, symbol, lane, arrow or part out of range and ``ValueError`` for an
edit the model cannot hold; a message names a row by its No as the sheet prints it
(`Sop.step_number`: "langkah 5a"). No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sopdesk.domain.graph import NodeRef, edges
from sopdesk.domain.model import Flow, Node, Part, Sop, Step, Symbol, node_lanes


def _check(index: int, size: int) -> None:
    if not 0 <= index < size:
        raise IndexError(f"nomor {index + 1} di luar 1–{size}")


def _check_node(sop: Sop, ref: NodeRef) -> None:
    _check(ref[0], len(sop.steps))
    _check(ref[1], len(sop.steps[ref[0]].nodes()))


def with_nodes(step: Step, nodes: tuple[Node, ...]) -> Step:
    """``step`` drawing ``nodes``: ``lanes`` their union, ``symbol`` the first one's kind; one
    symbol without text is kept the version-1 way (``symbols`` empty)."""
    if len(nodes) == 1 and not nodes[0].text:
        return replace(step, symbols=(), symbol=nodes[0].kind, lanes=nodes[0].lanes)
    return replace(step, symbols=nodes, symbol=nodes[0].kind, lanes=node_lanes(nodes))


def _set_step(sop: Sop, row: int, step: Step) -> Sop:
    return replace(sop, steps=(*sop.steps[:row], step, *sop.steps[row + 1:]))


def with_flows(sop: Sop) -> Sop:
    """``sop`` with its successors as arrows (unchanged when it has arrows already): each row to
    the next, a decision to its exits with their labels; exits are then empty."""
    if sop.has_flows:
        return sop
    flows: list[list[Flow]] = [[] for _ in sop.steps]
    for e in edges(sop):
        flows[e.source[0]].append(Flow(e.target[0], e.label, e.source[1], e.target[1]))
    return replace(sop, steps=tuple(replace(s, flows=tuple(f), exits=()) for s, f in zip(sop.steps, flows,
                                                                                          strict=True)))


def add_symbol(sop: Sop, row: int, lane: int, kind: Symbol = Symbol.PROCESS) -> Sop:
    """Add a ``kind`` symbol to ``row`` in lane ``lane`` (0-based column), after the row's symbols;
    it has no arrows yet. Raises ``ValueError`` when the row has a symbol in that lane already."""
    _check(row, len(sop.steps))
    _check(lane, len(sop.lanes))
    sop = with_flows(sop)
    step, lane_id = sop.steps[row], sop.lanes[lane].id
    if lane_id in step.lanes:
        raise ValueError(f"langkah {sop.step_number(row)} sudah punya simbol di kolom {sop.lanes[lane].name}")
    nodes = step.nodes()
    if len(nodes) == 1 and not nodes[0].lanes:  # a symbol taken out of its lane goes into this one
        return _set_step(sop, row, with_nodes(step, (replace(nodes[0], lanes=(lane_id,)),)))
    return _set_step(sop, row, with_nodes(step, (*nodes, Node(kind, (lane_id,)))))


def remove_symbol(sop: Sop, ref: NodeRef) -> Sop:
    """Remove symbol ``ref`` with the arrows from and to it (the row keeps at least one symbol).
    Raises ``ValueError`` for a row's only symbol."""
    _check_node(sop, ref)
    row, k = ref
    nodes = sop.steps[row].nodes()
    if len(nodes) == 1:
        raise ValueError(f"langkah {sop.step_number(row)} hanya punya satu simbol")

    def kept(i: int, f: Flow) -> Flow | None:
        if (i == row and f.source == k) or (f.target == row and f.target_node == k):
            return None
        return replace(f, source=f.source - (i == row and f.source > k),
                       target_node=f.target_node - (f.target == row and f.target_node > k))

    steps = tuple(replace(s, flows=tuple(x for f in s.flows if (x := kept(i, f)) is not None))
                  for i, s in enumerate(sop.steps))
    return _set_step(replace(sop, steps=steps), row, with_nodes(steps[row], nodes[:k] + nodes[k + 1:]))


def _set_node(sop: Sop, ref: NodeRef, node: Callable[[Node], Node]) -> Sop:
    _check_node(sop, ref)
    step = sop.steps[ref[0]]
    nodes = list(step.nodes())
    nodes[ref[1]] = node(nodes[ref[1]])
    return _set_step(sop, ref[0], with_nodes(step, tuple(nodes)))


def set_symbol_text(sop: Sop, ref: NodeRef, text: str) -> Sop:
    """Set the text inside symbol ``ref`` ("Perlu disposisi?"; empty: Mulai/Selesai or nothing)."""
    return _set_node(sop, ref, lambda n: replace(n, text=text))


def set_symbol_kind(sop: Sop, ref: NodeRef, kind: Symbol) -> Sop:
    """Make symbol ``ref`` a terminator, process, decision or connector (its arrows stay)."""
    return _set_node(sop, ref, lambda n: replace(n, kind=kind))


def add_flow(sop: Sop, source: NodeRef, target: NodeRef, label: str = "") -> Sop:
    """Add an arrow from symbol ``source`` to symbol ``target`` with ``label`` (a decision's exit).
    Raises ``ValueError`` for an arrow from a symbol to itself or one that is there already."""
    _check_node(sop, source)
    _check_node(sop, target)
    if source == target:
        raise ValueError("panah tidak dapat menuju simbolnya sendiri")
    sop = with_flows(sop)
    step = sop.steps[source[0]]
    flow = Flow(target[0], label, source[1], target[1])
    if flow in step.flows:
        raise ValueError("panah ini sudah ada")
    return _set_step(sop, source[0], replace(step, flows=(*step.flows, flow)))


def add_exit(sop: Sop, ref: NodeRef, label: str) -> Sop:
    """Add an exit labelled ``label`` to decision ``ref``: an arrow to the first symbol of the first
    row after it (then before it) that its arrows do not reach yet, else of the next row (the row
    before for the last row); its target can then be changed (`set_flow_target`).
    Raises ``ValueError`` when ``ref`` is not a decision or ``label`` is empty."""
    _check_node(sop, ref)
    if sop.steps[ref[0]].nodes()[ref[1]].kind is not Symbol.DECISION:
        raise ValueError(f"simbol {ref[1] + 1} langkah {sop.step_number(ref[0])} bukan keputusan")
    if not label.strip():
        raise ValueError("isi label jalan keluar")
    sop = with_flows(sop)
    step, n = sop.steps[ref[0]], len(sop.steps)
    reached = {f.target for f in step.flows if f.source == ref[1]} | {ref[0]}
    order = [*range(ref[0] + 1, n), *range(ref[0])]
    row = next((r for r in order if r not in reached), order[0] if order else -1)
    _check(row, n)
    return _set_step(sop, ref[0], replace(step, flows=(*step.flows, Flow(row, label.strip(), ref[1], 0))))


def _set_flow(sop: Sop, row: int, index: int, flow: Flow | None) -> Sop:
    _check(row, len(sop.steps))
    step = sop.steps[row]
    _check(index, len(step.flows))
    flows = (*step.flows[:index], *((flow,) if flow is not None else ()), *step.flows[index + 1:])
    return _set_step(sop, row, replace(step, flows=flows))


def set_flow_label(sop: Sop, row: int, index: int, label: str) -> Sop:
    """Set the label of arrow ``index`` of ``row`` (a decision's exit: "Ya", "Tidak", "Sesuai")."""
    _check(row, len(sop.steps))
    _check(index, len(sop.steps[row].flows))
    return _set_flow(sop, row, index, replace(sop.steps[row].flows[index], label=label))


def set_flow_target(sop: Sop, row: int, index: int, target: NodeRef) -> Sop:
    """Point arrow ``index`` of ``row`` at symbol ``target``."""
    _check(row, len(sop.steps))
    _check(index, len(sop.steps[row].flows))
    _check_node(sop, target)
    flow = replace(sop.steps[row].flows[index], target=target[0], target_node=target[1])
    return _set_flow(sop, row, index, flow)


def remove_flow(sop: Sop, row: int, index: int) -> Sop:
    """Remove arrow ``index`` of ``row``."""
    return _set_flow(sop, row, index, None)


def part_of(sop: Sop, row: int) -> int:
    """The index of the flowchart part (`Sop.flow_parts`) holding ``row``."""
    _check(row, len(sop.steps))
    end = 0
    for k, part in enumerate(sop.flow_parts()):
        end += part.steps
        if row < end:
            return k
    return len(sop.flow_parts()) - 1


def start_part(sop: Sop, row: int, caption: str) -> Sop:
    """Start a new flowchart part at ``row`` (its first row), captioned ``caption``, with the lanes
    of the part it is cut from; the rows from ``row`` to that part's end move into it.
    Raises ``ValueError`` when ``row`` already starts a part."""
    _check(row, len(sop.steps))
    parts = list(sop.flow_parts())
    k = part_of(sop, row)
    first = sum(p.steps for p in parts[:k])
    if row == first:
        raise ValueError(f"langkah {sop.step_number(row)} sudah awal bagan alir")
    head, tail = replace(parts[k], steps=row - first), Part(caption, parts[k].lanes, parts[k].steps - (row - first))
    return replace(sop, parts=(*parts[:k], head, tail, *parts[k + 1:]))


def rename_part(sop: Sop, index: int, caption: str) -> Sop:
    """Set the caption of flowchart part ``index`` (a version-1 SOP's one flowchart becomes a part)."""
    parts = list(sop.flow_parts())
    _check(index, len(parts))
    parts[index] = replace(parts[index], caption=caption)
    return replace(sop, parts=tuple(parts))
