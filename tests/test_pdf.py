"""The PDF sheet: identity page, flowchart pages, every Kegiatan present, atomic writing."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from unittest import mock

import pytest
from pypdf import PdfReader

from sopdesk.domain.model import Sop
from sopdesk.io.files import atomic_write_bytes, safe_filename
from sopdesk.io.pdf import export_sheet, render_sheet
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.layout.paper import PAPERS, PaperName
from tests.generated import generated_sop


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def test_each_sample_sheet_holds_every_kegiatan_and_the_identity(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        data = render_sheet(sop)
        pages = _pdf_text(data)
        flat = _squash("".join(pages))
        assert _squash(sop.title) in flat
        for step in sop.steps:
            assert _squash(step.activity) in flat, f"{sop.id}: {step.activity[:40]!r} missing"
        assert "NomorSOP" in _squash(pages[0]) and "Disahkanoleh" in _squash(pages[0])
        for label in ("DasarHukum", "KualifikasiPelaksana", "Keterkaitan", "Peringatan"):
            assert label in flat
        layout = layout_flowchart(sop)
        assert len(pages) >= 1 + len(layout.pages)
        assert f"Halaman{len(pages)}dari{len(pages)}" in _squash(pages[-1])


@pytest.mark.parametrize("paper", list(PaperName))
def test_pages_are_landscape_in_the_chosen_paper(sample_by_id: dict[str, Sop], paper: PaperName) -> None:
    reader = PdfReader(io.BytesIO(render_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"], paper)))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(PAPERS[paper].width, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(PAPERS[paper].height, abs=0.5)


def test_user_text_is_escaped_not_interpreted(sample_by_id: dict[str, Sop]) -> None:
    import dataclasses

    sop = dataclasses.replace(sample_by_id["kalbar-penyusunan-lkj-biro"],
                              legal_basis=("<b>tebal</b> & <font size=40>besar</font>", "=1+1"),
                              title="Uji <para> & \"kutip\"")
    flat = _squash("".join(_pdf_text(render_sheet(sop))))
    assert _squash("<b>tebal</b> & <font size=40>besar</font>") in flat
    assert _squash('Uji <para> & "kutip"') in flat


def test_a_200_step_sop_prints_every_step() -> None:
    sop = generated_sop(200, 1)
    flat = _squash("".join(_pdf_text(render_sheet(sop))))
    for step in sop.steps:
        assert _squash(step.activity) in flat


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path, sample_by_id: dict[str, Sop]) -> None:
    target = tmp_path / "sheet.pdf"
    with mock.patch("os.replace", side_effect=OSError(28, "No space left on device")), \
            pytest.raises(OSError, match="No space"):
        export_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"], target)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    class BoomError(Exception):
        pass

    with mock.patch("os.fsync", side_effect=BoomError), pytest.raises(BoomError):
        atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_an_unwritable_folder_is_an_oserror(tmp_path: Path, sample_by_id: dict[str, Sop]) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OSError):
            export_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"], tmp_path / "x.pdf")
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.parametrize(
    ("name", "safe"),
    [("SOP a/b: c?", "SOP a_b_ c_"), ("CON", "_CON"), ("nul.pdf", "_nul.pdf"), ("titik. ", "titik"),
     ("tab\there", "tab_here"), ("", "_")],
)
def test_file_names_are_windows_safe(name: str, safe: str) -> None:
    assert safe_filename(name) == safe
