"""docx -> `grid.Document` (not written yet: refuses the file with a clear message)."""

from __future__ import annotations

from pathlib import Path

from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.grid import Document


def read_docx(path: Path) -> Document:
    """Raise `ImportFileError`: this reader is not written yet."""
    raise ImportFileError(path.name, "impor .docx belum tersedia")
