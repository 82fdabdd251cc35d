"""Tesseract OCR for scans: is it installed, which way is up, the words of a page image.

Tesseract runs as the ``tesseract`` program (Debian packages ``tesseract-ocr`` and
``tesseract-ocr-ind``; on Windows the UB Mannheim installer with Indonesian ticked), with
the trained data it was installed with: nothing is downloaded at run time. Languages
``ind+eng`` (``ind`` alone when English is missing). Images are grey-scale ``numpy`` arrays
(``uint8``, rows x columns); word boxes are returned in pixels of that image.

Errors: `ImportFileError` naming the file when Tesseract or its Indonesian data is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.scan_grid import load_cv2

if TYPE_CHECKING:
    import numpy as np

INSTALL_HINT = ("pasang Tesseract OCR beserta bahasa Indonesia (Linux: paket tesseract-ocr dan "
                "tesseract-ocr-ind; Windows: penginstal Tesseract dari UB Mannheim, centang Indonesian), "
                "lalu impor lagi")
# One thread per Tesseract run: its OpenMP threads spin on a busy machine (measured on the
# corpus scans, 2 cores under load: 22 s a page with OpenMP's default, 6 s with one thread).
_TIMEOUT = 300  # seconds for one Tesseract run (a full page takes 5-15 s)


@dataclass(frozen=True, slots=True)
class OcrWord:
    """A word read: its text, confidence (0-100) and box in pixels ``(left, top, right, bottom)``."""

    text: str
    confidence: float
    box: tuple[int, int, int, int]


# Where the Windows installer puts Tesseract when it is not on the PATH.
_WINDOWS_DEFAULT = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Tesseract-OCR" / "tesseract.exe"


@lru_cache(maxsize=1)
def program() -> str | None:
    """The ``tesseract`` program: on the PATH, else (Windows) in its default install folder."""
    found = shutil.which("tesseract")
    if found is None and os.name == "nt" and _WINDOWS_DEFAULT.is_file():
        found = str(_WINDOWS_DEFAULT)
    return found


@lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    exe = program()
    if exe is None:
        return ()
    done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    return tuple(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def require_tesseract(file_name: str) -> str:
    """The ``-l`` argument to use (``ind+eng`` or ``ind``); raises `ImportFileError` naming
    ``file_name`` when the ``tesseract`` program or its Indonesian data is not installed."""
    langs = _languages()
    if not langs:
        raise ImportFileError(file_name, f"hasil pindai perlu Tesseract OCR untuk dibaca, dan Tesseract tidak "
                                         f"terpasang; {INSTALL_HINT}; tidak diimpor")
    if "ind" not in langs:
        raise ImportFileError(file_name, f"hasil pindai perlu data bahasa Indonesia Tesseract OCR (ind), yang "
                                         f"tidak terpasang; {INSTALL_HINT}; tidak diimpor")
    return "ind+eng" if "eng" in langs else "ind"


def _run(image: np.ndarray, args: list[str]) -> str:
    cv2 = load_cv2()

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.png"
        cv2.imwrite(str(source), image)
        done = subprocess.run([program() or "tesseract", str(source), "stdout", *args], capture_output=True, text=True,
                              timeout=_TIMEOUT, check=False, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return done.stdout


def words(image: np.ndarray, lang: str, dpi: int, psm: int = 11, letters: str = "") -> list[OcrWord]:
    """The words Tesseract reads in ``image`` (page segmentation 11: sparse text, so the
    text of every table cell is found wherever it sits; ``letters``, when given, the only
    characters it may read). A word's box takes the height of the line Tesseract put it on,
    so the words of one printed line share one middle (a capital's box and a descender's
    differ by more than `grid.lines_text` allows)."""
    only = ["-c", f"tessedit_char_whitelist={letters}"] if letters else []
    rows = [line.split("\t") for line in _run(image, ["-l", lang, "--psm", str(psm), "--dpi", str(dpi), *only, "tsv"])
            .splitlines()[1:]]
    lines = {tuple(r[1:5]): (int(r[7]), int(r[7]) + int(r[9])) for r in rows if len(r) >= 12 and r[0] == "4"}
    out = []
    for parts in rows:
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = _RULE_EDGES.sub("", parts[11])
        if not text or (_NOT_A_WORD.match(text) and text not in _MARKS) or (len(text) <= 3 and float(parts[10]) < 50):
            continue  # rules and specks read as punctuation or as a few unlikely letters
        left, top, width, height = (int(v) for v in parts[6:10])
        if height < dpi / 24:  # under 3 points: a rule or a speck read as letters
            continue
        top, bottom = lines.get(tuple(parts[1:5]), (top, top + height))
        out.append(OcrWord(text, float(parts[10]), (left, top, left + width, bottom)))
    return out


def words_in(image: np.ndarray, boxes: list[tuple[int, int, int, int]], lang: str, dpi: int) -> list[OcrWord]:
    """The words in each of ``boxes`` (pixels) of ``image``, read again one box at a time: page
    segmentation 11 misses a lone short word (a step number alone in its cell). The boxes'
    insides are stacked on one white sheet and read by one Tesseract run (page segmentation
    6); the words come back in ``image``'s pixels."""
    import numpy as np

    if not boxes:
        return []
    pad, inset = 20, 4
    crops = [image[top + inset:bottom - inset, left + inset:right - inset] for left, top, right, bottom in boxes]
    width = max(c.shape[1] for c in crops) + 2 * pad
    sheet = np.full((sum(c.shape[0] + pad for c in crops) + pad, width), 255, dtype=np.uint8)
    offsets, y = [], pad
    for crop, box in zip(crops, boxes, strict=True):
        sheet[y:y + crop.shape[0], pad:pad + crop.shape[1]] = crop
        offsets.append((y, y + crop.shape[0], box[0] + inset - pad, box[1] + inset - y))
        y += crop.shape[0] + pad
    out = []
    for w in words(sheet, lang, dpi, psm=6):
        middle = (w.box[1] + w.box[3]) / 2
        for top, bottom, dx, dy in offsets:
            if top <= middle <= bottom:
                out.append(OcrWord(w.text, w.confidence, (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy)))
    return out


