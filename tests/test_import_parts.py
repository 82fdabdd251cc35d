"""A flowchart numbering its rows from 1 again (issues 14/15): the next part of the same SOP or a new
SOP (`sopdesk.io.importers.parts`), on hand-made pages and on sopdesk's own printed sheet."""

from __future__ import annotations

from pathlib import Path

from sopdesk.domain.model import Part, Sop
from sopdesk.io.exchange import load_sop_dir, sop_from_dict, sop_to_dict
from sopdesk.io.importers.grid import Box, Cell, Document, Page, Shape, Table, Word
from sopdesk.io.importers.parts import PartStart, part_rows
from sopdesk.io.importers.recognise import recognise
from sopdesk.io.importers.report import Draft
from sopdesk.io.importers.run import read_drafts
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.paper import PaperName
from sopdesk.resources import sample_data_dir
from tests.generated import two_parts

TOP = 100.0  # the flowchart table's top on every hand-made page


def _words(text: str, x0: float, bottom: float) -> list[Word]:
    """``text`` printed as one line from ``x0``, its words 8 points high ending at ``bottom``."""
    out, x = [], x0
    for word in text.split():
        out.append(Word(word, Box(x, bottom - 8, x + 6 * len(word), bottom)))
        x += 6 * len(word) + 4
    return out


def _page(number: int, lanes: list[str], numbers: list[str], above: list[Word] = (), title_row: str = "") -> Page:
    """A page holding one flowchart table at `TOP` (a row of ``title_row`` over its header when
    given, as a workbook's sheet has), a process box per row in lane ``row % lanes``, ``above`` it."""
    head = TOP + (30 if title_row else 0)
    right = 120 + 60 * len(lanes)
    cells = [Cell(Box(0, TOP, right, head), title_row)] if title_row else []
    cells += [Cell(Box(0, head, 20, head + 20), "No"), Cell(Box(20, head, 120, head + 20), "Kegiatan")]
    cells += [Cell(Box(120 + 60 * k, head, 180 + 60 * k, head + 20), name) for k, name in enumerate(lanes)]
    shapes = []
    for i, no in enumerate(numbers):
        top = head + 20 + 40 * i
        cells += [Cell(Box(0, top, 20, top + 40), no), Cell(Box(20, top, 120, top + 40), f"Kegiatan {number}.{no}")]
        cells += [Cell(Box(120 + 60 * k, top, 180 + 60 * k, top + 40), "") for k in range(len(lanes))]
        x = 130 + 60 * (i % len(lanes))
        shapes.append(Shape("process", Box(x, top + 10, x + 40, top + 30)))
    words = [w for c in cells if c.text for w in _words(c.text, c.box.x0 + 1, c.box.top + 10)]
    table = Table(Box(0, TOP, right, head + 20 + 40 * len(numbers)), tuple(cells))
    return Page(number, 600, 800, tables=[table], words=[*words, *above], shapes=shapes)


def _caption(text: str) -> list[Word]:
    """A part's caption as sopdesk prints it: at the table's left edge, ending 6 points over it."""
    return _words(text, 2, TOP - 6)


def _heading(text: str) -> list[Word]:
    """A heading centred over the page, well above the table."""
    return _words(text, 250, TOP - 40)


def _read(*pages: Page) -> list[Draft]:
    return recognise(Document("bagian.pdf", list(pages)))


def _printed(sop: Sop) -> list[str]:
    return [sop.step_number(i) for i in range(len(sop.steps))]


def test_a_numbering_from_1_again_under_a_caption_is_the_next_part_of_the_same_sop() -> None:
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["1", "2"], _caption("BAGIAN PERTAMA")),
                     _page(2, ["Staf", "Sekretaris", "Kepala"], ["1", "2", "4"], _caption("BAGIAN KEDUA")))
    sop = draft.sop
    assert sop.parts == (Part("BAGIAN PERTAMA", ("staf", "kepala"), 2),
                         Part("BAGIAN KEDUA", ("staf", "sekretaris", "kepala"), 3))
    assert [s.number for s in sop.steps] == ["", "", "1", "2", "4"]  # signed where not the position
    assert _printed(sop) == ["1", "2", "1", "2", "4"]
    assert [s.lanes for s in sop.steps] == [("staf",), ("kepala",), ("staf",), ("sekretaris",), ("kepala",)]
    assert [f.text() for f in draft.findings if f.subject.startswith("bagian")] == [
        "bagian alir 2: terbaca — langkah 3-5 dari 5, penomoran mulai dari 1 lagi"]
    assert sop_from_dict(sop_to_dict(sop)) == sop  # a valid version-2 SOP


