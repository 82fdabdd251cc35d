"""The sheet (Lembar) edits: pure functions on the SOP's columns, labels, list styles, paper,
letterhead, logo and signature; a choice set back to its default is stored as the default."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from sopdesk.domain import editing_sheet as sheet
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import (
    HeadLine,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    SignatureMode,
    Weight,
)
from sopdesk.layout.flowchart import layout_flowchart


def _headers(sop: Sop) -> set[str]:
    return {" ".join(t.lines) for t in layout_flowchart(sop).pages[0].texts if t.role == "header"}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def sop(sample_sops: list[Sop]) -> Sop:
    """A sample printed with the standard sheet (the samples head their tables as their seeds)."""
    return replace(sample_sops[0], setup=SheetSetup())


def test_switches(sop: Sop) -> None:
    changed = sheet.set_switch(sheet.set_switch(sop, "remarks_column", False), "numbers_row", True)
    assert (changed.setup.remarks_column, changed.setup.numbers_row, changed.setup.total_row) == (False, True, True)
    assert sheet.set_switch(sheet.set_switch(changed, "remarks_column", True), "numbers_row", False) == sop
    with pytest.raises(ValueError):
        sheet.set_switch(sop, "logo", True)


def test_labels_empty_or_standard_is_the_standard(sop: Sop) -> None:
    changed = sheet.set_label(sheet.set_label(sop, "requirements", "Persyaratan"), "activity", "Aktivitas")
    assert changed.setup.labels == (("activity", "Aktivitas"), ("requirements", "Persyaratan"))
    assert changed.setup.label("activity") == "Aktivitas"
    assert sheet.set_label(changed, "activity", "Kegiatan").setup.labels == (("requirements", "Persyaratan"),)
    assert sheet.set_label(sheet.set_label(changed, "activity", ""), "requirements", "  ") == sop
    with pytest.raises(ValueError):
        sheet.set_label(sop, "nonsense", "X")


def test_keterangan_typed_is_kept_for_an_empty_column(sop: Sop) -> None:
    """Without a label an empty Keterangan is headed "Ket."; a sheet that heads it "Keterangan" anyway
    (Barito Kuala, Lamandau) keeps that label when it is typed, and an empty text restores "Ket."."""
    assert not any(s.remarks for s in sop.steps)
    typed = sheet.set_label(sop, "remarks", "Keterangan")
    assert typed.setup.labels == (("remarks", "Keterangan"),)
    assert "Keterangan" in _headers(typed) and "Ket." in _headers(sop)
    assert sheet.set_label(typed, "remarks", "") == sop


def test_list_styles(sop: Sop) -> None:
    changed = sheet.set_list_style(sop, "legal_basis", ListStyle.DASH)
    assert changed.setup.list_style("legal_basis") is ListStyle.DASH
    assert changed.setup.list_style("warning") is ListStyle.NUMBERED
    assert sheet.set_list_style(changed, "legal_basis", ListStyle.NUMBERED) == sop
    with pytest.raises(ValueError):
        sheet.set_list_style(sop, "title", ListStyle.PLAIN)


def test_paper_letterhead_logo(sop: Sop) -> None:
    paper = Paper(PaperSize.LETTER, Orientation.PORTRAIT)
    assert sheet.set_paper(sop, paper).setup.paper == paper
    assert sheet.set_paper(sheet.set_paper(sop, paper), None) == sop
    lines = (HeadLine("BAGIAN ORGANISASI", Weight.BOLD), HeadLine("Jl. A. Yani km 1", Weight.SMALL))
    assert sheet.set_letterhead(sop, lines).letterhead == lines
    logo = _png()
    assert sheet.set_logo(sop, logo).logo == logo
    assert sheet.set_logo(sheet.set_logo(sop, logo), b"") == sop
    with pytest.raises(ValueError):
        sheet.set_logo(sop, b"\xff\xd8 not a png")


def test_signature_keeps_qr_and_footnote_across_modes(sop: Sop) -> None:
    qr = _png()
    signed = sheet.set_signature_footnote(sheet.set_signature_qr(
        sheet.set_signature_mode(sop, SignatureMode.ELECTRONIC), qr), "Dokumen ini telah ditandatangani")
    assert (signed.signature.mode, signed.signature.qr, signed.signature.footnote) == (
        SignatureMode.ELECTRONIC, qr, "Dokumen ini telah ditandatangani")
    wet = sheet.set_signature_mode(signed, SignatureMode.WET)
    assert wet.signature.mode is SignatureMode.WET and wet.signature.qr == qr
    with pytest.raises(ValueError):
        sheet.set_signature_qr(sop, b"GIF89a")
