"""Editing how the sheet is printed (format version 2, Lembar): columns, labels, list styles,
paper, letterhead (kop), logo and signature, as pure functions ``Sop -> Sop``.

Each function returns a new `Sop` (the model is immutable); a choice set back to its default is
stored as the default (an empty label is the standard one, a numbered list keeps no entry), so
undoing by hand gives the same value as before. Raises ``ValueError`` for a key or value the model
cannot hold. No Qt.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sopdesk.domain.model import Sop
from sopdesk.domain.office_identity import check_logo
from sopdesk.domain.sheet_setup import (
    LANE_COLUMN,
    LISTS,
    STANDARD_LABELS,
    TEXT_COLUMNS,
    HeadLine,
    IdentityPage,
    ListStyle,
    Paper,
    SignatureMode,
)

COLUMN_SWITCHES = ("requirements_column", "time_column", "output_column", "remarks_column", "numbers_row",
                   "total_row", "flowchart_heading", "signature_block", "terminator_labels")
"""The table's on/off choices: the Mutu Baku columns (Kelengkapan, Waktu, Output), the Keterangan
column, the column-number row, the Waktu total row, the heading over the flowchart pages, the
signature block under the last row, "Mulai"/"Selesai" in the terminators (where the identity
part prints is `set_identity_page`)."""


def set_switch(sop: Sop, name: str, on: bool) -> Sop:
    """Turn one of `COLUMN_SWITCHES` on or off."""
    if name not in COLUMN_SWITCHES:
        raise ValueError(f"{name!r} bukan pilihan kolom")
    changes: dict[str, Any] = {name: bool(on)}
    return replace(sop, setup=replace(sop.setup, **changes))


def set_numbered(sop: Sop, column: str, numbered: bool) -> Sop:
    """Give ``column`` a number in the column-number row or leave its cell blank; ``column`` is a
    key of `TEXT_COLUMNS` or ``lane:<lane id>`` of one of the SOP's lanes (ValueError otherwise)."""
    lanes = {LANE_COLUMN + lane.id for lane in sop.lanes}
    if column not in TEXT_COLUMNS and column not in lanes:
        raise ValueError(f"{column!r} bukan kolom tabel")
    blank = set(sop.setup.unnumbered) - {column}
    if not numbered:
        blank.add(column)
    return replace(sop, setup=replace(sop.setup, unnumbered=tuple(sorted(blank))))


def set_identity_heading(sop: Sop, text: str) -> Sop:
    """The line printed over the identity block ("" or blanks: none)."""
    return replace(sop, setup=replace(sop.setup, identity_heading=text if text.strip() else ""))


def label_choice(key: str, text: str) -> str | None:
    """The label ``text`` typed for ``key`` (a key of `STANDARD_LABELS`) chooses: ``text`` itself,
    or ``None`` for the standard label (an empty text or the standard label itself). "Keterangan"
    typed for ``remarks`` is kept: without a label an empty Keterangan is headed "Ket."
    (`sopdesk.layout.columns.remarks_header`), and Barito Kuala's and Lamandau's sheets head it in
    full. ``ValueError`` for another key."""
    if key not in STANDARD_LABELS:
        raise ValueError(f"{key!r} bukan label lembar")
    return text if text.strip() and (text != STANDARD_LABELS[key] or key == "remarks") else None


def set_label(sop: Sop, key: str, text: str) -> Sop:
    """Print ``text`` as the label of ``key`` (a key of `STANDARD_LABELS`: a column or an identity
    field); an empty text (or the standard label itself) restores the standard label
    (`label_choice`)."""
    chosen = label_choice(key, text)
    labels = dict(sop.setup.labels)
    labels.pop(key, None)
    if chosen is not None:
        labels[key] = chosen
    return replace(sop, setup=replace(sop.setup, labels=tuple(sorted(labels.items()))))


def set_list_style(sop: Sop, key: str, style: ListStyle) -> Sop:
    """Print identity list ``key`` (a name in `LISTS`) numbered, with "-" or without a mark."""
    if key not in LISTS:
        raise ValueError(f"{key!r} bukan daftar identitas")
    styles = dict(sop.setup.list_styles)
    styles.pop(key, None)
    if ListStyle(style) is not ListStyle.NUMBERED:
        styles[key] = ListStyle(style)
    return replace(sop, setup=replace(sop.setup, list_styles=tuple(sorted(styles.items()))))


def set_paper(sop: Sop, paper: Paper | None) -> Sop:
    """The SOP's own paper (size and orientation); None: chosen at print time."""
    return replace(sop, setup=replace(sop.setup, paper=paper))


def set_identity_page(sop: Sop, choice: IdentityPage) -> Sop:
    """Where the identity part prints (`IdentityPage`: its own page, with the flowchart under it,
    or not at all); raises ValueError for another value."""
    return replace(sop, setup=replace(sop.setup, identity_page=IdentityPage(choice)))


def set_letterhead(sop: Sop, lines: tuple[HeadLine, ...]) -> Sop:
    """The letterhead (kop) lines with their weight, top first (empty: the unit lines as today)."""
    return replace(sop, letterhead=tuple(HeadLine(str(line.text), line.weight) for line in lines))


def set_logo(sop: Sop, logo: bytes) -> Sop:
    """The agency's logo: PNG bytes as `sopdesk.io.logo.prepare_logo` gives them (b"": no logo);
    raises ValueError for anything else."""
    return replace(sop, logo=check_logo(logo))


def set_signature_mode(sop: Sop, mode: SignatureMode) -> Sop:
    """Wet (the Disahkan oleh block) or electronic (the QR and the footnote); the QR and the
    footnote are kept when switching, so switching back restores them."""
    return replace(sop, signature=replace(sop.signature, mode=SignatureMode(mode)))


def set_signature_qr(sop: Sop, qr: bytes) -> Sop:
    """The signing QR image (PNG bytes, checked like a logo; b"": none)."""
    return replace(sop, signature=replace(sop.signature, qr=check_logo(qr)))


def set_signature_footnote(sop: Sop, text: str) -> Sop:
    """The electronic signature's footnote, printed on every page."""
    return replace(sop, signature=replace(sop.signature, footnote=text))
