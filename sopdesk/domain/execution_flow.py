"""Pelaksanaan of an SOP drawn with arrows (format version 2, `Sop.has_flows`): which steps may
start now, which run together, and which wait. `sopdesk.domain.execution` applies these rules
(and its own time rules) when an SOP has arrows; a version-1 SOP keeps its one-step-at-a-time rules.

Rules (issue 14, "executions follow the graph"). A step is a row of the flowchart (its Waktu is the
row's); the arrows between the rows' symbols are followed row to row:

- at the start, the rows holding a start terminator (a terminator no arrow leads into; else the
  first row) are *ready*;
- a finished row sends its arrows on: every unlabelled arrow, and of a decision's arrows those
  with the exit chosen (one exit label may lead to several rows: "Ya" to 6 and to 7). The rows
  they reach are ready from the minute that row finished;
- after a fork several rows are ready at once, and may run at the same time (each its own record);
- a join waits for all that lead into it: a ready row may start only when no other running or
  ready row can still reach it along arrows down the sheet (a branch not taken at a decision is
  not waited for; nor is an arrow back up, a loop, followed). If every ready row waits for another
  (arrows that go sideways in a row), each may start once nothing runs;
- a row does not start again while it runs;
- the execution is finished when nothing runs and nothing is ready.

The state is replayed from the records alone (starts in time order; each finish before the starts
of its minute or later), so it follows only what is stored. No Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sopdesk.domain.graph import adjacency, nodes, reachable
from sopdesk.domain.model import Sop, Symbol


class Logged(Protocol):
    """What the replay reads of a step record (`sopdesk.domain.execution.StepRecord`)."""

    @property
    def step(self) -> int: ...
    @property
    def started_at(self) -> dt.datetime: ...
    @property
    def finished_at(self) -> dt.datetime | None: ...
    @property
    def exit_label(self) -> str: ...


@dataclass(slots=True)
class FlowState:
    """Where an execution stands: ``ready`` row -> the minute the last arrow into it arrived;
    ``running`` row -> the index of its open record; ``unready`` the indices of records that
    started a row that was not ready (or before its arrows arrived): a correction must not make any."""

    ready: dict[int, dt.datetime] = field(default_factory=dict)
    running: dict[int, int] = field(default_factory=dict)
    unready: list[int] = field(default_factory=list)


def number(sop: Sop, row: int) -> str:
    """The step number of ``row`` (0-based) as signed ("5a"), or its position (1-based)."""
    return sop.step_number(row)


def start_rows(sop: Sop) -> list[int]:
    """The rows holding a start terminator (a terminator no arrow leads into), in order; [0] if none."""
    backward = adjacency(sop, reverse=True)
    rows = {row for row, k in nodes(sop)
            if sop.steps[row].nodes()[k].kind is Symbol.TERMINATOR and (row, k) not in backward}
    return sorted(rows) or [0]


def exit_labels(sop: Sop, row: int) -> list[str]:
    """The exits to choose from when ``row`` finishes: its arrows' labels, each once, in order
    (empty: nothing to choose)."""
    out: list[str] = []
    for flow in sop.steps[row].flows:
        if flow.label and flow.label not in out:
            out.append(flow.label)
    return out


def next_rows(sop: Sop, row: int, exit_label: str) -> list[int]:
    """The rows that ``row``'s arrows reach when it finishes with ``exit_label``: unlabelled arrows
    and those labelled ``exit_label``, each row once (arrows to a missing row are left out)."""
    out: list[int] = []
    for flow in sop.steps[row].flows:
        if (not flow.label or flow.label == exit_label) and 0 <= flow.target < len(sop.steps):
            out += [flow.target] if flow.target not in out else []
    return out


def downstream(sop: Sop) -> dict[int, set[int]]:
    """For every row, the rows one or more forward arrows (to a later row) lead to from it; an
    arrow back up (a loop: "Tidak" back to step 2) is not followed, so a step repeated by a loop
    does not wait for the steps after it."""
    direct = {i: [f.target for f in step.flows if i < f.target < len(sop.steps)]
              for i, step in enumerate(sop.steps)}
    return {i: reachable(targets, direct) for i, targets in direct.items()}


def replay(sop: Sop, records: Sequence[Logged], started_at: dt.datetime) -> FlowState:
    """The `FlowState` after ``records`` (times in whole minutes) of an execution started at
    ``started_at``: starts taken in time order, each finish applied before the starts at or after it."""
    state = FlowState(ready=dict.fromkeys(start_rows(sop), started_at))
    after = downstream(sop)
    finishes: list[tuple[dt.datetime, int]] = []
    for k in sorted(range(len(records)), key=lambda k: (records[k].started_at, k)):
        record = records[k]
        while finishes and finishes[0][0] <= record.started_at:
            _finish(sop, state, records, heapq.heappop(finishes)[1])
        _start(state, after, record, k)
        if record.finished_at is not None:
            heapq.heappush(finishes, (record.finished_at, k))
    while finishes:
        _finish(sop, state, records, heapq.heappop(finishes)[1])
    return state


def _start(state: FlowState, after: dict[int, set[int]], record: Logged, k: int) -> None:
    may = record.step in _startable(state, after)
    arrived = state.ready.pop(record.step, None)
    if not may or arrived is None or record.started_at < arrived:
        state.unready.append(k)
    state.running[record.step] = k


def _finish(sop: Sop, state: FlowState, records: Sequence[Logged], k: int) -> None:
    record = records[k]
    if state.running.get(record.step) == k:
        del state.running[record.step]
    at = record.finished_at
    assert at is not None
    for row in next_rows(sop, record.step, record.exit_label):
        state.ready[row] = max(state.ready.get(row, at), at)


def startable(sop: Sop, state: FlowState) -> list[int]:
    """The ready rows that may start now (rule "a join waits for all that lead into it"), in order."""
    return _startable(state, downstream(sop))


def _startable(state: FlowState, after: dict[int, set[int]]) -> list[int]:
    active = set(state.ready) | set(state.running)
    waiting = sorted(row for row in state.ready if row not in state.running)
    free = [row for row in waiting if not any(row in after[other] for other in active - {row})]
    return free or ([] if state.running else waiting)
