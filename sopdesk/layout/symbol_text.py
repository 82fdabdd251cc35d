"""Text inside a flowchart symbol ("Mulai", "Perlu disposisi?", "Langsung ke Kantor"), in points.

The text wraps within the symbol in `SYMBOL_STYLE` (6.5 pt, never smaller: issue 13): inside a
process box or a terminator less `PAD` at each side (a terminator also less its rounded ends),
inside a decision in the rectangle inscribed in its diamond (half its width and height). A symbol
is widened for its text up to the room its lane gives (`fit_symbol`), then grows in height for the
lines; the row grows with it (`sopdesk.layout.nodes.symbols_height`). Both painters draw
`symbol_lines` and the quality checker measures the same lines (`sopdesk.layout.quality`,
kind ``symbol-text``). No Qt.
"""

from __future__ import annotations

from sopdesk.layout.fonts import TextStyle, text_width, wrap
from sopdesk.layout.geometry import SYMBOL_TEXT, Rect, Shape, ShapeKind

SYMBOL_STYLE = TextStyle(bold=False, size=SYMBOL_TEXT, leading=SYMBOL_TEXT * 1.15)
PAD = 2.0  # points between a symbol's text and its outline
END = 16.0  # points: a terminator's rounded ends keep its text this quarter-height in from each side


def text_area(kind: ShapeKind, rect: Rect) -> Rect:
    """The rectangle of ``rect`` (a symbol of ``kind``) that its text may fill (points)."""
    if kind is ShapeKind.DECISION:
        return Rect(rect.cx - rect.w / 4, rect.cy - rect.h / 4, rect.w / 2, rect.h / 2)
    ends = min(rect.h, rect.w, END) / 4 if kind is ShapeKind.TERMINATOR else 0.0  # its rounded ends
    across, down = (PAD + ends, PAD / 2) if rect.w >= rect.h else (PAD, PAD / 2 + ends)  # a standing one: top, bottom
    return Rect(rect.x + across, rect.y + down, max(0.0, rect.w - 2 * across), max(0.0, rect.h - 2 * down))


def _lines(label: str, kind: ShapeKind, w: float, h: float) -> list[str]:
    return wrap(label, max(1.0, text_area(kind, Rect(0, 0, w, h)).w), SYMBOL_STYLE) if label else []


def fit_symbol(kind: ShapeKind, label: str, w: float, h: float, room: float,
               lane: float = 0.0) -> tuple[float, float]:
    """The size (points) of a symbol of ``kind`` at least ``w`` x ``h`` holding ``label``: as wide
    as its text on one line needs, within ``room`` (its lane less the channels beside it), but in
    a lane too narrow for even one character, up to the ``lane``'s width less 2 points; then as
    high as the wrapped lines need."""
    if not label or kind is ShapeKind.CONNECTOR:
        return min(w, room), h
    font, size = SYMBOL_STYLE.font, SYMBOL_STYLE.size
    scale = 2.0 if kind is ShapeKind.DECISION else 1.0
    inset = 2 * PAD + (min(h, END) / 2 if kind is ShapeKind.TERMINATOR else 0.0)
    w = min(max(w, scale * (text_width(label, font, size) + PAD) + inset), room)
    widest = max((text_width(c, font, size) for c in label if not c.isspace()), default=0.0)
    w = max(w, min(scale * (widest + PAD) + inset, lane - 2.0))
    while True:
        need = len(_lines(label, kind, w, h)) * SYMBOL_STYLE.leading + PAD
        if text_area(kind, Rect(0, 0, w, h)).h + 0.01 >= need:
            return w, h
        h = h + 2.0


def word_room(kind: ShapeKind, label: str) -> float:
    """The least width (points) of a symbol of ``kind`` whose text area holds the longest word of
    ``label`` on one line (so `wrap` breaks its text only between words); 0 without a label."""
    words = label.split()
    if not words or kind is ShapeKind.CONNECTOR:
        return 0.0
    scale = 2.0 if kind is ShapeKind.DECISION else 1.0
    inset = 2 * PAD + (END / 2 if kind is ShapeKind.TERMINATOR else 0.0)
    widest = max(text_width(word, SYMBOL_STYLE.font, SYMBOL_STYLE.size) for word in words)
    return scale * (widest + PAD) + inset + 1.0


def symbol_lines(shape: Shape) -> list[tuple[str, float, float]]:
    """The lines of ``shape``'s text as drawn: (text, x of its left end, baseline y), centred in
    its text area (`text_area`); none for a connector (its letter is drawn by the painters) or an
    empty label."""
    if shape.kind is ShapeKind.CONNECTOR:
        return []
    lines = _lines(shape.label, shape.kind, shape.rect.w, shape.rect.h)
    if not lines:
        return []
    style = SYMBOL_STYLE
    top = shape.rect.cy - len(lines) * style.leading / 2
    out = []
    for k, line in enumerate(lines):
        width = text_width(line, style.font, style.size)
        out.append((line, shape.rect.cx - width / 2, top + k * style.leading + style.ascent))
    return out


def ink_box(line: str, x: float, base: float) -> Rect:
    """The ink box (points) of a symbol-text ``line`` drawn from ``x`` on baseline ``base``."""
    size = SYMBOL_STYLE.size
    return Rect(x, base - size * 0.75, text_width(line, SYMBOL_STYLE.font, size), size * 0.95)
