"""Off-page connectors (penghubung antar halaman) paired across pages by the mark inside them.

A sheet breaks an arrow at a page end with a pentagon holding a mark ("A", "E", "1"): the arrow
runs into the pentagon on one page and leaves a pentagon with the same mark on another page
towards its real target, which may lie before the break (a "Tidak" back to an earlier step)
as well as after it. `link_page` notes the arrows into marked pentagons on their rows
(`off_page_target`); once every page of the SOP is linked, `pair_connectors` sends each to
the step its twin leads to. Unmarked or unpaired pentagons keep the reading "the next step".
"""

from __future__ import annotations

from sopdesk.io.importers.flow import RawStep
from sopdesk.io.importers.grid import Shape


def mark(shape: Shape) -> str:
    """The mark inside an off-page connector, white space removed and case folded ("" none)."""
    return "".join(shape.text.split()).casefold() if shape.kind == "connector" else ""


def off_page_target(step: RawStep, target: Shape, to: int) -> int:
    """The target to note for an arrow of ``step`` into symbol ``target`` whose step is ``to``:
    ``to`` itself, or for a marked pentagon a placeholder (``-k`` for the ``k``-th entry of
    ``step.off_page``, which keeps the mark and ``to``) that `pair_connectors` resolves."""
    if not mark(target):
        return to
    step.off_page.append((mark(target), to))
    return -len(step.off_page)


def pair_connectors(steps: list[RawStep]) -> None:
    """Resolve the placeholders of `off_page_target` in every row's ``arrows``: the step its
    twin leads to, i.e. the row holding a pentagon with the same mark that no arrow of that row
    runs into (an incoming pentagon stands in the row of the step it leads to, as an outgoing
    one stands in its source's), when exactly one row does; else the step after the pentagon."""
    leads: dict[str, set[int]] = {}
    for i, step in enumerate(steps):
        out = {text for text, _ in step.off_page}
        for _, shape in step.symbols:
            if mark(shape) and mark(shape) not in out:
                leads.setdefault(mark(shape), set()).add(i)
    for step in steps:
        resolved = []
        for to, label in step.arrows:
            if to < 0:
                text, after = step.off_page[-to - 1]
                found = leads.get(text, set())
                to = next(iter(found)) if len(found) == 1 else after
            resolved.append((to, label))
        step.arrows = list(dict.fromkeys(resolved))
