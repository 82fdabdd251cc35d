"""Load the bundled font into Qt so the screen uses the same glyphs as the PDF."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from sopdesk.resources import fallback_font_path, font_path

REFERENCE_PX = 100  # fonts are made at 100 px and scaled: exact fractional sizes in points


@cache
def family() -> str:
    """Register the bundled TTFs once; return their family name ("Liberation Sans")."""
    name = "Liberation Sans"
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            name = families[0]
    return name


@cache
def reference_font(bold: bool) -> QFont:
    """The bundled font at `REFERENCE_PX` pixels, unhinted (metrics match the layout's)."""
    font = QFont(family())
    font.setPixelSize(REFERENCE_PX)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


@cache
def run_font(name: str) -> QFont:
    """The font of a run (`sopdesk.layout.fonts.font_runs`) by its reportlab name: the bundled
    font or a bundled fallback, at `REFERENCE_PX` pixels, unhinted."""
    from sopdesk.layout.fonts import BOLD, FALLBACKS, REGULAR  # the layout's metrics: not needed at start

    if name in (REGULAR, BOLD):
        return reference_font(name == BOLD)
    font_id = QFontDatabase.addApplicationFont(str(fallback_font_path(FALLBACKS[name])))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(families[0] if families else family())
    font.setPixelSize(REFERENCE_PX)
    font.setBold(name.endswith("-Bold"))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


def ui_font(point_size: float = 9.5) -> QFont:
    """The application font for widgets."""
    font = QFont(family())
    font.setPointSizeF(point_size)
    return font
