"""Editing an SOP drawn with arrows (format version 2, issue 14): pure edits from blank to a fork,
a join, a 3-exit decision and a second flowchart part; version-1 edits keep arrows and parts whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain import editing, editing_flow
from sopdesk.domain.flow_check import check_flows
from sopdesk.domain.graph import edges
from sopdesk.domain.model import Flow, Node, Part, Sop, Symbol
from sopdesk.io.exchange import sop_from_dict, sop_to_dict
from tests.v2_samples import parallel_review


def built() -> Sop:
    """From blank: start, 2 and 3 at once (two lanes), decision 4 with three exits, an end; a
    second part of its own start and end."""
    sop = editing.blank_sop("uji", "Uji")
    sop = editing.add_lane(sop, "Kasubbag")
    for at in (1, 2, 3):
        sop = editing.insert_step(sop, at)
    sop = editing.set_decision(sop, 3, True)  # still version 1: Ya/Tidak to the next step
    sop = editing_flow.add_flow(sop, (0, 0), (2, 0))  # the fork: 1 -> 2 (as before) and 1 -> 3
    sop = editing_flow.remove_flow(sop, 1, 0)  # 2 no longer leads to 3 ...
    sop = editing_flow.add_flow(sop, (1, 0), (3, 0))  # ... but to the decision: the join
    sop = editing.toggle_lane(sop, 2, 0)  # step 3 moves to the second lane: out of the first ...
    sop = editing.toggle_lane(sop, 2, 1)  # ... into the second, its arrows kept
    sop = editing_flow.set_symbol_text(sop, (3, 0), "Sesuai?")
    sop = editing_flow.set_flow_target(sop, 3, 1, (1, 0))  # Tidak back to 2
    sop = editing_flow.add_exit(sop, (3, 0), "Ya")  # a third exit: Ya to the end and (below) to 5b
    sop = editing.insert_step(sop, 4)
    sop = editing_flow.set_flow_target(sop, 3, 2, (4, 0))
    sop = editing_flow.add_flow(sop, (4, 0), (5, 0))
    sop = editing.insert_step(sop, 6)  # a second part: its own start ...
    sop = editing.insert_step(sop, 7)  # ... and end
    return sop


def test_a_fork_a_join_a_three_exit_decision_from_blank() -> None:
    sop = built()
    assert [e.label for e in edges(sop) if e.source == (3, 0)] == ["Ya", "Tidak", "Ya"]
    assert {(e.source[0], e.target[0]) for e in edges(sop)} >= {(0, 1), (0, 2), (1, 3), (2, 3), (3, 1), (3, 4)}
    assert sop.steps[2].lanes == (sop.lanes[1].id,) and sop.steps[3].nodes()[0].text == "Sesuai?"
    assert sop.steps[3].symbol is Symbol.DECISION and sop.steps[3].exits == ()


def test_a_second_part_with_its_own_start_and_end() -> None:
    sop = built()
    sop = editing_flow.start_part(editing_flow.rename_part(sop, 0, "Bagian A"), 6, "Bagian B")
    assert [(p.caption, p.steps) for p in sop.parts] == [("Bagian A", 6), ("Bagian B", 2)]
    sop = editing_flow.set_symbol_kind(sop, (6, 0), Symbol.TERMINATOR)
    sop = editing_flow.set_symbol_kind(sop, (7, 0), Symbol.TERMINATOR)
    sop = editing_flow.set_symbol_kind(sop, (5, 0), Symbol.TERMINATOR)
    sop = editing_flow.add_flow(sop, (6, 0), (7, 0))
    assert check_flows(sop) == []
    with pytest.raises(ValueError, match="sudah awal bagan alir"):
        editing_flow.start_part(sop, 6, "lagi")
    renamed = editing_flow.rename_part(sop, 1, "Bagian B: belanja")
    assert renamed.parts[1] == Part("Bagian B: belanja", sop.parts[1].lanes, 2)
    grown = editing.insert_step(sop, 7)  # a row inserted in part B makes it longer, arrows follow
    assert [p.steps for p in grown.parts] == [6, 3] and grown.steps[6].flows == (Flow(8),)
    assert [p.steps for p in editing.delete_step(grown, 2).parts] == [5, 3]
    lane = editing.add_lane(sop, "Bendahara")
    assert all("bendahara" in p.lanes for p in lane.parts)


def test_edits_refused_with_the_reason() -> None:
    sop = built()
    with pytest.raises(ValueError, match="bukan keputusan"):
        editing_flow.add_exit(sop, (1, 0), "Ya")
    with pytest.raises(ValueError, match="sudah ada"):
        editing_flow.add_flow(sop, (0, 0), (2, 0))
    with pytest.raises(ValueError, match="sudah punya simbol"):
        editing_flow.add_symbol(sop, 2, 1)
    with pytest.raises(IndexError):
        editing_flow.set_symbol_text(sop, (2, 1), "x")
    two = editing_flow.add_flow(editing_flow.add_symbol(sop, 1, 1), (0, 0), (1, 1))  # 2 gets a symbol in lane 2
    assert two.steps[1].lanes == (sop.lanes[0].id, sop.lanes[1].id) and len(edges(two)) == len(edges(sop)) + 1
    assert editing.toggle_lane(two, 1, 1) == sop  # taking it out again removes it and its arrow
    assert editing_flow.remove_symbol(two, (1, 0)).steps[1].nodes() == (Node(Symbol.PROCESS, (sop.lanes[1].id,)),)


def test_a_version_1_sop_keeps_its_meaning_when_it_gets_arrows(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    drawn = editing_flow.with_flows(sop)
    assert edges(drawn) == edges(sop) and all(not s.exits for s in drawn.steps)
    two = editing_flow.add_symbol(sop, 3, 0)
    assert two.steps[3].nodes()[1] == Node(Symbol.PROCESS, (sop.lanes[0].id,)) and two.has_flows


def _random_edit(data: st.DataObject, sop: Sop) -> Sop:
    n = len(sop.steps)
    row, other = data.draw(st.integers(0, n - 1)), data.draw(st.integers(0, n - 1))
    edit = data.draw(st.sampled_from(["symbol", "text", "flow", "exit", "part", "insert", "delete", "lane"]))
    if edit == "symbol":
        return editing_flow.add_symbol(sop, row, data.draw(st.integers(0, 1)))
    if edit == "text":
        return editing_flow.set_symbol_text(sop, (row, 0), data.draw(st.text(max_size=5)))
    if edit == "flow":
        return editing_flow.add_flow(sop, (row, 0), (other, 0), data.draw(st.sampled_from(["", "Ya"])))
    if edit == "exit":
        return editing_flow.add_exit(sop, (row, 0), "Lain")
    if edit == "part":
        return editing_flow.start_part(sop, row, "B")
    if edit == "insert":
        return editing.insert_step(sop, row)
    if edit == "delete":
        return editing.delete_step(sop, row)
    return editing.toggle_lane(sop, row, data.draw(st.integers(0, 1)))


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_random_edits_keep_a_valid_file_and_every_value_before(data: st.DataObject,
                                                              sample_by_id: dict[str, Sop]) -> None:
    original = parallel_review(sample_by_id["kalbar-penyusunan-lkj-biro"])
    values = [original]
    for _ in range(data.draw(st.integers(1, 8))):
        try:
            after = _random_edit(data, values[-1])
        except (ValueError, IndexError):
            continue
        if all(step.lanes for step in after.steps):  # a symbol taken out of its only lane: not yet a file
            assert sop_from_dict(sop_to_dict(after)) == after  # a valid version-2 file
        assert sum(p.steps for p in after.parts) in (0, len(after.steps))
        values.append(after)
    assert values[0] == original  # values are never changed in place: undo returns each one
