"""The SOP's own columns (format version 2): each Mutu Baku column (Kelengkapan, Waktu, Output)
printed or not, as Keterangan already is, and a column-number row that leaves chosen columns
blank (sumut-ppid numbers 1-9 with its fourth lane unnumbered): the model, the exchange file,
the edits and the layout."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopdesk.domain import editing
from sopdesk.domain import editing_sheet as sheet
from sopdesk.domain.checker import check_sop
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import IdentityPage, ListStyle, SheetSetup
from sopdesk.io.exchange import SopFileError, dump_sop, load_sop_file
from sopdesk.io.pdf import render_sheet, sheet_page_count
from sopdesk.layout.columns import ACTIVITY_MAX_SHARE
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.layout.geometry import Page
from sopdesk.layout.identity import list_texts
from sopdesk.layout.paper import PAPERS, PaperName
from sopdesk.layout.table_setup import column_numbers

TODAY = dt.date(2026, 12, 2)
KALBAR = "kalbar-penyusunan-lkj-biro"


def _headers(page: Page) -> dict[str, float]:
    """Header label -> its cell's height."""
    return {" ".join(t.lines): t.rect.h for t in page.texts if t.role == "header"}


def _with(sop: Sop, **choices: object) -> Sop:
    return dataclasses.replace(sop, setup=dataclasses.replace(SheetSetup(), **choices))  # type: ignore[arg-type]


def test_the_choices_round_trip_through_a_file(sample_by_id: dict[str, Sop], tmp_path: Path) -> None:
    sop = sample_by_id[KALBAR]
    lane = sop.lanes[1].id
    chosen = _with(sop, requirements_column=False, output_column=False, numbers_row=True,
                   unnumbered=("activity", f"lane:{lane}"))
    text = dump_sop(chosen)
    columns = json.loads(text)["columns"]
    assert columns == {"requirements": False, "output": False, "numbers_row": True,
                       "unnumbered": ["activity", f"lane:{lane}"]}
    path = tmp_path / "x.json"
    path.write_text(text, "utf-8")
    assert load_sop_file(path) == chosen
    assert "columns" not in json.loads(dump_sop(_with(sop)))  # the defaults are not written


@pytest.mark.parametrize(("unnumbered", "error"), [
    (["lane:hilang"], "columns.unnumbered[0]: Pelaksana 'hilang' tidak ada"),
    (["kolom"], "columns.unnumbered[0]"),
])
def test_an_unknown_column_is_refused(sample_by_id: dict[str, Sop], tmp_path: Path, unnumbered: list[str],
                                      error: str) -> None:
    doc = json.loads(dump_sop(sample_by_id[KALBAR]))
    doc["columns"] = {"numbers_row": True, "unnumbered": unnumbered}
    path = tmp_path / "x.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(SopFileError) as caught:
        load_sop_file(path)
    assert error in str(caught.value)


