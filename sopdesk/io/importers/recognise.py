"""Grid -> draft SOPs: identity tables and flowchart tables walked in page order.

A table with identity labels opens an SOP (or adds to the open one while it has no steps);
a flowchart table adds its rows to the open SOP, or, when its first row is step 1 and the open
SOP already has steps, opens a new one (a book of SOPs) or begins the SOP's next flowchart part
(`sopdesk.io.importers.parts` says which). A table without a header that continues the previous
flowchart's columns adds its rows too (the first row without a number continues the last step).
Raises `ImportFileError` for a document that is not an SOP AP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopdesk.io.importers.arrows import link_page
from sopdesk.io.importers.build import build_draft
from sopdesk.io.importers.connectors import pair_connectors
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.flow import Columns, RawStep, find_header, lane_labels, read_rows
from sopdesk.io.importers.grid import Box, Document, Page, Shape, Table, Word, lines_text
from sopdesk.io.importers.identity import IdentityCells, is_identity, read_identity, starts_sop
from sopdesk.io.importers.lanes import merge_lanes
from sopdesk.io.importers.parts import (
    PartStart,
    caption_words,
    heading_words,
    next_part,
    restarts,
    same_lane_names,
    tokens,
)
from sopdesk.io.importers.report import Draft
from sopdesk.io.importers.text import join_lines

_NARRATIVE = re.compile(
    r"^\s*(?:[A-T]\.\s*)?(maksud dan tujuan|ruang lingkup|indikator kinerja|status revisi|pengertian|kebijakan"
    r"|tujuan|prosedur|unit terkait|referensi)\s*:?\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class Pending:
    """An SOP being read: identity texts, columns, rows, pages it spans, a title seen above the
    table; ``lanes`` the names of its lanes over all its tables (`lanes.merge_lanes`), ``lane_map``
    the index in ``lanes`` of each lane of the table read last; ``parts`` where each flowchart
    part begins, ``known`` the words printed over its tables (`parts.heading_words`)."""

    identity: IdentityCells = field(default_factory=IdentityCells)
    columns: Columns | None = None
    lanes: list[str] = field(default_factory=list)
    lane_map: list[int] = field(default_factory=list)
    table_x0: float = 0.0
    table_width: float = 0.0
    steps: list[RawStep] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    heading: str = ""
    parts: list[PartStart] = field(default_factory=list)
    known: set[str] = field(default_factory=set)


def recognise(doc: Document, unit: tuple[str, ...] = ()) -> list[Draft]:
    """The draft SOPs in ``doc``, each with its import report; ``unit`` replaces the letterhead
    when given. Raises `ImportFileError` when no SOP AP is found (narrative procedure, empty)."""
    if not doc.has_text:
        raise ImportFileError(doc.name, "hasil pindai tanpa lapisan teks: pembacaan OCR belum tersedia; tidak diimpor")
    _refuse_narrative(doc)
    found: list[Pending] = []
    for page in doc.pages:
        _read_page(page, found)
    for pending in found:
        pair_connectors(pending.steps)
    kept = [p for p in found if p.steps or len(p.identity.values) >= 3]
    if not kept:
        raise ImportFileError(doc.name, "tidak ditemukan identitas maupun tabel diagram alir SOP AP "
                                        "(atau tabelnya kosong); tidak diimpor")
    return [build_draft(p, unit) for p in kept]


def _refuse_narrative(doc: Document) -> None:
    headings = {m.group(1).casefold() for p in doc.pages for m in _NARRATIVE.finditer(_page_text(p))}
    if len(headings) >= 3:
        listed = ", ".join(sorted(headings))
        raise ImportFileError(doc.name, f"bukan SOP AP (dokumen naratif dengan bagian {listed}); tidak diimpor")


def _page_text(page: Page) -> str:
    return lines_text(page.words)


def _read_page(page: Page, found: list[Pending]) -> None:
    current = found[-1] if found else None
    first_step = {id(p): len(p.steps) for p in found}
    for table in sorted(page.tables, key=lambda t: (t.box.top, t.box.x0)):
        if is_identity(table):
            if current is None or current.steps or (starts_sop(table) and "number" in current.identity.values):
                current = _open(found, first_step)
            read_identity(table, current.identity, page)
            _mark(current, page)
            continue
        current = _read_flow(page, table, found, current, first_step)
    for pending in found:
        if page.number in pending.pages and pending.columns is not None:
            start = first_step.get(id(pending), 0)
            link_page(pending.steps, start, page.arrows, lane_labels(page, pending.columns))


def _open(found: list[Pending], first_step: dict[int, int]) -> Pending:
    pending = Pending()
    found.append(pending)
    first_step[id(pending)] = 0
    return pending


def _mark(pending: Pending, page: Page) -> None:
    if page.number not in pending.pages:
        pending.pages.append(page.number)


def _read_flow(page: Page, table: Table, found: list[Pending], current: Pending | None,
               first_step: dict[int, int]) -> Pending | None:
    header = find_header(table, page)
    if header is not None:
        columns, bottom = header
        rows = read_rows(page, table, columns, bottom)
        numbered = [r for r in rows if r.number]
        names = [name for name, _, _ in columns.lanes]
        caption = caption_words(page, table)
        heading = heading_words(page, table, columns.top, caption)
        restart = current is not None and _restarts(current, numbered)
        caption_text = join_lines(lines_text(caption))
        if current is None or (restart and not _next_part(current, heading, caption_text, names)):
            current = _open(found, first_step)
            restart = False
        if not current.heading:
            current.heading = _heading(page, table, columns, caption)
        current.columns, current.table_x0, current.table_width = columns, table.box.x0, table.box.width
        current.lane_map = merge_lanes(current.lanes, [] if restart else current.lane_map, names)
        _start_part(current, caption_text, restart)
        current.known |= heading
        _add_rows(current, _in_lanes(rows, current.lane_map), page)
        return current
    if current is None or current.columns is None or table.box.width < 0.8 * current.table_width:
        return current
    columns = current.columns.shifted(table.box.x0 - current.table_x0)
    _add_rows(current, _in_lanes(read_rows(page, table, columns, table.box.top), current.lane_map), page)
    return current


def _restarts(current: Pending, numbered: list[RawStep]) -> bool:
    """True when a table's ``numbered`` rows begin a numbering again under ``current``'s rows (not
    when its first one is ``current``'s last step printed again, "(lanjutan)": see `_continues`)."""
    if not (current.steps and numbered and restarts(numbered[0].number)):
        return False
    return numbered[0].number.strip() != current.steps[-1].number.strip()


def _next_part(current: Pending, heading: set[str], caption: str, names: list[str]) -> bool:
    """True when a table restarting at 1 under ``heading`` and ``caption`` with lanes ``names`` is
    ``current``'s next flowchart part (`parts.next_part`)."""
    values = current.identity.values
    known = current.known | tokens(" ".join([values.get("title", ""), values.get("number", ""),
                                             *current.identity.unit, current.heading]))
    before = [current.lanes[k] for k in current.lane_map if k < len(current.lanes)]
    return next_part(heading, known, caption, same_lane_names(before, names))


def _start_part(pending: Pending, caption: str, restart: bool) -> None:
    """A table of ``pending`` read: its first part, the next part (``restart``), or more lanes of
    the part going on."""
    if restart or not pending.parts:
        pending.parts.append(PartStart(len(pending.steps), caption, list(pending.lane_map)))
    else:
        pending.parts[-1].add_lanes(pending.lane_map)


def _restart_inside(pending: Pending, row: RawStep) -> None:
    """A row numbered 1 under numbered rows of the part going on (inside one table) begins the
    next part, with the table's lanes and no caption."""
    part = pending.parts[-1] if pending.parts else None
    numbered = part is not None and any(r.number for r in pending.steps[part.first:])
    if part is not None and numbered and restarts(row.number):
        pending.parts.append(PartStart(len(pending.steps), "", list(pending.lane_map), read=False))


def _in_lanes(rows: list[RawStep], lane_map: list[int]) -> list[RawStep]:
    """``rows`` with each symbol's lane (an index in its table's header) made an index in the SOP's lanes."""
    for row in rows:
        row.symbols = [(lane_map[k] if k < len(lane_map) else k, shape) for k, shape in row.symbols]
    return rows


def _add_rows(pending: Pending, rows: list[RawStep], page: Page) -> None:
    """Add ``rows`` to ``pending``: a row that `_continues` the step above joins it; of two
    blank rows holding only off-page connectors one under the other (a page-break marker),
    the second (the incoming connector) goes with the step below."""
    _mark(pending, page)
    carried: list[tuple[int, Shape]] = []
    for i, row in enumerate(rows):
        if i > 0 and carried == [] and _connectors_only(rows[i - 1]) and _connectors_only(row) and pending.steps:
            carried = list(row.symbols)
        elif _continues(pending, row, i == 0):
            _continue_step(pending.steps[-1], row)
        elif row.number or row.texts.get("activity"):
            _restart_inside(pending, row)
            row.symbols[:0] = carried
            carried = []
            pending.steps.append(row)
    if carried:
        pending.steps[-1].symbols += carried


def _continues(pending: Pending, row: RawStep, first: bool) -> bool:
    """True when ``row`` (``first``: the table's first row) continues the last step read: a
    row without number holding only symbols, or first with text; or first and numbered as
    that step, read on an earlier page (a step printed again with "(lanjutan)")."""
    if not pending.steps:
        return False
    last, has_text = pending.steps[-1], any(row.texts.values())
    if not row.number:
        return (first and has_text) or (not has_text and bool(row.symbols))
    return first and row.number == last.number and row.page != last.page


def _connectors_only(row: RawStep) -> bool:
    """True for a row without number or text holding only off-page connectors."""
    return (not row.number and not any(row.texts.values()) and bool(row.symbols)
            and all(shape.kind == "connector" for _, shape in row.symbols))


def _continue_step(step: RawStep, row: RawStep) -> None:
    for name, text in row.texts.items():
        if text:
            step.texts[name] = f"{step.texts.get(name, '')} {text}".strip()
    step.symbols += row.symbols


def _heading(page: Page, table: Table, columns: Columns, caption: list[Word]) -> str:
    """The title printed above the flowchart's header (inside or above the table) over its part's
    ``caption``; the caption when nothing else is printed there."""
    box = Box(0, max(0.0, table.box.top - 120), page.width, columns.top - 1)
    words = [w for w in page.words if box.contains(w.box.centre) and w not in caption]
    lines = [ln for ln in lines_text(words).splitlines()
             if not re.search(r"standar\s+operasional\s+prosedur\s*$|^\s*\(?sop\)?\s*$", ln, re.IGNORECASE)]
    return join_lines("\n".join(lines[-2:])) if lines else join_lines(lines_text(caption))
