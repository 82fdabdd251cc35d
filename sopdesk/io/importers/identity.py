"""The identity block (Bagian Identitas) read from a table's cells by its labels.

Label variants (Permenpan RB 35/2012 and what offices print): Nomor SOP / No SOP, Tanggal
or Tgl. Pembuatan / Revisi / Efektif, Disahkan oleh, Nama / Judul SOP, Dasar Hukum,
Kualifikasi / Kualitas Pelaksana(an), Keterkaitan, Peralatan/Perlengkapan, Peringatan,
Pencatatan dan Pendataan (or Pendaftaran, Pendapatan). A value is the rest of the label's cell, else
the cell to its right, else the cell under it. A Nama SOP printed without a label is the row
across the block between the Nomor/Tanggal labels and the lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopdesk.io.importers.grid import Box, Cell, Page, Table, Word, lines_text
from sopdesk.io.importers.text import ITEM, join_lines

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
        "equipment": r"peralatan\s*(?:(?:/|dan|&)?\s*perlengkapan)?",
        "warning": r"peringatan",
        "records": r"pencatatan\s+dan\s+pend(?:ataan|aftaran|apatan)",
        "definitions": r"definisi",
    }.items()
}
LIST_FIELDS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records")
HEAD_LABELS = ("number", "approval", "title", "made_on")
_SKIP_UNIT = re.compile(r"standar\s+operasional|^\s*sop\s*$|^\s*logo", re.IGNORECASE)
_GOES_ON = re.compile(r"(,|\b(dan|serta|atau|di|ke|dari|pada|untuk|dengan|yang)|&)\s*$", re.IGNORECASE)


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


def read_identity(table: Table, into: IdentityCells, page: Page | None = None) -> None:
    """Add the fields and letterhead found in ``table`` to ``into`` (first value wins). With
    ``page``, a value whose cell the table finder missed is read from the words beside or
    under its label."""
    cells = list(table.cells)
    for cell in cells:
        name = label_of(cell.text)
        if name is None or name in into.values:
            continue
        value = _value(cell, name, cells)
        if not value and page is not None:
            value = _uncelled(cell, table, page)
        if name == "approval" and page is not None:
            value = _signature_space(cell, cells, page, value)
        into.values[name] = value
    if "title" not in into.values:
        title = _title_row(cells, table)
        if title:
            into.values["title"] = title
    if not into.unit:
        into.unit = _letterhead(cells)


SIGNATURE_GAP = 2.0  # line heights: a space this tall between two lines is the signature's


def _signature_space(label: Cell, cells: list[Cell], page: Page, value: str) -> str:
    """The Disahkan oleh ``value`` read from the cell right of its label with an empty line
    where the signature's space (a gap of `SIGNATURE_GAP` line heights) parts the jabatan
    from the name; ``value`` itself when it is not that cell's text."""
    right = _neighbour(label, cells, right=True)
    if right is None or _after_label(label.text, "approval").strip() or _strip_colon(right.text) != value:
        return value
    words = sorted((w for w in page.words if right.box.contains(w.box.centre)), key=lambda w: w.box.top)
    if not words:
        return value
    height = min(w.box.height for w in words)
    lines: list[list[Word]] = []
    for w in words:
        if lines and abs(w.box.centre[1] - lines[-1][0].box.centre[1]) <= 3.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and line[0].box.top - max(w.box.bottom for w in lines[i - 1]) > SIGNATURE_GAP * height:
            out.append("")
        out.append(lines_text(line))
    return _strip_colon("\n".join(out))


def _title_row(cells: list[Cell], table: Table) -> str:
    """The Nama SOP printed without its label: a cell across the block (at least 60 % of its
    width) under the Nomor/Tanggal/Disahkan labels and above the lists (Dasar Hukum...), with
    one or two lines of text and no label."""
    heads = [c for c in cells if label_of(c.text) in HEAD_LABELS]
    if not heads:
        return ""
    top = max(c.box.bottom for c in heads) - 2
    floor = min((c.box.top for c in cells if label_of(c.text) in LIST_FIELDS), default=table.box.bottom) + 2
    rows = [c for c in cells if c.box.top >= top and c.box.bottom <= floor and c.box.width >= 0.6 * table.box.width
            and c.text.strip() and len(c.text.strip().splitlines()) <= 2 and label_of(c.text) is None]
    return join_lines(min(rows, key=lambda c: c.box.top).text) if rows else ""


