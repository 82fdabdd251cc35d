"""The working calendar: office hours, holidays and cuti bersama, due times of Waktu standards.

Fixed datetimes only (no wall clock). Holiday dates are the ones the ``holidays`` package gives
for Indonesia (categories public and government = cuti bersama), as printed by
``national_holidays``.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sopdesk.domain.calendar import (
    DEFAULT_CALENDAR,
    DEFAULT_HOURS,
    WeekHours,
    WorkingCalendar,
    national_holidays,
)
from sopdesk.domain.waktu import DEFAULT_CONVENTION, TimeUnit, WaktuConvention, parse_waktu

CAL = DEFAULT_CALENDAR
PLAIN = WorkingCalendar(use_national_holidays=False)  # default hours, no national holidays
MICROSECOND = timedelta(microseconds=1)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi)


# --- the default office hours -------------------------------------------------------------


def test_default_week_is_37_5_hours_of_7_5_hour_days() -> None:
    day = DEFAULT_CONVENTION.minutes_per(TimeUnit.DAY)
    assert day == 450
    assert [CAL.weekday_minutes(i) for i in range(7)] == [day] * 5 + [0, 0]
    assert CAL.week_minutes == 2250 == 37.5 * 60


def test_default_hours_open_at_07_30_with_the_asn_breaks() -> None:
    monday, friday = DEFAULT_HOURS[0], DEFAULT_HOURS[4]
    assert monday == ((time(7, 30), time(12)), (time(13), time(16)))
    assert friday == ((time(7, 30), time(11, 30)), (time(13), time(16, 30)))
    assert DEFAULT_HOURS[1:4] == (monday,) * 3 and DEFAULT_HOURS[5:] == ((), ())


def test_working_time_includes_the_opening_and_excludes_breaks_and_closing() -> None:
    assert CAL.is_working_time(at(2025, 1, 13, 7, 30))
    assert not CAL.is_working_time(at(2025, 1, 13, 7, 29))
    assert not CAL.is_working_time(at(2025, 1, 13, 12, 30))
    assert not CAL.is_working_time(at(2025, 1, 13, 16))
    assert CAL.is_working_time(at(2025, 1, 17, 16, 15))  # Friday closes at 16.30
    assert not CAL.is_working_time(at(2025, 1, 17, 12, 0))  # Friday break 11.30–13.00
    assert not CAL.is_working_time(at(2025, 1, 18, 10))  # Saturday


# --- holidays and cuti bersama (as the holidays package gives them) -----------------------

NAMED_DAYS_OFF = [
    (date(2025, 3, 31), "Hari Raya Idul Fitri"),
    (date(2025, 4, 1), "Hari kedua dari Hari Raya Idul Fitri"),
    (date(2025, 4, 2), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2025, 4, 7), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2025, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
    (date(2025, 12, 25), "Hari Raya Natal"),
    (date(2025, 12, 26), "Cuti Bersama Hari Raya Natal"),
    (date(2026, 3, 21), "Hari Raya Idul Fitri"),
    (date(2026, 3, 23), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
    (date(2026, 12, 24), "Cuti Bersama Hari Raya Natal"),
    (date(2026, 12, 25), "Hari Raya Natal"),
    (date(2027, 3, 10), "Hari Raya Idul Fitri (perkiraan)"),
    (date(2027, 3, 12), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2027, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
    (date(2027, 12, 24), "Cuti Bersama Hari Raya Natal"),
    (date(2027, 12, 25), "Hari Raya Natal"),
]


@pytest.mark.parametrize(("day", "name"), NAMED_DAYS_OFF)
def test_named_holidays_and_cuti_bersama_are_days_off(day: date, name: str) -> None:
    assert national_holidays(day.year)[day] == name
    assert CAL.is_holiday(day)
    assert not CAL.is_working_day(day)
    assert CAL.working_intervals(day) == ()


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_every_year_2025_to_2027_has_cuti_bersama(year: int) -> None:
    cuti = [d for d, name in national_holidays(year).items() if name.startswith("Cuti Bersama")]
    assert len(cuti) >= 8


def test_idul_fitri_2025_closes_the_office_from_28_march_to_7_april() -> None:
    closed = [date(2025, 3, 28) + timedelta(days=i) for i in range(11)]
    assert not any(CAL.is_working_day(d) for d in closed)
    assert CAL.is_working_day(date(2025, 3, 27)) and CAL.is_working_day(date(2025, 4, 8))


def test_holidays_extend_lazily_to_any_year() -> None:
    assert not CAL.is_working_day(date(2030, 1, 1))  # Tahun Baru Masehi, a Tuesday
    assert CAL.is_working_day(date(2030, 1, 2))


# --- the examples of the issue --------------------------------------------------------------


def test_two_hours_from_friday_15_00_are_due_monday_08_00() -> None:
    # Friday closes at 16.30: 90 minutes on Friday, 30 on Monday from 07.30
    assert CAL.due(at(2025, 1, 10, 15), parse_waktu("2 jam")) == at(2025, 1, 13, 8)


def test_three_days_before_idul_fitri_2025_skip_the_holidays_and_cuti_bersama() -> None:
    start = at(2025, 3, 27, 14)  # Thursday; 28 March to 7 April are holidays or cuti bersama
    assert CAL.due(start, parse_waktu("3 hari")) == at(2025, 4, 10, 14)
    assert PLAIN.due(start, parse_waktu("3 hari")) == at(2025, 4, 1, 14)
    assert CAL.working_minutes_between(start, at(2025, 4, 10, 14)) == 3 * 450


def test_weekends_are_skipped() -> None:
    assert CAL.add_working_minutes(at(2025, 1, 17, 16), 60) == at(2025, 1, 20, 8)
    assert CAL.working_minutes_between(at(2025, 1, 17, 16), at(2025, 1, 20, 8)) == 60


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("15 Menit", at(2025, 1, 13, 7, 45)),
        ("1 jam", at(2025, 1, 13, 8, 30)),
        ("1,5 jam", at(2025, 1, 13, 9)),
        ("1 hari", at(2025, 1, 13, 16)),
        ("3 hari", at(2025, 1, 15, 16)),
        ("1 minggu", at(2025, 1, 17, 16, 30)),
        ("2 minggu", at(2025, 1, 24, 16, 30)),
        # 30 hari kerja: 27–29 January 2025 are Isra Mikraj, cuti bersama Imlek and Imlek
        ("1 bulan", at(2025, 2, 26, 16)),
        ("Paling lambat 17 hari kerja", at(2025, 2, 7, 16, 30)),
    ],
)
def test_every_unit_from_a_monday_opening(text: str, due: datetime) -> None:
    assert CAL.due(at(2025, 1, 13, 7, 30), parse_waktu(text)) == due


def test_due_follows_the_convention() -> None:
    eight_hour_days = WaktuConvention(hours_per_day=Fraction(8))
    assert CAL.due(at(2025, 1, 13, 7, 30), parse_waktu("1 hari"), eight_hour_days) == at(2025, 1, 14, 8)


@pytest.mark.parametrize("text", ["Disesuaikan", "Setiap Saat", "", "-", "2-3 hari", "segera"])
def test_no_due_time_without_a_fixed_standard(text: str) -> None:
    assert CAL.due(at(2025, 1, 13, 9), parse_waktu(text)) is None


# --- the end-of-interval rule and starts outside working hours -----------------------------


def test_work_that_fills_an_interval_is_due_at_its_end() -> None:
    assert CAL.add_working_minutes(at(2025, 1, 13, 15), 60) == at(2025, 1, 13, 16)
    assert CAL.add_working_minutes(at(2025, 1, 13, 11), 60) == at(2025, 1, 13, 12)
    assert CAL.add_working_minutes(at(2025, 1, 13, 11), 61) == at(2025, 1, 13, 13, 1)


@pytest.mark.parametrize(
    ("start", "opening", "due_in_an_hour"),
    [
        (at(2025, 1, 13, 6), at(2025, 1, 13, 7, 30), at(2025, 1, 13, 8, 30)),  # before opening
        (at(2025, 1, 13, 17), at(2025, 1, 14, 7, 30), at(2025, 1, 14, 8, 30)),  # after closing
        (at(2025, 1, 13, 12, 15), at(2025, 1, 13, 13), at(2025, 1, 13, 14)),  # at the break
        (at(2025, 1, 11, 10), at(2025, 1, 13, 7, 30), at(2025, 1, 13, 8, 30)),  # Saturday
        (at(2025, 1, 1, 9), at(2025, 1, 2, 7, 30), at(2025, 1, 2, 8, 30)),  # Tahun Baru
    ],
)
def test_starts_outside_working_hours_count_from_the_next_opening(
    start: datetime, opening: datetime, due_in_an_hour: datetime
) -> None:
    assert CAL.next_working_moment(start) == opening
    assert CAL.add_working_minutes(start, 0) == opening
    assert CAL.add_working_minutes(start, 60) == due_in_an_hour
    assert CAL.working_minutes_between(start, opening) == 0


def test_closing_time_is_not_working_time() -> None:
    assert CAL.next_working_moment(at(2025, 1, 13, 16)) == at(2025, 1, 14, 7, 30)
    assert CAL.add_working_minutes(at(2025, 1, 13, 16), 0) == at(2025, 1, 14, 7, 30)
    assert CAL.add_working_minutes(at(2025, 1, 13, 12), 1) == at(2025, 1, 13, 13, 1)


def test_a_working_moment_is_its_own_next_working_moment() -> None:
    moment = at(2025, 1, 13, 9, 41)
    assert CAL.next_working_moment(moment) == moment == CAL.add_working_minutes(moment, 0)


def test_working_minutes_between() -> None:
    assert CAL.working_minutes_between(at(2025, 1, 13, 7, 30), at(2025, 1, 13, 16)) == 450
    assert CAL.working_minutes_between(at(2025, 1, 13), at(2025, 1, 20)) == 2250
    assert CAL.working_minutes_between(at(2025, 1, 13, 10), at(2025, 1, 13, 10)) == 0
    assert CAL.working_minutes_between(at(2025, 1, 14), at(2025, 1, 13)) == 0
    assert CAL.working_minutes_between(at(2025, 1, 13, 9), datetime(2025, 1, 13, 9, 0, 30)) == Fraction(1, 2)


def test_fractions_of_a_minute_round_up_to_the_microsecond() -> None:
    assert CAL.add_working_minutes(at(2025, 1, 13, 9), Fraction(1, 7)) == datetime(2025, 1, 13, 9, 0, 8, 571429)


# --- the office's own changes ---------------------------------------------------------------


def test_an_office_day_off_is_skipped() -> None:
    start, wednesday = at(2025, 1, 14, 8), date(2025, 1, 15)
    office = CAL.add_day_off(wednesday)
    assert CAL.add_working_minutes(start, 450) == at(2025, 1, 15, 8)
    assert office.add_working_minutes(start, 450) == at(2025, 1, 16, 8)
    assert not office.is_working_day(wednesday) and not office.is_holiday(wednesday)
    assert office.remove_day_off(wednesday) == CAL


def test_a_removed_holiday_is_worked() -> None:
    start, cuti = at(2025, 12, 24, 8), date(2025, 12, 26)  # 25 Natal, 26 cuti bersama Natal
    office = CAL.remove_holiday(cuti)
    assert CAL.add_working_minutes(start, 450) == at(2025, 12, 29, 8)
    assert office.add_working_minutes(start, 450) == at(2025, 12, 26, 8)
    assert office.working_intervals(cuti) == (
        (at(2025, 12, 26, 7, 30), at(2025, 12, 26, 11, 30)), (at(2025, 12, 26, 13), at(2025, 12, 26, 16, 30)))
    assert office.restore_holiday(cuti) == CAL


def test_removing_what_is_not_there_is_an_error() -> None:
    with pytest.raises(ValueError, match="bukan hari libur nasional atau cuti bersama"):
        CAL.remove_holiday(date(2025, 1, 14))
    with pytest.raises(ValueError, match="bukan hari libur kantor"):
        CAL.remove_day_off(date(2025, 1, 14))


def test_a_short_friday() -> None:
    office = CAL.with_hours(4, [(time(13, 30), time(16)), (time(7, 30), time(11))])
    assert office.hours[4] == ((time(7, 30), time(11)), (time(13, 30), time(16)))
    assert office.weekday_minutes(4) == 360 and office.week_minutes == 2160
    assert office.add_working_minutes(at(2025, 1, 10, 15), 120) == at(2025, 1, 13, 8, 30)
    assert office.add_working_minutes(at(2025, 1, 10, 10, 30), 120) == at(2025, 1, 10, 15)
    assert not office.is_working_time(at(2025, 1, 10, 11, 15))


def test_calendars_are_immutable_values() -> None:
    changed = CAL.add_day_off(date(2025, 1, 15))
    assert CAL.days_off == frozenset() and changed.days_off == {date(2025, 1, 15)}
    assert changed == WorkingCalendar(days_off=frozenset({date(2025, 1, 15)}))
    assert hash(changed) == hash(WorkingCalendar(days_off=frozenset({date(2025, 1, 15)})))
    with pytest.raises(dataclasses.FrozenInstanceError):
        CAL.days_off = frozenset()  # type: ignore[misc]


# --- bad input --------------------------------------------------------------------------------


def friday_only(*intervals: tuple[time, time]) -> WeekHours:
    return ((), (), (), (), intervals, (), ())


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        (friday_only((time(16), time(8))), "Jumat: jam selesai 08.00 harus sesudah jam mulai 16.00"),
        (friday_only((time(8), time(8))), "harus sesudah"),
        (friday_only((time(8), time(12)), (time(11), time(13))), "08.00–12.00 dan 11.00–13.00 bertumpang tindih"),
        (((),) * 7, "Jam kerja sepekan nol"),
        (DEFAULT_HOURS[:5], "7 hari"),
        (friday_only((time(8, tzinfo=UTC), time(12))), "tanpa zona waktu"),
    ],
)
def test_bad_hours_are_refused_in_bahasa_indonesia(hours: WeekHours, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WorkingCalendar(hours)


def test_other_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        CAL.add_working_minutes(at(2025, 1, 13, 9), -1)
    with pytest.raises(ValueError, match="tanpa zona waktu"):
        CAL.is_working_time(datetime(2025, 1, 13, 9, tzinfo=UTC))
    with pytest.raises(ValueError, match="0 \\(Senin\\) sampai 6 \\(Minggu\\), bukan 7"):
        CAL.with_hours(7, [])


# --- long spans (their speed is measured in bench/, not here) ---------------------------------


def test_ten_years_of_working_minutes() -> None:
    start, minutes = at(2025, 1, 2, 9), 10 * 52 * 2250
    due = CAL.add_working_minutes(start, minutes)
    assert CAL.working_minutes_between(start, due) == minutes
    assert date(2034, 12, 1) < due.date() < date(2036, 1, 1)


# --- properties -------------------------------------------------------------------------------

HOLIDAYS_2025_2027 = sorted(d for y in (2025, 2026, 2027) for d in national_holidays(y))
ANY_MOMENT = st.datetimes(datetime(2025, 1, 1), datetime(2027, 9, 30))
WHOLE_MINUTES = ANY_MOMENT.map(lambda m: m.replace(second=0, microsecond=0))
HALF_HOURS = ANY_MOMENT.map(lambda m: m.replace(minute=m.minute // 30 * 30, second=0, microsecond=0))
MOMENTS = st.one_of(ANY_MOMENT, HALF_HOURS)  # half hours hit the default openings and closings
SECONDS = st.integers(0, 3600 * 10).map(lambda s: Fraction(s, 60))
MINUTES = st.one_of(st.integers(0, 600), st.integers(0, 80 * 450), SECONDS)


@st.composite
def day_hours(draw: st.DrawFn) -> tuple[tuple[time, time], ...]:
    marks = sorted(draw(st.lists(st.integers(0, 24 * 60 - 1), unique=True, max_size=6)))
    marks = marks[: len(marks) // 2 * 2]
    return tuple((_clock(a), _clock(b)) for a, b in zip(marks[::2], marks[1::2], strict=True))


def _clock(minute: int) -> time:
    return time(minute // 60, minute % 60)


@st.composite
def calendars(draw: st.DrawFn) -> WorkingCalendar:
    week = tuple(draw(day_hours()) for _ in range(7))
    assume(any(week))
    days_off = draw(st.frozensets(st.dates(date(2025, 1, 1), date(2027, 12, 31)), max_size=60))
    removed = draw(st.frozensets(st.sampled_from(HOLIDAYS_2025_2027), max_size=10))
    return WorkingCalendar(week, days_off, removed, draw(st.booleans()))


ANY_CALENDAR = st.one_of(st.just(CAL), calendars())


def ends_in_working_time(calendar: WorkingCalendar, due: datetime, minutes: Fraction | int) -> bool:
    """The rule: 0 minutes give a working moment; more end inside an interval or at its very end."""
    if minutes == 0:
        return calendar.is_working_time(due)
    return any(a < due <= b for a, b in calendar.working_intervals(due.date()))


@settings(deadline=None, max_examples=200)
@given(ANY_CALENDAR, MOMENTS, MINUTES)
def test_due_time_never_falls_outside_working_time(
    calendar: WorkingCalendar, start: datetime, minutes: Fraction | int
) -> None:
    due = calendar.add_working_minutes(start, minutes)
    assert due >= start
    assert ends_in_working_time(calendar, due, minutes)


@settings(deadline=None, max_examples=200)
@given(ANY_CALENDAR, MOMENTS, MINUTES, MINUTES)
def test_due_time_never_moves_backwards_as_the_standard_grows(
    calendar: WorkingCalendar, start: datetime, a: Fraction | int, b: Fraction | int
) -> None:
    small, large = sorted((a, b))
    assert calendar.add_working_minutes(start, small) <= calendar.add_working_minutes(start, large)


@settings(deadline=None, max_examples=200)
@given(ANY_CALENDAR, MOMENTS, MINUTES)
def test_working_minutes_between_undoes_add_working_minutes(
    calendar: WorkingCalendar, start: datetime, minutes: Fraction | int
) -> None:
    working_start = calendar.next_working_moment(start)
    for begin in (working_start, start):
        due = calendar.add_working_minutes(begin, minutes)
        assert calendar.working_minutes_between(begin, due) == minutes
        if minutes:  # the earliest such moment: a microsecond sooner is not enough
            assert calendar.working_minutes_between(begin, due - MICROSECOND) < minutes


@settings(deadline=None, max_examples=200)
@given(ANY_CALENDAR, MOMENTS)
def test_next_working_moment_is_the_first_working_moment(calendar: WorkingCalendar, start: datetime) -> None:
    moment = calendar.next_working_moment(start)
    assert calendar.is_working_time(moment)
    assert calendar.working_minutes_between(start, moment) == 0
    assert (moment == start) == calendar.is_working_time(start)


@settings(deadline=None, max_examples=200)
@given(ANY_CALENDAR, st.dates(date(2025, 1, 1), date(2027, 9, 30)))
def test_interval_ends_are_not_working_time_but_are_due_times(calendar: WorkingCalendar, day: date) -> None:
    for a, b in calendar.working_intervals(day):
        assert calendar.next_working_moment(a) == a == calendar.add_working_minutes(a, 0)
        assert calendar.add_working_minutes(a, (b - a) // timedelta(minutes=1)) == b
        after = calendar.next_working_moment(b)
        assert after > b and calendar.is_working_time(after) and calendar.add_working_minutes(b, 0) == after


@settings(deadline=None, max_examples=60)
@given(ANY_CALENDAR, WHOLE_MINUTES, st.integers(0, 3 * 24 * 60))
def test_working_minutes_agree_with_counting_minute_by_minute(
    calendar: WorkingCalendar, start: datetime, span: int
) -> None:
    minutes = [start + timedelta(minutes=i) for i in range(span)]
    counted = sum(calendar.is_working_time(m) for m in minutes)
    assert calendar.working_minutes_between(start, start + timedelta(minutes=span)) == counted
