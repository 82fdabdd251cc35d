"""The format checker finds each rule on purpose-made broken SOPs and nothing on a correct one."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sopdesk.domain.checker import check_sop
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Status, Step, Symbol

TODAY = dt.date(2026, 11, 22)
GOOD = Sop(
    id="baik", title="SOP Baik", unit=("PEMERINTAH KABUPATEN UJI", "BAGIAN ORGANISASI"), number="1/ORG/2026",
    made_on=dt.date(2026, 1, 5), effective_on=dt.date(2026, 1, 10), revised_on=dt.date(2027, 1, 10),
    approval=Approval("Kepala Bagian", "Ana", "19800101 200001 2 001"), status=Status.APPROVED,
    related_sops=("SOP Lain",),
    lanes=(Lane("a", "Staf"), Lane("b", "Kabag")),
    steps=(Step("Mulai", ("a",), Symbol.TERMINATOR, standard_time="1 jam", output="Draf"),
           Step("Periksa", ("b",), Symbol.DECISION, standard_time="1 hari", output="Paraf",
                exits=(Exit("Ya"), Exit("Tidak", 0))),
           Step("Selesai", ("a", "b"), Symbol.TERMINATOR, standard_time="Disesuaikan", output="Arsip")),
)
CATALOGUE = [("baik", "SOP Baik"), ("lain", "Lain")]


def _steps(**changes: object) -> tuple[Step, ...]:
    index = int(changes.pop("index"))  # type: ignore[call-overload]
    steps = list(GOOD.steps)
    steps[index] = dataclasses.replace(steps[index], **changes)  # type: ignore[arg-type]
    return tuple(steps)


def test_a_correct_sop_has_no_findings() -> None:
    assert check_sop(GOOD, TODAY, CATALOGUE) == []


@pytest.mark.parametrize(("sop", "rule", "step"), [
    (dataclasses.replace(GOOD, steps=_steps(index=0, symbol=Symbol.PROCESS)), "start-terminator", 0),
    (dataclasses.replace(GOOD, steps=_steps(index=2, symbol=Symbol.PROCESS)), "end-terminator", 2),
    (dataclasses.replace(GOOD, steps=_steps(index=1, exits=(Exit("Ya"),))), "decision-exits", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=1, exits=(Exit("Ya"), Exit(" ", 0)))), "decision-exits", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=1, exits=(Exit("Ya"), Exit("Tidak", 7)))), "decision-target", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=1, lanes=())), "no-lane", 1),
    (dataclasses.replace(GOOD, lanes=(*GOOD.lanes, Lane("c", "Sekda"))), "unused-lane", None),
    (dataclasses.replace(GOOD, steps=_steps(index=1, standard_time="2-3 hari")), "waktu", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=1, activity=" ")), "empty-activity", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=2, output="")), "empty-output", 2),
    (dataclasses.replace(GOOD, number=""), "identity-empty", None),
    (dataclasses.replace(GOOD, approval=Approval()), "identity-empty", None),
    (dataclasses.replace(GOOD, effective_on=dt.date(2025, 12, 1)), "dates-order", None),
    (dataclasses.replace(GOOD, review_on=dt.date(2026, 11, 1)), "review-overdue", None),
    (dataclasses.replace(GOOD, related_sops=("SOP Yang Tidak Ada Sama Sekali",)), "related-missing", None),
    (dataclasses.replace(GOOD, steps=_steps(index=1, activity="kata " * 400)), "too-long-step", 1),
    (dataclasses.replace(GOOD, steps=_steps(index=1, remarks="x" * 1501)), "too-long-step", 1),
    (dataclasses.replace(GOOD, title="Judul " * 60), "too-long", None),
    (dataclasses.replace(GOOD, lanes=(Lane("a", "Staf " * 20), GOOD.lanes[1])), "too-long", None),
    (dataclasses.replace(GOOD, legal_basis=("Undang-undang " * 200,)), "too-long", None),
])
def test_each_rule_is_found(sop: Sop, rule: str, step: int | None) -> None:
    findings = check_sop(sop, TODAY, CATALOGUE)
    assert [(f.rule, f.step) for f in findings] == [(rule, step)], findings
    assert findings[0].message


def test_the_samples_findings(sample_sops: list[Sop]) -> None:
    catalogue = [(s.id, s.title) for s in sample_sops]
    rules = {s.id: sorted({f.rule for f in check_sop(s, TODAY, catalogue)}) for s in sample_sops}
    # Tanggal Revisi 04-01-2021 is the date of its last revision (issue 14), not a review that is overdue
    assert rules["kalbar-penyusunan-lkj-biro"] == ["related-missing"]
    assert rules["lamandau-pengisian-e-sakip"] == ["empty-output", "identity-empty", "related-missing"]
    assert all("waktu" not in r and "no-lane" not in r and "decision-exits" not in r for r in rules.values())


def test_decisions_that_loop_to_themselves_or_go_one_way_and_lane_names() -> None:
    import datetime as _dt
    from dataclasses import replace as _replace

    from sopdesk.domain import editing
    from sopdesk.domain.checker import check_sop as _check
    from sopdesk.io.exchange import load_sop_file as _load
    from sopdesk.resources import sample_data_dir

    sop = _load(sample_data_dir() / "baritokuala-pengaduan-masyarakat.json")
    today = _dt.date(2026, 1, 1)
    assert not {"decision-self", "decision-same", "lane-name", "lane-twice"} & {f.rule for f in _check(sop, today)}
    assert "decision-self" in {f.rule for f in _check(editing.set_exit(sop, 6, 1, target=6), today)}
    assert "decision-same" in {f.rule for f in _check(editing.set_exit(sop, 6, 1, target=None), today)}
    lanes = (_replace(sop.lanes[0], name=" "), _replace(sop.lanes[1], name=sop.lanes[2].name.upper()), *sop.lanes[2:])
    rules = [f.rule for f in _check(_replace(sop, lanes=lanes), today)]
    assert rules.count("lane-name") == 1 and rules.count("lane-twice") == 1
    assert "identity-empty" in {f.rule for f in _check(_replace(sop, title="   "), today)}
    assert "too-short" in {f.rule for f in _check(_replace(sop, steps=sop.steps[:1]), today)}


def _numbered(sop: Sop, *numbers: str) -> Sop:
    from sopdesk.domain import editing

    for row, number in enumerate(numbers):
        sop = editing.set_step_number(sop, row, number)
    return sop


def _twice(sop: Sop) -> list[tuple[str, int | None, tuple[object, ...]]]:
    return [(f.field, f.step, f.args) for f in check_sop(sop, TODAY, CATALOGUE) if f.rule == "number-twice"]


def test_two_rows_that_print_the_same_no_are_found() -> None:
    """Issue 14: a step inserted between "4" and "5a" reads "4" (its position) like the step above it."""
    from sopdesk.domain import editing

    signed = _numbered(editing.duplicate_step(GOOD, 1), "1", "2", "4", "5a")
    assert _twice(signed) == []
    inserted = editing.insert_step(signed, 3)
    assert [inserted.step_number(i) for i in range(5)] == ["1", "2", "4", "4", "5a"]
    found = [f for f in check_sop(inserted, TODAY, CATALOGUE) if f.rule == "number-twice"]
    assert [(f.field, f.step, f.args) for f in found] == [("number", 3, ("4", (3, 4)))]
    assert found[0].message == ("No 4 tercetak pada lebih dari satu baris (baris ke-3, 4); beri tiap baris "
                                "nomornya sendiri")
    assert found[0].text("en") == "No 4 is printed on more than one row (rows 3, 4); give each row a number of its own"
    assert _twice(editing.set_step_number(inserted, 3, "4a")) == []
    assert _twice(editing.set_step_number(inserted, 0, " 4")) == [("number", 2, ("4", (1, 3, 4)))]
    assert _twice(editing.duplicate_step(signed, 3)) == []  # the copy reads "5", its position, not "5a" again


def test_each_flowchart_part_numbers_its_own_rows() -> None:
    from sopdesk.domain import editing, editing_flow

    numbered = _numbered(GOOD, "1", "1", "2")
    assert _twice(numbered) == [("number", 1, ("1", (1, 2)))]
    parts = editing_flow.start_part(numbered, 1, "Bagian 2")  # rows 2-3 a flowchart of their own: 1, 2
    assert _twice(parts) == []
    assert _twice(editing.set_step_number(parts, 2, "1")) == [("number", 2, ("1", (2, 3)))]


def test_the_samples_and_the_version_2_fixtures_print_no_number_twice(sample_sops: list[Sop]) -> None:
    """None of them prints a No twice within one flowchart; basarnas-bcc-penanganan's second flowchart,
    signed 1-6, 8-14 (issue 14: its transcription had left 1-6 unsigned, so they printed 7-12 and 8-12
    stood twice), prints as signed."""
    from pathlib import Path

    from sopdesk.io.exchange import load_sop_dir

    fixtures = load_sop_dir(Path(__file__).parent / "fixtures" / "v2")
    assert len(sample_sops) == 14 and len(fixtures) == 6
    assert {sop.id: _twice(sop) for sop in [*sample_sops, *fixtures] if _twice(sop)} == {}
    bcc = next(sop for sop in fixtures if sop.id == "basarnas-bcc-penanganan-info-bencana")
    printed = [bcc.step_number(i) for i in range(len(bcc.steps))]
    assert printed == [str(n) for n in [*range(1, 7), *range(1, 7), *range(8, 15)]]
