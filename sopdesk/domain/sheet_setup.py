"""How an office prints its SOP sheet (format version 2): columns, labels, list styles, paper,
letterhead, signature. Plain frozen values; every default is what a version-1 SOP means, so a
version-1 SOP carries only defaults here (and its content hash is unchanged, see
`sopdesk.domain.canonical`). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

# the column and field labels an SOP may rename (key -> the standard label, Permenpan RB 35/2012)
STANDARD_LABELS: dict[str, str] = {
    # the flowchart table's header ("step_number" is the No column)
    "step_number": "No", "activity": "Kegiatan", "lanes": "Pelaksana", "quality": "Mutu Baku",
    "requirements": "Kelengkapan", "standard_time": "Waktu", "output": "Output", "remarks": "Keterangan",
    # the identity part
    "sop_number": "Nomor SOP", "title": "Nama SOP", "made_on": "Tanggal Pembuatan", "revised_on": "Tanggal Revisi",
    "effective_on": "Tanggal Efektif", "approval": "Disahkan oleh", "legal_basis": "Dasar Hukum",
    "qualifications": "Kualifikasi Pelaksana", "related_sops": "Keterkaitan", "equipment": "Peralatan/Perlengkapan",
    "warning": "Peringatan", "records": "Pencatatan dan Pendataan",
}
# variants real sheets print (issue 14), offered by the editor; any other text is allowed too
LABEL_VARIANTS: dict[str, tuple[str, ...]] = {
    "activity": ("Aktivitas", "Uraian Kegiatan"),
    "lanes": ("Pejabat yang bertanggung jawab", "Pelaksana Kegiatan"),
    "requirements": ("Persyaratan/Perlengkapan", "Persyaratan", "Kelengkapan"),
    "title": ("Judul SOP",),
    "qualifications": ("Kualitas Pelaksana",),
    "step_number": ("No.", "NO"),
    "quality": ("Pendukung",),
    "sop_number": ("No SOP",),
    "made_on": ("TGL. PEMBUATAN",),
}
# the table's text columns (keys as `Step` fields, "number" the No column) and their on/off choice
TEXT_COLUMNS = ("number", "activity", "requirements", "standard_time", "output", "remarks")
COLUMN_OF = {"requirements": "requirements_column", "standard_time": "time_column", "output": "output_column",
             "remarks": "remarks_column"}
LANE_COLUMN = "lane:"
"""The prefix of a lane's key in ``SheetSetup.unnumbered`` (``lane:<lane id>``)."""
LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records", "purpose",
         "definitions")


class ListStyle(StrEnum):
    """How an identity list is printed: ``1.`` (one item alone without a number, as the samples
    print it), ``1.`` even for one item (kemenkumham-kode-etik's single Keterkaitan), ``-`` or
    without a mark."""

    NUMBERED = "numbered"
    NUMBERED_ALL = "numbered_all"
    DASH = "dash"
    PLAIN = "plain"


class PaperSize(StrEnum):
    """Paper of a sheet: A4, F4 (folio, 215 x 330 mm), US Letter, US Legal."""

    A4 = "A4"
    F4 = "F4"
    LETTER = "Letter"
    LEGAL = "Legal"


