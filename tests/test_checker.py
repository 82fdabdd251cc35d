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
