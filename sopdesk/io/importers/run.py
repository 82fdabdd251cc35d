"""Import files into a database: read, recognise, store; one transaction per file.

`import_paths` is what ``sopdesk import`` and Berkas -> Impor… run: each file either
gives its drafts (stored with the original file) or a refusal naming it; the rest go on.
``progress(done, total, text) -> bool`` is called before each file, and before each page
of a scan (OCR is slow: the text names the page); False cancels (the files finished so
far stay, each whole; the file being read is not stored).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sopdesk.errors import CancelledError
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.files import read_document
from sopdesk.io.importers.recognise import recognise
from sopdesk.io.importers.report import Draft, Finding

if TYPE_CHECKING:
    from sopdesk.store.database import Database

Progress = Callable[[int, int, str], bool]


@dataclass(slots=True)
class FileResult:
    """What one file gave: its drafts and their revision ids, or the refusal message."""

    path: Path
    drafts: list[Draft] = field(default_factory=list)
    revision_ids: list[int] = field(default_factory=list)
    error: str = ""

    @property
    def steps(self) -> int:
        """Steps over all drafts of the file."""
        return sum(len(d.sop.steps) for d in self.drafts)

    @property
    def needs_person(self) -> int:
        """Findings guessed or not found, over all drafts of the file."""
        return sum(d.needs_person() for d in self.drafts)


def read_drafts(path: Path, unit: tuple[str, ...] = (), progress: Progress | None = None) -> list[Draft]:
    """The drafts in the file at ``path``; raises `ImportFileError` (never another error but
    `CancelledError`, when ``progress`` returned False during a scan's pages)."""
    try:
        return recognise(read_document(path, progress), unit)
    except (ImportFileError, CancelledError):
        raise
    except OSError as exc:
        raise ImportFileError(path.name, f"tidak dapat dibaca: {exc.strerror or exc}") from exc
    except Exception as exc:  # a reader's library failing on a strange file is that file's problem
        raise ImportFileError(path.name, f"tidak dapat dibaca ({type(exc).__name__}: {exc})") from exc


def import_paths(db: Database, files: list[Path], unit: tuple[str, ...] = (),
                 progress: Progress | None = None) -> list[FileResult]:
    """Import ``files`` one by one into ``db``; returns a result per file handled."""
    from sopdesk.store.imports import ImportedSop

    results = []
    for i, path in enumerate(files):
        if progress is not None and not progress(i, len(files), path.name):
            break
        result = FileResult(path)
        try:
            result.drafts = read_drafts(path, unit, _pages(progress, i, len(files)))
            items = [ImportedSop(d.sop, d.where, [_finding(f) for f in d.findings]) for d in result.drafts]
            result.revision_ids = db.imports.add_file(path.name, path.read_bytes(), items)
        except ImportFileError as exc:
            result.error = str(exc)
        except CancelledError:
            break
        results.append(result)
    if progress is not None:
        progress(len(results), len(files), "")
    return results


def _pages(progress: Progress | None, index: int, total: int) -> Progress | None:
    """The page progress of file ``index``: reported as that file, with the page's text."""
    if progress is None:
        return None
    return lambda _done, _pages_total, text: progress(index, total, text)


def _finding(f: Finding) -> dict[str, str]:
    return {"subject": f.subject, "state": f.state, "note": f.note}
