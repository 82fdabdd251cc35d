"""Scans and images (issue 15): the table rules without the flowchart's connectors, symbols
by outline, a sideways page turned upright and read into a draft, a clear refusal without
Tesseract (nothing stored, the rest of the folder goes on), and cancel between pages."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from sopdesk.cli import main
from sopdesk.io.importers import ocr, scan_reader
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.grid import Page
from sopdesk.io.importers.run import import_paths, read_drafts
from sopdesk.io.importers.scan_arrows import arrows
from sopdesk.io.importers.scan_grid import borders, joined, line_type, load_cv2, rules
from sopdesk.io.importers.scan_labels import exit_labels
from sopdesk.io.importers.scan_symbols import symbols
from sopdesk.resources import font_path
from sopdesk.store.database import open_database

DPI = 200
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None or "ind" not in ocr._languages(),
                                     reason="Tesseract OCR with Indonesian is not installed")


def _h(y: int, x1: int, x2: int) -> Any:
    return line_type()(x1=x1, y1=y, x2=x2, y2=y)


def _v(x: int, y1: int, y2: int) -> Any:
    return line_type()(x1=x, y1=y1, x2=x, y2=y2)


def test_opencv_leaves_qt_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """opencv-python's Linux wheels point Qt at their own Qt 5 plugins on import; sopdesk's Qt 6
    (and every program started afterwards) must not see that."""
    import sys

    monkeypatch.delitem(sys.modules, "cv2", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)
    monkeypatch.setenv("QT_QPA_FONTDIR", "/fonts/of/this/program")
    load_cv2()
    assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
    assert os.environ["QT_QPA_FONTDIR"] == "/fonts/of/this/program"


def test_rules_keep_the_grid_and_leave_the_connectors_out() -> None:
    grid_h = [_h(y, 100, 900) for y in (100, 200, 300, 400)]
    grid_v = [_v(x, 100, 400) for x in (100, 300, 600, 900)]
    connector_h = _h(250, 350, 550)  # from a symbol to an arrow head, inside a lane
    connector_v = _v(450, 250, 350)  # down from it, crossing a row rule
    horizontal, vertical = rules([*grid_h, connector_h], [*grid_v, connector_v], tol=10, long=200)
    assert horizontal == grid_h and vertical == grid_v
    lane_to_lane = _h(350, 300, 600)  # between two symbols that fill their lanes: it ends on the lanes' rules
    horizontal, _ = rules([*grid_h, lane_to_lane], grid_v, tol=10, long=200, wide=400)
    assert horizontal == grid_h


def test_a_rule_cut_by_a_crossing_is_joined_and_a_lost_border_is_drawn() -> None:
    cut = [_h(300, 100, 440), _h(302, 452, 900)]
    (whole,) = joined(cut, gap=30, long=200, across=False)
    assert (whole.x1, whole.x2) == (100, 900)
    words = [_h(500, 100, 150), _h(500, 170, 230), _h(500, 250, 300)]  # a printed line seen as short lines
    assert len(joined(words, gap=30, long=200, across=False)) == 3
    rows = [_h(y, 100, 900) for y in (100, 200, 300)]  # the right border too faint to be found
    (border,) = [b for b in borders(rows, tol=10, across=True) if b.x1 == 900]
    assert (border.y1, border.y2) == (100, 300)


def _page_with(draw_symbols: bool = True) -> np.ndarray:
    image = Image.new("L", (1200, 500), 255)
    d = ImageDraw.Draw(image)
    d.rectangle((20, 20, 1180, 480), outline=0, width=3)  # one table cell around everything
    if draw_symbols:
        d.rectangle((60, 200, 200, 260), outline=0, width=3)  # process
        d.polygon([(330, 170), (400, 230), (330, 290), (260, 230)], outline=0, width=3)  # decision
        d.polygon([(480, 190), (600, 190), (600, 240), (540, 280), (480, 240)], outline=0, width=3)  # off-page
        d.rounded_rectangle((700, 200, 860, 260), radius=30, outline=0, width=3)  # terminator
        d.rectangle((950, 200, 1090, 260), fill=60)  # a filled process box
        d.line((200, 230, 260, 230), fill=0, width=3)  # connectors touching them
    return np.asarray(image)


def test_symbols_are_found_by_their_outline() -> None:
    gray = _page_with()
    ink = np.where(gray < 128, 0, 255).astype(np.uint8)
    found = sorted(symbols(gray, ink, [(20, 20, 1180, 480)], DPI), key=lambda s: s[1][0])
    assert [kind for kind, _ in found] == ["process", "decision", "connector", "terminator", "process"]
    blank = _page_with(draw_symbols=False)
    assert symbols(blank, blank, [(20, 20, 1180, 480)], DPI) == []


def test_arrows_are_read_from_their_wires_and_heads() -> None:
    """Two rows of a flowchart: a filled box with a wire down across the row rule to an
    arrow head on an outlined box; that box joined by a plain line (no head) to a third."""
    image = Image.new("L", (900, 700), 255)
    d = ImageDraw.Draw(image)
    d.rectangle((20, 20, 880, 680), outline=0, width=3)
    d.line((20, 300, 880, 300), fill=0, width=3)  # the row rule the wire crosses
    d.line((300, 20, 300, 680), fill=0, width=3)  # a lane rule
    d.rectangle((100, 100, 200, 150), fill=50)  # step 1, filled
    d.line((150, 150, 150, 440), fill=0, width=4)
    d.polygon([(135, 440), (165, 440), (150, 470)], fill=0)  # the head, on step 2's box
    d.rectangle((100, 470, 200, 530), outline=0, width=4)  # step 2
    d.line((200, 500, 400, 500), fill=0, width=4)  # a plain line to the next lane's box
    d.rectangle((400, 470, 500, 530), outline=0, width=4)
    ink = np.where(np.asarray(image) < 128, 0, 255).astype(np.uint8)
    edges = [(20, 20, 300, 300), (300, 20, 880, 300), (20, 300, 300, 680), (300, 300, 880, 680)]
    boxes = [(100, 100, 200, 150), (104, 474, 196, 526), (404, 474, 496, 526)]
    (arrow,) = arrows(ink, edges, boxes, DPI)
    to_points = 72 / DPI
    assert abs(arrow.tip[0] - 150 * to_points) < 3 and abs(arrow.tip[1] - 470 * to_points) < 8
    assert min(abs(p[1] - 150 * to_points) for p in arrow.path) < 8  # the path reaches step 1's box
    assert arrows(ink, edges, boxes[1:], DPI) == []  # a wire without a head is no arrow


def test_a_cell_read_unsure_is_left_empty_for_a_person() -> None:
    """Handwriting (and letters read into a drawn symbol) comes back from Tesseract with a low
    mean confidence: the cell is left empty, so the import report says "not found"."""
    printed, written = (0, 0, 100, 40), (100, 0, 300, 40)
    words = [ocr.OcrWord("NOMOR", 95, (5, 5, 60, 30)), ocr.OcrWord("SOP", 92, (65, 5, 95, 30)),
             ocr.OcrWord("199.44", 19, (105, 5, 160, 30)), ocr.OcrWord("Kets", 63, (165, 5, 200, 30)),
             ocr.OcrWord("2", 97, (205, 5, 215, 30)), ocr.OcrWord("STANDAR", 40, (0, 50, 80, 70))]
    kept = scan_reader._sure(words, [printed, written])
    assert [w.text for w in kept] == ["NOMOR", "SOP", "STANDAR"]  # a word outside every cell is kept


def test_an_empty_date_is_reported_not_found_and_a_dash_read() -> None:
    from sopdesk.io.importers.build import _date
    from sopdesk.io.importers.report import MISSING, READ

    findings: list[Any] = []
    assert _date({"made_on": "", "revised_on": "-"}, "made_on", findings) is None
    assert _date({"made_on": "", "revised_on": "-"}, "revised_on", findings) is None
    assert [(f.subject, f.state) for f in findings] == [("made_on", MISSING), ("revised_on", READ)]


@needs_tesseract
def test_a_decisions_one_letter_labels_are_read_beside_its_wires() -> None:
    font = ImageFont.truetype(str(font_path()), 24)
    image = Image.new("L", (600, 400), 255)
    d = ImageDraw.Draw(image)
    d.polygon([(300, 150), (360, 200), (300, 250), (240, 200)], fill=90)  # the decision
    d.line((360, 200, 560, 200), fill=0, width=4)  # its wires, right and down
    d.line((300, 250, 300, 390), fill=0, width=4)
    d.line((0, 280, 600, 280), fill=0, width=3)  # a row rule under the decision
    d.text((368, 170), "T", fill=0, font=font)
    d.text((308, 252), "Y", fill=0, font=font)
    ink = np.where(np.asarray(image) < 128, 0, 255).astype(np.uint8)
    found = exit_labels(ink, [(240, 150, 360, 250)], ocr.require_tesseract("label.png"), DPI)
    assert sorted((w.text, w.box[0] // 50) for w in found) == [("T", 7), ("Y", 6)]
    assert exit_labels(ink, [], "ind", DPI) == []


def _sop_sheet(path: Path) -> None:
    """A one-page SOP AP printed at 200 dpi and stored sideways (turned 90 degrees)."""
    font = ImageFont.truetype(str(font_path()), 30)
    image = Image.new("L", (2300, 1500), 255)
    d = ImageDraw.Draw(image)

    def table(xs: list[int], ys: list[int], texts: dict[tuple[int, int], str]) -> None:
        for x in xs:
            d.line((x, ys[0], x, ys[-1]), fill=0, width=3)
        for y in ys:
            d.line((xs[0], y, xs[-1], y), fill=0, width=3)
        for (row, col), text in texts.items():
            d.text((xs[col] + 12, ys[row] + 14), text, fill=0, font=font)

    table([100, 700, 1500], [80, 150, 220, 290], {
        (0, 0): "NOMOR SOP", (0, 1): "800/12/SOP/2026", (1, 0): "NAMA SOP", (1, 1): "PENGUJIAN BERKAS PINDAI",
        (2, 0): "DISAHKAN OLEH", (2, 1): "Kepala Dinas"})
    xs = [100, 220, 900, 1150, 1400, 1700, 2100]
    table(xs, [400, 480, 620, 760], {
        (0, 0): "No", (0, 1): "Kegiatan", (0, 2): "Staf", (0, 3): "Kepala", (0, 4): "Waktu", (0, 5): "Output",
        (1, 0): "1", (1, 1): "Menerima berkas permohonan", (1, 4): "10 menit", (1, 5): "Berkas",
        (2, 0): "2", (2, 1): "Memeriksa kelengkapan berkas", (2, 4): "15 menit", (2, 5): "Nota dinas"})
    d.rectangle((960, 520, 1090, 580), outline=0, width=4)
    d.polygon([(1275, 640), (1340, 690), (1275, 740), (1210, 690)], outline=0, width=4)
    image.rotate(90, expand=True).save(path, dpi=(DPI, DPI))


@needs_tesseract
@pytest.mark.slow
def test_a_sideways_scan_image_is_turned_upright_and_read_into_a_draft(tmp_path: Path) -> None:
    path = tmp_path / "pindai.png"
    _sop_sheet(path)
    pages: list[str] = []
    (draft,) = read_drafts(path, progress=lambda done, total, text: pages.append(text) or True)
    assert pages == ["pindai.png: OCR halaman 1/1"]
    sop = draft.sop
    assert sop.title == "PENGUJIAN BERKAS PINDAI" and sop.number == "800/12/SOP/2026"
    assert [lane.name for lane in sop.lanes] == ["Staf", "Kepala"]
    assert [s.activity for s in sop.steps] == ["Menerima berkas permohonan", "Memeriksa kelengkapan berkas"]
    assert [s.standard_time for s in sop.steps] == ["10 menit", "15 menit"]
    assert [s.output for s in sop.steps] == ["Berkas", "Nota dinas"]
    assert [[(lane, kind) for lane, kind, _ in f.symbols] for f in draft.flow] == [[("Staf", "process")],
                                                                                 [("Kepala", "decision")]]


def _count(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        return int(con.execute("SELECT count(*) FROM import_file").fetchone()[0])
    finally:
        con.close()


def _identity_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Nomor SOP", "1/2026"), ("Nama SOP", "SOP TANPA PINDAI"),
                                                 ("Disahkan oleh", "Kepala Dinas")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.save(str(path))


def _import_scan_beside_a_docx(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Import a folder holding a scan and a typed .docx: the scan is refused, the .docx is stored,
    exit 1, no traceback. Returns what the command wrote to stderr."""
    folder = tmp_path / "map"
    folder.mkdir()
    Image.new("L", (400, 300), 255).save(folder / "a-pindai.jpg")
    _identity_docx(folder / "b-ketik.docx")
    open_database(db_path).close()
    assert main(["--db", str(db_path), "import", str(folder)]) == 1
    out = capsys.readouterr()
    assert "a-pindai.jpg" in out.err and "Traceback" not in out.err and "ok  b-ketik.docx: 1 SOP" in out.out
    assert _count(db_path) == 1
    return out.err


