"""Several flowcharts in one SOP (format version 2, `sopdesk.domain.model.Part`): each part is laid
out as a table of its own (its lanes, its rows, its caption above and its footnote below), the
parts one after the other, each starting on a new page. No Qt.

A part is laid out as an SOP of its own (`part_sops`); an arrow to a row of another part ends at
a pair of off-page connectors (`sopdesk.layout.part_links`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sopdesk.domain.model import Exit, Flow, Lane, Part, Sop, Step, Symbol
from sopdesk.layout.fonts import TextStyle, wrap
from sopdesk.layout.geometry import Align, Page, Rect, Shape, ShapeKind, TextBlock, text_block
from sopdesk.layout.part_links import link_parts
from sopdesk.layout.routing import connector_label

CAPTION = TextStyle(bold=True, size=8.0, leading=10.0)
FOOTNOTE = TextStyle(bold=False, size=7.0, leading=8.5)
GAP = 4.0  # points between the table and a caption or footnote


@dataclass(frozen=True, slots=True)
class Frame:
    """What surrounds one table: its ``caption`` and ``footnote``; ``last``: the total's
    signature and verification block follow it (the SOP's last part)."""

    caption: str = ""
    footnote: str = ""
    last: bool = True


def part_sops(sop: Sop) -> list[tuple[int, Frame, Sop]]:
    """Each flowchart part of ``sop`` as ``(index of its first step, its frame, an SOP of its
    lanes and rows)``; rows keep their numbers as signed (an unsigned row its position in the
    whole SOP), arrows and exits within the part, an arrow to another part through a connector
    pair (`link_parts`)."""
    sop = link_parts(sop)
    out = []
    first = 0
    parts = sop.flow_parts()
    for k, part in enumerate(parts):
        steps = tuple(_local_step(step, first, part.steps, first + i)
                      for i, step in enumerate(sop.steps[first:first + part.steps]))
        frame = Frame(part.caption, part.footnote, k == len(parts) - 1)
        out.append((first, frame, dataclasses.replace(sop, lanes=_lanes(sop, part), steps=steps, parts=())))
        first += part.steps
    return out


def _lanes(sop: Sop, part: Part) -> tuple[Lane, ...]:
    by_id = {lane.id: lane for lane in sop.lanes}
    return tuple(by_id[i] for i in part.lanes if i in by_id)


def _local_step(step: Step, first: int, count: int, index: int) -> Step:
    flows = tuple(Flow(f.target - first, f.label, f.source, f.target_node) for f in step.flows
                  if first <= f.target < first + count)
    exits = tuple(Exit(e.label, None if e.target is None else e.target - first) for e in step.exits
                  if e.target is None or first <= e.target < first + count)
    rows = min(step.time_rows, first + count - index)
    return dataclasses.replace(step, flows=flows, exits=exits, time_rows=rows, number=step.number or str(index + 1))


def caption_block(caption: str, x: float, y: float, width: float) -> TextBlock | None:
    """The caption of a part over its table, top-left at ``x``, ``y``; None for no caption."""
    if not caption.strip():
        return None
    lines = wrap(caption, width, CAPTION)
    return text_block(Rect(x, y, width, len(lines) * CAPTION.leading + GAP), lines, CAPTION, Align.LEFT, "caption", 0.0)


def footnote_lines(footnote: str, width: float) -> list[str]:
    """The footnote wrapped to ``width`` points (every line of the text kept)."""
    return [line for text in footnote.splitlines() for line in wrap(text, width - 6.0, FOOTNOTE)] if footnote else []


def footnote_height(lines: list[str]) -> float:
    """The room (points) a footnote of ``lines`` takes under its table."""
    return len(lines) * FOOTNOTE.leading + GAP if lines else 0.0


def draw_footnote(page: Page, x: float, y: float, width: float, lines: list[str]) -> float:
    """The footnote ``lines`` under the table at ``y``; returns the y below it."""
    if not lines:
        return y
    rect = Rect(x, y + GAP, width, len(lines) * FOOTNOTE.leading)
    page.texts.append(text_block(rect, lines, FOOTNOTE, Align.LEFT, "footnote", 0.0))
    return rect.bottom


def shift_steps(pages: list[Page], steps: int) -> None:
    """Renumber the steps drawn on ``pages`` by ``steps`` (a part's rows -> the SOP's rows)."""
    if not steps:
        return
    for page in pages:
        page.steps = [s + steps for s in page.steps]
        page.row_rects = {s + steps: r for s, r in page.row_rects.items()}
        page.symbol_bands = {s + steps: r for s, r in page.symbol_bands.items()}
        page.shapes = [_shifted(shape, steps) for shape in page.shapes]


def _shifted(shape: Shape, steps: int) -> Shape:
    return dataclasses.replace(shape, step=shape.step + steps)


def continue_letters(pages: list[Page], letters: list[str], used: int, sop: Sop) -> dict[str, str]:
    """Rename the off-page connector ``letters`` the routing gave a later part's ``pages`` (A, B, …
    again, in order) so they follow the ``used`` letters of the parts before it: every letter
    names one pair in the whole SOP. Returns old letter -> new; ``sop`` is the part's SOP (a
    connector symbol of a row keeps its own text)."""
    new = {old: connector_label(used + k) for k, old in enumerate(dict.fromkeys(letters))}
    for page in pages:
        page.shapes = [dataclasses.replace(sh, label=new[sh.label])
                       if sh.kind is ShapeKind.CONNECTOR and sh.label in new and not _own_symbol(sop, sh) else sh
                       for sh in page.shapes]
    return new


def _own_symbol(sop: Sop, shape: Shape) -> bool:
    """True for a connector the SOP draws as a symbol of its row (not one the routing added)."""
    nodes = sop.steps[shape.step].nodes() if shape.step < len(sop.steps) else ()
    node = nodes[shape.node] if shape.node < len(nodes) else None
    return node is not None and node.kind is Symbol.CONNECTOR and node.text == shape.label