def _value(cell: Cell, name: str, cells: list[Cell]) -> str:
    rest = _after_label(cell.text, name)
    if rest.strip():
        return rest
    right = _neighbour(cell, cells, right=True)
    if right is not None and label_of(right.text) is None and right.text.strip():
        return "\n".join([_strip_colon(right.text), *_run_below(right, cells, name)]).strip()
    return "\n".join(_run_below(cell, cells, name))


def _uncelled(cell: Cell, table: Table, page: Page) -> str:
    """Words right of the label (to the table's edge) or, failing that, under it (to the next cell)."""
    b = cell.box
    beside = [c.box.x0 for c in table.cells if c.box.x0 >= b.x1 - 1 and c.box.top < b.centre[1] < c.box.bottom]
    right = _strip_colon(page.text_in(Box(b.x1 + 0.5, b.top, min(beside, default=table.box.x1), b.bottom)))
    if right:
        return right
    under = [c.box.top for c in table.cells if c.box.top >= b.bottom - 1 and c.box.x0 <= b.centre[0] <= c.box.x1]
    return page.text_in(Box(b.x0, b.bottom + 0.5, b.x1, min(under, default=table.box.bottom) - 0.5))


def _run_below(cell: Cell, cells: list[Cell], name: str) -> list[str]:
    """Texts of the cells under ``cell`` in its column, down to the next label (a label of
    another field in that cell, or a label alone in its row) or a row across the block (such
    as an unlabelled Nama SOP); bare item numbers are skipped."""
    x = cell.box.centre[0]
    below = sorted((c for c in cells if c.box.top >= cell.box.bottom - 2 and c.box.x0 <= x <= c.box.x1),
                   key=lambda c: c.box.top)
    out = []
    for c in below:
        if label_of(c.text) not in (None, name) or _label_in_row(c, cells) or _across(c, cell, cells):
            break
        if c.text.strip() and not c.text.strip().rstrip(".").isdigit():
            out.append(c.text)
    if name in LIST_FIELDS and len(out) > 1:  # one cell, one item (unless the cells number their own)
        out = [t if ITEM.match(t) else f"• {t}" for t in out]
    return out


def _across(cell: Cell, column: Cell, cells: list[Cell]) -> bool:
    """True when ``cell`` spans most of the block (60 % of its width) and is half as wide
    again as ``column``."""
    width = max(c.box.x1 for c in cells) - min(c.box.x0 for c in cells)
    return cell.box.width >= 0.6 * width and cell.box.width > 1.5 * column.box.width


def _label_in_row(cell: Cell, cells: list[Cell]) -> bool:
    y = cell.box.centre[1]
    return any(c is not cell and c.box.top < y < c.box.bottom and _bare_label(c.text) for c in cells)


def _bare_label(text: str) -> bool:
    """True when ``text`` is a label and nothing else."""
    name = label_of(text)
    return name is not None and not _after_label(text, name).strip()


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
    """Lines of the cells left of the Nomor/Tanggal labels and above Dasar Hukum (the unit's
    name beside the logo); else of the top-left cell without a label."""
    heads = [c for c in cells if label_of(c.text) in ("number", "made_on", "approval")]
    lists = [c for c in cells if label_of(c.text) in ("legal_basis", "qualifications")]
    if heads:
        left = min(c.box.x0 for c in heads)
        floor = min((c.box.top for c in lists), default=1e9)
        zone = [c for c in cells if c.box.x1 <= left + 2 and c.box.bottom <= floor + 2 and c.text.strip()
                and label_of(c.text) is None]
        lines = _unit_lines(sorted(zone, key=lambda c: (c.box.top, c.box.x0)))
        if lines:
            return lines
    top = min((c.box.top for c in cells), default=0.0)
    first_row = [c for c in cells if c.box.top - top < 3 and c.text.strip() and label_of(c.text) is None]
    for cell in sorted(first_row, key=lambda c: c.box.x0):
        lines = _unit_lines([cell])
        if lines:
            return lines
    return []


def _unit_lines(cells: list[Cell]) -> list[str]:
    """The letterhead's lines; a line ending in a comma or a word no name ends in ("DAN", "DI")
    was wrapped by the cell and goes on in the next."""
    lines: list[str] = []
    for line in (join_lines(line) for c in cells for line in c.text.splitlines()):
        if not line or _SKIP_UNIT.search(line):
            continue
        if lines and _GOES_ON.search(lines[-1]):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines
