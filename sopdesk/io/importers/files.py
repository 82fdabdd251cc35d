"""Which reader takes a file, and the checks every file passes first.

``.pdf`` -> `pdf_reader` (a PDF without a text layer, and ``.png``/``.jpg``/``.tif`` images,
-> `scan_reader`, OCR); ``.docx`` -> `docx_reader`; ``.xlsx`` -> `xlsx_reader`;
``.doc``/``.xls``/``.odt``/``.ods`` are converted by LibreOffice headless (``soffice``) when it
is installed. Every refusal is an `ImportFileError` naming the file, in Bahasa Indonesia.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from sopdesk.errors import Progress
from sopdesk.io.importers.errors import ImportFileError
from sopdesk.io.importers.grid import Document

SUFFIXES = (".pdf", ".docx", ".xlsx", ".doc", ".xls", ".odt", ".ods", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_CONVERT = {".doc": "docx", ".odt": "docx", ".xls": "xlsx", ".ods": "xlsx"}


def read_document(path: Path, progress: Progress | None = None) -> Document:
    """The grid of the document at ``path``. Raises `ImportFileError` for a format not
    supported, a password-protected or damaged file, or a zip that is not a document.
    ``progress`` follows the pages of a scan (`scan_reader.read_scan`); False cancels."""
    suffix = path.suffix.lower()
    if suffix in _IMAGES:
        return _scan(path, progress)
    head = path.read_bytes()[:8]
    if suffix in _CONVERT:
        return _converted(path, _CONVERT[suffix])
    if suffix == ".pdf":
        from sopdesk.io.importers.pdf_reader import read_pdf

        if not head.startswith(b"%PDF"):
            raise ImportFileError(path.name, "bukan berkas PDF (isi berkas tidak diawali %PDF); berkas rusak?")
        doc = read_pdf(path)
        if doc.has_text:
            return doc
        return _scan(path, progress)
    if suffix in (".docx", ".xlsx"):
        _check_office_zip(path, head, "word/" if suffix == ".docx" else "xl/")
        if suffix == ".docx":
            from sopdesk.io.importers.docx_reader import read_docx

            return read_docx(path)
        from sopdesk.io.importers.xlsx_reader import read_xlsx

        return read_xlsx(path)
    raise ImportFileError(path.name, f"format {suffix or 'tanpa akhiran'} tidak didukung "
                                     "(PDF, Word, Excel, gambar hasil pindai)")


def _scan(path: Path, progress: Progress | None) -> Document:
    """Read a scan by OCR; refused by name when this installation has no scan reader (the Windows
    installer leaves OpenCV and img2table out: they would double its size)."""
    if not scan_reader_installed():
        raise ImportFileError(path.name, "hasil pindai (tanpa lapisan teks) tidak dapat dibaca oleh sopdesk yang "
                                         "terpasang ini: pembaca pindaian (OpenCV dan img2table) tidak disertakan; "
                                         "impor berkas ini di komputer yang memasang sopdesk dengan pip, atau ketik "
                                         "SOP-nya; tidak diimpor")
    from sopdesk.io.importers.scan_reader import read_scan

    return read_scan(path, progress)


def scan_reader_installed() -> bool:
    """Whether the libraries the scan reader needs (numpy, OpenCV, img2table) can be imported."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("numpy", "cv2", "img2table"))


def _check_office_zip(path: Path, head: bytes, part: str) -> None:
    if head.startswith(_OLE):
        raise ImportFileError(path.name, "berkas dilindungi kata sandi (terenkripsi); buka kuncinya di Office dulu")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(path.name, "berkas rusak: bukan arsip Office Open XML yang utuh") from exc
    if "[Content_Types].xml" not in names or not any(n.startswith(part) for n in names):
        raise ImportFileError(path.name, "berkas zip ini bukan dokumen Word/Excel")


def _converted(path: Path, target: str) -> Document:
    """``path`` converted by LibreOffice to ``target`` (docx, xlsx) and read. A text document
    goes through .odt first, its tables taken out of frames (`odf.unframe_tables`), so the
    flowchart's shapes stay in the table's cells in the .docx."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ImportFileError(path.name, f"format {path.suffix} perlu LibreOffice (soffice) untuk dikonversi, "
                                         f"dan LibreOffice tidak terpasang; simpan sebagai .{target} lalu impor lagi")
    with tempfile.TemporaryDirectory() as out:
        source = path
        if target == "docx":
            from sopdesk.io.importers.odf import unframe_tables

            odt = path if path.suffix.lower() == ".odt" else _convert(soffice, path, "odt", Path(out) / "odt", path)
            source = Path(out) / f"{path.stem}.odt"
            unframe_tables(odt, source)
        doc = read_document(_convert(soffice, source, target, Path(out) / target, path))
    doc.name = path.name
    return doc


def _convert(soffice: str, source: Path, target: str, folder: Path, original: Path) -> Path:
    """``source`` converted by LibreOffice headless into ``folder``; the converted file.
    Raises `ImportFileError` naming ``original`` when LibreOffice fails."""
    done = subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", str(folder), str(source)],
                          capture_output=True, timeout=180, check=False)
    converted = folder / f"{source.stem}.{target}"
    if done.returncode != 0 or not converted.exists():
        raise ImportFileError(original.name, "LibreOffice gagal mengonversi berkas ini")
    return converted


def collect(paths: list[Path]) -> list[Path]:
    """The files to import: each file given, and every supported file under each folder
    (sorted, hidden and Office lock files ``~$…`` skipped)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                          and not p.name.startswith((".", "~$")))
        else:
            out.append(path)
    return out
