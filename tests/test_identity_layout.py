"""The identity page from the layout engine (issues 13 and 14): every field, label, list style,
letterhead weight, the logo and both signature modes laid out as `Page`s on every paper; long
fields continue over pages marked "(lanjutan)", headings stay with their first item, nothing
crosses the footer, and the quality checker finds nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import (
    HeadLine,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    Signature,
    SignatureMode,
    Weight,
)
from sopdesk.io.exchange import load_sop_file
from sopdesk.layout.bands import Area, Band, Line, flow
from sopdesk.layout.fonts import BIDI_CONTROLS, TextStyle
from sopdesk.layout.geometry import HEADING, Page
from sopdesk.layout.identity import CONTINUED, KOP, KOP_SMALL, KopTable, kop_style
from sopdesk.layout.paper import PAPERS, PaperName
from sopdesk.layout.quality import check_quality
from sopdesk.layout.sheet import SheetLayout, layout_identity, layout_sheet
from tests.test_long_text import long_text
from tests.test_v2_print import _png, _qr

V2 = sorted((Path(__file__).parent / "fixtures" / "v2").glob("*.json"))


def _footer_top(sheet: SheetLayout) -> float:
    return sheet.paper.height - sheet.paper.margin - 14.0


def _issues(sop: Sop, paper: PaperName = PaperName.A4) -> list[str]:
    sheet = layout_sheet(sop, paper)
    return [f"{i.kind} p{i.page}: {i.message}" for i in check_quality(sheet.identity, _footer_top(sheet))]


def _lines(pages: list[Page], role: str | None = None) -> list[str]:
    return [line for p in pages for t in p.texts if role is None or t.role == role for line in t.lines]


def _words(pages: list[Page]) -> list[str]:
    return " ".join(_lines(pages)).split()


def _assert_in_order(text: str, pages: list[Page]) -> None:
    words, last = _words(pages), -1
    for word in text.split():
        last = words.index(word, last + 1)


@pytest.mark.parametrize("paper", list(PaperName))
def test_every_sample_identity_page_passes_the_checker(sample_sops: list[Sop], paper: PaperName) -> None:
    for sop in sample_sops:
        assert _issues(sop, paper) == [], sop.id
        pages = layout_identity(sop, paper)
        assert sop.title in " ".join(_lines(pages, "id_title"))
        assert {"Nomor SOP", "Disahkan oleh", "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan",
                "Peringatan"} <= set(_lines(pages))


@pytest.mark.parametrize("path", V2, ids=[p.stem for p in V2])
def test_the_v2_fixtures_identity_pages_pass_the_checker(path: Path) -> None:
    sop = load_sop_file(path)
    assert _issues(sop) == []
    pages = layout_identity(sop)
    assert all((p.width, p.height) == (pages[0].width, pages[0].height) for p in pages)
    if sop.logo:
        assert [i.role for i in pages[0].images] == ["logo"]


def test_the_sheet_numbers_identity_and_flowchart_pages_together(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    sheet = layout_sheet(sop)
    total = len(sheet.pages)
    assert len(sheet.identity) == 2 and total == 2 + len(sheet.flowchart.pages)
    assert [_lines([p], "footer") for p in sheet.pages] == [[f"Halaman {k} dari {total}"] for k in range(1, total + 1)]
    code = _lines(sheet.identity[:1], "footer_code")
    assert code and code == _lines(sheet.flowchart.pages[:1], "footer_code")
    assert layout_sheet(sop, first_page=5, total=40).pages[0].texts[-2].lines == ("Halaman 5 dari 40",)


def test_a_heading_stays_with_its_first_item(sample_by_id: dict[str, Sop]) -> None:
    """Lamandau: the "Definisi" heading used to end page 1 with its four items alone on page 2."""
    pages = layout_identity(sample_by_id["lamandau-pengisian-e-sakip"])
    where = {role: p.number for p in pages for t in p.texts for role in [" ".join(t.lines)]}
    assert where["Definisi"] == where["1. Sekda adalah Sekretaris Daerah Kabupaten Lamandau;"]


def test_the_checker_finds_a_heading_alone_at_the_foot_of_a_page() -> None:
    style = TextStyle(size=8.5, leading=10.5)
    area = Area(400, 200, 10, 190)
    lone = Page(1, 400, 200)
    Band([(10, 380)], [[Line("Definisi", style, HEADING)]], boxed=False).draw(lone, 150)
    assert [i.kind for i in check_quality([lone], 190)] == ["lone-heading"]
    body = [Band([(10, 380)], [[Line(f"baris {k}", style, "text") for k in range(15)]])]
    heading = Band([(10, 380)], [[Line("Definisi", style, HEADING)]], keep_with_next=True)
    items = Band([(10, 380)], [[Line("1. Sekda", style, "definitions.0")]])
    pages = flow([*body, heading, items], area)
    assert len(pages) == 2 and check_quality(pages, 190) == []
    assert _lines(pages[1:])[:2] == ["Definisi", "1. Sekda"]
    stranded = flow([*body, dataclasses.replace(heading, keep_with_next=False), items], area)
    assert [(i.kind, i.page) for i in check_quality(stranded, 190)] == [("lone-heading", 1)]


def test_long_fields_continue_over_pages_marked_lanjutan(sample_by_id: dict[str, Sop]) -> None:
    text = long_text(20_000)
    sop = dataclasses.replace(sample_by_id["lamandau-pengisian-e-sakip"], legal_basis=(text, "UU 1/2020"),
                              summary=long_text(12_000))  # longer than a page
    for paper in PaperName:
        pages = layout_identity(sop, paper)
        assert len(pages) >= 4
        assert _issues(sop, paper) == []
        _assert_in_order(text, pages)
        _assert_in_order(sop.summary, pages)
        again = [p.number for p in pages if f"Dasar Hukum {CONTINUED}" in _lines([p], HEADING)]
        assert again and again[0] == 2 and again == list(range(2, again[-1] + 1))
        assert all(_lines([pages[k - 1]], HEADING)[:2] == [f"Dasar Hukum {CONTINUED}", "Kualifikasi Pelaksana"]
                   for k in again)  # only the column that goes on is marked
        assert any(f"Penjelasan Singkat {CONTINUED}" in _lines([p], HEADING) for p in pages)


@pytest.mark.parametrize("field", ["title", "number"])
def test_a_40000_character_field_prints_whole_with_the_kop_above(sample_by_id: dict[str, Sop], field: str) -> None:
    sop = dataclasses.replace(sample_by_id["kalbar-penyusunan-lkj-biro"], **{field: long_text(40_000)})
    pages = layout_identity(sop)
    assert len(pages) > 2 and _issues(sop) == []
    _assert_in_order(getattr(sop, field), pages)
    label = "Nama SOP" if field == "title" else "Nomor SOP"
    assert f"{label} {CONTINUED}" in " ".join(_lines(pages[1:2], "id_label"))
    kop = next(t for t in pages[0].texts if t.role == "kop")
    assert kop.rect.bottom < min(t.rect.y for t in pages[0].texts if t.role == "id_label")  # the kop above


def test_bidi_controls_are_not_drawn_and_each_character_is_measured_in_its_font(sample_by_id: dict[str, Sop]) -> None:
    sop = dataclasses.replace(sample_by_id["kalbar-penyusunan-lkj-biro"],
                              legal_basis=("Dasar \u202bhukum\u202c بسم الله ✔",), title="Uji \u202eterbalik\u202c")
    assert _issues(sop) == []
    drawn = "".join(_lines(layout_identity(sop)))
    assert "hukum" in drawn and "بسم" in drawn and "✔" in drawn and "terbalik" in drawn
    assert not set(drawn) & {chr(c) for c in BIDI_CONTROLS}


def test_labels_list_styles_letterhead_weights_and_logo(sample_by_id: dict[str, Sop]) -> None:
    sop = dataclasses.replace(
        sample_by_id["kalbar-penyusunan-lkj-biro"],
        setup=SheetSetup(labels=(("title", "Judul SOP"), ("qualifications", "Kualitas Pelaksana")),
                         list_styles=(("legal_basis", ListStyle.DASH), ("equipment", ListStyle.PLAIN))),
        letterhead=(HeadLine("BADAN CONTOH", Weight.BOLD), HeadLine("BAGIAN UMUM", Weight.REGULAR),
                    HeadLine("Jl. Contoh No. 1, Telp 123", Weight.SMALL)),
        logo=_png())
    page = layout_identity(sop)[0]
    texts = _lines([page])
    assert "Judul SOP" in texts and "Nama SOP" not in texts and "Kualitas Pelaksana" in texts
    assert " ".join(_lines([page], "legal_basis.0")).startswith(f"- {sop.legal_basis[0][:30]}")
    assert _lines([page], "equipment.0") == [sop.equipment[0]]
    assert _lines([page], "qualifications.0")[0].startswith("1. ")
    kop = {t.lines[0]: t.style for t in page.texts if t.role == "kop"}
    assert kop["BADAN CONTOH"] == KOP and not kop["BAGIAN UMUM"].bold and kop["BAGIAN UMUM"].size == KOP.size
    assert kop["Jl. Contoh No. 1, Telp 123"] == KOP_SMALL
    logo = next(i for i in page.images if i.role == "logo")
    first_kop = min(t.rect.y for t in page.texts if t.role == "kop")
    assert logo.rect.bottom <= first_kop and logo.rect.w == pytest.approx(logo.rect.h * 1.5)
    assert _issues(sop) == []


def test_a_kop_without_weights_prints_address_lines_small() -> None:
    for line in ("PEMERINTAH KABUPATEN BALANGAN", "PEMERINTAH KABUPATEN LAMANDAU", "DINAS KOMUNIKASI DAN INFORMATIKA"):
        assert kop_style(line) == KOP, line
    for line in ("Jalan A. Yani No. 5 Paringin", "Jl. Jend. Sudirman", "Telp. (0526) 123", "Kode Pos 71618",
                 "e-mail: org@balangankab.go.id", "Website: www.balangankab.go.id", "Laman: balangankab.go.id",
                 "Telepon (0526) 2028060", "https://ppid.sumutprov.go.id"):
        assert kop_style(line) == KOP_SMALL, line


def test_the_electronic_signature_qr_and_footnote(sample_by_id: dict[str, Sop]) -> None:
    note = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik BSrE."
    wet = sample_by_id["kalbar-penyusunan-lkj-biro"]
    sop = dataclasses.replace(wet, signature=Signature(SignatureMode.ELECTRONIC, _qr(), note))
    page = layout_identity(sop)[0]
    qr = next(i for i in page.images if i.role == "signing_qr")
    position = next(t for t in page.texts if t.role == "id_approval")
    name = next(t for t in page.texts if t.role == "id_approval_name")
    assert position.rect.bottom <= qr.rect.y and qr.rect.bottom <= name.rect.y
    assert _lines([page], "signature_note") == [note]
    note_top = min(t.rect.y for t in page.texts if t.role == "signature_note")
    body = [t for t in page.texts if t.role not in ("signature_note", "footer", "footer_code")]
    assert all(t.rect.bottom <= note_top for t in body)
    assert not layout_identity(wet)[0].images and not _lines(layout_identity(wet), "signature_note")
    bad = dataclasses.replace(sop, signature=Signature(SignatureMode.ELECTRONIC, b"\x89PNG\r\n\x1a\nrusak", note))
    assert not layout_identity(bad)[0].images


@pytest.mark.parametrize("size", list(PaperSize))
@pytest.mark.parametrize("orientation", list(Orientation))
def test_the_sop_s_own_paper(sample_by_id: dict[str, Sop], size: PaperSize, orientation: Orientation) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    sop = dataclasses.replace(sop, setup=SheetSetup(paper=Paper(size, orientation)))
    sheet = layout_sheet(sop)
    assert {(p.width, p.height) for p in sheet.pages} == {(sheet.paper.width, sheet.paper.height)}
    assert (sheet.paper.width > sheet.paper.height) is (orientation is Orientation.LANDSCAPE)
    assert _issues(sop) == []


def test_the_kop_table_is_never_broken_and_the_kop_is_centred(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["balangan-pengukuran-kinerja"]
    page = layout_identity(sop)[0]
    table = next(c for c in page.cells if c.rect.x == PAPERS[PaperName.A4].margin)
    kop = [t for t in page.texts if t.role == "kop"]
    middle = (min(t.rect.y for t in kop) + max(t.rect.bottom for t in kop)) / 2
    assert middle == pytest.approx(table.rect.cy, abs=4.0)
    assert KopTable.split(None, 10.0, True) is None  # type: ignore[arg-type]


def test_a_40000_character_list_item_is_whole_in_the_pdf_s_text(sample_by_id: dict[str, Sop]) -> None:
    from sopdesk.io.pdf import render_sheet
    from tests.test_long_text import assert_printed_whole

    text = long_text(40_000)
    sop = dataclasses.replace(sample_by_id["baritokuala-pengaduan-kode-etik"], warning=("Peringatan pertama", text))
    assert _issues(sop) == []
    assert_printed_whole(text, render_sheet(sop))


def test_the_checker_finds_text_on_text_and_on_an_image_on_an_identity_page() -> None:
    from sopdesk.layout.geometry import Align, ImageBox, Rect, text_block

    style = TextStyle(size=8.5, leading=10.5)
    page = Page(1, 400, 200)
    page.texts += [text_block(Rect(10, 10, 200, 11), ["Nomor SOP"], style, Align.LEFT, "id_label"),
                   text_block(Rect(12, 12, 200, 11), ["065 / 1"], style, Align.LEFT, "id_sop_number")]
    page.images.append(ImageBox(Rect(10, 40, 50, 50), _png(), "logo"))
    page.texts.append(text_block(Rect(20, 60, 100, 11), ["KOP"], style, Align.LEFT, "kop"))
    kinds = [(i.kind, i.message) for i in check_quality([page])]
    assert ("overlap", "'Nomor SOP' on '065 / 1'") in kinds and ("overlap", "'KOP' on the logo") in kinds
