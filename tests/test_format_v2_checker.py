"""The checker on SOPs drawn with arrows (format version 2, issue 14): reachability, ends, targets,
N-way decisions, parts; Tanggal Revisi is the last revision's date, the review date its own field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings

from sopdesk.domain.checker import check_sop
from sopdesk.domain.model import Flow, Node, Sop, Symbol
from tests.v2_samples import fork_join
from tests.v2_strategies import v2_sops

TODAY = dt.date(2026, 11, 22)
FLOW_RULES = {"flow-target", "flow-no-start", "flow-unreachable", "flow-dead-end", "flow-no-end", "decision-exits-n",
              "flow-part", "parts-count", "start-terminator", "end-terminator", "decision-exits"}


@pytest.fixture
def sop(sample_by_id: dict[str, Sop]) -> Sop:
    return fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"], parts=False)


def _flow_findings(sop: Sop) -> list[tuple[str, int | None, tuple[object, ...]]]:
    return [(f.rule, f.step, f.args) for f in check_sop(sop, TODAY) if f.rule in FLOW_RULES]


def _row(sop: Sop, i: int, **changes: object) -> Sop:
    steps = list(sop.steps)
    steps[i] = dataclasses.replace(steps[i], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(sop, steps=tuple(steps))


def test_a_fork_a_join_and_a_three_way_decision_are_sound(sop: Sop) -> None:
    assert sop.has_flows and _flow_findings(sop) == []
    assert not {"review-overdue", "decision-exits"} & {f.rule for f in check_sop(sop, TODAY)}


@pytest.mark.parametrize(("change", "expected"), [
    (lambda s: _row(s, 0, flows=(Flow(1), Flow(2))), [("flow-unreachable", 1, ("2a (simbol 2)",))]),
    (lambda s: _row(s, 2, flows=()), [("flow-dead-end", 2, ("2b",))]),
    (lambda s: _row(s, 2, flows=(Flow(2),)), [("flow-no-end", 2, ("2b",))]),
    (lambda s: _row(s, 2, flows=(Flow(9),)), [("flow-target", 2, ("2b", "")), ("flow-dead-end", 2, ("2b",))]),
    (lambda s: _row(s, 2, flows=(Flow(3, "", 0, 4),)),
     [("flow-target", 2, ("2b", "")), ("flow-dead-end", 2, ("2b",))]),
    (lambda s: _row(s, 1, flows=(Flow(3, "Ya"), Flow(3, "", 1))), [("decision-exits-n", 1, ("2a (simbol 1)",))]),
    (lambda s: _row(s, 1, flows=(Flow(3, "Ya"), Flow(2, " "), Flow(3, "", 1))),
     [("decision-exits-n", 1, ("2a (simbol 1)",))]),
    (lambda s: _row(s, 3, flows=(Flow(0),)), [("flow-no-start", 0, ())]),
    (lambda s: _row(s, 3, symbols=(Node(Symbol.PROCESS, s.steps[3].lanes),), symbol=Symbol.PROCESS),
     [("flow-dead-end", 3, ("3",))]),
])
def test_each_flow_rule_is_found(sop: Sop, change: Callable[[Sop], Sop], expected: list[object]) -> None:
    assert _flow_findings(change(sop)) == expected


def test_an_arrow_that_leaves_its_flowchart_part(sample_by_id: dict[str, Sop]) -> None:
    sop = fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"], parts=True)
    rules = [f[0] for f in _flow_findings(sop)]
    assert set(rules) == {"flow-part"} and len(rules) == 5  # row 1 -> 3 (one arrow), row 2 -> 3 and 4 (four)


def test_the_version_1_rules_stay_for_an_sop_without_arrows(sample_sops: list[Sop]) -> None:
    for s in sample_sops:
        assert not {"flow-unreachable", "flow-dead-end", "flow-no-end", "flow-no-start"} & {
            f.rule for f in check_sop(s, TODAY)}, s.id


def test_tanggal_revisi_is_the_last_revision_and_the_review_date_is_its_own(sop: Sop) -> None:
    past = dt.date(2021, 1, 4)
    assert "review-overdue" not in {f.rule for f in check_sop(dataclasses.replace(sop, revised_on=past), TODAY)}
    found = [f for f in check_sop(dataclasses.replace(sop, review_on=past), TODAY) if f.rule == "review-overdue"]
    assert [(f.field, f.text("en")) for f in found] == [("review_on", "The review date (04-01-2021) has passed")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_sops())
def test_the_checker_never_fails_on_a_random_version_2_sop(sop: Sop) -> None:
    for finding in check_sop(sop, TODAY, [("x", "Lain")]):
        assert finding.text("id") and finding.text("en")


def test_findings_name_a_step_by_its_number_as_signed(sop: Sop) -> None:
    findings = check_sop(_row(sop, 1, activity=" "), TODAY)
    assert [f.text("en") for f in findings if f.rule == "empty-activity"] == ["The Kegiatan of step 2a is empty"]
