"""Exported files have the user's normal permissions (0666 less the umask), not mkstemp's 0600."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sopdesk.domain import monitoring as mon
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Sop
from sopdesk.domain.weekly import summarize
from sopdesk.io.book import export_book
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.monitoring_pdf import export_monitoring_pdf
from sopdesk.io.monitoring_xlsx import export_monitoring_xlsx
from sopdesk.io.pdf import export_sheet
from sopdesk.io.weekly_xlsx import write_weekly

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")

WEEK = IsoWeek(2026, 48)
FORM = mon.MonitoringForm(mon.Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30)), "", (), dt.datetime(2026, 7, 1))


def _writers(sop: Sop) -> dict[str, Callable[[Path], object]]:
    report = summarize(WEEK, "BAGIAN ORGANISASI", WEEK.end, WEEK.end, [sop], [], [])
    return {
        "weekly.xlsx": lambda p: write_weekly(report, p),
        "monitoring.xlsx": lambda p: export_monitoring_xlsx(FORM, p),
        "monitoring.pdf": lambda p: export_monitoring_pdf(FORM, p),
        "sheet.pdf": lambda p: export_sheet(sop, p),
        "book.pdf": lambda p: export_book([lambda: sop], p),
        "bytes.bin": lambda p: atomic_write_bytes(p, b"x"),
    }


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    old = os.umask(0o022)
    os.umask(old)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(old)


@pytest.mark.parametrize("name", ["weekly.xlsx", "monitoring.xlsx", "monitoring.pdf", "sheet.pdf", "book.pdf",
                                  "bytes.bin"])
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_every_writer_honours_the_umask(tmp_path: Path, sample_by_id: dict[str, Sop], umask: Callable[[int], None],
                                        name: str, mask: int, mode: int) -> None:
    umask(mask)
    target = tmp_path / name
    _writers(sample_by_id["kalbar-penyusunan-lkj-biro"])[name](target)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_replacing_a_file_gives_the_new_one_normal_permissions(tmp_path: Path, umask: Callable[[int], None]) -> None:
    umask(0o022)
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o644
