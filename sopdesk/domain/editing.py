"""Editing an SOP: every change the editor makes, as a pure function ``Sop -> Sop``.

Each function returns a new `Sop` (the model is immutable), so an undo command only keeps
the value before and after. Indices are 0-based. Rules kept by every step edit (Permenpan
RB 35/2012, Bagian Flowchart): the first and the last step are terminators and no other step
is; a decision has exactly two exits (positive first, *Ya*/*Tidak* by default); exit targets
follow the steps they point at when steps are inserted, moved or deleted (a target that is
deleted becomes the step that takes its place); a Waktu written once for several rows keeps
its rows (`sopdesk.domain.editing_spans`). Raises ``IndexError`` for an index out of range and
``ValueError`` for a value the model cannot hold. No Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sopdesk.domain import editing_flow, editing_spans
from sopdesk.domain.messages import message
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Step, Symbol
from sopdesk.domain.sheet_setup import LANE_COLUMN

STEP_TEXT_FIELDS = ("activity", "requirements", "standard_time", "output", "remarks")
"""Kegiatan, Kelengkapan, Waktu, Output, Keterangan."""

IDENTITY_TEXT_FIELDS = ("number", "title", "summary", "source_document")
IDENTITY_LIST_FIELDS = ("unit", "legal_basis", "qualifications", "related_sops", "equipment", "warning",
                        "records", "purpose", "definitions")
IDENTITY_DATE_FIELDS = ("made_on", "revised_on", "effective_on")
APPROVAL_FIELDS = ("position", "name", "nip", "rank")
DEFAULT_EXIT_LABELS = ("Ya", "Tidak")


def _check(index: int, size: int) -> None:
    if not 0 <= index < size:
        raise IndexError(f"nomor {index + 1} di luar 1–{size}")


# ----- identity (Bagian Identitas) -------------------------------------------------------------
def set_identity(sop: Sop, field: str, value: str | tuple[str, ...] | dt.date | None) -> Sop:
    """Set one identity field: a text (``IDENTITY_TEXT_FIELDS``), a list of lines
    (``IDENTITY_LIST_FIELDS``) or a date (``IDENTITY_DATE_FIELDS``, None = empty)."""
    changes: dict[str, Any] = {field: value}
    if field in IDENTITY_LIST_FIELDS and isinstance(value, tuple):
        changes[field] = tuple(str(v) for v in value)
    elif not ((field in IDENTITY_TEXT_FIELDS and isinstance(value, str))
              or (field in IDENTITY_DATE_FIELDS and (value is None or isinstance(value, dt.date)))):
        raise ValueError(f"{field!r} tidak dapat diisi dengan {value!r}")
    return replace(sop, **changes)


def set_approval(sop: Sop, field: str, value: str) -> Sop:
    """Set one part of Disahkan oleh: ``position``, ``name``, ``nip`` or ``rank``."""
    if field not in APPROVAL_FIELDS:
        raise ValueError(f"{field!r} bukan bagian pengesahan")
    changes: dict[str, Any] = {field: value}
    return replace(sop, approval=replace(sop.approval, **changes))


# ----- lanes (Pelaksana) ----------------------------------------------------------------------
def lane_key(name: str, taken: set[str]) -> str:
    """A new lane id (``[a-z0-9-]+``) from ``name``, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "pelaksana"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def add_lane(sop: Sop, name: str, index: int | None = None) -> Sop:
    """Insert a lane named ``name`` at ``index`` (None: at the end)."""
    lane = Lane(lane_key(name, {lane.id for lane in sop.lanes}), name)
    lanes = list(sop.lanes)
    lanes.insert(len(lanes) if index is None else max(0, min(index, len(lanes))), lane)
    parts = tuple(replace(p, lanes=(*p.lanes, lane.id)) for p in sop.parts)  # every flowchart part gets it
    return replace(sop, lanes=tuple(lanes), parts=parts)


def rename_lane(sop: Sop, index: int, name: str) -> Sop:
    """Rename lane ``index`` (its id, which the steps refer to, stays)."""
    _check(index, len(sop.lanes))
    lanes = list(sop.lanes)
    lanes[index] = replace(lanes[index], name=name)
    return replace(sop, lanes=tuple(lanes))