_RULE_EDGES = re.compile(r"^[|\s]+|[|\s]+$")  # a table rule read as "|" beside a word
_NOT_A_WORD = re.compile(r"^[\W_]+$")  # rules, specks and strokes read as punctuation
# Punctuation kept when read alone: a list's dash bullet, a slash between spaced words
# ("informasi / dokumentasi").
_MARKS = ("-", "/")
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def upright_turn(image: np.ndarray, lang: str, dpi: int) -> int:
    """Degrees (0, 90, 180, 270, clockwise) to turn ``image`` so its text stands upright.

    Tesseract's orientation detection (``--psm 0``, data ``osd``) when it is installed and
    sure (confidence >= 2); otherwise each of the four turns of a half-size copy is read and
    the one with the most confident words (confidence >= 60) wins."""
    if "osd" in _languages():
        report = _run(image, ["--psm", "0", "--dpi", str(dpi)])
        turn, sure = _ROTATE.search(report), _CONFIDENCE.search(report)
        if turn and sure and float(sure.group(1)) >= 2.0:
            return int(turn.group(1)) % 360
    return _best_turn(image, lang, dpi)


def _best_turn(image: np.ndarray, lang: str, dpi: int) -> int:
    cv2 = load_cv2()

    small = cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    scores = {turn: sum(1 for w in words(turned(small, turn), lang, dpi // 2) if w.confidence >= 60 and len(w.text) > 2)
              for turn in (0, 90, 180, 270)}
    return max(scores, key=lambda t: (scores[t], -t))


def turned(image: np.ndarray, degrees: int) -> np.ndarray:
    """``image`` turned ``degrees`` clockwise (0, 90, 180 or 270)."""
    cv2 = load_cv2()

    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return image if degrees % 360 == 0 else cv2.rotate(image, codes[degrees % 360])
