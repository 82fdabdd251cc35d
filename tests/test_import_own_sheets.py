"""The reading rules found on sopdesk's own printed sheets (issue 15), each on a hand-made case:
a QR code drawn as squares (with its islands), table cells drawn as rectangles, marked off-page
connectors, a Disahkan oleh without NIP, a dash as an empty value, a row continued on the next
page, a header whose centred lines would chain into one, a word in capitals broken in a narrow
cell, a word broken over several lines, a terminator narrower than tall, a box in a narrow lane,
parts of one SOP with lanes of their own, a decision looping back into itself, a letterhead line
wrapped by its cell."""

from __future__ import annotations

from typing import Any

from sopdesk.io.importers.arrows import link_page
from sopdesk.io.importers.build import _approval, _blank
from sopdesk.io.importers.connectors import off_page_target, pair_connectors
from sopdesk.io.importers.dots import picture_dots
from sopdesk.io.importers.drawn_grid import Rules
from sopdesk.io.importers.flow import RawStep
from sopdesk.io.importers.geometry import outline_kind
from sopdesk.io.importers.grid import Arrow, Box, Cell, Page, Shape, Word
from sopdesk.io.importers.identity import _unit_lines
from sopdesk.io.importers.lanes import merge_lanes
from sopdesk.io.importers.pdf_words import page_words
from sopdesk.io.importers.recognise import Pending, _add_rows
from sopdesk.io.importers.wordbreak import join_broken_words, vocabulary
from sopdesk.layout.geometry import Rect, ShapeKind
from sopdesk.layout.geometry import Shape as DrawnShape


def _rect(x: float, y: float, w: float, h: float) -> dict[str, Any]:
    return {"x0": x, "top": y, "x1": x + w, "bottom": y + h, "width": w, "height": h, "fill": True}


def test_a_qr_code_of_squares_is_a_picture_and_a_dashed_line_is_not() -> None:
    qr = [_rect(20 + 1.5 * i, 300 + 1.5 * j, 1.5, 1.5) for i in range(20) for j in range(20) if (i * j) % 3 != 1]
    dashes = [_rect(20 + 4 * i, 100, 2, 1) for i in range(30)]  # apart: no two touch
    rule = [_rect(20, 200, 1.5, 1.5) for _ in range(3)]
    dots = picture_dots([*qr, *dashes, *rule])
    assert dots == {id(r) for r in qr}
    assert picture_dots(qr[:5]) == set()


def test_a_qr_codes_islands_and_long_runs_are_its_modules_and_a_dotted_grid_is_not() -> None:
    ring = [_rect(20 + 1.5 * i, 300 + 1.5 * j, 1.5, 1.5) for i in range(7) for j in range(7)
            if i in (0, 6) or j in (0, 6)]  # a finder pattern's outer ring: 24 touching modules
    centre = [_rect(23, 303 + 1.5 * j, 4.5, 1.5) for j in range(3)]  # inside its light ring
    island = [_rect(33, 300, 1.5, 1.5), _rect(34.5, 301.5, 1.5, 1.5)]  # 2.5 points right of the ring
    run = [_rect(20, 309, 15, 1.5)]  # longer than a module run may be, inside the picture's box
    dotted = [_rect(100 + 2 * i, 100 + 6 * j, 1, 1) for i in range(20) for j in range(5)]  # none touch
    dots = picture_dots([*ring, *centre, *island, *run, *dotted])
    assert dots == {id(r) for r in [*ring, *centre, *island, *run]}


def _chars(text: str, x: float, top: float) -> list[dict[str, Any]]:
    return [{"text": c, "x0": x + 4 * i, "x1": x + 4 * (i + 1), "top": top, "bottom": top + 7, "upright": True,
             "size": 7.0, "doctop": top} for i, c in enumerate(text)]


class _Page:
    def __init__(self, chars: list[dict[str, Any]]):
        self.chars = chars


def test_a_headers_centred_lines_are_not_chained_into_one() -> None:
    # "Keteran" / "gan" centred in their cell; the neighbour cell's lines lie 2 points apart between them
    chars = [*_chars("Keteran", 100, 65.4), *_chars("gan", 106, 73.4),
             *_chars("Petu", 40, 63.4), *_chars("gas", 40, 67.4), *_chars("Kom", 40, 71.4)]
    words = [(w["text"], round(w["top"], 1)) for w in page_words(_Page(chars))]
    assert sorted(words) == [("Keteran", 65.4), ("Kom", 71.4), ("Petu", 63.4), ("gan", 73.4), ("gas", 67.4)]


