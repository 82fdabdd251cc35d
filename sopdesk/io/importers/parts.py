"""An SOP whose flowchart is printed in parts (format version 2, `sopdesk.domain.model.Part`),
each numbering its rows from 1 again (issues 14/15).

A flowchart table whose first numbered row is 1 while an SOP with rows is being read begins
either a new SOP or the next part of the same one (`next_part`):

- a new SOP when a new heading stands over the table: words above its header (the table's own
  title rows, a kop, a page heading) that the SOP has not printed before, in its identity or
  over its earlier tables (`heading_words`; a book's next SOP, a workbook's next sheet with its
  own title as Basarnas' workbook has);
- else the next part when a caption hugs the table (`caption_words`: lines ending just above
  it, starting at its left edge, as sopdesk prints a part's caption, see
  `sopdesk.layout.parts.caption_block`) or the table carries the lanes of the table before
  (the same table going on after a page break);
- else a new SOP, as before.

A row numbered 1 under a numbered row inside one table (`restarts`) is the next part too,
without a caption. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sopdesk.domain.model import Part, Step
from sopdesk.io.importers.grid import Page, Table, Word, word_lines
from sopdesk.io.importers.lanes import same_lane

CAPTION_GAP = 10.0  # points: a caption's last line ends at most this far above its table (sopdesk: 6)
LINE_GAP = 5.0  # points between two lines of one caption (sopdesk: 2)
ALIGN = 5.0  # points: a caption's lines start this close to the table's left edge (sopdesk: 2)
# words every SOP heading may print: they never tell one SOP from another
COMMON = frozenset({"nomor", "no", "sop", "standar", "operasional", "prosedur", "lanjutan", "halaman", "dari"})


@dataclass(slots=True)
class PartStart:
    """Where one flowchart part begins in an SOP being read: the index of its ``first`` row,
    its ``caption`` ("" when none is printed), its ``lanes`` as indexes in the SOP's lanes in
    column order (every table it spans), and whether the part was told by its caption or
    table (``read``) or only by a restart inside one table."""

    first: int
    caption: str
    lanes: list[int] = field(default_factory=list)
    read: bool = True

    def add_lanes(self, lanes: Iterable[int]) -> None:
        """Add the lane indexes of another table of this part (the new ones after)."""
        self.lanes += [k for k in dict.fromkeys(lanes) if k not in self.lanes]


def restarts(number: str) -> bool:
    """True for a printed step number that begins a numbering ("1", "01")."""
    return number.strip() in ("1", "01")


def tokens(text: str) -> set[str]:
    """The words of ``text`` that can tell one SOP from another: case folded, each holding a
    letter, without `COMMON` words."""
    return {w for w in re.findall(r"\w+", text.casefold()) if any(c.isalpha() for c in w) and w not in COMMON}


def caption_words(page: Page, table: Table) -> list[Word]:
    """The words of the caption over ``table``: the lines outside every table that end at most
    `CAPTION_GAP` points above it, each starting at its left edge (within `ALIGN`) and each at
    most `LINE_GAP` under the line above it; empty when there is none."""
    free = [w for w in page.words if w.box.bottom <= table.box.top + 1 and not _in_tables(w, page.tables)]
    edge = table.box.top
    out: list[Word] = []
    for line in sorted(word_lines(free), key=lambda ln: -ln[0].box.top):
        bottom = max(w.box.bottom for w in line)
        aligned = abs(min(w.box.x0 for w in line) - table.box.x0) <= ALIGN
        if not aligned or bottom < edge - (LINE_GAP if out else CAPTION_GAP) or bottom > edge + 1:
            break
        out += line
        edge = min(w.box.top for w in line)
    return out


def heading_words(page: Page, table: Table, header_top: float, caption: list[Word]) -> set[str]:
    """`tokens` of what is printed over ``table``'s header (``header_top``, points) between it and
    the table above it on ``page`` (inside the table too: a workbook's title rows), outside the
    other tables and the ``caption``."""
    others = [t for t in page.tables if t is not table]
    floor = max((t.box.bottom for t in others if t.box.bottom <= table.box.top + 1), default=0.0)
    kept = [w for w in page.words if floor <= w.box.centre[1] < header_top - 1 and w not in caption
            and not _in_tables(w, others)]
    return tokens(" ".join(w.text for w in kept))


def next_part(heading: set[str], known: set[str], caption: str, same_lanes: bool) -> bool:
    """True when a table restarting its numbering is the next part of the SOP being read (see the
    module's docstring): nothing in its ``heading`` outside ``known`` (the SOP's own words), and a
    ``caption`` over it or ``same_lanes`` as the table before."""
    return heading <= known and (bool(caption.strip()) or same_lanes)


def same_lane_names(before: list[str], header: list[str]) -> bool:
    """True when two tables' lane names (left to right) are the same lanes."""
    return len(before) == len(header) and all(same_lane(a, b) for a, b in zip(before, header, strict=True))


def part_rows(starts: list[PartStart], count: int) -> list[tuple[PartStart, int]]:
    """Each part of an SOP of ``count`` rows with the index after its last row; a part without
    rows is left out; empty when the SOP has one part."""
    if not starts:
        return []
    ends = [s.first for s in starts[1:]] + [count]
    kept = [(s, end) for s, end in zip(starts, ends, strict=True) if end > s.first]
    return kept if len(kept) >= 2 else []


def draft_parts(starts: list[PartStart], steps: tuple[Step, ...], lane_ids: list[str]) -> tuple[Part, ...]:
    """The parts of a draft SOP of ``steps`` (empty for one part): each part's lanes are those of
    its tables (``lane_ids`` by index) and any other lane its rows are drawn in."""
    out = []
    for start, end in part_rows(starts, len(steps)):
        ids = [lane_ids[i] for i in start.lanes if i < len(lane_ids)]
        ids += [i for step in steps[start.first:end] for i in step.lanes]
        out.append(Part(start.caption, tuple(dict.fromkeys(ids)), end - start.first))
    return tuple(out)


def _in_tables(word: Word, tables: list[Table]) -> bool:
    return any(t.box.contains(word.box.centre) for t in tables)