class Orientation(StrEnum):
    """Landscape (the SOP AP's usual sheet) or portrait."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


class Weight(StrEnum):
    """The weight of a letterhead (kop) line: the unit name bold, the address small."""

    BOLD = "bold"
    REGULAR = "regular"
    SMALL = "small"


# field metadata: a choice added after the first version-2 setup; left out of the canonical form at
# its default, so an SOP's content hash does not change when such a choice is added
_LATER = MappingProxyType({"since": 2})


class IdentityPage(StrEnum):
    """Where the identity part prints: on its own page(s) (``OWN``); with the flowchart beginning on
    its last page, under the identity table, when the table's header and a first row fit there
    (``WITH_FLOWCHART``, as the Kemenkumham Banten book prints it); or not at all (``NONE``, as
    Basarnas' workbook has none)."""

    OWN = "own"
    WITH_FLOWCHART = "with_flowchart"
    NONE = "none"


class SignatureMode(StrEnum):
    """Wet signature (the Disahkan oleh block) or electronic (BSrE: a QR and a footnote)."""

    WET = "wet"
    ELECTRONIC = "electronic"


@dataclass(frozen=True, slots=True)
class Paper:
    """The sheet's paper as the SOP asks for it."""

    size: PaperSize = PaperSize.A4
    orientation: Orientation = Orientation.LANDSCAPE


@dataclass(frozen=True, slots=True)
class HeadLine:
    """One letterhead (kop) line with its weight."""

    text: str
    weight: Weight = Weight.REGULAR


@dataclass(frozen=True, slots=True)
class Signature:
    """How the SOP is signed. ``qr`` holds the signing QR image (PNG/JPEG bytes) and ``footnote``
    the text printed on every page ("Dokumen ini telah ditandatangani secara elektronik …"); both
    only for ``ELECTRONIC``."""

    mode: SignatureMode = SignatureMode.WET
    qr: bytes = b""
    footnote: str = ""


@dataclass(frozen=True, slots=True)
class SheetSetup:
    """The SOP's own choices for its flowchart table and identity part.

    ``remarks_column``: the Keterangan column is printed; ``requirements_column``,
    ``time_column``, ``output_column``: the Mutu Baku columns Kelengkapan, Waktu and Output are
    printed (a sheet may cut the Mutu Baku down to Waktu alone; with none the block is gone);
    ``numbers_row``: a row of column numbers under the header, ``unnumbered`` the columns whose
    number cell is left blank (`TEXT_COLUMNS` keys or ``lane:<lane id>``, sorted; the numbers
    count the numbered columns only: 1…n); ``total_row``: the Waktu total row (never printed
    without the Waktu column); ``flowchart_heading``: the SOP's name and number over every
    flowchart page; ``signature_block``: the signature block under the last row (most signed
    sheets sign on the identity page only); ``identity_heading``: a line printed over the
    identity block ("STANDAR OPERASIONAL PROSEDUR …"; empty: none); ``terminator_labels``: a start or
    end terminator without its own text says "Mulai" / "Selesai" (off: blank, as bps-pringsewu
    draws them). ``labels`` are (key, text) pairs,
    sorted by key, overriding `STANDARD_LABELS`; ``list_styles`` are (list field, style) pairs,
    sorted, overriding `ListStyle.NUMBERED`; ``paper`` is ``None`` when chosen at print time;
    ``identity_page`` where the identity part prints (`IdentityPage`). Every choice after the first
    three is left out of the canonical form at its default (``_LATER``), so the content hash of an
    SOP that chose other setup values stays as it was.
    """

    remarks_column: bool = True
    numbers_row: bool = False
    total_row: bool = True
    labels: tuple[tuple[str, str], ...] = ()
    list_styles: tuple[tuple[str, ListStyle], ...] = ()
    paper: Paper | None = None
    requirements_column: bool = field(default=True, metadata=_LATER)
    time_column: bool = field(default=True, metadata=_LATER)
    output_column: bool = field(default=True, metadata=_LATER)
    unnumbered: tuple[str, ...] = field(default=(), metadata=_LATER)
    flowchart_heading: bool = field(default=True, metadata=_LATER)
    signature_block: bool = field(default=True, metadata=_LATER)
    identity_heading: str = field(default="", metadata=_LATER)
    terminator_labels: bool = field(default=True, metadata=_LATER)
    identity_page: IdentityPage = field(default=IdentityPage.OWN, metadata=_LATER)

    def label(self, key: str) -> str:
        """The label printed for ``key`` (a key of `STANDARD_LABELS`; ``KeyError`` otherwise)."""
        return dict(self.labels).get(key, STANDARD_LABELS[key])

    def prints(self, column: str) -> bool:
        """Whether the table prints text column ``column`` (a `TEXT_COLUMNS` key)."""
        switch = COLUMN_OF.get(column)
        return getattr(self, switch) if switch else True

    def list_style(self, key: str) -> ListStyle:
        """The style of identity list ``key`` (a name in `LISTS`)."""
        return dict(self.list_styles).get(key, ListStyle.NUMBERED)
