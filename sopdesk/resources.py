"""Where the bundled files are: fonts, sample data (no Qt).

In a source checkout (and an editable install) they live at the repository root
(``resources/``, ``data/``); a wheel carries them inside the package as
``sopdesk/_resources`` and ``sopdesk/_data``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(packaged: str, source: str) -> Path:
    inside = _PACKAGE / packaged
    return inside if inside.is_dir() else _PACKAGE.parent / source


def resources_dir() -> Path:
    """The folder of icons, fonts and translations."""
    return _find("_resources", "resources")


def sample_data_dir() -> Path:
    """The folder of the sample SOPs in the exchange format."""
    return _find("_data", "data")


def font_path(bold: bool = False) -> Path:
    """The bundled TrueType font (Liberation Sans, SIL OFL 1.1) used on screen and on paper."""
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return resources_dir() / "fonts" / name


def fallback_font_path(file_name: str) -> Path:
    """A bundled fallback font (Noto, SIL OFL 1.1, ``resources/fonts/LICENSE-Noto.txt``) by its file name."""
    return resources_dir() / "fonts" / file_name
