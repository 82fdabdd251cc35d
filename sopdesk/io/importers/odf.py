"""OpenDocument text (.odt) made ready for LibreOffice's .docx export: tables out of frames.

Word's floating table (``w:tblpPr``) becomes, in LibreOffice, a frame (``draw:frame`` /
``draw:text-box``) holding the table; the .odt keeps the flowchart's shapes in that table's
cells. LibreOffice's .docx export then writes the frame as a text box and moves the shapes
out of the table (Word allows no drawing inside a text box), so the .docx reader finds no
flowchart. Here each frame that holds a table is replaced by its contents, placed after the
paragraph that anchored it; the .docx export then keeps the shapes in their cells.

The document is read and written with lxml (the ``content.xml`` part only; every other part
of the zip is copied as it is, the uncompressed ``mimetype`` first). Errors: what
``zipfile`` and lxml raise for a damaged file.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

NS = {"draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
_PARAGRAPHS = {f"{{{NS['text']}}}p", f"{{{NS['text']}}}h"}


def unframe_tables(source: Path, target: Path) -> int:
    """Write to ``target`` a copy of the .odt ``source`` whose tables held in frames stand in
    the text instead; the number of frames taken apart."""
    from lxml import etree

    with zipfile.ZipFile(source) as archive:
        root = etree.fromstring(archive.read("content.xml"))
        frames = root.xpath("//draw:frame[draw:text-box/table:table]", namespaces=NS)
        for frame in frames:
            _unframe(frame)
        with zipfile.ZipFile(target, "w") as out:
            for info in archive.infolist():
                data = archive.read(info.filename)
                if info.filename == "content.xml":
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                out.writestr(info, data)
    return len(frames)


def _unframe(frame: Any) -> None:
    """The frame's text-box contents after the paragraph anchoring it; the frame removed."""
    holder = next((a for a in frame.iterancestors() if a.tag in _PARAGRAPHS), None)
    if holder is None:
        return
    parent = holder.getparent()
    at = parent.index(holder)
    for i, child in enumerate(list(frame.find("draw:text-box", NS))):
        parent.insert(at + 1 + i, child)
    frame.getparent().remove(frame)
