"""Lay out the identity part (Bagian Identitas) of an SOP as pages, with the flowchart's fonts and
metrics, for both painters (ARCHITECTURE.md, "one layout, two painters"). No Qt.

Permenpan RB 35/2012: the letterhead (kop: the logo, the government's and the unit's names, the
address) beside the identity fields (Nomor SOP, Tanggal Pembuatan/Revisi/Efektif, Disahkan oleh
with room to sign or the signing QR of an electronic signature, Nama SOP), then the grid Dasar
Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan, Peringatan | Pencatatan dan
Pendataan, then the Penjelasan Singkat, Tujuan and Definisi an SOP may have. Labels are the SOP's
own (``SheetSetup.label``), lists in their style (``SheetSetup.list_style``).

Every text prints whole: a field too long for a page continues on the next (`sopdesk.layout.bands`;
a grid list under its heading marked "(lanjutan)"); when the fields beside the kop are taller than a
page, the kop stands above them and they break between lines. Text roles: ``kop``, ``id_label``,
``id_heading``, ``id_`` and the field's key for a value (``id_sop_number``, ``id_title``, ``id_approval``,
``id_approval_name``, …), and ``<list>.<k>`` for item ``k`` (0-based) of an identity list
(``related_sops.0``; an empty list prints ``-`` as ``<list>``). All sizes points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopdesk.domain.dates import format_date_id
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import ListStyle, Weight
from sopdesk.layout.bands import INSET, PAD, Area, Band, Item, Picture, Unit, content_height, draw_items, flow, lines
from sopdesk.layout.fonts import TextStyle
from sopdesk.layout.geometry import HEADING, TEXT_INSET, Align, Cell, Page, Rect
from sopdesk.layout.images import image_size
from sopdesk.layout.paper import Paper
from sopdesk.layout.signature import electronic

BODY = TextStyle(bold=False, size=8.5, leading=10.5)
STRONG = TextStyle(bold=True, size=8.5, leading=10.5)
KOP = TextStyle(bold=True, size=11.0, leading=14.0)
KOP_REGULAR = TextStyle(bold=False, size=11.0, leading=14.0)
KOP_SMALL = TextStyle(bold=False, size=8.0, leading=10.0)
KOP_STYLES = {Weight.BOLD: KOP, Weight.REGULAR: KOP_REGULAR, Weight.SMALL: KOP_SMALL}
LOGO_HEIGHT = 56.0  # about 20 mm, above the letterhead lines
SIGNING_QR = 52.0  # the signing QR in the Disahkan oleh cell
SIGN_ROOM = 44.0  # room for a wet signature and stamp
GAP = 8.0  # between the kop table, the grid and the paragraphs under it
CONTINUED = "(lanjutan)"
KOP_SHARE, LABEL_SHARE = 0.45, 0.17
GRID = (("legal_basis", "qualifications"), ("related_sops", "equipment"), ("warning", "records"))
_ADDRESS = re.compile(r"\b(jalan|jl|telp|telepon|tlp|fax|faks|kode pos|e-?mail|surel|website|laman)\b|www\.|https?:",
                      re.IGNORECASE)  # whole words: "Lamandau" is a name, not "laman" (a website)


def kop_style(line: str) -> TextStyle:
    """The letterhead's style for ``line`` of an SOP without weighted lines (``Sop.unit``): the
    names of the government and the unit large and bold, an address line (street, telephone, post
    code, e-mail, website) small and regular."""
    return KOP_SMALL if _ADDRESS.search(line) or "@" in line else KOP


def list_texts(values: list[str], style: ListStyle) -> list[str]:
    """The items of an identity list as printed: ``1. …`` (numbered; one item alone unnumbered
    unless ``NUMBERED_ALL``), ``- …`` (dash) or as written (plain)."""
    if style is ListStyle.DASH:
        return [f"- {v}" for v in values]
    if style is ListStyle.PLAIN or (len(values) == 1 and style is ListStyle.NUMBERED):
        return list(values)
    return [f"{k}. {v}" for k, v in enumerate(values, 1)]


def identity_pages(sop: Sop, paper: Paper, bottom: float) -> list[Page]:
    """The identity part of ``sop`` on pages of ``paper``, the content between the top margin and
    ``bottom`` (points from the top: above the footer and an electronic signature's footnote);
    pages numbered from 1, without footers. Raises nothing for any valid `Sop`."""
    width = paper.width - 2 * paper.margin
    area = Area(paper.width, paper.height, paper.margin, bottom)
    units: list[Unit | float] = [*_heading(sop, paper.margin, width), *_top(sop, paper.margin, width, area.room), GAP]
    units += _grid(sop, paper.margin, width)
    extras = _extras(sop, paper.margin, width)
    return flow([*units, GAP, *extras] if extras else units, area)


def _heading(sop: Sop, x: float, width: float) -> list[Unit | float]:
    """The line an office prints over the identity block (``SheetSetup.identity_heading``, e.g.
    sumut-ppid's "STANDAR OPERASIONAL PROSEDUR PELAYANAN …"), centred in the kop's type, unboxed."""
    text = sop.setup.identity_heading.strip()
    if not text:
        return []
    return [Band([(x, width)], [lines(text, width, KOP, "identity_heading", Align.CENTER)], boxed=False,
                 keep_with_next=True), GAP]


def _list(sop: Sop, key: str, width: float) -> list[Item]:
    values = list(getattr(sop, key))
    if not values:
        return lines("-", width, BODY, key)
    texts = list_texts(values, sop.setup.list_style(key))
    return [item for k, text in enumerate(texts) for item in lines(text, width, BODY, f"{key}.{k}")]


def _approval(sop: Sop, width: float) -> list[Item]:
    a = sop.approval
    items = lines(a.position or "-", width, BODY, "id_approval")
    qr = sop.signature.qr if electronic(sop) and image_size(sop.signature.qr) else b""
    room = Picture(qr, SIGNING_QR, SIGNING_QR, "signing_qr", centred=False) if qr else Picture(b"", 0.0, SIGN_ROOM)
    items.append(room)
    items += lines(a.name, width, STRONG, "id_approval_name") if a.name else []
    items += lines(a.rank, width, BODY, "id_approval_rank") if a.rank else []
    items += lines(f"NIP. {a.nip}", width, BODY, "id_approval_nip") if a.nip else []
    return items


def _fields(sop: Sop, width: float) -> list[tuple[str, list[Item]]]:
    """(label, value items) of the identity fields, the values ``width`` points wide."""
    label = sop.setup.label

    def value(key: str, text: str, style: TextStyle = BODY) -> tuple[str, list[Item]]:
        return label(key), lines(text, width, style, f"id_{key}")

    dates = [value(key, format_date_id(getattr(sop, key))) for key in ("made_on", "revised_on", "effective_on")]
    return [value("sop_number", sop.number or "-"), *dates, (label("approval"), _approval(sop, width)),
            value("title", sop.title, STRONG)]


def _kop(sop: Sop, width: float) -> list[Item]:
    """The logo (when it decodes) over the letterhead lines, each in its weight, centred."""
    head = [(line.text, KOP_STYLES[line.weight]) for line in sop.letterhead] if sop.letterhead \
        else [(line, kop_style(line)) for line in sop.unit]
    items: list[Item] = [item for text, style in head for item in lines(text, width, style, "kop", Align.CENTER)]
    size = image_size(sop.logo) if sop.logo else None
    if size is None:
        return items
    logo_w = min(LOGO_HEIGHT * size[0] / max(size[1], 1), width - 2 * PAD)
    return [Picture(sop.logo, logo_w, LOGO_HEIGHT, "logo"), Picture(b"", 0.0, 6.0), *items]


def _top(sop: Sop, x: float, width: float, room: float) -> list[Unit]:
    """The kop beside the identity fields, as the signed sheets have it (`KopTable`); when that is
    taller than a page, the kop above the fields, each field a band that may break over pages."""
    kop_w, label_w = width * KOP_SHARE, width * LABEL_SHARE
    value_w = width - kop_w - label_w
    beside = KopTable(x, (kop_w, label_w, value_w), _kop(sop, kop_w),
                      [(lines(text, label_w, STRONG, "id_label"), values) for text, values in _fields(sop, value_w)])
    if beside.height <= room:
        return [beside]
    kop = Band([(x, width)], [_kop(sop, width)])
    rows = [Band([(x, label_w), (x + label_w, width - label_w)],
                 [lines(text, label_w, STRONG, "id_label"), values],
                 continued=[lines(f"{text} {CONTINUED}", label_w, STRONG, "id_label"), []])
            for text, values in _fields(sop, width - label_w)]
    return [kop, *rows]


@dataclass(slots=True)
class KopTable:
    """The kop (its column spanning every row, content centred) beside the rows of label and
    value; never broken (`_top` uses it only when it fits a page). ``widths``: kop, label, value."""

    x: float
    widths: tuple[float, float, float]
    kop: list[Item]
    rows: list[tuple[list[Item], list[Item]]]
    keep_with_next: bool = False

    def _row_heights(self) -> list[float]:
        heights = [max(content_height(label), content_height(value)) + 2 * PAD for label, value in self.rows]
        heights[-1] += max(0.0, content_height(self.kop) + 2 * PAD - sum(heights))
        return heights

    @property
    def height(self) -> float:
        return sum(self._row_heights())

    def first_height(self) -> float:
        return self.height

    def split(self, room: float, forced: bool) -> None:
        return None

    def heading_over(self, tail: Band) -> None:
        return None

    def draw(self, page: Page, y: float) -> float:
        """Draw the table with its top at ``y``; return the y below it."""
        kop_w, label_w, value_w = self.widths
        height = self.height
        page.cells.append(Cell(Rect(self.x, y, kop_w, height)))
        draw_items(page, self.kop, self.x, y + (height - content_height(self.kop)) / 2, kop_w)
        for (label, value), h in zip(self.rows, self._row_heights(), strict=True):
            for x, w, items in ((self.x + kop_w, label_w, label), (self.x + kop_w + label_w, value_w, value)):
                page.cells.append(Cell(Rect(x, y, w, h)))
                draw_items(page, items, x, y + PAD, w)
            y += h
        return y


def _grid(sop: Sop, x: float, width: float) -> list[Unit]:
    """The grid of the identity lists: a shaded heading band over each pair of lists."""
    half = width / 2
    columns = [(x, half), (x + half, width - half)]
    label = sop.setup.label
    units: list[Unit] = []
    for pair in GRID:
        heading = Band(columns, [lines(label(k), half, STRONG, HEADING, Align.CENTER) for k in pair],
                       shaded=True, keep_with_next=True)
        again = Band(columns, [lines(f"{label(k)} {CONTINUED}", half, STRONG, HEADING, Align.CENTER)
                               for k in pair], shaded=True)
        plain = Band(columns, heading.cells, shaded=True)
        units += [heading, Band(columns, [_list(sop, k, half) for k in pair], repeat=again, plain=plain)]
    return units


EXTRAS = (("Penjelasan Singkat", "summary"), ("Tujuan", "purpose"), ("Definisi", "definitions"))


def _extras(sop: Sop, x: float, width: float) -> list[Unit | float]:
    """Penjelasan Singkat (as written), Tujuan and Definisi (in their list style), each under its
    heading, kept with its first item; unboxed, as the signed sheets print them."""
    x, width = x - INSET - TEXT_INSET, width + INSET + TEXT_INSET  # the text under the tables' left border
    units: list[Unit | float] = []
    for title, key in EXTRAS:
        values = ([sop.summary] if sop.summary else []) if key == "summary" else list(getattr(sop, key))
        if not values:
            continue
        style = ListStyle.PLAIN if key == "summary" else sop.setup.list_style(key)
        items = [i for k, text in enumerate(list_texts(values, style)) for i in lines(text, width, BODY, f"{key}.{k}")]
        heading = Band([(x, width)], [lines(title, width, STRONG, HEADING)], boxed=False, keep_with_next=True,
                       pad=1.0)
        again = Band([(x, width)], [lines(f"{title} {CONTINUED}", width, STRONG, HEADING)], boxed=False, pad=1.0)
        units += [heading, Band([(x, width)], [items], boxed=False, repeat=again, pad=1.0), 4.0]
    return units
