"""Flow between steps from the arrows drawn: each arrow joins the symbol nearest its tail to
the symbol nearest its head; an arrow into an off-page connector goes on to the next step;
a Ya/Tidak label belongs to the decision's arrow passing nearest to it; an arrow ending in a
row without a symbol (at a printed "SELESAI") goes to that row's step; an arrow coming from
above the page's first step, touching no symbol there, comes over the page break from the
step before it. A wire that leaves the symbol the arrow ends in (away from its head) and joins
the arrow's line is a loop of that symbol into itself (a decision's Tidak drawn back into the
arrow over it)."""

from __future__ import annotations

from sopdesk.io.importers.connectors import off_page_target
from sopdesk.io.importers.flow import RawStep
from sopdesk.io.importers.geometry import segment_distance
from sopdesk.io.importers.grid import Arrow, Box, Cell, Point, Shape

REACH = 8.0  # points: an arrow end this close to a symbol touches it
LABEL_REACH = 30.0  # points: a label this close to an arrow's path names it


def link_page(steps: list[RawStep], first: int, arrows: list[Arrow], labels: list[Cell]) -> None:
    """Add ``(target index, label)`` to ``steps[i].arrows`` for the arrows of one page.

    ``first`` is the index of the page's first step in ``steps``; only steps from there on
    (the page's rows) own symbols the page's arrows can touch."""
    placed = [(i, shape) for i in range(first, len(steps)) for _, shape in steps[i].symbols]
    targets = [_nearest(placed, arrow.tip) for arrow in arrows]
    links: list[tuple[int, int, Arrow]] = []
    for arrow, target in zip(arrows, targets, strict=True):
        if target is None:
            row = _row_without_symbol(steps, first, arrow.tip)
            if row is not None:
                sources = _sources(arrow, (row, _NOWHERE), placed, arrows, targets)
                links += [(s[0], row, arrow) for s in sources if s[0] != row and s[1].kind != "connector"]
            continue
        to = target[0] + 1 if target[1].kind == "connector" else target[0]
        for source in _sources(arrow, target, placed, arrows, targets) or _from_page_above(steps, first, arrow):
            if (to != source[0] or source[1] is target[1]) and source[1].kind != "connector":
                links.append((source[0], off_page_target(steps[source[0]], target[1], to), arrow))
    named = _name(links, labels, steps)
    for (source_index, to, _), label in zip(links, named, strict=True):
        if (to, label) not in steps[source_index].arrows:
            steps[source_index].arrows.append((to, label))


def _sources(arrow: Arrow, target: tuple[int, Shape], placed: list[tuple[int, Shape]], arrows: list[Arrow],
             targets: list[tuple[int, Shape] | None]) -> list[tuple[int, Shape]]:
    """The symbols the arrow's wire starts from: those its path touches, less its target and
    the targets of other arrows sharing its wire (a fan-out); the target too when the path
    leaves it away from the head (a loop into itself); else the one nearest its tail."""
    touched = [s for s in placed if s[1] is not target[1] and
               min((s[1].box.distance(p) for p in arrow.path), default=1e9) <= REACH]
    shared = {id(t[1]) for other, t in zip(arrows, targets, strict=True)
              if t is not None and other is not arrow and set(other.path) & set(arrow.path)}
    sources = [s for s in touched if id(s[1]) not in shared]
    if sources and _loops(arrow, target[1]):
        return [*sources, target]
    if sources:
        return sources
    tail = _nearest(placed, arrow.tail)
    return [tail] if tail is not None and tail[1] is not target[1] else []


def _from_page_above(steps: list[RawStep], first: int, arrow: Arrow) -> list[tuple[int, Shape]]:
    """The step continued from the page before, as the source of an arrow whose tail touches
    no symbol and lies above the page's first step (its line comes over the page break)."""
    if not 0 < first < len(steps) or not steps[first - 1].symbols or arrow.tail[1] > steps[first].band.top + REACH:
        return []
    return [(first - 1, steps[first - 1].symbols[-1][1])]


_NOWHERE = Shape("process", Box(0, 0, 0, 0))
SOURCE_WEIGHT = 0.25  # how much a label's distance from the decision counts beside its distance from the line
LOOP_TOUCH = 1.5  # points: a path point this close to its target's box starts a loop ...
LOOP_AWAY = 12.0  # points: ... when it is this far from the arrow's tip (beyond its head)


def _loops(arrow: Arrow, target: Shape) -> bool:
    """True when the arrow's path touches its ``target`` away from its tip: a wire leaving the
    target joins the line into it."""
    return any(target.box.distance(p) <= LOOP_TOUCH and segment_distance(p, arrow.tip, arrow.tip) > LOOP_AWAY
               for p in arrow.path)


def _row_without_symbol(steps: list[RawStep], first: int, tip: Point) -> int | None:
    """The step whose row holds ``tip`` when that row has no symbol (an arrow ending at a
    printed word such as SELESAI), else ``None``."""
    for i in range(first, len(steps)):
        if steps[i].band.contains(tip) and not steps[i].symbols:
            return i
    return None


def _nearest(placed: list[tuple[int, Shape]], p: Point) -> tuple[int, Shape] | None:
    best = min(placed, key=lambda s: s[1].box.distance(p), default=None)
    return best if best is not None and best[1].box.distance(p) <= REACH else None


def _name(links: list[tuple[int, int, Arrow]], labels: list[Cell], steps: list[RawStep]) -> list[str]:
    """Each label to one arrow leaving a decision, nearest pairs first (a label names one
    arrow, an arrow has one label). Near means near the arrow's line, and among lines about as
    near, near the decision it leaves: a label stands where its exit leaves the diamond, so a
    line from an earlier decision passing beside another decision's label does not take it."""
    names = [""] * len(links)
    pairs = []
    for k, (source, _, arrow) in enumerate(links):
        decisions = [s.box for _, s in steps[source].symbols if s.kind == "decision"]
        for i, label in enumerate(labels):
            if decisions:
                line = _path_distance(label.box.centre, arrow.path)
                away = min(box.distance(label.box.centre) for box in decisions)
                pairs.append((line + SOURCE_WEIGHT * away, line, i, k))
    used: set[int] = set()
    for _key, distance, i, k in sorted(pairs):
        if distance <= LABEL_REACH and i not in used and not names[k]:
            names[k] = labels[i].text
            used.add(i)
    return names


def _path_distance(p: Point, path: tuple[Point, ...]) -> float:
    if len(path) < 2:
        return min((segment_distance(p, q, q) for q in path), default=1e9)
    return min(segment_distance(p, path[i], path[i + 1]) for i in range(len(path) - 1))
