"""Words broken without a hyphen in narrow cells, joined again.

A word processor breaks a word inside only when the word is wider than the whole cell: the
first piece then stands alone on its line, filling it, and the rest starts the next line
("Penghapusa" / "n", "ditandata" / "ngani"). A person copying the sheet writes the word whole.
Two pieces are joined when (1) the first is the only word on its line, (2) the second starts
with a small letter, or both are capitals where they meet ("TNI/POL" / "RI"), (3) the joined
word is printed whole somewhere else in the document (its vocabulary; two words printed
without their space, "PengumumanKelulusan", do not count), or the second piece is a single
letter (no Indonesian word: "Penyelenggaraa" / "n" on a sheet that prints the word once),
and (4) the line break is no ordinary wrap: the first piece reaches the cell's widest line
(within two letters: PDFs printed with another font than the one laid out fill their lines
unevenly), or the second piece would have fitted after it. A short word alone on its line
("di" / "periksa" in a narrow cell) fails (4) and stays a word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from sopdesk.io.importers.grid import Box, Word

LINE = 3.0  # points: words whose centres are this close vertically share a line
_EDGE = re.compile(r"^\W+|\W+$")
_CAMEL = re.compile(r"[a-z][A-Z]")


def bare(text: str) -> str:
    """``text`` without leading and trailing punctuation, case-folded: how words are compared."""
    return _EDGE.sub("", text).casefold()


def vocabulary(words: Iterable[Word]) -> set[str]:
    """The `bare` forms of a document's ``words``, less those with a capital inside after a
    small letter ("PengumumanKelulusan": two words printed without their space)."""
    return {bare(w.text) for w in words if not _CAMEL.search(w.text)}


def join_broken_words(words: list[Word], cells: Iterable[Box], known: set[str]) -> list[Word]:
    """``words`` with each broken word in ``cells`` made one `Word` (at its first piece's box,
    so it stays in its cell); ``known`` is the document's `vocabulary`. Order is kept."""
    joined: dict[int, Word] = {}
    dropped: set[int] = set()
    for cell in cells:
        lines = _lines([(i, w) for i, w in enumerate(words) if cell.contains(w.box.centre)])
        if len(lines) < 2:
            continue
        right = max(line[-1][1].box.x1 for line in lines)
        for first, second in pairwise(lines):
            (i, piece), (j, rest) = first[-1], second[0]
            piece = joined.get(i, piece)
            if len(first) == 1 and i not in dropped and _broken(piece, rest, right, known):
                joined[i] = Word(piece.text + rest.text, piece.box)
                dropped.add(j)
    return [joined.get(i, w) for i, w in enumerate(words) if i not in dropped]


def _lines(words: list[tuple[int, Word]]) -> list[list[tuple[int, Word]]]:
    lines: list[list[tuple[int, Word]]] = []
    for item in sorted(words, key=lambda iw: (iw[1].box.centre[1], iw[1].box.x0)):
        if lines and abs(lines[-1][0][1].box.centre[1] - item[1].box.centre[1]) <= LINE:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [sorted(line, key=lambda iw: iw[1].box.x0) for line in lines]


def _broken(piece: Word, rest: Word, right: float, known: set[str]) -> bool:
    if not piece.text[-1:].isalpha() or not _continues(piece.text, rest.text):
        return False
    if bare(piece.text + rest.text) not in known and len(bare(rest.text)) != 1:
        return False
    letter = rest.box.width / max(len(rest.text), 1)
    full = piece.box.x1 + 2 * letter > right
    would_fit = piece.box.x1 + letter / 2 + rest.box.width <= right
    return full or would_fit


def _continues(piece: str, rest: str) -> bool:
    """True when ``rest`` may go on a word ending in ``piece``: it starts with a small letter, or
    both are capitals where they meet (a word in capitals)."""
    return rest[:1].islower() or (piece[-1:].isupper() and rest[:1].isupper() and rest.isupper())
