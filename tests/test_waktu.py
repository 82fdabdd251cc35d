"""Waktu (Mutu Baku standard time): every seed value reads as stated; the 75-hari total."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import (
    TimeUnit,
    WaktuConvention,
    WaktuKind,
    format_minutes,
    parse_waktu,
    total_minutes,
)

DAY = Fraction(15, 2) * 60  # working minutes in a hari under the default convention

# Every distinct Waktu value of the seeds and docs/product.md, with its expected reading.
SEED_VALUES = [
    ("1 Menit", WaktuKind.FIXED, 1, TimeUnit.MINUTE),
    ("5 Menit", WaktuKind.FIXED, 5, TimeUnit.MINUTE),
    ("5 menit", WaktuKind.FIXED, 5, TimeUnit.MINUTE),
    ("10 Menit", WaktuKind.FIXED, 10, TimeUnit.MINUTE),
    ("15 Menit", WaktuKind.FIXED, 15, TimeUnit.MINUTE),
    ("15 menit", WaktuKind.FIXED, 15, TimeUnit.MINUTE),
    ("20 menit", WaktuKind.FIXED, 20, TimeUnit.MINUTE),
    ("30 Menit", WaktuKind.FIXED, 30, TimeUnit.MINUTE),
    ("30 menit", WaktuKind.FIXED, 30, TimeUnit.MINUTE),
    ("60 menit", WaktuKind.FIXED, 60, TimeUnit.MINUTE),
    ("1 jam", WaktuKind.FIXED, 1, TimeUnit.HOUR),
    ("1 Jam", WaktuKind.FIXED, 1, TimeUnit.HOUR),
    ("2 jam", WaktuKind.FIXED, 2, TimeUnit.HOUR),
    ("5 jam", WaktuKind.FIXED, 5, TimeUnit.HOUR),
    ("8 jam", WaktuKind.FIXED, 8, TimeUnit.HOUR),
    ("1 hari", WaktuKind.FIXED, 1, TimeUnit.DAY),
    ("1 Hari", WaktuKind.FIXED, 1, TimeUnit.DAY),
    ("2 hari", WaktuKind.FIXED, 2, TimeUnit.DAY),
    ("3 hari", WaktuKind.FIXED, 3, TimeUnit.DAY),
    ("5 hari", WaktuKind.FIXED, 5, TimeUnit.DAY),
    ("25 hari", WaktuKind.FIXED, 25, TimeUnit.DAY),
    ("30 Hari", WaktuKind.FIXED, 30, TimeUnit.DAY),
    ("1 minggu", WaktuKind.FIXED, 1, TimeUnit.WEEK),
    ("2 minggu", WaktuKind.FIXED, 2, TimeUnit.WEEK),
    ("3 minggu", WaktuKind.FIXED, 3, TimeUnit.WEEK),
    ("1 bulan", WaktuKind.FIXED, 1, TimeUnit.MONTH),
    ("2 bulan", WaktuKind.FIXED, 2, TimeUnit.MONTH),
    ("Paling lambat 17 hari kerja", WaktuKind.FIXED, 17, TimeUnit.DAY),
    ("Disesuaikan", WaktuKind.NONE, 0, None),
    ("Setiap Saat", WaktuKind.NONE, 0, None),
    ("Pada hari dan jam kerja", WaktuKind.NONE, 0, None),
    ("-", WaktuKind.NONE, 0, None),
    ("", WaktuKind.NONE, 0, None),
]


@pytest.mark.parametrize(("text", "kind", "amount", "unit"), SEED_VALUES)
def test_seed_values_read_as_stated(text: str, kind: WaktuKind, amount: int, unit: TimeUnit | None) -> None:
    value = parse_waktu(text)
    assert value.kind is kind
    assert value.amount == amount
    assert value.unit == unit
    if kind is not WaktuKind.FIXED:
        assert value.reason


def test_every_waktu_in_the_sample_data_is_readable(sample_sops: list[Sop]) -> None:
    seen = {step.standard_time for sop in sample_sops for step in sop.steps}
    assert seen <= {text for text, *_ in SEED_VALUES}, seen - {text for text, *_ in SEED_VALUES}
    assert all(parse_waktu(text).kind is not WaktuKind.UNREADABLE for text in seen)


@pytest.mark.parametrize("text", ["2-3 hari", "segera", "3 hr", "tiga hari", "0 menit", "1 tahun", "15"])
def test_unreadable_text_is_reported_never_guessed(text: str) -> None:
    value = parse_waktu(text)
    assert value.kind is WaktuKind.UNREADABLE
    assert value.unit is None and value.minutes() == 0
    assert value.reason


def test_lakip_kabupaten_totals_75_hari(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["baritokuala-penyusunan-lakip"]
    total = total_minutes(parse_waktu(s.standard_time) for s in sop.steps)
    assert total == 75 * DAY
    assert format_minutes(total) == "75 hari"


def test_convention_converts_each_unit() -> None:
    c = WaktuConvention()
    assert parse_waktu("1 jam").minutes(c) == 60
    assert parse_waktu("1 hari").minutes(c) == DAY
    assert parse_waktu("2 minggu").minutes(c) == 10 * DAY
    assert parse_waktu("1 bulan").minutes(c) == 30 * DAY
    eight_hours = WaktuConvention(hours_per_day=Fraction(8), days_per_week=6, days_per_month=22)
    assert parse_waktu("1 hari").minutes(eight_hours) == 480
    assert parse_waktu("1 minggu").minutes(eight_hours) == 6 * 480
    assert parse_waktu("1 bulan").minutes(eight_hours) == 22 * 480


def test_describe_reads_like_the_editor_shows_it() -> None:
    assert parse_waktu("2 minggu").describe() == "2 minggu = 10 hari kerja"
    assert parse_waktu("90 menit").describe() == "90 menit = 1 jam 30 menit"
    assert "Disesuaikan" in parse_waktu("Disesuaikan").describe()


def test_decimal_amounts_use_a_comma_or_a_dot() -> None:
    assert parse_waktu("1,5 jam").minutes() == 90
    assert parse_waktu("1.5 jam").minutes() == 90


# Waktu as other offices write it (issue #14; the corpus PDFs and the real sheets of the issue)
REAL_VALUES = [
    ("1 x 24 Jam", 1, TimeUnit.DAY, False), ("3×24 Jam", 3, TimeUnit.DAY, False),
    ("3 x 24 jam", 3, TimeUnit.DAY, False), ("1 (satu) hari", 1, TimeUnit.DAY, False),
    ("Paling lambat 7 (tujuh) hari kerja", 7, TimeUnit.DAY, True),
    ("Paling lambat 10 (sepuluh) hari kerja", 10, TimeUnit.DAY, True),
    ("17 (tujuh belas) hari", 17, TimeUnit.DAY, False), ("maksimal 3 hari", 3, TimeUnit.DAY, True),
    ("Maks7 hari", 7, TimeUnit.DAY, True), ("paling lama 14 hari", 14, TimeUnit.DAY, True),
    ("10menit", 10, TimeUnit.MINUTE, False), ("5\nMenit", 5, TimeUnit.MINUTE, False),
    ("paling lambat 17 hari kerja", 17, TimeUnit.DAY, True),
    ("maks7 hari *", 7, TimeUnit.DAY, True), ("7 hari *", 7, TimeUnit.DAY, False),  # a footnote mark
    ("14 hari kerja *)", 14, TimeUnit.DAY, False), ("3 hari (**)", 3, TimeUnit.DAY, False),
]


@pytest.mark.parametrize(("text", "amount", "unit", "at_most"), REAL_VALUES)
def test_waktu_as_other_offices_write_it(text: str, amount: int, unit: TimeUnit, at_most: bool) -> None:
    value = parse_waktu(text)
    assert (value.kind, value.amount, value.unit, value.at_most) == (WaktuKind.FIXED, amount, unit, at_most)


@pytest.mark.parametrize("text", ["1 (dua) hari", "2 x 24 jam kerja", "1 x 12 jam", "Setiap saat", "*", "hari *"])
def test_contradictions_and_other_forms_are_not_guessed(text: str) -> None:
    assert parse_waktu(text).kind is not WaktuKind.FIXED


def test_a_total_never_hides_a_step() -> None:
    from sopdesk.domain.waktu import total_text

    values = [parse_waktu(t) for t in ("3 hari", "1 x 24 Jam", "3 jam", "Setiap Saat", "-", "2-3 hari")]
    assert total_text(values) == "4 hari 3 jam + 2 langkah tanpa standar + 1 langkah tidak terbaca"
    seventeen = [parse_waktu("17 hari")] + [parse_waktu("Setiap Saat")] * 7
    assert total_text(seventeen) == "17 hari + 7 langkah tanpa standar"
    assert total_text([parse_waktu("Setiap Saat")]) == ""


def test_numbers_are_spelled_as_sheets_spell_them() -> None:
    from sopdesk.domain.waktu import spelled

    assert [spelled(n) for n in (1, 10, 11, 17, 20, 25, 100, 111, 250)] == [
        "satu", "sepuluh", "sebelas", "tujuh belas", "dua puluh", "dua puluh lima", "seratus", "seratus sebelas",
        "dua ratus lima puluh"]
