"""The core's messages in both interface languages: one catalogue of templates keyed by a code.

The core (domain, store) speaks Bahasa Indonesia; a message that the GUI shows is built from
a code and its arguments, so the English interface can show the same message in English
(`render(code, args, "en")`). Templates use ``str.format`` fields (``{0}``, ``{1}``…).
Arguments that are themselves fixed Indonesian phrases of the core (e.g. why a Waktu is
unreadable) are looked up in ``PHRASES``. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

Language = str  # "id" (Bahasa Indonesia, the default) or "en"

TEMPLATES: dict[str, tuple[str, str]] = {
    # the format checker (sopdesk.domain.checker): code -> (Bahasa Indonesia, English)
    "too-short": ("SOP perlu paling sedikit dua langkah (Mulai dan Selesai)",
                  "An SOP needs at least two steps (start and end)"),
    "start-terminator": ("Langkah pertama harus terminator (Mulai)", "The first step must be a terminator (start)"),
    "end-terminator": ("Langkah terakhir harus terminator (Selesai)", "The last step must be a terminator (end)"),
    "no-lane": ("Langkah {0} tidak punya Pelaksana", "Step {0} has no Pelaksana"),
    "empty-activity": ("Kegiatan langkah {0} kosong", "The Kegiatan of step {0} is empty"),
    "empty-output": ("Output langkah {0} kosong", "The Output of step {0} is empty"),
    "waktu": ("Waktu langkah {0} tidak terbaca: {1}", "The Waktu of step {0} cannot be read: {1}"),
    "decision-exits": ("Keputusan langkah {0} harus punya dua jalan keluar berlabel",
                       "The decision at step {0} needs two labelled exits"),
    "decision-target": ("Jalan keluar «{1}» langkah {0} tidak punya tujuan",
                        "Exit «{1}» of step {0} has no target"),
    "decision-self": ("Jalan keluar «{1}» langkah {0} kembali ke keputusan itu sendiri",
                      "Exit «{1}» of step {0} leads back to the decision itself"),
    "decision-same": ("Kedua jalan keluar keputusan langkah {0} menuju langkah yang sama",
                      "Both exits of the decision at step {0} lead to the same step"),
    "unused-lane": ("Pelaksana «{0}» tidak dipakai langkah mana pun", "Pelaksana «{0}» is used by no step"),
    "lane-name": ("Pelaksana kolom {0} tidak bernama", "The Pelaksana of column {0} has no name"),
    "lane-twice": ("Pelaksana «{0}» ada dua kali", "Pelaksana «{0}» appears twice"),
    "identity-empty": ("{0} kosong", "{0} is empty"),
    "dates-order": ("Tanggal Efektif sebelum Tanggal Pembuatan", "Tanggal Efektif is before Tanggal Pembuatan"),
    "review-overdue": ("Tanggal tinjau ulang ({0}) sudah lewat", "The review date ({0}) has passed"),
    "related-missing": ("Keterkaitan «{0}» tidak ada di katalog", "Keterkaitan «{0}» is not in the catalogue"),
}

PHRASES: dict[str, str] = {
    # fixed Indonesian phrases used as arguments -> English
    "unit kerja (kop)": "the unit (kop)",
    "Disahkan oleh (nama)": "Disahkan oleh (name)",
    "Jumlah waktu harus lebih dari nol": "The amount of time must be more than zero",
    "Tidak ada angka: tulis mis. '15 menit', '2 jam', '3 hari', atau 'Disesuaikan'":
        "No number: write e.g. '15 menit', '2 jam', '3 hari', or 'Disesuaikan'",
    "Satuan tidak dikenal: gunakan menit, jam, hari, minggu, atau bulan":
        "Unknown unit: use menit, jam, hari, minggu or bulan",
    # why a Waktu has no standard (sopdesk.domain.waktu)
    "Kosong: tidak ada standar waktu": "Empty: no standard time",
    "Tanda '-': tidak ada standar waktu": "A '-': no standard time",
    "Disesuaikan: tidak ada standar waktu tetap": "Disesuaikan (as needed): no fixed standard time",
    "Setiap saat: tidak ada standar waktu tetap": "Setiap saat (at any time): no fixed standard time",
    "Pada hari dan jam kerja: tidak ada standar waktu tetap": "During working hours: no fixed standard time",
    "Sesuai kebutuhan: tidak ada standar waktu tetap": "As needed: no fixed standard time",
    # sopdesk check (sopdesk.store.check)
    "Basis data utuh: struktur, hash isi setiap revisi dan rantai log audit cocok.":
        "The database is sound: its structure, the content hash of every revision and the audit log's chain "
        "match.",
}


def phrase(text: str, language: Language = "id") -> str:
    """``text`` (a fixed Indonesian phrase of the core) in ``language``; unknown text unchanged."""
    return PHRASES.get(text, text) if language == "en" else text


def render(code: str, args: Sequence[object] = (), language: Language = "id") -> str:
    """The message ``code`` with ``args`` in ``language`` ("id" or "en"). Raises ``KeyError``
    for an unknown code."""
    indonesian, english = TEMPLATES[code]
    template = english if language == "en" else indonesian
    return template.format(*(phrase(a, language) if isinstance(a, str) else a for a in args))