def test_without_tesseract_a_scan_is_refused_by_name_and_the_folder_goes_on(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ocr, "_languages", lambda: ())
    err = _import_scan_beside_a_docx(tmp_path, db_path, capsys)
    assert "Tesseract OCR" in err and "tesseract-ocr-ind" in err


def test_without_the_scan_reader_a_scan_is_refused_by_name_and_the_folder_goes_on(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The Windows installer leaves OpenCV and img2table out: a scan is refused with a reason, the
    typed documents beside it are imported."""
    from importlib import util

    real = util.find_spec
    monkeypatch.setattr(util, "find_spec", lambda name, *a: None if name in ("cv2", "img2table") else real(name, *a))
    err = _import_scan_beside_a_docx(tmp_path, db_path, capsys)
    assert "pembaca pindaian (OpenCV dan img2table) tidak disertakan" in err


@needs_tesseract
def test_a_blank_scan_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "kosong.png"
    Image.new("L", (1654, 1169), 255).save(path, dpi=(DPI, DPI))
    with pytest.raises(ImportFileError, match=r"kosong\.png: hasil pindai: OCR tidak menemukan tulisan"):
        read_drafts(path)


def test_cancel_during_a_scan_keeps_the_files_before_it_and_nothing_of_the_scan(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "require_tesseract", lambda name: "ind")
    monkeypatch.setattr(scan_reader, "read_page", lambda number, gray, dpi, lang: Page(number, 100, 100))
    _identity_docx(tmp_path / "a.docx")
    scan = tmp_path / "b.tif"
    Image.new("L", (300, 200), 255).save(scan, save_all=True, append_images=[Image.new("L", (300, 200), 255)])
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> bool:
        seen.append(text)
        return "halaman 2/2" not in text

    db = open_database(db_path)
    try:
        results = import_paths(db, [tmp_path / "a.docx", scan], progress=progress)
    finally:
        db.close()
    assert [r.path.name for r in results] == ["a.docx"] and results[0].revision_ids
    assert seen == ["a.docx", "b.tif", "b.tif: OCR halaman 1/2", "b.tif: OCR halaman 2/2", ""]
    assert _count(db_path) == 1
