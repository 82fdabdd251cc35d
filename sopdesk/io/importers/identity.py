"""The identity block (Bagian Identitas) read from a table's cells by its labels.

Label variants (Permenpan RB 35/2012 and what offices print): Nomor SOP / No SOP, Tanggal
or Tgl. Pembuatan / Revisi / Efektif, Disahkan oleh, Nama / Judul SOP, Dasar Hukum,
Kualifikasi / Kualitas Pelaksana(an), Keterkaitan, Peralatan/Perlengkapan, Peringatan,
Pencatatan dan Pendataan (or Pendaftaran). A value is the rest of the label's cell, else
the cell to its right, else the cell under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopdesk.io.importers.grid import Cell, Table
from sopdesk.io.importers.text import join_lines

LABELS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"^\s*(?:{pattern})\s*:?", re.IGNORECASE)
    for name, pattern in {
        "number": r"(?:nomor|no\.?)\s*sop",
        "made_on": r"(?:tanggal|tgl\.?)\s*pembuatan",
        "revised_on": r"(?:tanggal|tanggak|tgl\.?)\s*revisi",
        "effective_on": r"(?:tanggal|tanggak|tgl\.?)\s*efektif",
        "approval": r"disahkan\s+oleh",
        "title": r"(?:nama|judul)\s+sop",
        "legal_basis": r"dasar\s+hukum",
        "qualifications": r"(?:kualifikasi|kualitas)\s+p?elaksana(?:an)?",
        "related_sops": r"keterkaitan",
        "equipment": r"peralatan\s*(?:(?:/|dan)\s*perlengkapan)?",
        "warning": r"peringatan",
        "records": r"pencatatan\s+dan\s+pend(?:ataan|aftaran)",
        "definitions": r"definisi",
    }.items()
}
HEAD_LABELS = ("number", "approval", "title", "made_on")
_SKIP_UNIT = re.compile(r"standar\s+operasional|^\s*sop\s*$|^\s*logo", re.IGNORECASE)


@dataclass(slots=True)
class IdentityCells:
    """The raw text of each identity field found (``field -> text``), and the letterhead lines."""

    values: dict[str, str] = field(default_factory=dict)
    unit: list[str] = field(default_factory=list)


def label_of(text: str) -> str | None:
    """The identity field a cell's text starts with, or ``None``."""
    flat = " ".join(text.split())
    for name, pattern in LABELS.items():
        if pattern.match(flat):
            return name
    return None


def is_identity(table: Table) -> bool:
    """True when at least two identity labels start cells of ``table``."""
    return len({label_of(c.text) for c in table.cells} - {None}) >= 2


def starts_sop(table: Table) -> bool:
    """True when ``table`` holds a label that opens an identity block (Nomor, Disahkan, Nama)."""
    return any(label_of(c.text) in HEAD_LABELS for c in table.cells)


def read_identity(table: Table, into: IdentityCells) -> None:
    """Add the fields and letterhead found in ``table`` to ``into`` (first value wins)."""
    cells = list(table.cells)
    for cell in cells:
        name = label_of(cell.text)
        if name is None or name in into.values:
            continue
        into.values[name] = _value(cell, name, cells)
    if not into.unit:
        into.unit = _letterhead(cells)


def _value(cell: Cell, name: str, cells: list[Cell]) -> str:
    rest = _after_label(cell.text, name)
    if rest.strip():
        return rest
    right = _neighbour(cell, cells, right=True)
    if right is not None and label_of(right.text) is None:
        return _strip_colon(right.text)
    below = _neighbour(cell, cells, right=False)
    if below is not None and label_of(below.text) is None:
        return below.text
    return ""


def _after_label(text: str, name: str) -> str:
    """The text after the label; the label may wrap over several lines."""
    lines = text.split("\n")
    for i in range(1, len(lines) + 1):
        head = " ".join(" ".join(lines[:i]).split())
        m = LABELS[name].match(head)
        if m is None:
            continue
        longer = LABELS[name].match(" ".join(" ".join(lines[: i + 1]).split()))
        if i < len(lines) and longer is not None and longer.end() > len(head):
            continue
        return _strip_colon("\n".join([head[m.end():], *lines[i:]]))
    return ""


def _strip_colon(text: str) -> str:
    return re.sub(r"^\s*:\s*", "", text.strip("\n")).strip()


def _neighbour(cell: Cell, cells: list[Cell], right: bool) -> Cell | None:
    b = cell.box
    if right:
        row = [c for c in cells if c.box.x0 >= b.x1 - 2 and c.box.top < b.centre[1] < c.box.bottom]
        return min(row, key=lambda c: c.box.x0, default=None)
    column = [c for c in cells if c.box.top >= b.bottom - 2 and c.box.x0 < b.centre[0] < c.box.x1]
    return min(column, key=lambda c: c.box.top, default=None)


def _letterhead(cells: list[Cell]) -> list[str]:
    """Lines of the top-left cell that holds no label (logo and unit name)."""
    top = min((c.box.top for c in cells), default=0.0)
    first_row = [c for c in cells if c.box.top - top < 3 and c.text.strip() and label_of(c.text) is None]
    for cell in sorted(first_row, key=lambda c: c.box.x0):
        lines = [join_lines(line) for line in cell.text.splitlines() if line.strip() and not _SKIP_UNIT.search(line)]
        if lines:
            return lines
    return []
