"""The SOP book: cover, decision page, contents whose page numbers are where each sheet
really starts, every approved sheet, page numbers throughout, atomic writing, cancel."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from unittest import mock

import pytest
from pypdf import PdfReader

from sopdesk.domain.model import Sop
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.io.book import common_unit_lines, export_book, render_book
from sopdesk.io.export import ExportCancelledError
from sopdesk.io.pdf import sheet_page_count
from sopdesk.layout.paper import PAPERS, PaperName


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _loaders(sops: list[Sop]) -> list[Callable[[], Sop]]:
    return [partial(lambda s: s, s) for s in sops]


@pytest.fixture(scope="module")
def book(sample_sops: list[Sop]) -> tuple[list[Sop], bytes, list[str]]:
    sops = sorted(sample_sops, key=lambda s: (s.unit_name.casefold(), s.title.casefold()))
    data, _ = render_book(_loaders(sops), PaperName.A4, 2026)
    return sops, data, [_squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def test_page_count_is_front_contents_and_every_sheet(book: tuple[list[Sop], bytes, list[str]]) -> None:
    sops, _, pages = book
    contents = sum(1 for p in pages if p.startswith("DAFTARISI"))
    assert contents >= 1
    assert len(pages) == 1 + 1 + contents + sum(sheet_page_count(s, PAPERS[PaperName.A4]) for s in sops)
    assert pages[0].startswith("BUKUSOP") and "TAHUN2026" in pages[0] and f"{len(sops)}SOP" in pages[0]
    assert "KEPUTUSAN/PERATURAN" in pages[1] and "PENETAPANSTANDAROPERASIONALPROSEDUR" in pages[1]


def _contents_rows(data: bytes) -> dict[int, int]:
    """Row number -> page number, read from the contents pages (pypdf's layout mode keeps rows)."""
    rows: dict[int, int] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        text = page.extract_text(extraction_mode="layout") or ""
        if "DAFTAR ISI" not in text:
            continue
        for line in text.splitlines():
            if match := re.match(r"^\s*(\d+)\s{2,}.*\s(\d+)\s*$", line):
                rows[int(match[1])] = int(match[2])
    return rows


def test_contents_page_numbers_are_where_each_sheet_starts(book: tuple[list[Sop], bytes, list[str]]) -> None:
    sops, data, pages = book
    rows = _contents_rows(data)
    assert sorted(rows) == list(range(1, len(sops) + 1))
    for k, sop in enumerate(sops, 1):
        code = _squash(f"Kode: {sheet_code(sop).text}")
        on = [n for n, text in enumerate(pages, 1) if code in text]
        assert on == list(range(rows[k], rows[k] + len(on))), sop.id  # its pages, from the listed one
        assert "NomorSOP" in pages[on[0] - 1] and _squash(sop.title) in pages[on[0] - 1]
        assert len(on) == sheet_page_count(sop, PAPERS[PaperName.A4])


def test_every_page_but_the_cover_is_numbered(book: tuple[list[Sop], bytes, list[str]]) -> None:
    _, _, pages = book
    total = len(pages)
    assert "Halaman" not in pages[0]
    for n, text in enumerate(pages[1:], 2):
        assert f"Halaman{n}dari{total}" in text, n


def test_the_cover_names_the_unit_all_sops_share(sample_by_id: dict[str, Sop]) -> None:
    balangan = [s for s in sample_by_id.values() if s.id.startswith("balangan")]
    assert common_unit_lines(balangan) == ("PEMERINTAH KABUPATEN BALANGAN", "SEKRETARIAT DAERAH KABUPATEN BALANGAN")
    assert common_unit_lines(list(sample_by_id.values())) == ()
    data, entries = render_book(_loaders(balangan[:2]), PaperName.F4, 2027)
    first = PdfReader(io.BytesIO(data)).pages[0]
    assert "PEMERINTAH KABUPATEN BALANGAN" in (first.extract_text() or "")
    assert float(first.mediabox.width) == pytest.approx(PAPERS[PaperName.F4].width, abs=0.5)
    assert [e.first_page for e in entries] == [4, 4 + entries[0].pages]


def test_cancel_stops_and_writes_nothing(tmp_path: Path, sample_sops: list[Sop]) -> None:
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> bool:
        seen.append((done, total, text))
        return done < 5

    with pytest.raises(ExportCancelledError):
        export_book(_loaders(sample_sops), tmp_path / "buku.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert seen[0] == (0, 2 * len(sample_sops), f"Mengukur: {sample_sops[0].title}")


def test_progress_reaches_the_end(tmp_path: Path, sample_sops: list[Sop]) -> None:
    seen: list[tuple[int, int]] = []
    export_book(_loaders(sample_sops[:3]), tmp_path / "buku.pdf",
                progress=lambda d, t, _: seen.append((d, t)) is None)
    assert seen == [(k, 6) for k in range(7)]
    assert (tmp_path / "buku.pdf").read_bytes().startswith(b"%PDF")


def test_a_failing_disk_leaves_no_partial_file(tmp_path: Path, sample_sops: list[Sop]) -> None:
    target = tmp_path / "buku.pdf"
    target.write_bytes(b"buku lama")
    with mock.patch("os.replace", side_effect=OSError(28, "No space left on device")), \
            pytest.raises(OSError, match="No space"):
        export_book(_loaders(sample_sops[:2]), target)
    with mock.patch("os.fdopen", side_effect=OSError(5, "Input/output error")), pytest.raises(OSError):
        export_book(_loaders(sample_sops[:2]), target)
    assert target.read_bytes() == b"buku lama"
    assert [p.name for p in tmp_path.iterdir()] == ["buku.pdf"]
