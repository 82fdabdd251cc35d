"""Scans -> `grid.Document`: a PDF without a text layer, or a .png/.jpg/.tif image.

Each page is rendered at `DPI` (pypdfium2, which honours the page's /Rotate), turned
upright (`ocr.upright_turn`: Tesseract's orientation detection), straightened (small skew),
then: the ruled tables from img2table (`scan_grid`), the words from Tesseract (`ocr`:
the page read as sparse text, then the wide cells and the cells left empty read again as
blocks; a cell's text is the words whose centre lies in it, as for a PDF with a text
layer; words inside a logo dropped), the symbols from their outlines (`scan_symbols`).
Arrows are not read from scans: the recogniser guesses the flow to the next step and the
import report says so.

``progress(done, total, text) -> bool`` is called before each page (pages of this file);
False raises `CancelledError` (nothing of this file is kept). Errors: `ImportFileError`
naming the file when Tesseract is missing, the image cannot be opened, or no word is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sopdesk.errors import CancelledError, Progress
from sopdesk.io.importers import ocr
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.grid import Box, Cell, Document, Page, Shape, Table, Word
from sopdesk.io.importers.scan_arrows import arrows
from sopdesk.io.importers.scan_grid import PixelBox, binary, deskewed, flattened, load_cv2, tables_and_rules
from sopdesk.io.importers.scan_labels import exit_labels
from sopdesk.io.importers.scan_symbols import symbols

if TYPE_CHECKING:
    import numpy as np

# Pixels per inch every page is read at (PDF pages rendered, pictures scaled): the sizes in
# `scan_grid`/`scan_symbols` are tuned at it; measured on the corpus scans, 300 dpi read 26 of
# the 90 cell texts that 200 dpi reads 82 of, and took 1.5-2x as long.
DPI = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def read_scan(path: Path, progress: Progress | None = None) -> Document:
    """The pages of the scan at ``path`` (PDF or image) read by OCR; see the module docstring."""
    lang = ocr.require_tesseract(path.name)
    images = list(_images(path))
    doc = Document(name=path.name)
    for i, (gray, dpi) in enumerate(images):
        if progress is not None and not progress(i, len(images), f"{path.name}: OCR halaman {i + 1}/{len(images)}"):
            raise CancelledError()
        doc.pages.append(read_page(i + 1, gray, dpi, lang))
    if not any(p.words for p in doc.pages):
        raise ImportFileError(path.name, "hasil pindai: OCR tidak menemukan tulisan apa pun (halaman kosong "
                                         "atau gambar terlalu buram); tidak diimpor")
    return doc


def read_page(number: int, gray: np.ndarray, dpi: int, lang: str) -> Page:
    """One page image (grey ``uint8``, ``dpi`` pixels per inch) read into a `Page` in points."""
    gray = deskewed(ocr.turned(gray, ocr.upright_turn(gray, lang, dpi)))
    scale = 72 / dpi
    page = Page(number=number, width=gray.shape[1] * scale, height=gray.shape[0] * scale)
    clean = flattened(gray, dpi)
    ink = binary(gray)
    found, rules = tables_and_rules(ink)
    drawn = symbols(gray, ink, [c for _, cells in found for c in cells], dpi)
    labels = exit_labels(ink, [box for kind, box in drawn if kind == "decision"], lang, dpi)
    page.words = [Word(w.text, _points(w.box, scale))
                  for w in _words(clean, ink, found, [box for _, box in drawn], lang, dpi) + labels]
    page.tables = [Table(_points(outline, scale), tuple(Cell(b := _points(c, scale), page.text_in(b)) for c in cells))
                   for outline, cells in found]
    for kind, box in drawn:
        shape_box = _points(box, scale)
        page.shapes.append(Shape(kind, shape_box, " ".join(page.text_in(shape_box).split())))
    edges = [*rules, *(c for _, cells in found for c in cells)]
    page.arrows = arrows(ink, edges, [box for _, box in drawn], dpi)
    return page


def _words(clean: np.ndarray, ink: np.ndarray, found: list[tuple[PixelBox, list[PixelBox]]], drawn: list[PixelBox],
           lang: str, dpi: int) -> list[ocr.OcrWord]:
    """The page's words: one sparse reading of the page with its pictures blanked, then
    one block reading of the wide cells (their "1." numbering kept) and of the cells the
    first reading left empty; less the words of the cells read unsure (`_sure`)."""
    clean = _blanked(clean, _pictures(ink, found, dpi))
    read = ocr.words(clean, lang, dpi)
    missed = _missed(read, found, drawn, ink)
    wide = [c for _, cells in found for c in cells if (c[2] - c[0]) * 72 / dpi >= WIDE and c not in missed]
    read = [w for w in read if not any(_holds(c, *_middle(w.box)) for c in wide)]
    return _sure(read + ocr.words_in(clean, wide + missed, lang, dpi), [c for _, cells in found for c in cells])


UNSURE = 78.0  # Tesseract's mean word confidence (0-100) under which a cell's text is not kept


def _sure(words: list[ocr.OcrWord], cells: list[PixelBox]) -> list[ocr.OcrWord]:
    """``words`` less those of the cells whose words' mean confidence is under `UNSURE`:
    handwriting (a Nomor, dates, a signer written by hand) and letters read into a symbol or
    an arrow head. Such a cell is left empty, so the import report says its field was not
    found. Measured on the corpus scans: every printed cell's mean is 80 or more, every
    handwritten or drawn one's 74 or less."""
    unsure = []
    for cell in cells:
        inside = [w.confidence for w in words if _holds(cell, *_middle(w.box))]
        if inside and sum(inside) / len(inside) < UNSURE:
            unsure.append(cell)
    return [w for w in words if not any(_holds(c, *_middle(w.box)) for c in unsure)]