def test_edits_number_and_unnumber_a_column_and_a_removed_lane_takes_its_choice(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    lane = f"lane:{sop.lanes[0].id}"
    blank = sheet.set_numbered(sheet.set_numbered(sop, lane, False), "remarks", False)
    assert blank.setup.unnumbered == ("lane:" + sop.lanes[0].id, "remarks")
    assert sheet.set_numbered(sheet.set_numbered(blank, "remarks", True), lane, True) == sop
    assert editing.remove_lane(blank, 0).setup.unnumbered == ("remarks",)
    with pytest.raises(ValueError):
        sheet.set_numbered(sop, "lane:hilang", False)
    off = sheet.set_switch(sheet.set_switch(sop, "requirements_column", False), "time_column", False)
    assert (off.setup.prints("requirements"), off.setup.prints("standard_time"), off.setup.prints("output")) == (
        False, False, True)


def test_the_numbers_count_only_the_numbered_columns() -> None:
    setup = SheetSetup(numbers_row=True, unnumbered=("lane:skpd",))
    keys = ["number", "activity", "lane:a", "lane:b", "lane:c", "lane:skpd", "requirements", "standard_time",
            "output", "remarks"]
    assert column_numbers(setup, keys) == ["1", "2", "3", "4", "5", "", "6", "7", "8", "9"]


def test_waktu_alone_stands_under_its_own_label_without_a_mutu_baku_block(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    plain = layout_flowchart(sop)
    layout = layout_flowchart(_with(sop, requirements_column=False, output_column=False))
    assert set(layout.columns.text) == {"number", "activity", "standard_time", "remarks"}
    page = layout.pages[0]
    headers = _headers(page)
    assert "Mutu Baku" not in headers and "Kelengkapan" not in headers and "Output" not in headers
    assert headers["Waktu"] == pytest.approx(headers["Kegiatan"])  # the whole header's height
    assert not any(t.role in ("requirements", "output") for p in layout.pages for t in p.texts)
    assert layout.columns.right == pytest.approx(plain.columns.right, abs=0.5)  # the table fills the width
    assert layout.columns.text["activity"][1] > plain.columns.text["activity"][1]  # Kegiatan takes the room
    assert any(t.role == "total" for t in layout.pages[-1].texts)


def test_two_mutu_baku_columns_keep_the_block(sample_by_id: dict[str, Sop]) -> None:
    layout = layout_flowchart(_with(sample_by_id[KALBAR], requirements_column=False))
    headers = _headers(layout.pages[0])
    assert {"Mutu Baku", "Waktu", "Output"} <= set(headers) and "Kelengkapan" not in headers
    assert headers["Waktu"] < headers["Kegiatan"]


def test_no_waktu_column_no_total_and_no_mutu_baku(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    layout = layout_flowchart(_with(sop, requirements_column=False, time_column=False, output_column=False))
    assert set(layout.columns.text) == {"number", "activity", "remarks"}
    assert "Mutu Baku" not in _headers(layout.pages[0])
    assert not any(t.role in ("total", "total_label", "standard_time") for p in layout.pages for t in p.texts)


def test_the_number_row_leaves_the_unnumbered_columns_blank(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    last = f"lane:{sop.lanes[-1].id}"
    layout = layout_flowchart(_with(sop, numbers_row=True, unnumbered=(last,)))
    page = layout.pages[0]
    numbers = sorted((t for t in page.texts if t.role == "column_number"), key=lambda t: t.rect.x)
    columns = 2 + len(sop.lanes) + 4
    assert [" ".join(t.lines) for t in numbers] == [str(k) for k in range(1, columns)]
    blank_x = layout.columns.lane_left(len(sop.lanes) - 1)
    assert blank_x not in {t.rect.x for t in numbers}
    cells = [c for c in page.cells if c.shaded and c.rect.x == pytest.approx(blank_x) and c.rect.h == 11.0]
    assert cells, "the blank number cell is still drawn"


def test_the_checker_asks_for_no_output_on_a_sheet_without_one(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    empty = dataclasses.replace(sop, steps=tuple(dataclasses.replace(s, output="") for s in sop.steps))
    rules = {f.rule for f in check_sop(empty, TODAY)}
    assert "empty-output" in rules
    assert "empty-output" not in {f.rule for f in check_sop(_with(empty, output_column=False), TODAY)}


def test_a_single_item_is_numbered_only_when_the_sop_says_so() -> None:
    assert list_texts(["SOP Penerbitan"], ListStyle.NUMBERED) == ["SOP Penerbitan"]
    assert list_texts(["SOP Penerbitan"], ListStyle.NUMBERED_ALL) == ["1. SOP Penerbitan"]
    assert list_texts(["a", "b"], ListStyle.NUMBERED_ALL) == list_texts(["a", "b"], ListStyle.NUMBERED) == [
        "1. a", "2. b"]


def test_no_heading_and_no_signature_block_when_the_original_has_none(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    plain = layout_flowchart(sop)
    bare = layout_flowchart(_with(sop, flowchart_heading=False, signature_block=False))
    roles = {t.role for p in bare.pages for t in p.texts}
    assert {"title", "signature"} & {t.role for t in plain.pages[0].texts} == {"title", "signature"}
    assert "title" not in roles and "signature" not in roles
    top = min(c.rect.y for c in bare.pages[0].cells)
    assert top == pytest.approx(bare.paper.margin)  # the table starts at the top margin
    assert top < min(c.rect.y for c in plain.pages[0].cells)


def test_the_line_over_the_identity_block_round_trips_and_prints(sample_by_id: dict[str, Sop],
                                                                 tmp_path: Path) -> None:
    line = "STANDAR OPERASIONAL PROSEDUR PENYUSUNAN LAPORAN KINERJA"
    sop = sheet.set_identity_heading(sample_by_id[KALBAR], line)
    assert sheet.set_identity_heading(sop, "  ").setup == sample_by_id[KALBAR].setup  # the sample's own setup
    doc = json.loads(dump_sop(_with(sop, identity_heading=line, flowchart_heading=False, signature_block=False)))
    assert doc["identity_heading"] == line and doc["columns"] == {"heading": False, "signature": False}
    path = tmp_path / "x.json"
    path.write_text(json.dumps(doc), "utf-8")
    assert load_sop_file(path).setup.identity_heading == line
    first = PdfReader(io.BytesIO(render_sheet(sop))).pages[0].extract_text() or ""
    assert first.lstrip().startswith(line)
    assert line not in (PdfReader(io.BytesIO(render_sheet(sample_by_id[KALBAR]))).pages[0].extract_text() or "")


def test_kegiatan_never_takes_more_than_its_share_the_lanes_take_the_rest(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    plain = layout_flowchart(sop).columns
    few = layout_flowchart(_with(sop, requirements_column=False, output_column=False, remarks_column=False)).columns
    usable = few.right - few.left
    assert few.text["activity"][1] == pytest.approx(round(usable * ACTIVITY_MAX_SHARE))
    assert few.lanes_w > plain.lanes_w
    assert few.right == pytest.approx(plain.right, abs=0.5) and few.lane_left(few.lane_count) == pytest.approx(
        few.text["standard_time"][0])


def test_terminators_stay_blank_when_the_sop_writes_no_mulai_selesai(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]

    def labels(s: Sop) -> set[str]:
        return {sh.label for page in layout_flowchart(s).pages for sh in page.shapes if sh.label}

    assert {"Mulai", "Selesai"} <= labels(sop)
    assert not {"Mulai", "Selesai"} & labels(_with(sop, terminator_labels=False))
    kode_etik = load_sop_file(Path(__file__).parent / "fixtures" / "v2" / "kemenkumham-kepegawaian-kode-etik.json")
    assert "SELESAI" in labels(kode_etik) and "Mulai" not in labels(kode_etik)  # its own text stays


def test_the_sumut_fixture_numbers_its_columns_as_the_original() -> None:
    sop = load_sop_file(Path(__file__).parent / "fixtures" / "v2" / "sumut-ppid-permohonan-informasi-scan.json")
    layout = layout_flowchart(sop)
    for page in layout.pages:  # repeated on every page, as printed
        numbers = {t.rect.x: " ".join(t.lines) for t in page.texts if t.role == "column_number"}
        row_y = {t.rect.y for t in page.texts if t.role == "column_number"}
        assert len(row_y) == 1
        cells = sorted(c.rect.x for c in page.cells if c.shaded and c.rect.y in row_y and c.rect.h == 11.0)
        assert [numbers.get(x, "") for x in cells] == ["1", "2", "3", "4", "5", "", "6", "7", "8", "9"]


def test_a_flowchart_only_sheet_prints_no_identity_page(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KALBAR]
    bare = _with(sop, identity_page=IdentityPage.NONE)
    flowchart = len(layout_flowchart(sop).pages)
    pages = PdfReader(io.BytesIO(render_sheet(bare))).pages
    assert len(pages) == flowchart == sheet_page_count(bare, PAPERS[PaperName.A4])
    assert len(PdfReader(io.BytesIO(render_sheet(sop))).pages) > flowchart
    assert "Dasar Hukum" not in (pages[0].extract_text() or "")
    assert (pages[0].extract_text() or "").count(f"Halaman 1 dari {flowchart}") == 1
