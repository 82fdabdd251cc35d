"""No text is ever lost: long Kegiatan, titles and identity fields print whole, over pages,
and nothing draws over the footer (issue 13)."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from sopdesk.domain.model import Sop
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.flowchart import CONTINUED, FOOTER_H, layout_flowchart
from sopdesk.layout.fonts import BIDI_CONTROLS, BOLD, REGULAR, font_runs, run_width, text_width
from sopdesk.layout.paper import PaperName


def long_text(chars: int) -> str:
    """Words that are all different ("kinerja17"), so finding each in order proves that every
    character printed."""
    words = ("menyusun", "laporan", "kinerja", "instansi", "pemerintah", "berdasarkan", "capaian")
    out, k = [], 0
    while sum(len(w) + 1 for w in out) < chars:
        out.append(f"{words[k % len(words)]}{k}")
        k += 1
    return " ".join(out)[:chars].rsplit(" ", 1)[0]


def _pdf_words(data: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def assert_printed_whole(text: str, data: bytes) -> None:
    """Every word of ``text`` is in the PDF's extracted text, in order."""
    printed = re.findall(r"\S+", _pdf_words(data))
    last = -1
    for word in text.split():
        try:
            last = printed.index(word, last + 1)
        except ValueError:
            raise AssertionError(f"{word!r} is not printed (in order)") from None


def assert_footer_clear(sop: Sop, paper: PaperName) -> None:
    layout = layout_flowchart(sop, paper)
    for page in layout.pages:
        footer_top = page.height - layout.paper.margin - FOOTER_H
        for block in page.texts:
            if block.role.startswith("footer"):
                continue
            assert block.rect.bottom <= footer_top + 0.01, f"page {page.number}: {block.role} over the footer"
            assert all(b <= footer_top for b in block.baselines)
        for cell in page.cells:
            assert cell.rect.bottom <= footer_top + 0.01, f"page {page.number}: a cell over the footer"


@pytest.mark.parametrize("chars", [1_000, 2_000, 5_000, 40_000])
def test_a_long_kegiatan_prints_whole(sample_by_id: dict[str, Sop], chars: int) -> None:
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    text = long_text(chars)
    steps = list(sop.steps)
    steps[2] = dataclasses.replace(steps[2], activity=text)
    sop = dataclasses.replace(sop, steps=tuple(steps))
    assert_printed_whole(text, render_sheet(sop))
    for paper in PaperName:
        assert_footer_clear(sop, paper)


def test_a_row_taller_than_a_page_continues_marked(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    steps = list(sop.steps)
    steps[2] = dataclasses.replace(steps[2], activity=long_text(5_000))
    layout = layout_flowchart(dataclasses.replace(sop, steps=tuple(steps)))
    marked = [p.number for p in layout.pages if any(t.role == "continued" for t in p.texts)]
    assert marked and marked == list(range(marked[0], marked[-1] + 1))
    assert layout.page_of_step(2) == marked[0] - 2  # the symbol stays with the row's start
    assert all(CONTINUED in t.lines for p in layout.pages for t in p.texts if t.role == "continued")
    assert [s for p in layout.pages for s in p.steps] == list(range(len(steps)))


def test_a_40000_character_title_prints_whole(sample_by_id: dict[str, Sop]) -> None:
    sop = dataclasses.replace(sample_by_id["kalbar-penyusunan-lkj-biro"], title=long_text(40_000))
    assert_printed_whole(sop.title, render_sheet(sop))
    for paper in PaperName:
        assert_footer_clear(sop, paper)
    heading = next(t for t in layout_flowchart(sop).pages[0].texts if t.role == "title")
    assert len(heading.lines) <= 4 and heading.lines[-2].endswith("\u2026")


def test_long_identity_fields_wrap_across_pages(sample_by_id: dict[str, Sop]) -> None:
    text = long_text(20_000)
    sop = dataclasses.replace(sample_by_id["lamandau-pengisian-e-sakip"], legal_basis=(text, "UU 1/2020"),
                              summary=long_text(6_000))
    data = render_sheet(sop)
    assert_printed_whole(text, data)
    assert_printed_whole(sop.summary, data)


MIXED = "Menerima surat \u202eterbalik\u202c \u2067isi\u2069\u200e السلام عليكم ✔ selesai"


def test_bidi_controls_are_not_drawn_and_missing_glyphs_come_from_a_fallback(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    steps = list(sop.steps)
    steps[1] = dataclasses.replace(steps[1], activity=MIXED)
    sop = dataclasses.replace(sop, steps=tuple(steps), legal_basis=("Dasar \u202bhukum\u202c بسم الله",))
    drawn = "".join(line for p in layout_flowchart(sop).pages for t in p.texts for line in t.lines)
    assert "terbalik" in drawn and not set(drawn) & {chr(c) for c in BIDI_CONTROLS}
    reader = PdfReader(io.BytesIO(render_sheet(sop)))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert not set(text) & {chr(c) for c in BIDI_CONTROLS}
    assert set("السلامعليكم") <= set(text) and "✔" in text
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert {"NotoSansArabic-Regular", "NotoSansSymbols2-Regular", "LiberationSans"} <= fonts


def test_runs_measure_each_character_in_the_font_that_has_it() -> None:
    assert font_runs("Rapat", REGULAR) == (("Rapat", REGULAR),)
    assert font_runs("Rapat عليكم", BOLD) == (("Rapat ", BOLD), ("عليكم", "NotoSansArabic-Bold"))
    assert text_width("عليكم", REGULAR, 7.5) == pytest.approx(run_width("عليكم", "NotoSansArabic", 7.5))
    assert text_width("عليكم", REGULAR, 7.5) != pytest.approx(run_width("عليكم", REGULAR, 7.5))


@pytest.mark.parametrize("field", ["position", "name", "rank"])
def test_an_over_long_signature_field_stays_in_its_page(sample_by_id: dict[str, Sop], field: str) -> None:
    """The signature under the flowchart shows at most four lines of each field (the whole
    approval prints on the identity page); the sheet still ends, nothing crosses the footer."""
    from sopdesk.layout.quality import check_quality

    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    text = long_text(3_000)
    sop = dataclasses.replace(sop, approval=dataclasses.replace(sop.approval, **{field: text}))
    layout = layout_flowchart(sop)
    assert check_quality(layout.pages, layout.paper.height - layout.paper.margin - FOOTER_H) == []
    assert_printed_whole(text, render_sheet(sop))


def test_an_over_long_lane_name_is_cut_in_its_header(sample_by_id: dict[str, Sop]) -> None:
    from sopdesk.layout.quality import check_quality

    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    sop = dataclasses.replace(sop, lanes=(dataclasses.replace(sop.lanes[0], name=long_text(3_000)), *sop.lanes[1:]))
    layout = layout_flowchart(sop)
    assert check_quality(layout.pages, layout.paper.height - layout.paper.margin - FOOTER_H) == []
    assert len(layout.pages) == 1