def test_a_word_in_capitals_or_before_a_lone_letter_broken_in_a_narrow_cell_is_joined() -> None:
    cell = Box(100, 0, 134, 40)
    words = [Word("TNI/POL", Box(102, 1, 132, 9)), Word("RI,", Box(102, 11, 112, 19)),
             Word("Penyelenggaraa", Box(102, 21, 132, 29)), Word("n", Box(102, 31, 105, 39))]
    known = vocabulary([*words, Word("TNI/POLRI,", Box(0, 80, 40, 88))])
    assert [w.text for w in join_broken_words(words, [cell], known)] == ["TNI/POLRI,", "Penyelenggaraan"]
    # without the word printed whole elsewhere only the lone letter (no Indonesian word) is joined
    assert [w.text for w in join_broken_words(words, [cell], set())] == ["TNI/POL", "RI,", "Penyelenggaraan"]
    capitals = [Word("BADAN", Box(102, 1, 132, 9)), Word("NASIONAL", Box(102, 11, 132, 19))]
    assert [w.text for w in join_broken_words(capitals, [cell], vocabulary(capitals))] == ["BADAN", "NASIONAL"]


def test_a_terminator_narrower_than_tall_is_drawn_upright_and_read_as_a_terminator() -> None:
    upright = DrawnShape(ShapeKind.TERMINATOR, Rect(0, 0, 18, 28), 0, 0)
    assert upright.corner_radius == 9 and DrawnShape(ShapeKind.TERMINATOR, Rect(0, 0, 40, 16), 0, 0).corner_radius == 8
    assert DrawnShape(ShapeKind.PROCESS, Rect(0, 0, 40, 16), 0, 0).corner_radius == 0
    # the end points of reportlab's roundRect with that radius, as pdfplumber gives them
    pts = [(9.0, 28.0), (9.0, 28.0), (18.0, 19.0), (18.0, 9.0), (9.0, 0.0), (9.0, 0.0), (0.0, 9.0), (0.0, 19.0)]
    assert outline_kind(pts) == "terminator"
    tall = [(6.5, 34.0), (13.0, 27.5), (13.0, 6.5), (6.5, 0.0), (0.0, 6.5), (0.0, 27.5)]  # its sides over 60 %
    assert outline_kind(tall) == "terminator"


def test_a_box_in_a_narrow_lane_is_a_process_and_a_smaller_one_is_no_symbol() -> None:
    assert outline_kind([(0, 0), (7.3, 0), (7.3, 16), (0, 16)]) == "process"
    assert outline_kind([(0, 0), (4, 0), (4, 16), (0, 16)]) is None  # thinner than half a symbol
    assert outline_kind([(0, 0), (8, 0), (8, 8), (0, 8)]) is None  # shorter than a symbol


def test_a_word_broken_over_several_lines_is_joined_whole() -> None:
    cell = Box(100, 0, 116, 60)
    words = [Word("Ka", Box(102, 1, 111, 9)), Word("ga", Box(102, 11, 111, 19)), Word("ha", Box(102, 21, 111, 29)),
             Word("r", Box(104, 31, 107, 39))]
    known = vocabulary([*words, Word("Kagahar", Box(0, 80, 30, 88))])
    assert [w.text for w in join_broken_words(words, [cell], known)] == ["Kagahar"]
    deops = [Word("De", Box(102, 1, 111, 9)), Word("op", Box(102, 11, 111, 19)), Word("s", Box(104, 21, 107, 29))]
    # "Deop" printed as a piece elsewhere, then a lone letter
    assert [w.text for w in join_broken_words(deops, [cell], {"deop"})] == ["Deops"]
    two = [Word("Ins", Box(102, 1, 114, 9)), Word("tansi", Box(102, 11, 114, 19)), Word("lain", Box(102, 21, 114, 29))]
    assert [w.text for w in join_broken_words(two, [cell], {"instansi", "ins"})] == ["Instansi", "lain"]


def test_parts_with_lanes_of_their_own_keep_each_symbol_in_its_own_lane() -> None:
    lanes: list[str] = []
    first = merge_lanes(lanes, [], ["Pelapor", "Petugas Komunikasi", "Kagahar"])
    assert first == [0, 1, 2]
    # a part with a lane of its own, a name cut with "…", a name wrapped otherwise
    part = merge_lanes(lanes, first, ["Petugas Ko …", "Direktur", "Kaga har", "Pelapor"])
    assert part == [1, 3, 2, 0] and lanes == ["Pelapor", "Petugas Komunikasi", "Kagahar", "Direktur"]
    # the part's header printed again on the next page (read otherwise): the same lanes, by position
    assert merge_lanes(lanes, part, ["Petugas K…", "Direktur Umum", "Kaga har", "Pelapor"]) == part
    assert lanes == ["Pelapor", "Petugas Komunikasi", "Kagahar", "Direktur"]
    # two names cut with "…" may be two lanes
    assert merge_lanes(lanes, [], ["Instansi lain/ Sosial Me…"]) == [4]
    assert merge_lanes(lanes, [4], ["Instansi lain/ …", "Pelapor"]) == [5, 0]