def _blanked(image: np.ndarray, boxes: list[PixelBox]) -> np.ndarray:
    """A copy of ``image`` with ``boxes`` (pixels) painted white: a logo is read by neither
    the page's reading nor a cell's second reading (OCR reads letters into it: "44,", "N")."""
    out = image.copy()
    for left, top, right, bottom in boxes:
        out[top:bottom + 1, left:right + 1] = 255
    return out


def _missed(read: list[ocr.OcrWord], found: list[tuple[PixelBox, list[PixelBox]]], drawn: list[PixelBox],
            ink: np.ndarray) -> list[PixelBox]:
    """Cells with ink inside, no word read and no symbol drawn: text the first reading
    missed (a lone step number, a short Waktu)."""
    out = []
    for _, cells in found:
        for cell in cells:
            if any(_holds(cell, *_middle(w.box)) for w in read) or any(_holds(cell, *_middle(b)) for b in drawn):
                continue
            inside = ink[cell[1] + 4:cell[3] - 4, cell[0] + 4:cell[2] - 4]
            if inside.size and (inside < 128).mean() > 0.004:
                out.append(cell)
    return out


WIDE = 260.0  # points: a cell this wide (an identity list) is read again as a block, which keeps "1." numbering
PICTURE = 40.0  # points: ink this tall and wide, clear of the table's rules, is a picture (a logo)


def _pictures(ink: np.ndarray, found: list[tuple[PixelBox, list[PixelBox]]], dpi: int) -> list[PixelBox]:
    """Logos and other pictures: pieces of ink at least `PICTURE` both ways that are not a
    table's grid. OCR reads letters into them ("44,", "LN"); their words are dropped."""
    cv2 = load_cv2()
    close = max(3, round(dpi / 30))  # a coloured logo binarises into pieces a few pixels apart
    joined = cv2.dilate(255 - ink, cv2.getStructuringElement(cv2.MORPH_RECT, (close, close)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    least = PICTURE * dpi / 72
    out = []
    for left, top, width, height, _area in stats[1:count]:
        box = (int(left), int(top), int(left + width), int(top + height))
        if width >= least and height >= least and not any(_covers(box, outline) for outline, _ in found):
            out.append(box)
    return out


def _covers(box: PixelBox, outline: PixelBox) -> bool:
    """True when ``box`` spans most of a table's ``outline`` (it is the table's grid)."""
    return (box[2] - box[0]) > 0.5 * (outline[2] - outline[0]) and (box[3] - box[1]) > 0.5 * (outline[3] - outline[1])


def _middle(box: PixelBox) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _holds(box: PixelBox, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _points(box: PixelBox, scale: float) -> Box:
    return Box(box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def _images(path: Path) -> Iterator[tuple[np.ndarray, int]]:
    """Each page of ``path`` as a grey image and its resolution."""
    import numpy as np

    if path.suffix.lower() == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(path)
        try:
            for page in pdf:
                yield np.asarray(page.render(scale=DPI / 72).to_pil().convert("L")), DPI
        finally:
            pdf.close()
        return
    yield from _picture_pages(path)


def _picture_pages(path: Path) -> Iterator[tuple[np.ndarray, int]]:
    """Each frame of a picture, scaled to `DPI` (its own resolution when the file gives one,
    else judged from its size as an A4/F4 sheet, about 12 inches long)."""
    import numpy as np
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    try:
        picture = Image.open(path)
    except (UnidentifiedImageError, OSError) as exc:
        raise ImportFileError(path.name, "gambar rusak atau formatnya tidak dikenal") from exc
    with picture:
        stated = float((picture.info.get("dpi") or (0, 0))[0])
        for frame in ImageSequence.Iterator(picture):
            upright = ImageOps.exif_transpose(frame.convert("L"))
            dpi = stated if stated >= 100 else max(upright.size) / 12
            if abs(dpi - DPI) > 0.05 * DPI:
                size = (round(upright.width * DPI / dpi), round(upright.height * DPI / dpi))
                upright = upright.resize(size, Image.Resampling.BOX)
            yield np.asarray(upright), DPI
