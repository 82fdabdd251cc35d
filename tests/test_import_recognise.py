"""The importers' plain-Python parts: text clean-up, symbol geometry, the recogniser on a
hand-made grid, and the PDF reader on the BPS sheet of the corpus (skipped without it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sopdesk.domain.model import Symbol
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.flow import classify
from sopdesk.io.importers.geometry import head_of, outline_kind
from sopdesk.io.importers.grid import Arrow, Box, Cell, Document, Page, Shape, Table, Word
from sopdesk.io.importers.identity import IdentityCells, label_of, read_identity
from sopdesk.io.importers.pictures import silhouette_kind
from sopdesk.io.importers.recognise import recognise
from sopdesk.io.importers.rules import missing_tops
from sopdesk.io.importers.text import join_lines, parse_date, split_items
from sopdesk.io.importers.wordbreak import join_broken_words, vocabulary

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def test_text_rules() -> None:
    assert join_lines("Pegawai yang pelak-\nsana\n  cuti") == "Pegawai yang pelaksana cuti"
    assert join_lines("Undang-\nUndang") == "Undang- Undang"
    assert split_items("1. Satu\ndua\n2. Tiga\n3.") == ["Satu dua", "Tiga"]
    assert parse_date("13 Januari 2024") == dt.date(2024, 1, 13)
    assert parse_date("04 AGUSTUS 2016") == dt.date(2016, 8, 4)
    assert parse_date("-") is None and parse_date("Oktober 2024") is None


def test_header_labels_the_seeds_print() -> None:
    """The column labels of the seeds (and of the samples printed as their seeds head them)."""
    heads = {"No.": "number", "NO": "number", "Aktivitas": "activity", "KEGIATAN": "activity",
             "Persyaratan/\nKelengkapan": "requirements", "Persyaratan/Perengkapan": "requirements",
             "Perengkapan": "requirements", "KELENGKAPAN": "requirements", "WAKTU": "standard_time",
             "OUTPUT": "output", "Ket": "remarks", "KET.": "remarks", "Keterangan": "remarks", "Pelapor": None}
    assert {text: classify(text) for text in heads} == heads


def _line(y: float, *words: tuple[str, float, float]) -> list[Word]:
    return [Word(text, Box(x0, y, x1, y + 10)) for text, x0, x1 in words]


def test_a_word_broken_without_hyphen_in_a_narrow_cell_is_joined() -> None:
    cell = Box(100, 0, 150, 60)
    words = [*_line(1, ("Draft", 102, 122), ("SK", 124, 134)), *_line(13, ("Penghapusa", 102, 147)),
             *_line(25, ("n", 102, 107), ("yang", 109, 127)), *_line(37, ("di", 102, 110)),
             *_line(49, ("pemeriksaan", 102, 145))]
    elsewhere = _line(80, ("penghapusan", 0, 50), ("dipemeriksaan", 52, 90), ("PengumumanKelulusan", 92, 180))
    known = vocabulary([*words, *elsewhere])
    assert "pengumumankelulusan" not in known  # two words printed without their space
    texts = [w.text for w in join_broken_words(words, [cell], known)]
    # "di" ends far from the cell's widest line and "pemeriksaan" would not have fitted after it
    assert texts == ["Draft", "SK", "Penghapusan", "yang", "di", "pemeriksaan"]
    # without the vocabulary only a lone letter is joined (no Indonesian word is one letter)
    assert [w.text for w in join_broken_words(words, [cell], set())] == texts
    assert [w.text for w in join_broken_words(words[:3], [cell], set())] == ["Draft", "SK", "Penghapusa"]


def test_symbol_kinds_by_geometry() -> None:
    assert outline_kind([(0, 0), (50, 0), (50, 20), (0, 20)]) == "process"
    assert outline_kind([(25, 0), (50, 15), (25, 30), (0, 15), (25, 0)]) == "decision"
    assert outline_kind([(7, 0), (0, 9), (7, 18), (37, 18), (44, 9), (37, 0)]) == "terminator"
    assert outline_kind([(0, 0), (20, 0), (20, 12), (10, 20), (0, 12)]) == "connector"
    assert outline_kind([(0, 0), (100, 0), (100, 1), (0, 1)]) is None  # a hairline
    tip, base = head_of([(544, 152), (550, 155), (544, 158), (544, 152)]) or ((0, 0), (0, 0))
    assert tip == (550, 155) and base == (544, 155)
    # an open "V" head pointing down, its two strokes outlined as one filled shape (Nitro PDF)
    v = [(398.3, 179.8), (394.3, 186.5), (390.5, 179.8), (390.6, 179.2), (391.3, 179.3), (394.8, 185.3),
         (394.0, 185.3), (397.4, 179.3), (398.2, 179.2)]
    assert head_of(v) == ((394.3, 186.5), (394.3, 186.5))


def _mask(rows: list[str]) -> bytes:
    return bytes(255 if ch == "#" else 0 for row in rows for ch in row)


def test_symbol_kinds_of_pictures_by_their_transparency_mask() -> None:
    diamond = ["    ##    ", "  ######  ", "##########", "  ######  ", "    ##    "]
    box = [" ######## ", "##########", "##########", "##########", " ######## "]
    assert silhouette_kind(_mask(diamond), 10, 5) == "decision"
    assert silhouette_kind(_mask(box), 10, 5) == "box"
    assert silhouette_kind(_mask(["  ##  "] * 4), 6, 4) is None  # too thin to judge
    assert silhouette_kind(bytes(60), 10, 6) is None  # nothing opaque


def _cell(x0: float, top: float, x1: float, bottom: float, text: str) -> Cell:
    return Cell(Box(x0, top, x1, bottom), text)


def _words(cells: list[Cell]) -> list[Word]:
    return [Word(c.text, Box(c.box.x0 + 1, c.box.top + 1, c.box.x1 - 1, c.box.bottom - 1)) for c in cells]


def _grid_page() -> Page:
    identity = [
        _cell(0, 0, 100, 60, "DINAS CONTOH\nKOTA CONTOH"), _cell(100, 0, 200, 20, "Nomor SOP"),
        _cell(200, 0, 400, 20, "001/2024"), _cell(100, 20, 200, 40, "Tanggal Pembuatan"),
        _cell(200, 20, 400, 40, "2 Januari 2024"), _cell(100, 40, 200, 60, "Nama SOP"),
        _cell(200, 40, 400, 60, "Pelayanan Surat"), _cell(0, 60, 200, 80, "Dasar Hukum:"),
        _cell(0, 80, 200, 100, "1. Undang-Undang\n2. Peraturan"),
    ]
    header = [_cell(0, 200, 20, 220, "No"), _cell(20, 200, 120, 220, "Kegiatan"), _cell(120, 200, 180, 220, "Staf"),
              _cell(180, 200, 240, 220, "Kepala"), _cell(240, 200, 300, 220, "Waktu")]
    rows = []
    for i, (text, time) in enumerate((("Mulai menerima surat", "5 Menit"), ("Memeriksa surat", "10 Menit"),
                                      ("Menandatangani", "1 Jam"))):
        top = 220 + 40 * i
        rows += [_cell(0, top, 20, top + 40, f"{i + 1}."), _cell(20, top, 120, top + 40, text),
                 _cell(240, top, 300, top + 40, time)]
    page = Page(1, 600, 400, tables=[Table(Box(0, 0, 400, 100), tuple(identity)),
                                     Table(Box(0, 200, 300, 340), tuple(header + rows))])
    page.words = _words(identity + header + rows)
    page.shapes = [Shape("terminator", Box(130, 230, 170, 250)), Shape("decision", Box(190, 270, 230, 290)),
                   Shape("process", Box(130, 310, 170, 330))]
    page.arrows = [Arrow((150, 250), (200, 270), ((150, 250), (200, 270))),
                   Arrow((210, 290), (150, 310), ((210, 290), (150, 310))),
                   Arrow((230, 280), (170, 240), ((230, 280), (235, 260), (170, 240)))]
    page.words.append(Word("Tidak", Box(195, 244, 215, 252)))
    return page


def test_recognise_a_hand_made_grid() -> None:
    (draft,) = recognise(Document("contoh.pdf", [_grid_page()]))
    sop = draft.sop
    assert (sop.title, sop.number, sop.made_on) == ("Pelayanan Surat", "001/2024", dt.date(2024, 1, 2))
    assert sop.unit == ("DINAS CONTOH", "KOTA CONTOH")
    assert sop.legal_basis == ("Undang-Undang", "Peraturan")
    assert [lane.name for lane in sop.lanes] == ["Staf", "Kepala"]
    assert [s.symbol for s in sop.steps] == [Symbol.TERMINATOR, Symbol.DECISION, Symbol.PROCESS]
    assert [s.lanes for s in sop.steps] == [("staf",), ("kepala",), ("staf",)]
    assert [s.standard_time for s in sop.steps] == ["5 Menit", "10 Menit", "1 Jam"]
    assert {(e.label, e.target) for e in sop.steps[1].exits} == {("Tidak", 0), ("Ya", 2)}
    states = {f.subject: f.state for f in draft.findings}
    assert states["number"] == "read" and states["approval"] == "missing"


def test_a_page_without_text_is_refused_by_name() -> None:
    with pytest.raises(ImportFileError, match=r"kosong\.pdf"):
        recognise(Document("kosong.pdf", [Page(1, 100, 100)], has_text=False))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not beside the repository")
def test_bps_pdf_reads_identity_and_flow() -> None:
    from sopdesk.io.importers.pdf_reader import read_pdf

    (draft,) = recognise(read_pdf(CORPUS / "bps-pringsewu-cuti.pdf"))
    sop = draft.sop
    assert sop.number == "18101.3.001.2024" and sop.title == "PENGAJUAN CUTI PEGAWAI"
    assert sop.approval.nip == "19730913 199403 1 004"
    assert len(sop.steps) == 6 and sop.steps[2].symbol is Symbol.DECISION
    assert {(e.label, e.target) for e in sop.steps[2].exits} == {("Ya", 3), ("Tidak", 5)}


def test_an_unlabelled_title_row_is_the_title_and_ends_the_approval_above_it() -> None:
    cells = [_cell(0, 0, 200, 40, "KANTOR CONTOH"), _cell(200, 0, 300, 20, "Nomor SOP"), _cell(300, 0, 400, 20, "01"),
             _cell(200, 20, 300, 40, "Disahkan Oleh"), _cell(300, 20, 400, 40, "Kepala Kantor"),
             _cell(0, 40, 400, 60, "SOP PEMBAYARAN GAJI"), _cell(0, 60, 200, 80, "Dasar Hukum :"),
             _cell(200, 60, 220, 100, ""), _cell(0, 80, 200, 100, "1. Undang-Undang")]  # an empty spacer column
    into = IdentityCells()
    read_identity(Table(Box(0, 0, 400, 100), tuple(cells)), into)
    assert into.values["title"] == "SOP PEMBAYARAN GAJI"
    assert into.values["approval"] == "Kepala Kantor"
    assert into.values["legal_basis"] == "1. Undang-Undang"  # under its label, not in the empty cell beside it
    assert label_of("PERALATAN PERLENGKAPAN:") == label_of("Peralatan/Perlengkapan") == "equipment"


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, float]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top}


def test_a_table_top_rule_not_drawn_is_restored_over_its_column_rules() -> None:
    columns = [_edge(x, 100, x, 160) for x in (50, 100, 300, 500)]
    (line,) = missing_tops(columns, [_edge(50, 160, 500, 160)], page_width=600)
    assert (line["x0"], line["x1"], line["top"]) == (50, 500, 100)
    assert missing_tops(columns, [_edge(50, 100, 500, 100)], page_width=600) == []  # drawn
    assert missing_tops(columns[:2], [], page_width=600) == []  # two rules are no table


def test_a_rule_drawn_as_a_thin_filled_outline_is_no_connector() -> None:
    from sopdesk.io.importers.pdf_reader import _is_rule
    from sopdesk.io.importers.rules import box_sides

    sides = [(a, b, Box(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
             for a, b in box_sides(Box(0, 0, 100, 50))]
    assert _is_rule([(0, 0), (100, 0)], sides)  # along the top
    assert _is_rule([(99.5, 0), (100.5, 0), (100.5, 50), (99.5, 50)], sides)  # the right side, filled
    assert not _is_rule([(50, 0), (50, 50)], sides)  # across the cell: a connector
    assert not _is_rule([(99.5, 0), (100.5, 0), (60, 25)], sides)


def test_a_rule_drawn_off_its_snapped_cell_side_and_its_joints_are_no_connectors() -> None:
    """pdfplumber's table finder snaps rules up to 3 points apart into one cell side: a rule
    drawn 1.5 points beside the side, and the specks joining two rule pieces, are rules."""
    from sopdesk.io.importers.pdf_reader import _is_rule
    from sopdesk.io.importers.rules import box_sides

    sides = [(a, b, Box(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
             for a, b in box_sides(Box(0, 0, 100, 50))]
    assert _is_rule([(98.5, 0.2), (98.5, 49.8)], sides)
    assert _is_rule([(100.4, 49.8), (100.4, 50.3)], sides)  # a speck at the corner
    assert _is_rule([(98.6, 10), (99.4, 10), (99.4, 40), (98.6, 40)], sides)  # filled, 1.5 points in
    assert not _is_rule([(95, 0), (95, 50)], sides)  # 5 points in: a connector beside the rule


def test_only_long_runs_of_cell_sides_are_the_grid() -> None:
    """A connector across a cell cuts it in two for the table finder; its line is no rule."""
    from sopdesk.io.importers.rules import grid_sides

    cells = [Box(0, 0, 100, 50), Box(100, 0, 200, 25), Box(100, 25, 200, 50),  # cut by a line at y 25
             Box(200, 0, 300, 50), Box(0, 50, 100, 100), Box(100, 50, 200, 100), Box(200, 50, 300, 100)]
    sides = grid_sides(Box(0, 0, 300, 100), cells)
    assert ((100, 25), (200, 25)) not in sides and ((200, 25), (100, 25)) not in sides
    assert ((0, 50), (100, 50)) in sides and ((100, 0), (100, 50)) in sides
    # a line coming in at the table's top over most of its height, not down to its bottom
    cells = [Box(0, 0, 100, 100), Box(100, 0, 150, 60), Box(150, 0, 200, 60), Box(100, 60, 200, 100),
             Box(200, 0, 300, 100)]
    sides = grid_sides(Box(0, 0, 300, 100), cells)
    assert ((150, 0), (150, 60)) not in sides and ((150, 60), (150, 0)) not in sides
    assert ((100, 60), (100, 0)) in sides and ((200, 60), (200, 100)) in sides


def test_an_arrow_ending_in_a_row_without_symbol_goes_to_that_row() -> None:
    from sopdesk.io.importers.arrows import link_page
    from sopdesk.io.importers.flow import RawStep

    box = Shape("process", Box(100, 10, 140, 30))
    steps = [RawStep("1", {}, Box(0, 0, 600, 40), 1, [(0, box)]), RawStep("2", {}, Box(0, 40, 600, 80), 1),
             RawStep("3", {}, Box(0, 80, 600, 120), 1)]
    selesai = Arrow((120, 30), (400, 100), ((120, 30), (120, 100), (400, 100)))  # into the word SELESAI
    link_page(steps, 0, [selesai], [])
    assert steps[0].arrows == [(2, "")]


def test_a_waktu_merged_over_rows_goes_to_the_first_of_them() -> None:
    from sopdesk.io.importers.flow import Columns, read_rows

    cells = [_cell(0, 0, 20, 40, "1."), _cell(20, 0, 120, 40, "Menerima"), _cell(0, 40, 20, 80, "2."),
             _cell(20, 40, 120, 80, "Memeriksa"), _cell(120, 0, 180, 80, "1 HARI")]  # Waktu centred on both
    page = Page(1, 600, 400, tables=[Table(Box(0, 0, 180, 80), tuple(cells))])
    page.words = _words(cells)
    columns = Columns({"number": (0, 20), "activity": (20, 120), "standard_time": (120, 180)}, ())
    rows = read_rows(page, page.tables[0], columns, 0)
    assert [(r.number, r.texts["activity"], r.texts["standard_time"]) for r in rows] == [
        ("1", "Menerima", "1 HARI"), ("2", "Memeriksa", "")]


def test_coloured_symbols_of_a_flowchart_pasted_as_one_picture() -> None:
    from PIL import Image, ImageDraw

    from sopdesk.io.importers.pictures import coloured_regions

    picture = Image.new("RGB", (180, 90), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((10, 10, 39, 24), fill=(200, 30, 30))  # a red process box
    draw.polygon([(80, 50), (100, 60), (80, 70), (60, 60)], fill=(30, 200, 30))  # a green diamond
    draw.line((40, 17, 80, 50), fill="black", width=2)  # a black line is no symbol
    regions = sorted(coloured_regions(picture))
    (box, diamond) = regions
    assert box[:4] == (10, 10, 40, 25)
    assert all(abs(a - b) <= 1 for a, b in zip(diamond[:4], (60, 50, 101, 71), strict=True))  # its tip: one pixel
    assert box[4] > 0.95 and diamond[4] < 0.6


def test_a_column_width_given_for_a_range_of_columns_applies_to_each() -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.dimensions import ColumnDimension

    from sopdesk.io.importers.xlsx_reader import _column_dimensions

    ws = Workbook().active
    ws.column_dimensions["D"] = ColumnDimension(ws, index="D", min=4, max=6, width=18.4)
    widths = {c: d.width for c, d in _column_dimensions(ws).items()}
    assert widths == {4: 18.4, 5: 18.4, 6: 18.4}


def test_of_two_blank_rows_with_off_page_connectors_the_second_goes_with_the_step_below() -> None:
    from sopdesk.io.importers.flow import RawStep
    from sopdesk.io.importers.recognise import Pending, _add_rows

    def row(number: str, text: str, *kinds: str) -> RawStep:
        return RawStep(number, {"activity": text}, Box(0, 0, 1, 1), 1, [(0, Shape(k, Box(0, 0, 9, 9))) for k in kinds])

    pending = Pending()
    _add_rows(pending, [row("4", "Memeriksa", "decision"), row("", "", "connector"), row("", "", "connector"),
                        row("5", "Selesai", "terminator")], Page(1, 600, 400))
    assert [[s.kind for _, s in step.symbols] for step in pending.steps] == [
        ["decision", "connector"], ["connector", "terminator"]]
