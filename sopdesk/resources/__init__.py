"""Where the bundled files are: fonts, translations, sample data (no Qt).

They live inside the package (``sopdesk/resources/fonts``, ``sopdesk/resources/translations``,
``sopdesk/data``) and are found through `importlib.resources`, so a source checkout, an editable
install, a wheel and the frozen program (PyInstaller, ``packaging/sopdesk.spec``) all find them the
same way. There is no fallback: a bundled file that is not there raises `BundledFileMissingError`
naming it, never an empty result.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from sopdesk.errors import SopdeskError


class BundledFileMissingError(SopdeskError):
    """A file that ships with sopdesk is not there: the installation is incomplete."""

    def __init__(self, name: str) -> None:
        super().__init__(f"berkas bawaan sopdesk tidak ada: {name} (instalasi tidak lengkap; pasang ulang sopdesk)")
        self.filename = name


def bundled(*parts: str) -> Path:
    """The bundled file or folder ``sopdesk/<parts...>`` as a path on disk.

    Raises `BundledFileMissingError` naming it if it is not there.
    """
    found = files("sopdesk").joinpath(*parts)
    path = Path(str(found))
    if not path.exists():
        raise BundledFileMissingError("/".join(("sopdesk", *parts)))
    return path


def resources_dir() -> Path:
    """The folder of fonts and translations (``sopdesk/resources``)."""
    return bundled("resources")


def sample_data_dir() -> Path:
    """The folder of the sample SOPs in the exchange format (``sopdesk/data``)."""
    return bundled("data")


def sample_files() -> list[Path]:
    """The sample SOP files (``sopdesk/data/*.json``), sorted by name.

    Raises `BundledFileMissingError` if the folder holds none.
    """
    found = sorted(sample_data_dir().glob("*.json"))
    if not found:
        raise BundledFileMissingError("sopdesk/data/*.json")
    return found


def translation_path(language: str) -> Path:
    """The compiled translation ``sopdesk/resources/translations/sopdesk_<language>.qm``."""
    return bundled("resources", "translations", f"sopdesk_{language}.qm")


def font_path(bold: bool = False) -> Path:
    """The bundled TrueType font (Liberation Sans, SIL OFL 1.1) used on screen and on paper."""
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return bundled("resources", "fonts", name)


def fallback_font_path(file_name: str) -> Path:
    """A bundled fallback font (Noto, SIL OFL 1.1, ``sopdesk/resources/fonts/LICENSE-Noto.txt``) by its
    file name; raises `BundledFileMissingError` naming it if it is not there."""
    return bundled("resources", "fonts", file_name)
