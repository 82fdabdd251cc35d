"""Editing a Waktu written once for several rows (issue 14, ``Step.time_rows``): merge, split, and
the spans kept when rows are inserted, deleted or moved; every edit undoable."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain import editing
from sopdesk.domain.editing_spans import merge_waktu, span_rows, split_waktu
from sopdesk.domain.model import Lane, Sop, Step
from tests.v2_strategies import v2_sops


def plain(*waktu: str, spans: dict[int, int] | None = None) -> Sop:
    """An SOP whose rows have the Waktu ``waktu``, with ``spans`` (first row -> rows)."""
    steps = [Step(f"langkah {k + 1}", ("a",), standard_time=w) for k, w in enumerate(waktu)]
    for first, rows in (spans or {}).items():
        steps[first] = dataclasses.replace(steps[first], time_rows=rows)
    return Sop("x", "X", (), (Lane("a", "A"),), tuple(steps))


def shape(sop: Sop) -> list[tuple[str, int]]:
    return [(s.standard_time, s.time_rows) for s in sop.steps]


def assert_spans_inside(sop: Sop) -> None:
    """Every span inside the SOP, none overlapping, the rows it covers without a Waktu of their own."""
    i = 0
    while i < len(sop.steps):
        rows = sop.steps[i].time_rows
        assert rows >= 1 and i + rows <= len(sop.steps)
        for k in range(i + 1, i + rows):
            assert sop.steps[k].time_rows == 1 and sop.steps[k].standard_time == ""
        i += rows


def test_merge_takes_the_first_waktu_written_and_clears_the_others() -> None:
    sop = plain("", "", "2 hari", "1 jam", "5 menit")
    merged = merge_waktu(sop, 3, 1)
    assert shape(merged) == [("", 1), ("2 hari", 3), ("", 1), ("", 1), ("5 menit", 1)]
    assert span_rows(merged, 2) == range(1, 4) and span_rows(merged, 4) == range(4, 5)
    wider = merge_waktu(merged, 2, 4)  # a span touched is taken in whole
    assert shape(wider) == [("", 1), ("2 hari", 4), ("", 1), ("", 1), ("", 1)]
    assert split_waktu(wider, 3) == dataclasses.replace(wider, steps=(
        wider.steps[0], dataclasses.replace(wider.steps[1], time_rows=1), *wider.steps[2:]))
    with pytest.raises(ValueError, match="dua langkah"):
        merge_waktu(sop, 2, 2)
    with pytest.raises(IndexError):
        merge_waktu(sop, 0, 5)


def test_rows_inserted_deleted_and_moved_keep_the_span() -> None:
    sop = plain("1 jam", "3 hari", "", "10 menit", "5 menit", spans={1: 2})
    assert shape(editing.insert_step(sop, 2)) == [("1 jam", 1), ("3 hari", 3), ("", 1), ("", 1), ("10 menit", 1),
                                                  ("5 menit", 1)]  # between its rows: joins
    assert shape(editing.insert_step(sop, 3))[1:4] == [("3 hari", 2), ("", 1), ("", 1)]  # after it: does not
    assert shape(editing.insert_step(sop, 1))[1:3] == [("", 1), ("3 hari", 2)]  # before it: does not
    assert shape(editing.duplicate_step(sop, 1))[1:4] == [("3 hari", 3), ("", 1), ("", 1)]
    assert shape(editing.delete_step(sop, 1)) == [("1 jam", 1), ("3 hari", 1), ("10 menit", 1), ("5 menit", 1)]
    assert shape(editing.delete_step(sop, 2))[1] == ("3 hari", 1)
    moved = editing.move_step(sop, 1, 3)  # the first row leaves; the span keeps its Waktu
    assert shape(moved) == [("1 jam", 1), ("3 hari", 1), ("10 menit", 1), ("", 1), ("5 menit", 1)]
    wide = plain("1 jam", "3 hari", "", "", "5 menit", spans={1: 3})
    assert shape(editing.move_step(wide, 2, 4)) == [("1 jam", 1), ("3 hari", 2), ("", 1), ("5 menit", 1), ("", 1)]
    into = editing.move_step(plain("1 jam", "3 hari", "", "10 menit", spans={1: 2}), 3, 2)
    assert shape(into) == [("1 jam", 1), ("3 hari", 3), ("", 1), ("", 1)]  # lands inside: joins


def test_a_waktu_typed_in_a_row_of_a_span_is_the_spans() -> None:
    sop = plain("1 jam", "3 hari", "", "10 menit", spans={1: 2})
    assert shape(editing.set_step_text(sop, 2, "standard_time", "2 hari"))[1:3] == [("2 hari", 2), ("", 1)]


EDITS = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 20)), st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("duplicate"), st.integers(0, 20)),
    st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("merge"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("split"), st.integers(0, 20)),
    st.tuples(st.just("waktu"), st.integers(0, 20), st.sampled_from(["", "2 hari", "15 menit"])))


def _edit(sop: Sop, edit: tuple[object, ...]) -> Sop:
    n = len(sop.steps)
    kind, a, *rest = edit
    assert isinstance(a, int)
    a %= n + (kind == "insert")
    b = rest[0] % n if rest and isinstance(rest[0], int) else 0
    if kind == "insert":
        return editing.insert_step(sop, a)
    if kind == "delete":
        return editing.delete_step(sop, a) if n > 1 else sop
    if kind == "duplicate":
        return editing.duplicate_step(sop, a)
    if kind == "move":
        return editing.move_step(sop, a, b)
    if kind == "merge":
        return merge_waktu(sop, a, b) if span_rows(sop, a) != span_rows(sop, b) or len(span_rows(sop, a)) > 1 else sop
    if kind == "split":
        return split_waktu(sop, a)
    return editing.set_step_text(sop, a, "standard_time", str(rest[0]))


@settings(max_examples=80, deadline=None)
@given(v2_sops(), st.lists(EDITS, max_size=12))
def test_random_edits_keep_every_span_inside_and_undo_gives_back_the_original(qapp: object, sop: Sop,
                                                                              edits: list[tuple[object, ...]]) -> None:
    from sopdesk.ui.editor.document import SopDocument

    document = SopDocument(sop)
    for k, edit in enumerate(edits):
        document.apply(f"edit {k}", lambda value, edit=edit: _edit(value, edit))
        assert_spans_inside(document.sop)
        assert len(document.sop.steps) >= 1
    final = document.sop
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.sop == sop
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.sop == final
