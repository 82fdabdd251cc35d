"""Export many SOP sheets to a folder (used by the CLI and the app's background task)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sopdesk.domain.model import Sop
from sopdesk.errors import CancelledError, Progress
from sopdesk.io.files import safe_filename
from sopdesk.io.pdf import export_sheet
from sopdesk.layout.paper import PaperName

ExportCancelledError = CancelledError  # the one cancellation; ``written`` lists the sheets finished before
__all__ = ["ExportCancelledError", "Progress", "export_sheets", "sheet_filename"]


def sheet_filename(sop: Sop) -> str:
    """``<id>.pdf``: unique per SOP and safe on Windows."""
    return safe_filename(sop.id) + ".pdf"


def export_sheets(
    loaders: Sequence[Callable[[], Sop]], folder: Path, paper: PaperName = PaperName.A4,
    progress: Progress | None = None,
) -> list[Path]:
    """Write one sheet per loader into ``folder`` (created if needed); return the paths.

    ``progress(done, total, name)`` is called before each sheet; when it returns False the
    export stops and raises `ExportCancelledError`. Raises ``OSError`` if a sheet cannot be
    written (sheets already written stay, each complete).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for done, load in enumerate(loaders):
        sop = load()
        if progress and not progress(done, len(loaders), sop.title):
            raise ExportCancelledError(written)
        written.append(export_sheet(sop, folder / sheet_filename(sop), paper))
    if progress:
        progress(len(loaders), len(loaders), "")
    return written