def move_lane(sop: Sop, source: int, target: int) -> Sop:
    """Move lane ``source`` to position ``target``."""
    _check(source, len(sop.lanes))
    _check(target, len(sop.lanes))
    lanes = list(sop.lanes)
    lanes.insert(target, lanes.pop(source))
    return replace(sop, lanes=tuple(lanes))


def steps_using_lane(sop: Sop, index: int) -> list[int]:
    """The steps (0-based) whose symbol stands in lane ``index``."""
    _check(index, len(sop.lanes))
    lane_id = sop.lanes[index].id
    return [i for i, step in enumerate(sop.steps) if lane_id in step.lanes]


def remove_lane(sop: Sop, index: int) -> Sop:
    """Remove lane ``index``; the steps that used it lose that symbol."""
    _check(index, len(sop.lanes))
    lane_id = sop.lanes[index].id
    steps = tuple(replace(s, lanes=tuple(x for x in s.lanes if x != lane_id)) for s in sop.steps)
    parts = tuple(replace(p, lanes=tuple(x for x in p.lanes if x != lane_id)) for p in sop.parts)
    unnumbered = tuple(k for k in sop.setup.unnumbered if k != LANE_COLUMN + lane_id)  # its number cell
    return replace(sop, lanes=sop.lanes[:index] + sop.lanes[index + 1:], steps=steps, parts=parts,
                   setup=replace(sop.setup, unnumbered=unnumbered))


# ----- steps (Kegiatan) -----------------------------------------------------------------------
def _remap(steps: list[Step], mapping: Callable[[int], int | None]) -> tuple[Step, ...]:
    """Exit targets and arrows (version 2) follow their steps; an arrow whose row is gone (and not
    taken over by another) is dropped."""
    out = []
    for step in steps:  # a step whose targets stay is kept as the same object (the layout keeps its row)
        exits = tuple(e if e.target is None or e.target == (t := mapping(e.target)) else replace(e, target=t)
                      for e in step.exits)
        moved = ((f, mapping(f.target)) for f in step.flows)
        flows = tuple(f if f.target == t else replace(f, target=t) for f, t in moved if t is not None)
        if exits != step.exits or flows != step.flows:
            step = replace(step, exits=exits, flows=flows)
        out.append(step)
    return tuple(out)


