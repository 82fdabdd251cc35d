"""Vertical channels for the jumps of a flowchart page (decision exits to a step other than
the next), in points.

A channel runs in the gap between a lane's symbols and its boundary, never on the boundary
(at least `MIN_OFFSET` from it) and never on a symbol. Each jump on a page gets a channel of its
own where it overlaps another one (`TRACK_GAP` apart), that passes through no exit label
(labels are registered first), on the asked side of the boundary or else on its other side.
No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopdesk.layout.geometry import Rect
from sopdesk.layout.paper import Columns

MIN_OFFSET = 4.0  # points from a lane boundary
TRACK_GAP = 2.5  # points between two channels that overlap in height
SYMBOL_CLEARANCE = 1.5  # points between a channel and the widest symbol


def channel_offsets(gap: float) -> list[float]:
    """The distances from a lane boundary (points) of the channels a ``gap`` points wide between
    the boundary and the symbols holds, nearest its middle first."""
    middle = gap / 2
    reach = int(gap // TRACK_GAP) + 1
    steps = [0.0] + [sign * k * TRACK_GAP for k in range(1, reach) for sign in (1, -1)]
    return [middle + s for s in steps if MIN_OFFSET <= middle + s <= gap - SYMBOL_CLEARANCE] or [middle]


def gap_for(channels: int) -> float:
    """The least gap (whole points) that holds ``channels`` channels (`channel_offsets`)."""
    gap = MIN_OFFSET + SYMBOL_CLEARANCE
    while len(channel_offsets(gap)) < channels:
        gap += 1.0
    return gap


@dataclass(slots=True)
class Channels:
    """The channels taken and the labels to keep clear of, per page (1-based numbers)."""

    cols: Columns
    gaps: tuple[float, ...]  # per lane: room between the widest symbol and a lane boundary (points)
    taken: dict[int, list[tuple[float, float, float]]] = field(default_factory=dict)  # page -> (x, y0, y1)
    labels: dict[int, list[Rect]] = field(default_factory=dict)

    def keep_clear(self, page: int, box: Rect) -> None:
        """Register an exit label's box on ``page``: no channel will run through it."""
        self.labels.setdefault(page, []).append(box)

    def move_label(self, page: int, old: Rect, new: Rect) -> None:
        """A label registered at ``old`` now stands at ``new``."""
        boxes = self.labels.setdefault(page, [])
        if old in boxes:
            boxes.remove(old)
        boxes.append(new)

    def take(self, page: int, lane: int, on_left: bool, y0: float, y1: float) -> float:
        """The x of a free channel from ``y0`` to ``y1`` beside ``lane`` (on its left boundary if
        ``on_left``, else its right), or beside the same boundary in the neighbouring lane; if none
        is free, the first that only runs through an exit label (`sopdesk.layout.labels` moves the
        label), else the first of them."""
        x = self.find(page, lane, on_left, y0, y1)
        if x is None:
            low, high = min(y0, y1), max(y0, y1)
            offsets = [x for side in self._sides(lane, on_left, True) for x in self._offsets(*side)]
            x = next((x for x in offsets if self._free(page, x, low, high, labels=False)), offsets[0])
            self.taken.setdefault(page, []).append((x, low, high))
        return x

    def find(self, page: int, lane: int, on_left: bool, y0: float, y1: float, across: bool = True) -> float | None:
        """Like `take`, but None when no channel is free (``across``: the neighbouring lane's
        side of the boundary may be used too)."""
        low, high = min(y0, y1), max(y0, y1)
        sides = self._sides(lane, on_left, across)
        x = next((x for side in sides for x in self._offsets(*side) if self._free(page, x, low, high)), None)
        if x is not None:
            self.taken.setdefault(page, []).append((x, low, high))
        return x

    def free_offsets(self, page: int, lane: int, on_left: bool, y0: float, y1: float) -> list[float]:
        """The x of every free channel beside ``lane``'s left (``on_left``) or right boundary
        from ``y0`` to ``y1``, nearest the middle of the gap first; none is taken."""
        low, high = min(y0, y1), max(y0, y1)
        return [x for x in self._offsets(lane, on_left) if self._free(page, x, low, high)]

    def claim(self, page: int, x: float, y0: float, y1: float) -> None:
        """Take the channel at ``x`` from ``y0`` to ``y1`` (one of `free_offsets`)."""
        self.taken.setdefault(page, []).append((x, min(y0, y1), max(y0, y1)))

    def free_at(self, page: int, x: float, y0: float, y1: float) -> bool:
        """True if the channel at ``x`` is free from ``y0`` to ``y1`` (no line, no exit label)."""
        return self._free(page, x, min(y0, y1), max(y0, y1))

    def release(self, page: int, x: float, y0: float, y1: float) -> None:
        """Give back the channel at ``x`` from ``y0`` to ``y1`` (taken by `find` or `claim`)."""
        self.taken[page].remove((x, min(y0, y1), max(y0, y1)))

    def _sides(self, lane: int, on_left: bool, across: bool) -> list[tuple[int, bool]]:
        sides = [(lane, on_left)]
        other = lane - 1 if on_left else lane + 1
        if across and 0 <= other < self.cols.lane_count:
            sides.append((other, not on_left))
        return sides

    def _offsets(self, lane: int, on_left: bool) -> list[float]:
        edge = self.cols.lane_left(lane) if on_left else self.cols.lane_left(lane + 1)
        return [edge + o if on_left else edge - o for o in channel_offsets(self.gaps[lane])]

    def _free(self, page: int, x: float, low: float, high: float, labels: bool = True) -> bool:
        for tx, ty0, ty1 in self.taken.get(page, []):
            if abs(tx - x) < TRACK_GAP - 0.01 and ty0 < high + 1 and low - 1 < ty1:
                return False
        return not labels or not any(box.x - 1 < x < box.right + 1 and box.y < high and low < box.bottom
                       for box in self.labels.get(page, []))
