"""How an office prints its SOP sheet (format version 2): columns, labels, list styles, paper,
letterhead, signature. Plain frozen values; every default is what a version-1 SOP means, so a
version-1 SOP carries only defaults here (and its content hash is unchanged, see
`sopdesk.domain.canonical`). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records", "purpose",
         "definitions")


class ListStyle(StrEnum):
    """How an identity list is printed: ``1.``, ``-`` or without a mark."""

    NUMBERED = "numbered"
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

    ``remarks_column``: the Keterangan column is printed; ``numbers_row``: a row of column numbers
    1…n under the header; ``total_row``: the Waktu total row. ``labels`` are (key, text) pairs,
    sorted by key, overriding `STANDARD_LABELS`; ``list_styles`` are (list field, style) pairs,
    sorted, overriding `ListStyle.NUMBERED`; ``paper`` is ``None`` when chosen at print time;
    ``identity_page`` where the identity part prints (`IdentityPage`; left out of the canonical
    form at its default, so the content hash of an SOP that chose other setup values stays as it was).
    """

    remarks_column: bool = True
    numbers_row: bool = False
    total_row: bool = True
    labels: tuple[tuple[str, str], ...] = ()
    list_styles: tuple[tuple[str, ListStyle], ...] = ()
    paper: Paper | None = None
    identity_page: IdentityPage = field(default=IdentityPage.OWN, metadata={"since": 2})

    def label(self, key: str) -> str:
        """The label printed for ``key`` (a key of `STANDARD_LABELS`; ``KeyError`` otherwise)."""
        return dict(self.labels).get(key, STANDARD_LABELS[key])

    def list_style(self, key: str) -> ListStyle:
        """The style of identity list ``key`` (a name in `LISTS`)."""
        return dict(self.list_styles).get(key, ListStyle.NUMBERED)
