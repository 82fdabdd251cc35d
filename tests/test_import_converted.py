"""Formats converted by LibreOffice (issue 15): an .odt's flowchart table held in a frame.

Word's floating table becomes, in LibreOffice, a frame holding the table, with the
flowchart's shapes in its cells; LibreOffice's .docx export moves those shapes out of the
table. `odf.unframe_tables` puts such tables back in the text before the export. The
end-to-end test makes a faithful .odt from the corpus's Word file with LibreOffice (both
tables in its content.xml, the second in a frame with the shapes in its cells) and scores
its import against the Word file's answer key; it skips without LibreOffice or the corpus.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sopdesk.io.importers.odf import NS, unframe_tables
from sopdesk.io.importers.run import read_drafts
from tests.corpus_score import score_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="{OFFICE}" xmlns:text="{NS['text']}" xmlns:table="{NS['table']}"
 xmlns:draw="{NS['draw']}"><office:body><office:text>
<table:table table:name="Identitas"><table:table-row><table:table-cell><text:p>NAMA SOP</text:p>
</table:table-cell></table:table-row></table:table>
<text:p>sebelum<draw:frame draw:name="Bingkai"><draw:text-box>
<table:table table:name="Flowchart"><table:table-row><table:table-cell><text:p>Kegiatan</text:p>
<text:p><draw:custom-shape draw:name="kotak"/></text:p></table:table-cell></table:table-row></table:table>
<text:p>catatan</text:p></draw:text-box></draw:frame></text:p>
<text:p>sesudah</text:p>
</office:text></office:body></office:document-content>"""


def _odt(path: Path, content: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def _text_children(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("content.xml"))
    (text,) = root.iter(f"{{{OFFICE}}}text")
    return [child.get(f"{{{NS['table']}}}name") or "".join(child.itertext()) for child in text]


def test_a_table_in_a_frame_is_put_in_the_text_with_its_shapes(tmp_path: Path) -> None:
    source, target = tmp_path / "a.odt", tmp_path / "b.odt"
    _odt(source, CONTENT)
    assert unframe_tables(source, target) == 1
    assert _text_children(target) == ["Identitas", "sebelum", "Flowchart", "catatan", "sesudah"]
    with zipfile.ZipFile(target) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        root = etree.fromstring(archive.read("content.xml"))
    assert not root.xpath("//draw:frame", namespaces=NS)
    assert len(root.xpath("//table:table-cell//draw:custom-shape", namespaces=NS)) == 1
    assert unframe_tables(target, tmp_path / "c.odt") == 0  # nothing left to take apart


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(not (CORPUS / "bps-pringsewu-cuti.docx").is_file(), reason="corpus not beside the repository")
def test_an_odt_made_by_libreoffice_imports_its_flowchart(tmp_path: Path) -> None:
    subprocess.run([str(SOFFICE), "--headless", "--convert-to", "odt", "--outdir", str(tmp_path),
                    str(CORPUS / "bps-pringsewu-cuti.docx")], capture_output=True, timeout=180, check=True)
    odt = tmp_path / "bps-pringsewu-cuti.odt"
    with zipfile.ZipFile(odt) as archive:
        root = etree.fromstring(archive.read("content.xml"))
    tables = root.xpath("//table:table", namespaces=NS)
    assert len(tables) == 2  # the .odt is faithful: identity and flowchart
    assert root.xpath("//draw:frame/draw:text-box/table:table//table:table-cell//draw:custom-shape", namespaces=NS)
    expected = json.loads((FIXTURES / "bps-pringsewu-cuti.docx.expected.json").read_text("utf-8"))
    drafts = read_drafts(odt)
    score = score_document(expected, drafts)
    assert {m: score.rate(m) for m in ("fields", "texts", "lanes", "symbols", "arrows")} == \
        {"fields": 1.0, "texts": 1.0, "lanes": 1.0, "symbols": 1.0, "arrows": 1.0}
