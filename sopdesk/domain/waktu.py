"""Waktu: reading the Mutu Baku standard time of a step, and totalling an SOP.

The Waktu column of an SOP AP sheet is free text (docs/product.md, "Waktu"). ``parse_waktu``
turns it into a `StandardTime`: a fixed amount with a unit, "no fixed standard"
(*Disesuaikan*, *Setiap Saat*, empty, ``-``), or unreadable with a reason. It never
guesses: ``2-3 hari`` or ``segera`` are reported as unreadable.

Units count in **working time** under one `WaktuConvention` (documented in
``docs/waktu.md``): 1 jam = 60 menit, 1 hari = 7.5 jam kerja (37.5 hours a week, ASN),
1 minggu = 5 hari kerja, 1 bulan = 30 hari. The 30-day month is the convention the
signed sheets use: seed 000's LAKIP sheet totals "1 bulan" and 45 days as "75 hari".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from math import floor


class TimeUnit(StrEnum):
    """A unit of the Waktu column."""

    MINUTE = "menit"
    HOUR = "jam"
    DAY = "hari"
    WEEK = "minggu"
    MONTH = "bulan"


class WaktuKind(StrEnum):
    """What a Waktu text turned out to be."""

    FIXED = "fixed"  # an amount and a unit
    NONE = "none"  # no fixed standard: Disesuaikan, Setiap Saat, empty, "-"
    UNREADABLE = "unreadable"  # text sopdesk cannot read; see ``reason``


@dataclass(frozen=True, slots=True)
class WaktuConvention:
    """How the units convert, in working time. One documented, configurable setting.

    ``hours_per_day``: working hours in a hari (default 7.5 = 37.5 h / 5 days, ASN).
    ``days_per_week``: working days in a minggu (default 5).
    ``days_per_month``: hari in a bulan (default 30, as the signed sheets total it).
    """

    hours_per_day: Fraction = Fraction(15, 2)
    days_per_week: int = 5
    days_per_month: int = 30

    def minutes_per(self, unit: TimeUnit) -> Fraction:
        """Working minutes in one ``unit``."""
        return _minutes_per(self, unit)


@lru_cache(maxsize=256)  # pure (the convention is frozen): reports ask it for every step record
def _minutes_per(convention: WaktuConvention, unit: TimeUnit) -> Fraction:
    day = convention.hours_per_day * 60
    return {
        TimeUnit.MINUTE: Fraction(1),
        TimeUnit.HOUR: Fraction(60),
        TimeUnit.DAY: day,
        TimeUnit.WEEK: day * convention.days_per_week,
        TimeUnit.MONTH: day * convention.days_per_month,
    }[unit]


DEFAULT_CONVENTION = WaktuConvention()


@dataclass(frozen=True, slots=True)
class StandardTime:
    """A parsed Waktu value.

    ``text`` is the value as written. For ``FIXED``: ``amount`` (> 0) in ``unit``;
    ``at_most`` when written as a limit ("Paling lambat 17 hari kerja"). For ``NONE``
    and ``UNREADABLE``: ``reason`` says why, in Bahasa Indonesia.
    """

    text: str
    kind: WaktuKind
    amount: Fraction = Fraction(0)
    unit: TimeUnit | None = None
    at_most: bool = False
    reason: str = ""

    @property
    def is_fixed(self) -> bool:
        """True for an amount with a unit."""
        return self.kind is WaktuKind.FIXED

    def minutes(self, convention: WaktuConvention = DEFAULT_CONVENTION) -> Fraction:
        """Working minutes of a fixed standard; 0 for the others."""
        return _minutes(self.amount, self.unit, convention)

    def describe(self, convention: WaktuConvention = DEFAULT_CONVENTION) -> str:
        """A short reading for the user, e.g. ``2 minggu = 10 hari kerja``."""
        if self.kind is WaktuKind.FIXED:
            reading = format_minutes(self.minutes(convention), convention, day_label="hari kerja")
            return f"{_amount(self.amount)} {self.unit} = {reading}"
        return self.reason


@lru_cache(maxsize=4096)
def _minutes(amount: Fraction, unit: TimeUnit | None, convention: WaktuConvention) -> Fraction:
    return Fraction(0) if unit is None else amount * convention.minutes_per(unit)


_UNITS = {
    "menit": TimeUnit.MINUTE,
    "mnt": TimeUnit.MINUTE,
    "jam": TimeUnit.HOUR,
    "hari": TimeUnit.DAY,
    "hari kerja": TimeUnit.DAY,
    "minggu": TimeUnit.WEEK,
    "pekan": TimeUnit.WEEK,
    "bulan": TimeUnit.MONTH,
}
MAX_CLOCK_MINUTES = 5 * 365 * 24 * 60
"""The longest Waktu read as a standard: 5 years of clock time (2,628,000 minutes). Longer is a
typing error (issue #10: "1000000 bulan" was accepted, then every due time took seconds and the
weekly report died past the year 9999); it is unreadable, with the reason."""
_CLOCK_MINUTES = {TimeUnit.MINUTE: 1, TimeUnit.HOUR: 60, TimeUnit.DAY: 24 * 60, TimeUnit.WEEK: 7 * 24 * 60,
                  TimeUnit.MONTH: 30 * 24 * 60}
_NO_STANDARD = {
    "": "Kosong: tidak ada standar waktu",
    "-": "Tanda '-': tidak ada standar waktu",
    "disesuaikan": "Disesuaikan: tidak ada standar waktu tetap",
    "setiap saat": "Setiap saat: tidak ada standar waktu tetap",
    "pada hari dan jam kerja": "Pada hari dan jam kerja: tidak ada standar waktu tetap",
    "sesuai kebutuhan": "Sesuai kebutuhan: tidak ada standar waktu tetap",
}
_LIMIT = r"(?:(?:paling\s+lambat|paling\s+lama|selambat-lambatnya|maksimal|maksimum|maks\.?|max\.?)\s*)?"
_SPELLED = r"(?:\((?P<words>[a-z ]+)\)\s*)?"  # "7 (tujuh) hari": the number written out, checked
_UNIT_NAMES = "|".join(sorted(_UNITS, key=len, reverse=True))
_FIXED = re.compile(
    rf"^(?P<limit>{_LIMIT})(?P<amount>\d+(?:[.,]\d+)?)\s*{_SPELLED}(?P<unit>{_UNIT_NAMES})$"
)
_TIMES_24 = re.compile(rf"^(?P<limit>{_LIMIT})(?P<amount>\d+)\s*{_SPELLED}[x×*]\s*24\s*jam$")
"""``1 x 24 jam``, ``3×24 Jam``: n days, as public-service standards (standar pelayanan) mean it."""


_FOOTNOTE_MARK = re.compile(r"\s*(?:\*+\)?|\(\*+\))$")
"""A footnote mark after the value (``7 hari *``, ``14 hari *)``): the sheet explains it under the
table (the corpus's kemenkumham-kode-etik); the value is read without it."""


def _normalise(text: str) -> str:
    flat = re.sub(r"\s+", " ", text.replace("\u2013", "-").replace("\u2014", "-")).strip().casefold()
    return _FOOTNOTE_MARK.sub("", flat)


@lru_cache(maxsize=4096)  # pure, and StandardTime is frozen: reports judge thousands of records
def parse_waktu(text: str) -> StandardTime:
    """Read a Waktu text (docs/product.md "Waktu"); never raises, never guesses.

    >>> parse_waktu("15 Menit").minutes()
    Fraction(15, 1)
    >>> parse_waktu("Disesuaikan").kind
    <WaktuKind.NONE: 'none'>
    """
    norm = _normalise(text)
    if norm in _NO_STANDARD:
        return StandardTime(text, WaktuKind.NONE, reason=_NO_STANDARD[norm])
    match = _FIXED.match(norm) or _TIMES_24.match(norm)
    if match is None:
        return StandardTime(text, WaktuKind.UNREADABLE, reason=_unreadable_reason(norm))
    amount = Fraction(match["amount"].replace(",", "."))
    if amount <= 0:
        return StandardTime(text, WaktuKind.UNREADABLE, reason="Jumlah waktu harus lebih dari nol")
    if match["words"] and (amount.denominator != 1 or spelled(amount.numerator) != " ".join(match["words"].split())):
        return StandardTime(text, WaktuKind.UNREADABLE,
                            reason="Angka dan tulisan dalam kurung berbeda: tulis mis. '7 (tujuh) hari'")
    unit = _UNITS[match["unit"]] if "unit" in match.re.groupindex else TimeUnit.DAY
    if amount * _CLOCK_MINUTES[unit] > MAX_CLOCK_MINUTES:
        return StandardTime(text, WaktuKind.UNREADABLE,
                            reason="Lebih dari 5 tahun: periksa angkanya (tulis mis. '3 hari' atau '2 bulan')")
    return StandardTime(text, WaktuKind.FIXED, amount=amount, unit=unit, at_most=bool(match["limit"]))


_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def spelled(number: int) -> str:
    """``number`` (0–999) written out in Bahasa Indonesia, as sheets write it beside the digits:
    7 → "tujuh", 11 → "sebelas", 17 → "tujuh belas", 25 → "dua puluh lima", 100 → "seratus"."""
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    words = [] if not hundreds else ["seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"]
    if tens == 1:
        words.append({0: "sepuluh", 1: "sebelas"}.get(ones, f"{_ONES[ones]} belas"))
    else:
        if tens:
            words.append(f"{_ONES[tens]} puluh")
        if ones:
            words.append(_ONES[ones])
    return " ".join(words) or "nol"


def _unreadable_reason(norm: str) -> str:
    if re.search(r"\d\s*-\s*\d", norm):
        return "Rentang waktu tidak dapat dibaca: tulis satu nilai, mis. '3 hari'"
    if not re.search(r"\d", norm):
        return "Tidak ada angka: tulis mis. '15 menit', '2 jam', '3 hari', atau 'Disesuaikan'"
    return "Satuan tidak dikenal: gunakan menit, jam, hari, minggu, atau bulan"


def total_minutes(
    values: Iterable[StandardTime], convention: WaktuConvention = DEFAULT_CONVENTION
) -> Fraction:
    """Sum the fixed standards of ``values`` in working minutes (others count 0)."""
    return sum((v.minutes(convention) for v in values), Fraction(0))


def total_counts(values: Iterable[StandardTime],
                 convention: WaktuConvention = DEFAULT_CONVENTION) -> tuple[Fraction, int, int, bool]:
    """What an SOP's total says: (working minutes of the fixed standards, steps with no fixed
    standard, steps with an unreadable Waktu, whether any step has a fixed standard)."""
    values = list(values)
    return (total_minutes(values, convention), sum(v.kind is WaktuKind.NONE for v in values),
            sum(v.kind is WaktuKind.UNREADABLE for v in values), any(v.is_fixed for v in values))


def total_text(values: Iterable[StandardTime], convention: WaktuConvention = DEFAULT_CONVENTION) -> str:
    """The SOP's total as printed, hiding no step: the sum of the fixed standards (`format_minutes`),
    then how many steps have no fixed standard or an unreadable Waktu, e.g. "31 hari 3 jam + 1
    langkah tanpa standar", "17 hari + 7 langkah tanpa standar". "" when no step has a fixed
    standard (no total is printed then). Source: issue #14 ("a total never hides a step")."""
    minutes, none, unreadable, any_fixed = total_counts(values, convention)
    if not any_fixed:
        return ""
    parts = [format_minutes(minutes, convention)]
    if none:
        parts.append(f"{none} langkah tanpa standar")
    if unreadable:
        parts.append(f"{unreadable} langkah tidak terbaca")
    return " + ".join(parts)


def split_minutes(minutes: Fraction | int, convention: WaktuConvention = DEFAULT_CONVENTION) -> tuple[int, int, int]:
    """Working ``minutes`` as whole (hari kerja, jam, menit), a hari of ``convention.hours_per_day``
    hours; a fraction of a minute is rounded, half up. E.g. 1,080 → (2, 3, 0) under the default."""
    total = floor(Fraction(minutes) + Fraction(1, 2))
    day = convention.minutes_per(TimeUnit.DAY)
    days = floor(total / day) if day else 0
    hours, mins = divmod(floor(total - days * day), 60)
    return days, hours, mins


def format_minutes(
    minutes: Fraction | int, convention: WaktuConvention = DEFAULT_CONVENTION, day_label: str = "hari",
    hour_label: str = "jam", minute_label: str = "menit",
) -> str:
    """Format working minutes as whole hari/jam/menit (`split_minutes`), e.g. ``75 hari``,
    ``1 hari 2 jam 30 menit``, ``1 jam 29 menit``: never decimal minutes.

    ``day_label`` names the working day (``hari kerja`` for lateness and due readings); the labels
    are the Indonesian ones unless given (the English interface passes its own).
    """
    days, hours, mins = split_minutes(minutes, convention)
    parts = [f"{days} {day_label}"] if days else []
    if hours:
        parts.append(f"{hours} {hour_label}")
    if mins or not parts:
        parts.append(f"{mins} {minute_label}")
    return " ".join(parts)


def _amount(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.2f}".rstrip("0").rstrip(".").replace(".", ",")
