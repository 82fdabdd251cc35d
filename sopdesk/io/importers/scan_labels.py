"""A decision's exit labels printed as one letter ("Y", "T") beside its arrows on a scan.

Tesseract's page reading skips a lone capital next to a wire (too little to be sure of,
or joined to a rule). So around each decision symbol the page's ink loses its straight
lines (rules and wires: ink that stays under an opening with a line `LINE` long), and each
piece of ink left of a capital's size, outside the symbol, is read alone as one character
limited to the label letters (`LETTERS`). What Tesseract is not sure of is not kept: the
recogniser then names the exit by the label not used, and the import report says so.

Images are ``numpy`` arrays (``uint8``, ink 0 on white 255); boxes in pixels; ``dpi`` the scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopdesk.io.importers import ocr
from sopdesk.io.importers.scan_grid import PixelBox, load_cv2

if TYPE_CHECKING:
    import numpy as np

LETTERS = "YT"  # Ya, Tidak
AROUND = 20.0  # points around a decision's box where its labels are looked for
LINE = 10.0  # points: ink straight this long is a rule or a wire, not a letter
CAPITAL = (4.0, 14.0)  # points: a label letter's height, least and most
WIDTH = (1.5, 12.0)  # points: its width
UPSCALE = 2  # each letter is read at twice the page's resolution


def exit_labels(ink: np.ndarray, decisions: list[PixelBox], lang: str, dpi: int) -> list[ocr.OcrWord]:
    """The one-letter labels (`LETTERS`) read around ``decisions`` on the binary page ``ink``,
    as words with boxes in the page's pixels."""
    if not decisions:
        return []
    cv2 = load_cv2()
    count, labels, stats, _ = cv2.connectedComponentsWithStats(_letters_only(ink, dpi), connectivity=8)
    px = dpi / 72
    out: list[ocr.OcrWord] = []
    for k in range(1, count):
        left, top, width, height, _area = (int(v) for v in stats[k])
        box = (left, top, left + width, top + height)
        if not _letter_sized(width, height, px) or not any(_near(box, d, AROUND * px) for d in decisions):
            continue
        out += _read(labels[top:top + height, left:left + width] == k, box, lang, dpi)
    return out


def _letters_only(ink: np.ndarray, dpi: int) -> np.ndarray:
    """White-on-black ink less its straight lines (rules and wires)."""
    cv2 = load_cv2()
    inverse = 255 - ink
    length = round(LINE * dpi / 72)
    lines = [cv2.morphologyEx(inverse, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
             for size in ((length, 1), (1, length))]
    return cv2.subtract(inverse, cv2.bitwise_or(*lines))


def _letter_sized(width: int, height: int, px: float) -> bool:
    return CAPITAL[0] * px <= height <= CAPITAL[1] * px and WIDTH[0] * px <= width <= WIDTH[1] * px


def _near(box: PixelBox, decision: PixelBox, reach: float) -> bool:
    """True when ``box`` lies within ``reach`` pixels of ``decision`` and not inside it."""
    inside = box[0] >= decision[0] and box[2] <= decision[2] and box[1] >= decision[1] and box[3] <= decision[3]
    return not inside and box[0] >= decision[0] - reach and box[2] <= decision[2] + reach \
        and box[1] >= decision[1] - reach and box[3] <= decision[3] + reach


def _read(piece: np.ndarray, box: PixelBox, lang: str, dpi: int) -> list[ocr.OcrWord]:
    """The piece of ink (a boolean mask the size of ``box``) read as one label letter."""
    cv2 = load_cv2()
    import numpy as np

    pad = 12
    sheet = np.full((piece.shape[0] + 2 * pad, piece.shape[1] + 2 * pad), 255, dtype=np.uint8)
    sheet[pad:pad + piece.shape[0], pad:pad + piece.shape[1]] = np.where(piece, 0, 255)
    sheet = cv2.resize(sheet, None, fx=UPSCALE, fy=UPSCALE, interpolation=cv2.INTER_CUBIC)
    return [ocr.OcrWord(w.text, w.confidence, box) for w in ocr.words(sheet, lang, dpi * UPSCALE, psm=10,
                                                                      letters=LETTERS) if w.text in LETTERS]
