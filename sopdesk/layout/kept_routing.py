"""The routing kept by what it reads, so that an edit that moves no symbol, row or text box (typing
inside a line, a Kelengkapan changed without a new line) does not route the SOP again. No Qt.

The routing (`sopdesk.layout.routing.Router`, then `sopdesk.layout.labels.free_labels`) runs over
the whole SOP at once: the connector letters are counted across pages, and a jump from a later page
puts a connector on an earlier one. So it is kept whole, by everything it reads: of the SOP, each
step's lanes, symbols, exits and arrows (`route_fields`), and the lanes; of each page, its number
and size, symbols, rows, symbol bands, lane area and the boxes of its texts (`page_inputs`); and the
columns. Whoever makes the routing read something more adds it there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sopdesk.domain.model import Sop, Step
from sopdesk.layout.geometry import Arrow, Page, Shape
from sopdesk.layout.reuse import Kept, Key, Same

if TYPE_CHECKING:
    from sopdesk.layout.flowchart import ConnectorPair, FlowchartLayout

ROUTES_KEPT = 16  # each holds every page's arrows: few, so that the garbage collector has few objects to walk
STEPS_KEPT = 8192


@dataclass(frozen=True, slots=True)
class _Routed:
    """What the routing added: per page, its new symbols (connectors) and all its arrows; the pairs."""

    shapes: tuple[tuple[Shape, ...], ...]
    arrows: tuple[tuple[Arrow, ...], ...]
    connectors: tuple[ConnectorPair, ...]


_routes: Kept[_Routed] = Kept(ROUTES_KEPT)
_steps: Kept[Key] = Kept(STEPS_KEPT)


def page_inputs(page: Page) -> Key:
    """What the routing reads of ``page`` (drawn, not yet routed), as a key hashed once."""
    return Key((page.number, page.width, page.height, tuple(page.shapes), tuple(page.row_rects.items()),
                tuple(page.symbol_bands.items()), page.lane_area, tuple(t.rect for t in page.texts)))


def route_fields(step: Step) -> Key:
    """What the routing reads of ``step``: its lanes, symbol, exits, symbols and arrows."""
    kept = _steps.get(Same(step))
    if kept is None:
        kept = _steps.put(Same(step), Key((step.lanes, step.symbol, step.exits, step.symbols, step.flows)))
    return kept


def route_kept(sop: Sop, layout: FlowchartLayout, inputs: list[Key], route: Callable[[], None]) -> None:
    """Add the routing to ``layout``'s pages (drawn, without arrows; ``inputs`` their `page_inputs`):
    ``route`` (which routes them in place), or what it added the last time it read the same (see
    the module's docstring)."""
    key = (Same(layout.columns), sop.lanes, tuple(route_fields(step) for step in sop.steps), tuple(inputs))
    routed = _routes.get(key)
    if routed is None:
        drawn = [len(page.shapes) for page in layout.pages]
        route()
        routed = _routes.put(key, _Routed(tuple(tuple(page.shapes[n:]) for page, n in zip(layout.pages, drawn,
                                                                                            strict=True)),
                                          tuple(tuple(page.arrows) for page in layout.pages),
                                          tuple(layout.connectors)))
        return
    for page, shapes, arrows in zip(layout.pages, routed.shapes, routed.arrows, strict=True):
        page.shapes += shapes
        page.arrows[:] = arrows
    layout.connectors[:] = routed.connectors
