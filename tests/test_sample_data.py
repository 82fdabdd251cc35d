"""The sample data is the 14 SOPs of the seeds, faithfully: every text cell is the seed's own."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from sopdesk.domain.model import Sop, Status, Symbol
from sopdesk.domain.sheet_setup import SheetSetup
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.layout.table_setup import column_numbers, table_columns
from tests.conftest import SEEDS

EXPECTED_TITLES = {
    "Pengelolaan Pengaduan Masyarakat", "Pola Pikir dan Budaya Kerja dengan Keterlibatan Pimpinan",
    "Penanganan Pengaduan Dugaan Pelanggaran Kode Etik", "Pemberian Penghargaan Kode Etik",
    "Penyusunan Standar Kompetensi Jabatan (SKJ)", "Penyusunan LAKIP Kabupaten",
    "Penyusunan Laporan Kinerja Biro", "Pengumpulan Data Kinerja Sekretariat Daerah",
    "Pengelolaan Kinerja Kabupaten dan SKPD", "Pengukuran Kinerja Kabupaten dan SKPD",
    "Penyusunan Laporan Kinerja Pemerintah Kabupaten Balangan",
    "Penyusunan Perjanjian Kinerja Pemerintah Kabupaten Balangan",
    "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)",
    "Pengisian Portal E-SAKIP Kabupaten Lamandau",
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture(scope="module")
def seed_text() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    # List numbering ("4. ") is removed from entries (docs/exchange-format.md), so it is removed here too.
    return {p.name: _squash(re.sub(r"(?<!\d)\d{1,2}\.\s", " ", p.read_text("utf-8"))) for p in SEEDS.glob("*.txt")}


def test_the_fourteen_sops_of_the_seeds(sample_sops: list[Sop]) -> None:
    assert len(sample_sops) == 14
    assert {s.title for s in sample_sops} == EXPECTED_TITLES


# Output cells the text extraction cut: a wrapped line of the Output landed in the next column (once read as
# Keterangan) and was put back (the SOP's source.notes say where): the seed's text with one of these pieces.
REJOINED = {"baritokuala-pengaduan-kode-etik": ("Laporan Dugaan", "Dugaan")}


def _in_seed(part: str, seed: str, pieces: tuple[str, ...]) -> bool:
    text = _squash(re.sub(r"(?<!\d)\d{1,2}\.\s", " ", part))
    if text in seed:
        return True
    return any(_squash(part.replace(f" {piece} ", " ", 1)) in seed for piece in pieces if f" {piece} " in part)


def test_every_cell_is_the_seeds_own_text(sample_sops: list[Sop], seed_text: dict[str, str]) -> None:
    """Kegiatan, Kelengkapan, Waktu, Output, Keterangan, the identity entries, the kop lines and the
    signer occur in the seed document (whitespace aside): nothing was invented or silently corrected."""
    for sop in sample_sops:
        seed = seed_text[sop.source_document]
        cells = [s.activity for s in sop.steps] + [s.requirements for s in sop.steps]
        cells += [s.standard_time for s in sop.steps] + [s.output for s in sop.steps]
        cells += [s.remarks for s in sop.steps] + [lane.name for lane in sop.lanes]
        cells += [*sop.legal_basis, *sop.qualifications, *sop.related_sops, *sop.equipment, *sop.warning,
                  *sop.records, *sop.purpose, *sop.definitions, sop.summary, sop.approval.name, sop.approval.nip]
        cells += [*sop.unit, sop.approval.position, sop.approval.rank]
        pieces = REJOINED.get(sop.id, ())
        missing = [part for cell in cells for part in cell.split("; ")  # seed 003 joins list items with "; "
                   if not _in_seed(part, seed, pieces)]
        assert not missing, f"{sop.id}: not in {sop.source_document}: {missing}"


def test_a_rejoined_piece_is_in_its_output_not_in_keterangan(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        for piece in REJOINED.get(sop.id, ()):
            assert all(s.remarks != piece for s in sop.steps), sop.id


def test_a_sample_is_approved_only_with_a_signer_and_a_kop(sample_sops: list[Sop]) -> None:
    """Disahkan oleh names someone on every approved sample; a seed without one (003) gives a draft."""
    for sop in sample_sops:
        if sop.status is Status.APPROVED:
            assert sop.approval.name and sop.unit, sop.id
    assert {s.id for s in sample_sops if s.status is not Status.APPROVED} == {"opd-penyusunan-lakip"}


def test_a_decree_in_force_when_signed_gives_the_effective_date(sample_sops: list[Sop]) -> None:
    """Balangan: Keputusan Sekretaris Daerah 188.45/22/Setda/Kum/2021, KEEMPAT: in force when set, 1 April 2021;
    Barito Kuala: Peraturan Bupati 50/2021, in force when promulgated, 28 Juli 2021."""
    dates = {s.id.split("-")[0]: set() for s in sample_sops}
    for sop in sample_sops:
        dates[sop.id.split("-")[0]].add(sop.effective_on)
    assert dates["balangan"] == {dt.date(2021, 4, 1)}
    assert dates["baritokuala"] == {dt.date(2021, 7, 28)}


def test_the_balangan_sheets_are_signed_as_their_signature_blocks_read(sample_sops: list[Sop]) -> None:
    """Lampiran V's identity cell writes "Pejabat ... JULIANSYAH"; its own signature block, like every other
    sheet's, reads "Penjabat Sekretaris Daerah Kabupaten Balangan" / "Drs. H. YULIANSYAH, M.AP"."""
    signers = {(s.approval.position, s.approval.name) for s in sample_sops if s.id.startswith("balangan-")}
    assert signers == {("Penjabat Sekretaris Daerah Kabupaten Balangan", "Drs. H. YULIANSYAH, M.AP")}