def _ends(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """First and last are terminators; a terminator elsewhere becomes a process."""
    last = len(steps) - 1
    out = []
    for i, step in enumerate(steps):
        if i in (0, last):
            if step.symbol is not Symbol.TERMINATOR or step.exits:  # unchanged steps stay the same objects
                step = replace(step, symbol=Symbol.TERMINATOR, exits=())
        elif step.symbol is Symbol.TERMINATOR:
            step = replace(step, symbol=Symbol.PROCESS)
        out.append(step)
    return tuple(out)


def _drawn_freely(sop: Sop) -> bool:
    """True for an SOP drawn with arrows, parts or rows of several symbols (format version 2): its
    terminators are where the office drew them (each part has its own start and end)."""
    return sop.has_flows or bool(sop.parts) or any(step.symbols for step in sop.steps)


def _with_steps(sop: Sop, steps: tuple[Step, ...]) -> Sop:
    return replace(sop, steps=steps if _drawn_freely(sop) else _ends(steps))


def _resize_part(sop: Sop, row: int, delta: int) -> Sop:
    """``sop`` with the flowchart part holding ``row`` (the last part past the end) ``delta`` rows
    longer; a part left with no row is dropped."""
    if not sop.parts:
        return sop
    parts, end = list(sop.parts), 0
    for k, part in enumerate(parts):
        end += part.steps
        if row < end or k == len(parts) - 1:
            parts[k] = replace(part, steps=part.steps + delta)
            break
    return replace(sop, parts=tuple(p for p in parts if p.steps > 0))


def insert_step(sop: Sop, index: int, step: Step | None = None) -> Sop:
    """Insert ``step`` (default: an empty process in the lane of the step above, or the
    first lane) so it becomes step ``index``; exit targets follow their steps."""
    if not 0 <= index <= len(sop.steps):
        raise IndexError(f"nomor {index + 1} di luar 1–{len(sop.steps) + 1}")
    if step is None:
        above = sop.steps[index - 1].lanes if 0 < index <= len(sop.steps) else ()
        above = above[:1] if _drawn_freely(sop) else above  # one symbol in the first lane of the row above
        step = Step("", above or ((sop.lanes[0].id,) if sop.lanes else ()))
    def shift(t: int) -> int:
        return t + 1 if t >= index else t

    steps = list(_remap(list(sop.steps), shift))
    steps.insert(index, _remap([step], shift)[0])  # a copy's own targets follow the others too
    origin = [*range(index), None, *range(index, len(sop.steps))]
    return _with_steps(_resize_part(sop, max(index - 1, 0), 1), editing_spans.carry(sop, steps, origin))


def duplicate_step(sop: Sop, index: int) -> Sop:
    """Insert a copy of step ``index`` right after it. The copy has no signed number (``""``: the
    sheet numbers it by its position), so two rows never read the same No ("5a" twice)."""
    _check(index, len(sop.steps))
    return insert_step(sop, index + 1, replace(sop.steps[index], number=""))


def delete_step(sop: Sop, index: int) -> Sop:
    """Delete step ``index``; exits that pointed at it point at the step that takes its place
    (the one after it; "the next step" when it was the last). A loop back to the step just
    before a decision thus returns to the decision itself, which the checker reports."""
    _check(index, len(sop.steps))
    rest = list(sop.steps[:index] + sop.steps[index + 1:])

    def follow(t: int) -> int | None:
        if t == index:
            return index if index < len(rest) else None
        return t - 1 if t > index else t

    origin = [k for k in range(len(sop.steps)) if k != index]
    return _with_steps(_resize_part(sop, index, -1), editing_spans.carry(sop, _remap(rest, follow), origin))


def move_step(sop: Sop, source: int, target: int) -> Sop:
    """Move step ``source`` to position ``target``; exit targets follow their steps."""
    _check(source, len(sop.steps))
    _check(target, len(sop.steps))
    order = list(range(len(sop.steps)))
    order.insert(target, order.pop(source))
    new_index = {old: new for new, old in enumerate(order)}
    steps = [sop.steps[old] for old in order]
    return _with_steps(sop, editing_spans.carry(sop, _remap(steps, lambda t: new_index.get(t)), order, target))


def _set_step(sop: Sop, index: int, step: Step) -> Sop:
    return _with_steps(sop, (*sop.steps[:index], step, *sop.steps[index + 1:]))


STEP_NUMBER_LENGTH = 10
"""The longest step No (*nomor langkah*) the editor takes, in characters ("5a", "12.b")."""


def set_step_number(sop: Sop, index: int, number: str) -> Sop:
    """Set the No of step ``index`` as signed (format version 2, ``Step.number``: "4", "5a"),
    stripped; ``""`` numbers it by its position again. Raises ``ValueError`` (a `Message` naming
    the step by its No now) for a number longer than `STEP_NUMBER_LENGTH` characters or of more
    than one line, and ``IndexError`` for an index out of range."""
    _check(index, len(sop.steps))
    number = number.strip()
    if len(number.splitlines()) > 1:
        raise ValueError(message("step-number-lines", sop.step_number(index)))
    if len(number) > STEP_NUMBER_LENGTH:
        raise ValueError(message("step-number-long", sop.step_number(index), STEP_NUMBER_LENGTH, number))
    return _set_step(sop, index, replace(sop.steps[index], number=number))


def set_step_text(sop: Sop, index: int, field: str, value: str) -> Sop:
    """Set Kegiatan, Kelengkapan, Waktu, Output or Keterangan (``STEP_TEXT_FIELDS``) of a step."""
    _check(index, len(sop.steps))
    if field not in STEP_TEXT_FIELDS:
        raise ValueError(f"{field!r} bukan kolom kegiatan")
    if field == "standard_time":  # a row in a Waktu span sets the span's Waktu, written on its first row
        index = editing_spans.owner_row(sop, index)
    changes: dict[str, Any] = {field: value}
    return _set_step(sop, index, replace(sop.steps[index], **changes))


def toggle_lane(sop: Sop, index: int, lane: int) -> Sop:
    """Put step ``index``'s symbol in lane ``lane``, or take it away if it is there.

    A step may stand in several lanes (joint work); their order is the order the work
    passes between them (the layout links the symbols in that order), so a lane added
    comes last."""
    _check(index, len(sop.steps))
    _check(lane, len(sop.lanes))
    step, lane_id = sop.steps[index], sop.lanes[lane].id
    if step.symbols or sop.has_flows:
        return _toggle_symbol(sop, index, lane)
    lanes = tuple(x for x in step.lanes if x != lane_id) if lane_id in step.lanes else (*step.lanes, lane_id)
    return _set_step(sop, index, replace(step, lanes=lanes))


def _toggle_symbol(sop: Sop, index: int, lane: int) -> Sop:
    """`toggle_lane` of a row drawn the version-2 way: an empty lane gets a symbol of its own (or
    the row's only symbol, taken out of its lane before); a lane is left out of a joint symbol; a
    symbol only in that lane is removed with its arrows, or, when it is the row's only one, taken
    out of the lane as in version 1."""
    step, lane_id = sop.steps[index], sop.lanes[lane].id
    if lane_id not in step.lanes:
        return editing_flow.add_symbol(sop, index, lane)
    nodes = step.nodes()
    alone = [k for k, n in enumerate(nodes) if n.lanes == (lane_id,)]
    if alone and len(nodes) > 1:
        return editing_flow.remove_symbol(sop, (index, alone[0]))
    nodes = tuple(replace(n, lanes=tuple(x for x in n.lanes if x != lane_id)) for n in nodes)
    return _set_step(sop, index, editing_flow.with_nodes(step, nodes))


def set_decision(sop: Sop, index: int, decision: bool) -> Sop:
    """Make a middle step a decision (exits *Ya*/*Tidak*, both to the next step) or a process.
    Raises ``ValueError`` for the first and the last step (terminators)."""
    _check(index, len(sop.steps))
    if index in (0, len(sop.steps) - 1):
        raise ValueError("langkah pertama dan terakhir adalah terminator")
    step = sop.steps[index]
    if decision == (step.symbol is Symbol.DECISION):
        return sop
    if _drawn_freely(sop):  # the first symbol changes kind; its exits are labelled arrows (editing_flow)
        return editing_flow.set_symbol_kind(sop, (index, 0), Symbol.DECISION if decision else Symbol.PROCESS)
    if decision:
        step = replace(step, symbol=Symbol.DECISION, exits=tuple(Exit(label) for label in DEFAULT_EXIT_LABELS))
    else:
        step = replace(step, symbol=Symbol.PROCESS, exits=())
    return _set_step(sop, index, step)


def set_exit(sop: Sop, index: int, which: int, label: str | None = None, target: int | bool | None = False) -> Sop:
    """Set the label and/or the target of exit ``which`` (0 positive, 1 negative) of decision
    ``index``. ``target``: a step index, None for the next step, False to leave it.
    Raises ``ValueError`` if the step is not a decision."""
    _check(index, len(sop.steps))
    step = sop.steps[index]
    if step.symbol is not Symbol.DECISION or len(step.exits) != 2:
        raise ValueError(f"langkah {sop.step_number(index)} bukan keputusan")
    _check(which, 2)
    exit_ = step.exits[which]
    if label is not None:
        exit_ = replace(exit_, label=label)
    if target is not False:
        if target is not None:
            _check(int(target), len(sop.steps))
        exit_ = replace(exit_, target=None if target is None else int(target))
    exits = (*step.exits[:which], exit_, *step.exits[which + 1:])
    return _set_step(sop, index, replace(step, exits=exits))


def blank_sop(key: str, title: str, unit: tuple[str, ...] = ()) -> Sop:
    """A new SOP: the title, the unit's header lines ``unit`` (the one place a blank SOP takes
    them: the office's name lines, `sopdesk.domain.office_identity`, where set), one lane, a start
    and an end step."""
    lane = Lane("pelaksana", "Pelaksana")
    steps = (Step("Mulai", (lane.id,), Symbol.TERMINATOR), Step("Selesai", (lane.id,), Symbol.TERMINATOR))
    return Sop(key, title, unit, (lane,), steps, approval=Approval())