def test_cells_drawn_as_rectangles_are_grid_and_the_symbols_inside_them_are_not() -> None:
    cells = [Box(28 + 60 * i, 60 + 26 * j, 88 + 60 * i, 86 + 26 * j) for i in range(4) for j in range(3)]
    symbol = Box(40, 95, 76, 108)  # inside the cell (28, 86)-(88, 112)
    shadow, fill = Box(41, 96, 77, 109), Box(40, 95, 76, 103)
    strokes = [Box(39.5, 94.5, 76.5, 95.2), Box(39.5, 94.5, 40.2, 108.5), Box(75.8, 94.5, 76.5, 108.5)]
    rules = Rules([*cells, symbol, shadow, fill, *strokes], [Box(28, 60, 268, 138)])
    assert all(rules.is_cell(c) for c in cells)
    assert not rules.is_cell(symbol) and not rules.is_cell(shadow)
    assert not Rules([], []).is_cell(cells[0])


def _row(number: str, page: int, *symbols: Shape, activity: str = "x") -> RawStep:
    return RawStep(number, {"activity": activity}, Box(0, 0, 1, 1), page, [(0, s) for s in symbols])


def test_an_arrow_into_a_marked_connector_goes_where_its_twin_leads() -> None:
    box = Box(0, 0, 16, 16)
    twin_in, out, blank = Shape("connector", box, "E"), Shape("connector", box, "E"), Shape("connector", box)
    steps = [_row("1", 1), _row("2", 1, twin_in), _row("3", 1), _row("4", 2, out, blank)]
    steps[3].arrows = [(off_page_target(steps[3], out, 4), "Tidak"), (off_page_target(steps[3], blank, 4), "Ya")]
    pair_connectors(steps)
    assert steps[3].arrows == [(1, "Tidak"), (4, "Ya")]  # unmarked: the step after it
    lone = [_row("1", 1), _row("2", 2, Shape("connector", box, "Z"))]
    lone[1].arrows = [(off_page_target(lone[1], lone[1].symbols[0][1], 2), "")]
    pair_connectors(lone)
    assert lone[1].arrows == [(2, "")]  # no twin: the step after it


def test_disahkan_oleh_without_nip_and_a_dash_for_nothing() -> None:
    signed = _approval("BUPATI BARITO KUALA\n\nHj. NOORMILIYANI AS.")
    assert (signed.position, signed.name, signed.nip) == ("BUPATI BARITO KUALA", "Hj. NOORMILIYANI AS.", "")
    assert _approval("Kepala Badan\nPengelola Keuangan").position == "Kepala Badan Pengelola Keuangan"
    assert _approval("-").position == "" and _blank(" - ") == "" and _blank("SOP/1/2021") == "SOP/1/2021"


def test_a_step_printed_again_on_the_next_page_continues() -> None:
    pending = Pending()
    _add_rows(pending, [_row("3", 1, activity="Menyusun"), _row("4", 1, activity="awal")], Page(1, 842, 595))
    _add_rows(pending, [_row("4", 2, activity="lanjutan"), _row("5", 2, activity="berikut")], Page(2, 842, 595))
    assert [(s.number, s.texts["activity"]) for s in pending.steps] == [
        ("3", "Menyusun"), ("4", "awal lanjutan"), ("5", "berikut")]



def test_a_decisions_tidak_drawn_back_into_the_arrow_over_it_loops_into_itself() -> None:
    box, diamond = Shape("process", Box(100, 10, 140, 30)), Shape("decision", Box(100, 60, 140, 90))
    into = ((120, 30), (120, 55))  # from the box above down to the head over the diamond
    loop = ((140, 75), (150, 75), (150, 50), (120, 50))  # from its right corner, up, onto that line
    tidak = [Cell(Box(142, 77, 160, 85), "Tidak")]
    steps = [_row("1", 1, box), _row("2", 1, diamond)]
    link_page(steps, 0, [Arrow((120, 30), (120, 60), (*into, *loop))], tidak)
    assert steps[0].arrows == [(1, "")] and steps[1].arrows == [(1, "Tidak")]
    plain = [_row("1", 1, box), _row("2", 1, diamond)]
    link_page(plain, 0, [Arrow((120, 30), (120, 60), into)], tidak)
    assert plain[0].arrows == [(1, "")] and plain[1].arrows == []


def test_a_letterhead_line_wrapped_after_dan_or_a_comma_goes_on_in_the_next() -> None:
    kop = Cell(Box(0, 0, 300, 80), "BADAN NASIONAL PENCARIAN DAN PERTOLONGAN\nDEPUTI BIDANG OPERASI, DAN\n"
                                    "KESIAPSIAGAAN\nDIREKTORAT BINA POTENSI,\nSARANA DAN PRASARANA\nDANDIM")
    assert _unit_lines([kop]) == ["BADAN NASIONAL PENCARIAN DAN PERTOLONGAN",
                                  "DEPUTI BIDANG OPERASI, DAN KESIAPSIAGAAN",
                                  "DIREKTORAT BINA POTENSI, SARANA DAN PRASARANA", "DANDIM"]
