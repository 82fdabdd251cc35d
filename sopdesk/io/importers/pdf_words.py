"""A PDF page's words, each line of text on its own.

pdfplumber groups characters into lines by their tops, chaining every top within its
``y_tolerance`` of the next: in a header whose cells centre their lines (one cell's lines at
61.4 and 69.4 points, its neighbours' at 63.4, 65.4, 67.4), every line of the header becomes
one, its characters sorted by x interleave, and "Keterangan" over two lines is read
"Ke t e ran" / "g a n". Here a line takes the characters whose top lies within `LINE` points
of its first (highest) character's, never more, so two lines of one cell never share a
line; pdfplumber then makes the words of each line.
"""

from __future__ import annotations

from typing import Any

LINE = 3.0  # points: characters whose tops lie this close to a line's first one are on that line
WORDS: dict[str, Any] = {"x_tolerance": 1.5, "y_tolerance": LINE, "keep_blank_chars": False}


def page_words(page: Any) -> list[dict[str, Any]]:
    """The words of pdfplumber page ``page`` (pdfplumber word dicts: ``text``, ``x0``, ``x1``,
    ``top``, ``bottom``, points), upright text line by line, other text as pdfplumber reads it."""
    from pdfplumber.utils import extract_words

    chars = page.chars
    upright = [c for c in chars if c.get("upright", True)]
    words = [w for line in text_lines(upright) for w in extract_words(line, **WORDS)]
    turned = [c for c in chars if not c.get("upright", True)]
    return words + (extract_words(turned, **WORDS) if turned else [])


def text_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``chars`` (dicts with ``top``, points) in lines, top to bottom: a line holds the characters
    whose top is at most `LINE` below its first character's; their order is kept."""
    lines: list[list[dict[str, Any]]] = []
    first = float("-inf")
    for c in sorted(chars, key=lambda c: c["top"]):
        if c["top"] - first > LINE:
            lines.append([])
            first = c["top"]
        lines[-1].append(c)
    return lines