def test_a_two_column_list_keeps_its_numbered_order(sample_by_id: dict[str, Sop]) -> None:
    """Lamandau's Peralatan is printed in two columns (1-4 | 5, unnumbered) and extracted row by row."""
    equipment = sample_by_id["lamandau-pengisian-e-sakip"].equipment
    assert equipment == ("UU, PERDA, PERBUP", "Indikator Kinerja Utama", "Laporan Kinerja Setiap OPD", "Data Pegawai",
                         "Data Realisasi Anggaran", "Komputer dan Printer")


def test_a_refused_complaint_ends(sample_by_id: dict[str, Sop]) -> None:
    """Kode etik step 5: "jika setuju ... untuk diproses lebih lanjut"; Tidak goes to the closing terminator."""
    sop = sample_by_id["baritokuala-pengaduan-kode-etik"]
    refused = sop.steps[4].exits[1]
    assert refused.label == "Tidak" and refused.target == len(sop.steps) - 1
    assert sop.steps[-1].symbol is Symbol.TERMINATOR


def test_flowchart_rules_hold_on_the_samples(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        assert sop.steps[0].symbol is Symbol.TERMINATOR and sop.steps[-1].symbol is Symbol.TERMINATOR, sop.id
        lanes = {lane.id for lane in sop.lanes}
        for step in sop.steps:
            assert step.lanes and set(step.lanes) <= lanes
            if step.symbol is Symbol.DECISION:
                assert len(step.exits) == 2 and all(e.label for e in step.exits)
        used = {lane for step in sop.steps for lane in step.lanes}
        assert used == lanes or sop.id.startswith("baritokuala-penyusunan-skj") or used <= lanes


def test_every_transcription_judgement_is_noted(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        assert sop.source_document and sop.source_notes, sop.id


# How each seed heads its flowchart table (issues 13/14): the labels it prints where they differ from the
# standard ones (an empty Keterangan is headed "Ket." unless the sheet says otherwise), the numbers its
# column-number row gives each column ("" where the sheet leaves one unnumbered; None: no such row), and
# whether it has a total row (only Barito Kuala's LAKIP: "Total Hari ... 75 hari").
BALANGAN = ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Ket."}, None, False)
SEED_HEADERS: dict[str, tuple[dict[str, str], str | None, bool]] = {
    "baritokuala-pengaduan-masyarakat": ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Keterangan",
                                          "requirements": "Persyaratan/Kelengkapan"}, "1 2 3 4 5 6 7 8 9 10", False),
    "baritokuala-pola-pikir-budaya-kerja": ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Keterangan",
                                             "requirements": "Persyaratan/Perangkapan"}, "1 2 3 4 5 6 7 8 9 10",
                                            False),
    # TU and Persyaratan/Perengkapan carry no number: 1 2 3 4 5 6 _ _ 7 8 9
    "baritokuala-pengaduan-kode-etik": ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Keterangan",
                                         "requirements": "Persyaratan/Perengkapan"}, "1 2 3 4 5 6 _ _ 7 8 9", False),
    "baritokuala-penghargaan-kode-etik": ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Keterangan",
                                           "requirements": "Persyaratan/Kelengkapan"}, "1 2 3 4 5 6 7 _ 8 9 10",
                                          False),
    "baritokuala-penyusunan-skj": ({"step_number": "No.", "remarks": "Keterangan"}, None, False),
    "baritokuala-penyusunan-lakip": ({"step_number": "NO.", "activity": "KEGIATAN", "lanes": "PELAKSANA",
                                      "quality": "BAKU MUTU", "requirements": "Perengkapan", "remarks": "KET."},
                                     "1 2 3 4 5 6 7 8 9 10 11 12", True),
    "kalbar-penyusunan-lkj-biro": ({"step_number": "No.", "activity": "Aktivitas", "remarks": "Ket"}, None, False),
    "balangan-pengumpulan-data-kinerja-setda": BALANGAN, "balangan-pengelolaan-kinerja": BALANGAN,
    "balangan-pengukuran-kinerja": BALANGAN, "balangan-penyusunan-laporan-kinerja": BALANGAN,
    "balangan-penyusunan-perjanjian-kinerja": BALANGAN,
    "opd-penyusunan-lakip": ({"step_number": "NO", "activity": "KEGIATAN", "lanes": "PELAKSANA",
                              "quality": "MUTU BAKU", "requirements": "KELENGKAPAN", "standard_time": "WAKTU",
                              "output": "OUTPUT", "remarks": "KETERANGAN"}, None, False),
    "lamandau-pengisian-e-sakip": ({"step_number": "No.", "activity": "KEGIATAN", "lanes": "PELAKSANA",
                                    "quality": "MUTU BAKU", "remarks": "Keterangan"}, None, False),
}


