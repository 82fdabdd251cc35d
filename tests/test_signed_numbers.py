"""Steps keep the numbers their sheet was signed with (issue 14: "1, 2, 4-11", "5a") wherever the
Kabag reads them: the weekly report (Rincian, Terlambat), the monitoring's often-late steps, and
the messages of executions; on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.monitoring import Period
from sopdesk.io.weekly_xlsx import write_weekly
from sopdesk.store.database import Database, open_database
from sopdesk.store.errors import StoreError
from sopdesk.store.reports import build_weekly_report
from tests.test_waktu_spans import spanned

NOW = dt.datetime(2025, 6, 6, 16, 0)  # a Friday
SIGNED = ("1", "2", "4", "5a", "5b")


def t(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 2, hour, minute)  # Monday


def signed(sop: Sop) -> Sop:
    """``sop`` run one row after another (`spanned` with no span), its first rows numbered as signed
    with a gap and letters, every Waktu "10 menit"."""
    plain = spanned(sop, first=0, rows=1, waktu="10 menit")
    steps = [dataclasses.replace(s, number=SIGNED[i] if i < len(SIGNED) else "") for i, s in enumerate(plain.steps)]
    return dataclasses.replace(plain, steps=tuple(steps))


def test_a_step_number_is_the_signed_one_else_the_position(sample_by_id: dict[str, Sop]) -> None:
    sop = signed(sample_by_id["kalbar-penyusunan-lkj-biro"])
    assert [sop.step_number(i) for i in range(len(SIGNED) + 1)] == [*SIGNED, str(len(SIGNED) + 1)]
    with pytest.raises(IndexError):
        sop.step_number(len(sop.steps))


@pytest.fixture
def db(store_target: str | Path, sample_by_id: dict[str, Sop]) -> Iterator[Database]:
    database = open_database(store_target, seed=False)
    database.sops.add_all([signed(sample_by_id["kalbar-penyusunan-lkj-biro"])])
    yield database
    database.close()


def test_reports_and_messages_give_the_signed_numbers(db: Database, tmp_path: Path) -> None:
    log = db.executions
    rev = db.sops.find_by_key("kalbar-penyusunan-lkj-biro")
    assert rev is not None
    eid = log.start(rev, "LKj 2025", "005/12", "Ana", t(8), NOW)
    times = [(t(8), t(8, 5)), (t(8, 5), t(8, 30)), (t(8, 30), t(8, 35)), (t(8, 35), t(9, 0))]  # rows 2 and 4 late
    for row, (start, end) in enumerate(times):
        log.start_step(eid, row, start, "Ana", NOW)
        log.finish_step(eid, end, NOW)
    with pytest.raises(StoreError, match="5b"):  # the next row is the one signed "5b", not "5"
        log.start_step(eid, 5, t(9, 0), "Ana", NOW)

    week = build_weekly_report(db, IsoWeek(2025, 23), NOW)
    assert [line.step_no for line in week.lines] == ["1", "2", "4", "5a"]
    assert [line.step_no for line in week.late] == ["2", "5a"]
    book = openpyxl.load_workbook(write_weekly(week, tmp_path / "minggu.xlsx"))
    for name, expected in (("Rincian", [1, 2, 4, "5a"]), ("Terlambat", [2, "5a"])):
        ws = book[name]
        header = {c.value: c.column for c in ws[5] if c.value}
        assert [ws.cell(6 + k, header["No"]).value for k in range(len(expected))] == expected, name

    form = db.monitoring.form(Period(dt.date(2025, 6, 1), dt.date(2025, 6, 30)), NOW)
    (row,) = form.rows
    assert sorted(s.number for s in row.figures.late_steps) == ["2", "5a"]