def test_the_sops_own_running_heading_over_a_part_is_no_new_sop() -> None:
    running = _heading("PELAYANAN SURAT Nomor: 12/2024")
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["1", "2"], running + _caption("BAGIAN PERTAMA")),
                     _page(2, ["Staf", "Kepala"], ["1", "2"], running + _caption("BAGIAN KEDUA")))
    assert [p.caption for p in draft.sop.parts] == ["BAGIAN PERTAMA", "BAGIAN KEDUA"]


def test_a_new_heading_over_the_restart_is_a_new_sop_even_under_a_caption() -> None:
    drafts = _read(_page(1, ["Staf", "Kepala"], ["1", "2"], _heading("PELAYANAN SURAT")),
                   _page(2, ["Staf", "Kepala"], ["1", "2"], _heading("PELAYANAN ARSIP") + _caption("BAGIAN")))
    assert [(d.sop.title, len(d.sop.steps), d.sop.parts) for d in drafts] == [
        ("PELAYANAN SURAT", 2, ()), ("PELAYANAN ARSIP", 2, ())]


def test_a_sheets_own_title_row_over_the_restart_is_a_new_sop() -> None:
    """Basarnas' workbook: each sheet one table, its title in a row over the header."""
    drafts = _read(_page(1, ["Staf", "Kepala"], ["1", "2"], title_row="SOP PENANGANAN INFORMASI"),
                   _page(2, ["Staf", "Kepala"], ["1", "2"], title_row="SOP PENANGANAN LAPORAN"))
    assert [d.sop.title for d in drafts] == ["SOP PENANGANAN INFORMASI", "SOP PENANGANAN LAPORAN"]


def test_without_caption_the_same_lanes_go_on_as_a_part_and_other_lanes_are_a_new_sop() -> None:
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["1", "2"]), _page(2, ["Staf", "Kepala"], ["1", "2"]))
    assert [(p.caption, p.steps) for p in draft.sop.parts] == [("", 2), ("", 2)]
    drafts = _read(_page(1, ["Staf", "Kepala"], ["1", "2"]), _page(2, ["Bendahara", "Kepala"], ["1", "2"]))
    assert [len(d.sop.steps) for d in drafts] == [2, 2]  # nothing says it is the same SOP: as before


def test_step_1_printed_again_on_the_next_page_goes_on_and_begins_no_part() -> None:
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["1"]), _page(2, ["Staf", "Kepala"], ["1", "2"]))
    assert (len(draft.sop.steps), draft.sop.parts) == (2, ())
    assert draft.sop.steps[0].activity == "Kegiatan 1.1 Kegiatan 2.1"


def test_a_restart_inside_one_table_is_a_part_guessed_and_a_first_row_without_number_is_none() -> None:
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["1", "2", "3", "1", "2"]))
    assert [(p.caption, p.steps) for p in draft.sop.parts] == [("", 3), ("", 2)]
    assert [(f.state, f.note) for f in draft.findings if f.subject == "bagian alir 2"] == [
        ("guessed", "langkah 4-5 dari 5, penomoran mulai dari 1 lagi di dalam satu tabel")]
    (draft,) = _read(_page(1, ["Staf", "Kepala"], ["", "1", "2"]))  # an unnumbered first row, then 1, 2
    assert draft.sop.parts == () and _printed(draft.sop) == ["1", "1", "2"]


def test_the_parts_of_an_sop_without_rows_or_of_one_part_are_none() -> None:
    assert part_rows([], 0) == [] and part_rows([PartStart(0, "A")], 4) == []
    assert part_rows([PartStart(0, "A"), PartStart(4, "B")], 4) == []  # the second has no row
    two = [PartStart(0, "A"), PartStart(2, "B")]
    assert part_rows(two, 4) == [(two[0], 2), (two[1], 4)]


def test_a_printed_sop_of_two_parts_imports_back_as_one_with_its_parts(tmp_path: Path) -> None:
    sample = next(s for s in load_sop_dir(sample_data_dir()) if s.id == "balangan-penyusunan-laporan-kinerja")
    sop = two_parts(sample, 6)
    pdf = tmp_path / "bagian.pdf"
    pdf.write_bytes(render_sheet(sop, PaperName.A4))
    (draft,) = read_drafts(pdf)
    got = draft.sop
    names = {lane.id: lane.name for lane in got.lanes}
    want = {lane.id: lane.name for lane in sop.lanes}
    assert [(p.caption, p.steps, [names[i] for i in p.lanes]) for p in got.parts] == [
        (p.caption, p.steps, [want[i] for i in p.lanes]) for p in sop.parts]
    assert _printed(got) == _printed(sop)
    assert [s.activity for s in got.steps] == [s.activity for s in sop.steps]
