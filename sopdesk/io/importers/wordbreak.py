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
    so it stays in its cell); ``known`` is the document's `vocabulary`. A word may be broken
    over several lines (a lane name in a narrow lane: "Ka" / "ga" / "ha" / "r"): the longest run
    of pieces that makes a known word is joined, and a lone letter after it.
    Order is kept."""
    joined: dict[int, Word] = {}
    dropped: set[int] = set()
    for cell in cells:
        lines = _lines([(i, w) for i, w in enumerate(words) if cell.contains(w.box.centre)])
        if len(lines) < 2:
            continue
        right = max(line[-1][1].box.x1 for line in lines)
        k = 0
        while k < len(lines) - 1:
            i, first = lines[k][-1]
            first = joined.get(i, first)
            alone = len(lines[k]) == 1 and i not in dropped
            taken = _taken(first, _pieces(lines, k, first, right), known) if alone else []
            if taken:
                joined[i] = Word(first.text + "".join(w.text for _, w in taken), first.box)
                dropped.update(j for j, _ in taken)
            k += max(len(taken), 1)
    return [joined.get(i, w) for i, w in enumerate(words) if i not in dropped]


def _pieces(lines: list[list[tuple[int, Word]]], k: int, first: Word, right: float) -> list[tuple[int, Word]]:
    """The first words of the lines after line ``k`` that may go on ``first`` (alone on line
    ``k``), each after the one before, while each stands alone on its line."""
    pieces: list[tuple[int, Word]] = []
    before = first
    for line in lines[k + 1:]:
        j, rest = line[0]
        if not _broken(before, rest, right):
            break
        pieces.append((j, rest))
        if len(line) != 1:
            break
        before = rest
    return pieces


def _taken(first: Word, pieces: list[tuple[int, Word]], known: set[str]) -> list[tuple[int, Word]]:
    """The longest run of ``pieces`` that makes ``first`` a known word (none: no run), and the
    piece after it when that is a lone letter."""
    end = next((end for end in range(len(pieces), 0, -1)
                if bare(first.text + "".join(w.text for _, w in pieces[:end])) in known), 0)
    return pieces[:end + 1] if end < len(pieces) and len(bare(pieces[end][1].text)) == 1 else pieces[:end]


def _lines(words: list[tuple[int, Word]]) -> list[list[tuple[int, Word]]]:
    lines: list[list[tuple[int, Word]]] = []
    for item in sorted(words, key=lambda iw: (iw[1].box.centre[1], iw[1].box.x0)):
        if lines and abs(lines[-1][0][1].box.centre[1] - item[1].box.centre[1]) <= LINE:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [sorted(line, key=lambda iw: iw[1].box.x0) for line in lines]


def _broken(piece: Word, rest: Word, right: float) -> bool:
    """True when ``rest`` may go on ``piece`` (rules 1, 2 and 4 of the module's docstring)."""
    if not piece.text[-1:].isalpha() or not _continues(piece.text, rest.text):
        return False
    letter = rest.box.width / max(len(rest.text), 1)
    full = piece.box.x1 + 2 * letter > right
    would_fit = piece.box.x1 + letter / 2 + rest.box.width <= right
    return full or would_fit


def _continues(piece: str, rest: str) -> bool:
    """True when ``rest`` may go on a word ending in ``piece``: it starts with a small letter, or
    both are capitals where they meet (a word in capitals)."""
    return rest[:1].islower() or (piece[-1:].isupper() and rest[:1].isupper() and rest.isupper())
