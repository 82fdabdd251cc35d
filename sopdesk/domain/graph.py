"""The flowchart as a graph of symbols (format version 2): which symbol leads to which.

A symbol is addressed by a `NodeRef` (row index, symbol index in `Step.nodes`, both 0-based).
With arrows (`Sop.has_flows`) the edges are the rows' `Flow` values; without them the version-1
rule gives them (each row to the next, a decision to its two exits, the last row nowhere). No Qt.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sopdesk.domain.model import Sop, Symbol

NodeRef = tuple[int, int]
N = TypeVar("N")


@dataclass(frozen=True, slots=True)
class Edge:
    """An arrow from ``source`` to ``target`` with its ``label`` ("" when none)."""

    source: NodeRef
    target: NodeRef
    label: str = ""


def nodes(sop: Sop) -> list[NodeRef]:
    """Every symbol of ``sop``, row by row."""
    return [(i, k) for i, step in enumerate(sop.steps) for k in range(len(step.nodes()))]


def valid(sop: Sop, ref: NodeRef) -> bool:
    """True when ``ref`` names a symbol of ``sop``."""
    row, k = ref
    return 0 <= row < len(sop.steps) and 0 <= k < len(sop.steps[row].nodes())


def edges(sop: Sop) -> list[Edge]:
    """Every arrow, in row order; an arrow whose target does not exist is included (the checker
    names it, `valid` tells it)."""
    if sop.has_flows:
        return [Edge((i, f.source), (f.target, f.target_node), f.label)
                for i, step in enumerate(sop.steps) for f in step.flows]
    out = []
    for i, step in enumerate(sop.steps):
        if step.symbol is Symbol.DECISION and step.exits:
            out += [Edge((i, 0), (t, 0), e.label) for e in step.exits if (t := sop.exit_target(i, e)) is not None]
        elif i + 1 < len(sop.steps):
            out.append(Edge((i, 0), (i + 1, 0)))
    return out


def reachable(starts: Iterable[N], following: dict[N, list[N]]) -> set[N]:
    """Every node reached from ``starts`` along ``following`` (starts included)."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        for nxt in following.get(queue.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def adjacency(sop: Sop, reverse: bool = False) -> dict[NodeRef, list[NodeRef]]:
    """The valid arrows as ``{node: [next nodes]}`` (``reverse``: ``{node: [previous nodes]}``)."""
    out: dict[NodeRef, list[NodeRef]] = {}
    for e in edges(sop):
        if valid(sop, e.source) and valid(sop, e.target):
            a, b = (e.target, e.source) if reverse else (e.source, e.target)
            out.setdefault(a, []).append(b)
    return out
