"""Time is minutes (issue #10): every moment is a whole minute, a step is late only when it used
more working minutes than its standard, and lateness reads as working days/hours/minutes."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain import execution as ex
from sopdesk.domain.calendar import WorkingCalendar
from sopdesk.domain.model import Lane, Sop, Status, Step, Symbol
from sopdesk.domain.waktu import MAX_CLOCK_MINUTES, WaktuKind, format_minutes, parse_waktu

CAL = WorkingCalendar(use_national_holidays=False)


def _sop(*waktu: str) -> Sop:
    """An approved SOP of len(waktu) + 2 steps: Mulai, one process per Waktu, Selesai (no standard)."""
    lane = Lane("a", "Pelaksana")
    steps = [Step("Mulai", ("a",), Symbol.TERMINATOR, standard_time="Disesuaikan")]
    steps += [Step(f"Kegiatan {i}", ("a",), standard_time=w) for i, w in enumerate(waktu, start=1)]
    steps.append(Step("Selesai", ("a",), Symbol.TERMINATOR, standard_time="-"))
    return Sop(id="uji", title="Uji", unit=(), lanes=(lane,), steps=tuple(steps), status=Status.APPROVED)


def _judge(waktu: str, start: dt.datetime, finish: dt.datetime | None, now: dt.datetime) -> ex.Judgement:
    return ex.judge(_sop(waktu), ex.StepRecord(1, start, finish), now, CAL)


MONDAY = dt.date(2026, 11, 23)
FRIDAY = dt.date(2026, 11, 27)


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


def test_hidden_seconds_do_not_make_a_one_minute_step_late() -> None:
    """Logged 08:20 → 08:21 with the seconds of "now" behind the HH:MM the user saw."""
    judged = _judge("1 menit", at(MONDAY, 8, 20, 50), at(MONDAY, 8, 21, 7), at(MONDAY, 9))
    assert judged.verdict is ex.Verdict.ON_TIME
    assert judged.late_minutes == 0


def test_a_step_may_start_in_the_minute_its_execution_started() -> None:
    sop = _sop("15 menit")
    execution = ex.Execution("LKj", "", "Ana", at(MONDAY, 8, 0, 40))
    now = at(MONDAY, 8, 0, 10) + dt.timedelta(seconds=45)
    logged = ex.start_step(sop, execution, 0, at(MONDAY, 8, 0, 5), "Ana", now)
    assert logged.records[0].started_at == at(MONDAY, 8)
    finished = ex.finish_step(sop, logged, at(MONDAY, 8, 0, 2), now)
    assert finished.records[0].finished_at == at(MONDAY, 8)
    again = ex.start_step(sop, finished, 1, at(MONDAY, 8, 0, 1), "Ana", now)
    assert again.records[1].started_at == at(MONDAY, 8)


def test_a_time_in_the_current_minute_is_not_in_the_future() -> None:
    sop = _sop("15 menit")
    execution = ex.Execution("LKj", "", "Ana", at(MONDAY, 8))
    logged = ex.start_step(sop, execution, 0, at(MONDAY, 8, 5, 59), "Ana", at(MONDAY, 8, 5, 1))
    assert logged.records[0].started_at == at(MONDAY, 8, 5)
    with pytest.raises(ex.ExecutionError, match="masa depan"):
        ex.start_step(sop, execution, 0, at(MONDAY, 8, 6), "Ana", at(MONDAY, 8, 5, 59))


def test_corrections_are_whole_minutes() -> None:
    sop = _sop("15 menit")
    execution = ex.start_step(sop, ex.Execution("LKj", "", "Ana", at(MONDAY, 8)), 0, at(MONDAY, 8), "Ana",
                              at(MONDAY, 9))
    fixed = ex.correct_time(execution, 0, "started_at", at(MONDAY, 8, 10, 33), at(MONDAY, 9))
    assert fixed.records[0].started_at == at(MONDAY, 8, 10)


@pytest.mark.parametrize(("waktu", "start", "finish"), [
    ("1 jam", at(MONDAY, 15), at(MONDAY, 17)),  # office closes 16:00: 60 working minutes used
    ("1 jam", at(MONDAY, 15), at(MONDAY, 23, 59)),
    ("1 jam", at(MONDAY, 15), at(MONDAY + dt.timedelta(days=1), 7, 30)),  # before next opening
    ("4 jam", at(FRIDAY, 7, 30), at(FRIDAY, 12, 45)),  # due 11:30, finished in the Friday break
    ("30 menit", at(FRIDAY, 11), at(FRIDAY, 12, 59)),
    ("1 hari", at(FRIDAY, 7, 30), at(FRIDAY + dt.timedelta(days=3), 7, 0)),  # over the weekend
])
def test_finishing_after_hours_within_the_standard_is_on_time(waktu: str, start: dt.datetime,
                                                              finish: dt.datetime) -> None:
    judged = _judge(waktu, start, finish, finish + dt.timedelta(days=7))
    assert judged.verdict is ex.Verdict.ON_TIME, judged
    assert judged.late_minutes == 0
    assert judged.due is not None and judged.due <= finish  # past its due time, yet on time


def test_late_by_the_working_minutes_used_past_the_standard() -> None:
    judged = _judge("1 jam", at(MONDAY, 14), at(MONDAY + dt.timedelta(days=1), 8, 59, 59), at(FRIDAY, 8))
    # Monday 14:00-16:00 = 120, Tuesday 07:30-08:59 = 89: used 209, standard 60
    assert judged.verdict is ex.Verdict.LATE
    assert judged.late_minutes == 149
    assert format_minutes(judged.late_minutes, day_label="hari kerja") == "2 jam 29 menit"


def test_running_step_a_second_past_its_due_time_is_still_running() -> None:
    due_minute = at(MONDAY, 8, 30)
    running = _judge("30 menit", at(MONDAY, 8), None, due_minute + dt.timedelta(seconds=1))
    assert running.verdict is ex.Verdict.RUNNING
    assert running.due == due_minute
    overdue = _judge("30 menit", at(MONDAY, 8), None, due_minute + dt.timedelta(minutes=1, seconds=30))
    assert overdue.verdict is ex.Verdict.OVERDUE
    assert overdue.late_minutes == 1
    after_hours = _judge("30 menit", at(MONDAY, 15, 40), None, at(MONDAY, 20))
    assert after_hours.verdict is ex.Verdict.RUNNING  # 20 working minutes used; office closed


def test_old_records_with_seconds_are_judged_at_minute_resolution() -> None:
    judged = _judge("10 menit", at(MONDAY, 8, 0, 59), at(MONDAY, 8, 10, 59), at(MONDAY, 12))
    assert judged.verdict is ex.Verdict.ON_TIME


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "0 menit"), (1, "1 menit"), (89, "1 jam 29 menit"), (60, "1 jam"),
    (2 * 450 + 180, "2 hari kerja 3 jam"), (450, "1 hari kerja"), (Fraction(429, 100), "4 menit"),
    (Fraction(7, 2), "4 menit"), (451, "1 hari kerja 1 menit"),
])
def test_lateness_reads_as_whole_working_time(minutes: Fraction | int, text: str) -> None:
    assert format_minutes(minutes, day_label="hari kerja") == text


def test_totals_keep_their_reading() -> None:
    assert format_minutes(Fraction(75 * 450)) == "75 hari"


@pytest.mark.parametrize("text", ["1000000 bulan", "40000 bulan", "61 bulan", "2000 hari", "3000000 menit",
                                  "Paling lambat 300 minggu"])
def test_a_waktu_beyond_five_years_is_refused_with_a_reason(text: str) -> None:
    parsed = parse_waktu(text)
    assert parsed.kind is WaktuKind.UNREADABLE
    assert "5 tahun" in parsed.reason


@pytest.mark.parametrize("text", ["60 bulan", "1825 hari", "260 minggu", f"{MAX_CLOCK_MINUTES} menit", "1 bulan"])
def test_long_but_sane_waktu_is_read(text: str) -> None:
    assert parse_waktu(text).is_fixed


def test_a_refused_waktu_gives_no_standard_in_an_old_record() -> None:
    judged = _judge("1000000 bulan", at(MONDAY, 8), None, at(FRIDAY, 8))
    assert judged.verdict is ex.Verdict.NO_STANDARD


_minute_times = st.datetimes(min_value=dt.datetime(2026, 11, 2), max_value=dt.datetime(2026, 11, 30))


@settings(max_examples=300, deadline=None)
@given(start=_minute_times, length=st.integers(0, 5 * 24 * 60), amount=st.integers(1, 600),
       unit=st.sampled_from(["menit", "jam"]))
def test_late_exactly_when_more_working_minutes_than_the_standard(start: dt.datetime, length: int, amount: int,
                                                                  unit: str) -> None:
    finish = start + dt.timedelta(minutes=length, seconds=start.second)
    judged = _judge(f"{amount} {unit}", start, finish, finish + dt.timedelta(days=1))
    used = CAL.working_minutes_between(ex.whole_minute(start), ex.whole_minute(finish))
    standard = amount * (60 if unit == "jam" else 1)
    assert used.denominator == 1
    assert (judged.verdict is ex.Verdict.LATE) == (used > standard)
    assert judged.late_minutes == max(0, used - standard)


def test_the_new_waktu_reasons_read_in_english_too() -> None:
    from sopdesk.domain.messages import phrase

    for text in ("100 bulan", "1 (dua) hari"):
        reason = parse_waktu(text).reason
        assert reason and phrase(reason, "en") != reason, text


def test_an_unreadable_waktu_refuses_an_execution_in_both_languages() -> None:
    from sopdesk.domain.messages import translated

    sop = _sop("15 menit", "2-3 hari")
    with pytest.raises(ex.ExecutionError) as refused:
        ex.check_can_start(sop, trial=False)
    assert "langkah 3" in str(refused.value) and "Rentang waktu" in str(refused.value)  # after Mulai
    english = translated(refused.value, "en")
    assert "step 3" in english and "A range of time" in english
