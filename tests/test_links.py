"""Keterkaitan entries link to the SOP they name, and only when the match is clear."""

from sopdesk.domain.links import match_related

TITLES = [("pk", "Penyusunan Perjanjian Kinerja Pemerintah Kabupaten Balangan"),
          ("lkj", "Penyusunan Laporan Kinerja Biro"),
          ("lkj2", "Penyusunan Laporan Kinerja Bagian")]


def test_a_near_title_links() -> None:
    assert match_related("SOP Penyusunan Perjanjian Kinerja Kabupaten Balangan.", TITLES) == "pk"
    assert match_related("Standar Operasional Prosedur Penyusunan Laporan Kinerja Biro", TITLES) == "lkj"


def test_unclear_or_unknown_entries_do_not_link() -> None:
    assert match_related("SOP Surat Keluar", TITLES) is None
    assert match_related("SOP Penyusunan Laporan Kinerja", TITLES) is None  # two candidates
    assert match_related("", TITLES) is None
    assert match_related("SOP", TITLES) is None