def test_every_sample_heads_its_table_as_its_seed(sample_sops: list[Sop]) -> None:
    """The header labels, the column-number row and the total row are the seed's; nothing else of the
    sheet setup differs from the standard one."""
    assert {s.id for s in sample_sops} == set(SEED_HEADERS)
    for sop in sample_sops:
        labels, numbers, total = SEED_HEADERS[sop.id]
        setup = sop.setup
        assert (dict(setup.labels), setup.total_row, setup.numbers_row) == (labels, total, numbers is not None), sop.id
        if numbers is not None:
            keys = [c[0] for c in table_columns(layout_flowchart(sop).columns, [lane.id for lane in sop.lanes])]
            assert " ".join(n or "_" for n in column_numbers(setup, keys)) == numbers, sop.id
        plain = replace(setup, labels=(), total_row=True, numbers_row=False, unnumbered=())
        assert plain == SheetSetup(), sop.id


def test_every_label_is_the_seeds_own_text(sample_sops: list[Sop], seed_text: dict[str, str]) -> None:
    """A chosen label is printed in the seed (whitespace aside: "Persyaratan/ Kelengkapan" is a label
    wrapped after its slash); typos stay as written ("Perengkapan", "Perangkapan")."""
    for sop in sample_sops:
        missing = [text for _key, text in sop.setup.labels if _squash(text) not in seed_text[sop.source_document]]
        assert not missing, f"{sop.id}: not in {sop.source_document}: {missing}"
