"""Pelaksanaan of a Waktu written once for several consecutive rows (format version 2,
``Step.time_rows``: a merged Waktu cell, "3 hari" beside steps 4–5). No Qt, no database.

The standard covers the rows together, so a span is judged **once**, as one unit:

- a *run* of a span opens with the first record of one of its rows (normally its first row) while
  no run of that span is open; every later record of a row in the span joins it (a *Tidak* loop
  inside the span stays in the run); it closes when a record of the span's last row finishes;
- a run judged: from the start of its first record to the finish of its last row's record, the
  working minutes used against the span's standard (the Waktu of its first row), with the rules
  of `sopdesk.domain.execution.judge` (late only past the standard in working minutes);
- a run not closed is running (overdue past its standard) — unless the execution has ended
  (finished or cancelled) with none of the run's records open: the flow left the span before its
  last row (a decision's exit out of it), and the run finished with the last of its records;
- every record of a run shows the span's standard, due time and verdict; in the counts (weekly
  report, monitoring) the run counts once, on its last record (`counted`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sopdesk.domain.model import Sop


class _Record(Protocol):
    @property
    def step(self) -> int: ...


def waktu_owners(sop: Sop) -> dict[int, int]:
    """Step (0-based) -> the first step of the merged Waktu cell it stands in, for the steps of
    every cell spanning two rows or more (a span is cut at the last step)."""
    owners: dict[int, int] = {}
    for i, step in enumerate(sop.steps):
        if step.time_rows > 1 and i not in owners:
            owners |= {k: i for k in range(i, min(i + step.time_rows, len(sop.steps)))}
    return owners


def span_last(sop: Sop, owner: int) -> int:
    """The last row (0-based) of the span opened by row ``owner`` (``owner`` itself without one)."""
    return min(owner + sop.steps[owner].time_rows, len(sop.steps)) - 1


@dataclass(frozen=True, slots=True)
class Run:
    """One run of a span: its first row ``owner`` and the indices of its records, in order."""

    owner: int
    records: tuple[int, ...]
    closed: bool


def span_runs(sop: Sop, records: Sequence[_Record], finished: Sequence[bool]) -> list[Run]:
    """The runs of ``sop``'s spans in ``records`` (``finished[k]``: record k has finished), ordered
    by their first record (module rules)."""
    owners = waktu_owners(sop)
    open_: dict[int, list[int]] = {}
    runs: list[tuple[int, Run]] = []
    for k, record in enumerate(records):
        owner = owners.get(record.step)
        if owner is None:
            continue
        run = open_.setdefault(owner, [])
        run.append(k)
        if record.step == span_last(sop, owner) and finished[k]:
            runs.append((run[0], Run(owner, tuple(run), True)))
            del open_[owner]
    runs += [(run[0], Run(owner, tuple(run), False)) for owner, run in open_.items()]
    return [run for _first, run in sorted(runs, key=lambda item: item[0])]


def shared_waktu(sop: Sop, step: int) -> str:
    """The Waktu shown beside ``step`` (0-based) as written: its own, or the span's it stands in."""
    return sop.steps[waktu_owners(sop).get(step, step)].standard_time
