"""Package parts of an Office Open XML file: which drawing belongs to which worksheet.

openpyxl reads cells but drops drawn shapes, so the drawing parts are read from the package
with the standard library's XML parser (relationships first, then the part itself).
"""

from __future__ import annotations

import posixpath
import zipfile
from xml.etree import ElementTree as ET

NS = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """``{rId: (type suffix, absolute target)}`` of ``part``."""
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, "_rels", f"{name}.rels")
    if path not in archive.namelist():
        return {}
    out = {}
    for rel in ET.fromstring(archive.read(path)).findall("rel:Relationship", NS):
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target)
    return out


def sheet_drawings(archive: zipfile.ZipFile) -> dict[str, ET.Element]:
    """``{sheet title: parsed drawing part}`` for every worksheet that has drawn shapes."""
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    book_rels = _rels(archive, "xl/workbook.xml")
    out = {}
    for sheet in book.findall("main:sheets/main:sheet", NS):
        rid = sheet.get(f"{{{NS['r']}}}id", "")
        if rid not in book_rels:
            continue
        for kind, target in _rels(archive, book_rels[rid][1]).values():
            if kind == "drawing":
                out[sheet.get("name", "")] = ET.fromstring(archive.read(target))
    return out
