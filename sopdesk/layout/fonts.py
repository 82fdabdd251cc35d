"""Font metrics of the bundled font, and word wrapping, in points.

Metrics come from the TrueType file itself (read with reportlab's TTF parser, no Qt), so
the layout, the PDF and the screen agree on every line break. A character Liberation Sans has
no glyph for is drawn in the first bundled fallback font that has one (`FALLBACKS`: Noto Sans
Arabic, Noto Sans Symbols 2): a line is measured and painted as runs of one font each
(`font_runs`). Bidirectional control characters (`BIDI_CONTROLS`) are never drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sopdesk.resources import fallback_font_path, font_path

REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
# reportlab name -> file, regular then bold; in the order they are tried
FALLBACKS = {
    "NotoSansArabic": "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansSymbols2": "NotoSansSymbols2-Regular.ttf",
}
_FALLBACK_ORDER = {REGULAR: ("NotoSansArabic", "NotoSansSymbols2"), BOLD: ("NotoSansArabic-Bold", "NotoSansSymbols2")}
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


_pdfmetrics: Any = None


def register_fonts() -> Any:
    """Register the bundled fonts with reportlab once; return reportlab's ``pdfmetrics``.

    reportlab is imported here, on first use, so that merely importing the layout is cheap.
    """
    global _pdfmetrics
    if _pdfmetrics is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        registered = pdfmetrics.getRegisteredFontNames()
        files = {REGULAR: font_path(False), BOLD: font_path(True)}
        files |= {name: fallback_font_path(file) for name, file in FALLBACKS.items()}
        for name, path in files.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        _pdfmetrics = pdfmetrics
    return _pdfmetrics


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A font and size; ``leading`` is the line pitch (points)."""

    bold: bool = False
    size: float = 7.5
    leading: float = 9.0

    @property
    def font(self) -> str:
        """The reportlab font name."""
        return BOLD if self.bold else REGULAR

    @property
    def ascent(self) -> float:
        """Distance from the top of a line box to its baseline (points)."""
        return _ascent(self.font, self.size, self.leading)


@lru_cache(maxsize=64)
def _ascent(font: str, size: float, leading: float) -> float:
    face = register_fonts().getFont(font).face
    return float(face.ascent) / 1000.0 * size + (leading - size * 1.15) / 2


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points at ``size`` in ``font`` (`REGULAR` or `BOLD`), the characters
    it lacks measured in their fallback font (`font_runs`)."""
    return sum(run_width(run, run_font, size) for run, run_font in font_runs(text, font))


def run_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points at ``size`` in exactly ``font`` (any name registered here,
    fallbacks included; no fallback applied)."""
    return float(register_fonts().stringWidth(text, font, size))


def clean_text(text: str) -> str:
    """``text`` without the bidirectional control characters (U+202A-U+202E, U+2066-U+2069,
    U+200E, U+200F), which would otherwise print as visible marks."""
    return text.translate(BIDI_CONTROLS)


@lru_cache(maxsize=64)
def _glyphs(font: str) -> frozenset[int]:
    return frozenset(register_fonts().getFont(font).face.charToGlyph)


@lru_cache(maxsize=16384)
def font_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` as runs ``(characters, font name)``: each character in ``font`` (`REGULAR` or
    `BOLD`) if it has a glyph there, else in the first fallback that has one, else in ``font``
    (drawn as its missing-glyph box). One run when ``font`` has every glyph."""
    own = _glyphs(font)
    if own.issuperset(map(ord, text)):
        return ((text, font),)
    runs: list[tuple[str, str]] = []
    for ch in text:
        chosen = font if ord(ch) in own else next(
            (f for f in _FALLBACK_ORDER[font] if ord(ch) in _glyphs(f)), font)
        if runs and runs[-1][1] == chosen:
            runs[-1] = (runs[-1][0] + ch, chosen)
        else:
            runs.append((ch, chosen))
    return tuple(runs)


def wrap(text: str, width: float, style: TextStyle) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points.

    Explicit newlines are kept; a word longer than a line is broken between characters.
    Returns at least one (possibly empty) line. Results are cached (the editor lays out the
    same texts again after every edit).
    """
    return list(_wrap(text, width, style))


@lru_cache(maxsize=65536)
def _wrap(text: str, width: float, style: TextStyle) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in clean_text(text).split("\n"):
        lines += _wrap_paragraph(paragraph.split(), width, style)
    return tuple(lines) or ("",)


WORD_WIDTHS_KEPT = 65536
_word_widths: dict[tuple[str, float], dict[str, float]] = {}  # font, size -> word -> `text_width`


def forget_word_widths() -> None:
    """Empty the words' widths kept for wrapping (and `text_width`'s): the next layout measures anew."""
    _word_widths.clear()
    text_width.cache_clear()


def _wrap_paragraph(words: list[str], width: float, style: TextStyle) -> list[str]:
    lines: list[str] = []
    font, size = style.font, style.size
    widths = _word_widths.setdefault((font, size), {})
    if len(widths) > WORD_WIDTHS_KEPT:
        widths.clear()
    space = text_width(" ", font, size)
    current, current_w = "", 0.0
    for word in words:
        w = widths.get(word)
        if w is None:
            w = widths[word] = text_width(word, font, size)
        if current and current_w + space + w <= width:
            current, current_w = f"{current} {word}", current_w + space + w
            continue
        if current:
            lines.append(current)
        if w > width:
            *full, word = _break_word(word, width, style)
            lines += full
            w = text_width(word, font, size)
        current, current_w = word, w
    lines.append(current)
    return lines


ELLIPSIS = "\u2026"


def clip_lines(lines: list[str], count: int, width: float, style: TextStyle) -> list[str]:
    """The first ``count`` of ``lines``; if some are left out, the last kept line ends with an
    ellipsis and stays within ``width`` points. For running heads whose whole text is printed
    elsewhere (e.g. the title over every flowchart page, whole on the identity page)."""
    if len(lines) <= count:
        return lines
    last = lines[count - 1]
    while last and text_width(last + ELLIPSIS, style.font, style.size) > width:
        last = last[:-1]
    return [*lines[:count - 1], last.rstrip() + ELLIPSIS]


def _break_word(word: str, width: float, style: TextStyle) -> list[str]:
    parts, current = [], ""
    for ch in word:
        if current and text_width(current + ch, style.font, style.size) > width:
            parts.append(current)
            current = ""
        current += ch
    parts.append(current)
    return parts
