"""Page counts of the corpus fixtures (issue 13 "Done when"): each version-2 transcription in
`tests/fixtures/v2/` prints in no more flowchart pages than its original, on the paper the SOP asks
for, and no page holds only the last row of a flowchart part (with its total and signature) when
the part has more than one page. The 14 samples are pinned the same way in `tests/test_density.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.io.exchange import load_sop_dir
from sopdesk.layout.flowchart import layout_flowchart

FOLDER = Path(__file__).parent / "fixtures" / "v2"
# Flowchart pages of each original, counted by hand (pages that hold rows of the flowchart table):
# - bps-pringsewu-cuti.pdf: 2 pages, page 1 the identity block, page 2 the whole flowchart -> 1.
# - kemenkumham-kepegawaian-kode-etik.pdf: 2 pages, page 2 the flowchart with its Catatan -> 1.
# - sumut-ppid-permohonan-informasi-scan.pdf: 3 pages, page 1 identity, rows 1-2 on page 2, rows 3-4
#   on page 3 (the column-number row repeated) -> 2.
# - kemenkumham-banten-keuangan-bmn.pdf, SOP 17 (book pages 49-52): cover 49, identity 50, the
#   identity's last items and rows 1-5 on 51, rows 5-6 and the signature on 52 -> 2.
# - basarnas-bcc-penerimaan-berita-115.xlsx: the flowchart sheet's print area A1:J12 is fitted to one
#   Legal landscape page (LibreOffice prints it as the third page after two cover pages) -> 1.
# - basarnas-bcc-penanganan-info-bencana.xlsx: two flowchart sheets with Excel's default page set-up
#   (A4 portrait, no print area, not fitted): LibreOffice prints sheet 1 five pages wide and one
#   tall, sheet 2 five wide and two tall -> 15.
ORIGINAL_PAGES = {
    "bps-pringsewu-cuti": 1,
    "kemenkumham-kepegawaian-kode-etik": 1,
    "sumut-ppid-permohonan-informasi-scan": 2,
    "kemenkumham-banten-keuangan-bmn": 2,
    "basarnas-bcc-penerimaan-berita-115": 1,
    "basarnas-bcc-penanganan-info-bencana": 15,
}


@pytest.fixture(scope="module")
def fixtures() -> dict[str, Sop]:
    return {sop.id: sop for sop in load_sop_dir(FOLDER)}


def test_every_fixture_is_counted(fixtures: dict[str, Sop]) -> None:
    assert set(fixtures) == set(ORIGINAL_PAGES)


@pytest.mark.parametrize("key", sorted(ORIGINAL_PAGES))
def test_no_more_flowchart_pages_than_the_original(fixtures: dict[str, Sop], key: str) -> None:
    pages = len(layout_flowchart(fixtures[key]).pages)
    assert pages <= ORIGINAL_PAGES[key], f"{key}: {pages} pages, the original has {ORIGINAL_PAGES[key]}"


def _part_ranges(sop: Sop) -> list[range]:
    """The rows of each flowchart part (one part: every row)."""
    if not sop.parts:
        return [range(len(sop.steps))]
    out, first = [], 0
    for part in sop.parts:
        out.append(range(first, first + part.steps))
        first += part.steps
    return out


@pytest.mark.parametrize("key", sorted(ORIGINAL_PAGES))
def test_no_page_holds_only_the_last_row_of_a_part(fixtures: dict[str, Sop], key: str) -> None:
    sop = fixtures[key]
    pages = layout_flowchart(sop).pages
    for rows in _part_ranges(sop):
        counts = [len([s for s in page.steps if s in rows]) for page in pages]
        counts = [c for c in counts if c]
        assert len(counts) == 1 or counts[-1] >= 2, f"{key}: rows per page of a part {counts}"
