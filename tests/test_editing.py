"""Editing commands (domain) and their undo/redo through the document's QUndoStack."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopdesk.domain import editing
from sopdesk.domain.model import Exit, Sop, Step, Symbol
from sopdesk.io.exchange import load_sop_file
from sopdesk.resources import sample_data_dir

DATA = sample_data_dir()


def sample(name: str) -> Sop:
    return load_sop_file(DATA / f"{name}.json")


def targets(sop: Sop) -> dict[int, list[int | None]]:
    return {i: [e.target for e in s.exits] for i, s in enumerate(sop.steps) if s.exits}


def test_exit_targets_follow_their_steps() -> None:
    sop = sample("baritokuala-pengaduan-masyarakat")  # step 7 (index 6): Tidak -> index 5
    assert targets(sop) == {6: [None, 5]}
    inserted = editing.insert_step(sop, 2)
    assert targets(inserted) == {7: [None, 6]}
    assert inserted.steps[6].activity == sop.steps[5].activity
    moved = editing.move_step(sop, 5, 1)
    assert targets(moved) == {6: [None, 1]} and moved.steps[1].activity == sop.steps[5].activity
    deleted = editing.delete_step(sop, 5)
    assert targets(deleted) == {5: [None, 5]}  # the step that took its place: here the decision itself
    from sopdesk.domain.checker import check_sop

    assert "decision-self" in {f.rule for f in check_sop(deleted, dt.date(2026, 1, 1))}
    assert editing.delete_step(sop, 1).steps[5].exits[1].target == 4
    forward = editing.set_exit(editing.insert_step(sop, 7), 6, 0, target=7)  # Ya -> a new step before the end
    assert targets(editing.delete_step(forward, 7)) == {6: [7, 5]}  # the end step took its place


def test_a_duplicated_decision_keeps_its_targets() -> None:
    sop = editing.set_exit(sample("baritokuala-pengaduan-masyarakat"), 6, 0, target=7)  # Ya -> the end step
    copy = editing.duplicate_step(sop, 6)
    assert targets(copy) == {6: [8, 5], 7: [8, 5]}  # both still go to the end step and back to step 6
    assert copy.steps[7].activity == sop.steps[6].activity


def test_a_step_number_is_set_stripped_and_cleared() -> None:
    """Issue 14: the No as signed ("4a"); empty numbers the step by its position again."""
    sop = sample("baritokuala-pengaduan-kode-etik")  # signed 1, 2, 4, 5 … (no 3)
    numbered = editing.set_step_number(sop, 3, "  4a ")
    assert numbered.steps[3].number == "4a" and numbered.step_number(3) == "4a"
    assert numbered.steps[:3] == sop.steps[:3] and numbered.steps[4:] == sop.steps[4:]
    cleared = editing.set_step_number(numbered, 3, " ")
    assert cleared.steps[3].number == "" and cleared.step_number(3) == "4"  # its position
    assert editing.set_step_number(sop, 2, "1234567890").steps[2].number == "1234567890"  # 10 characters


@pytest.mark.parametrize(("number", "match"), [
    ("12345678901", "No langkah 4 paling banyak 10 karakter; «12345678901» terlalu panjang"),
    ("4\na", "No langkah 4 harus satu baris"),
    ("4\r\nb", "No langkah 4 harus satu baris"),
])
def test_a_bad_step_number_is_refused_naming_the_step(number: str, match: str) -> None:
    from sopdesk.domain.messages import Message

    sop = sample("baritokuala-pengaduan-kode-etik")
    before = sop.steps
    with pytest.raises(ValueError, match=match) as refused:
        editing.set_step_number(sop, 2, number)  # row 3, signed "4"
    assert sop.steps == before and sop.steps[2].number == "4"
    assert isinstance(refused.value.args[0], Message)  # the English interface shows it in English
    assert refused.value.args[0].text("en").startswith("The No of step 4 ")
    with pytest.raises(IndexError):
        editing.set_step_number(sop, len(sop.steps), "9")


def test_a_duplicated_step_is_numbered_by_its_position() -> None:
    sop = editing.set_step_number(sample("kalbar-penyusunan-lkj-biro"), 3, "5a")
    copy = editing.duplicate_step(sop, 3)
    assert copy.steps[3].number == "5a" and copy.steps[4].number == ""
    assert [copy.step_number(i) for i in (3, 4)] == ["5a", "5"]
    assert copy.steps[4].activity == sop.steps[3].activity


def test_first_and_last_are_terminators() -> None:
    sop = sample("balangan-pengelolaan-kinerja")
    longer = editing.insert_step(sop, len(sop.steps))
    assert longer.steps[-1].symbol is Symbol.TERMINATOR and longer.steps[-2].symbol is Symbol.PROCESS
    moved = editing.move_step(sop, 0, 2)
    assert [s.symbol for s in moved.steps][:3] == [Symbol.TERMINATOR, Symbol.PROCESS, Symbol.PROCESS]
    with pytest.raises(ValueError, match="terminator"):
        editing.set_decision(sop, 0, True)


def test_decision_exits() -> None:
    sop = editing.set_decision(sample("balangan-pengelolaan-kinerja"), 2, True)
    assert sop.steps[2].exits == (Exit("Ya"), Exit("Tidak"))
    sop = editing.set_exit(sop, 2, 1, label="Tidak sesuai", target=1)
    assert sop.steps[2].exits[1] == Exit("Tidak sesuai", 1)
    assert editing.set_exit(sop, 2, 1, target=None).steps[2].exits[1] == Exit("Tidak sesuai")
    with pytest.raises(IndexError):
        editing.set_exit(sop, 2, 1, target=99)
    with pytest.raises(ValueError, match="bukan keputusan"):
        editing.set_exit(sop, 1, 0, label="x")
    assert editing.set_decision(sop, 2, False).steps[2].exits == ()


def test_lanes() -> None:
    sop = sample("balangan-pengukuran-kinerja")
    used = editing.steps_using_lane(sop, 0)
    assert used
    removed = editing.remove_lane(sop, 0)
    assert all(sop.lanes[0].id not in s.lanes for s in removed.steps) and len(removed.lanes) == len(sop.lanes) - 1
    added = editing.add_lane(sop, sop.lanes[0].name, 1)
    assert added.lanes[1].name == sop.lanes[0].name and added.lanes[1].id != sop.lanes[0].id
    toggled = editing.toggle_lane(sop, used[0], 0)
    assert sop.lanes[0].id not in toggled.steps[used[0]].lanes
    assert editing.toggle_lane(toggled, used[0], 0) == sop
    renamed = editing.rename_lane(sop, 0, "Sekretaris Daerah")
    assert renamed.lanes[0].id == sop.lanes[0].id and renamed.lanes[0].name == "Sekretaris Daerah"


def test_identity_fields() -> None:
    sop = sample("balangan-pengelolaan-kinerja")
    assert editing.set_identity(sop, "made_on", dt.date(2026, 1, 2)).made_on == dt.date(2026, 1, 2)
    assert editing.set_identity(sop, "warning", ("a", "b")).warning == ("a", "b")
    assert editing.set_approval(sop, "nip", "1962").approval.nip == "1962"
    with pytest.raises(ValueError):
        editing.set_identity(sop, "title", ("not", "text"))
    with pytest.raises(ValueError):
        editing.set_identity(sop, "lanes", ())


# ----- every command round-trips through undo and redo --------------------------------------------
def _edit(draw: st.DrawFn, sop: Sop) -> tuple[str, object]:
    n, lanes = len(sop.steps), len(sop.lanes)
    step = st.integers(0, n - 1)
    kind = draw(st.sampled_from(["text", "text", "insert", "duplicate", "delete", "move", "lane", "decision",
                                 "exit", "add_lane", "rename_lane", "move_lane", "remove_lane", "identity",
                                 "number"]))
    if kind == "text":
        field = draw(st.sampled_from(editing.STEP_TEXT_FIELDS))
        i, text = draw(step), draw(st.text(max_size=12))
        return kind, lambda s: editing.set_step_text(s, i, field, text)
    if kind == "number":
        i, number = draw(step), draw(st.text("0123456789ab \n", max_size=12))
        return kind, lambda s: editing.set_step_number(s, i, number)
    if kind == "insert":
        i = draw(st.integers(0, n))
        return kind, lambda s: editing.insert_step(s, i)
    if kind in ("duplicate", "delete"):
        i = draw(step)
        fn = editing.duplicate_step if kind == "duplicate" else editing.delete_step
        return kind, lambda s: fn(s, i)
    if kind == "move":
        a, b = draw(step), draw(step)
        return kind, lambda s: editing.move_step(s, a, b)
    if kind == "lane" and lanes:
        i, lane = draw(step), draw(st.integers(0, lanes - 1))
        return kind, lambda s: editing.toggle_lane(s, i, lane)
    if kind == "decision" and n > 2:
        i, on = draw(st.integers(1, n - 2)), draw(st.booleans())
        return kind, lambda s: editing.set_decision(s, i, on)
    decisions = [i for i, s in enumerate(sop.steps) if s.symbol is Symbol.DECISION]
    if kind == "exit" and decisions:
        i, which = draw(st.sampled_from(decisions)), draw(st.integers(0, 1))
        target = draw(st.one_of(st.none(), step))
        return kind, lambda s: editing.set_exit(s, i, which, label=draw_label, target=target)
    if kind == "add_lane":
        name = draw(st.text(min_size=1, max_size=8))
        return kind, lambda s: editing.add_lane(s, name, 0)
    if kind in ("rename_lane", "move_lane", "remove_lane") and lanes > 1:
        a, b = draw(st.integers(0, lanes - 1)), draw(st.integers(0, lanes - 1))
        if kind == "rename_lane":
            return kind, lambda s: editing.rename_lane(s, a, "Pelaksana baru")
        if kind == "move_lane":
            return kind, lambda s: editing.move_lane(s, a, b)
        return kind, lambda s: editing.remove_lane(s, a)
    part = draw(st.sampled_from(["list", "date", "approval", "text"]))
    if part == "list":
        field = draw(st.sampled_from(editing.IDENTITY_LIST_FIELDS))
        values = tuple(draw(st.lists(st.text(max_size=6), max_size=3)))
        return "identity", lambda s: editing.set_identity(s, field, values)
    if part == "date":
        field = draw(st.sampled_from(editing.IDENTITY_DATE_FIELDS))
        day = draw(st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))))
        return "identity", lambda s: editing.set_identity(s, field, day)
    if part == "approval":
        field, text = draw(st.sampled_from(editing.APPROVAL_FIELDS)), draw(st.text(max_size=8))
        return "identity", lambda s: editing.set_approval(s, field, text)
    field, text = draw(st.sampled_from(editing.IDENTITY_TEXT_FIELDS)), draw(st.text(max_size=8))
    return "identity", lambda s: editing.set_identity(s, field, text)


draw_label = "Tidak sesuai"


@st.composite
def edit_sequences(draw: st.DrawFn) -> tuple[Sop, list[object]]:
    sop = sample(draw(st.sampled_from(["balangan-pengumpulan-data-kinerja-setda", "lamandau-pengisian-e-sakip",
                                       "balangan-pengelolaan-kinerja"])))
    edits, current = [], sop
    for _ in range(draw(st.integers(1, 25))):
        _kind, fn = _edit(draw, current)
        try:
            current = fn(current)  # type: ignore[operator]
        except (ValueError, IndexError):
            continue
        edits.append(fn)
    return sop, edits


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sequences())
def test_undo_redo_round_trip(qapp: object, case: tuple[Sop, list[object]]) -> None:
    from sopdesk.ui.editor.document import SopDocument

    original, edits = case
    doc = SopDocument(original)
    states = [original]
    for n, fn in enumerate(edits):
        doc.apply(f"edit {n}", fn, merge_key=("k", n % 3 == 0 and n // 3))  # type: ignore[arg-type]
        states.append(doc.sop)
    final = doc.sop
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.sop == original
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.sop == final
    # each stack entry lands on one of the states the edits went through, in order
    seen = []
    for index in range(doc.undo_stack.count() + 1):
        doc.undo_stack.setIndex(index)
        seen.append(doc.sop)
    assert seen[0] == original and seen[-1] == final
    it = iter(states)
    assert all(any(s == t for t in it) for s in seen)  # a subsequence: merged edits skip states
    doc.undo_stack.setIndex(0)
    assert doc.undo_stack.isClean() and doc.sop == original  # "modified" follows the clean state
    doc.undo_stack.setIndex(doc.undo_stack.count())
    assert doc.undo_stack.isClean() == (doc.undo_stack.count() == 0)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["baritokuala-pengaduan-kode-etik", "lamandau-pengisian-e-sakip",
                        "balangan-pengumpulan-data-kinerja-setda"]), st.data())
def test_exits_keep_pointing_at_the_same_steps(name: str, data: st.DataObject) -> None:
    """Insert, duplicate and move never change which step (by its Kegiatan) an exit aims at."""
    sop = sample(name)
    n = len(sop.steps)
    decisions = [i for i, step in enumerate(sop.steps) if step.exits]
    jumper = data.draw(st.sampled_from(decisions))
    sop = editing.set_exit(sop, jumper, 0, target=data.draw(st.integers(0, n - 1)))  # a forward jump too
    kind = data.draw(st.sampled_from(["insert", "duplicate", "move"]))
    if kind == "insert":
        after = editing.insert_step(sop, data.draw(st.integers(1, n - 1)), Step("baru", ()))
    elif kind == "duplicate":
        after = editing.duplicate_step(sop, data.draw(st.one_of(st.just(jumper), st.integers(1, n - 2))))
    else:
        after = editing.move_step(sop, data.draw(st.integers(1, n - 2)), data.draw(st.integers(1, n - 2)))

    def aimed(s: Sop) -> set[tuple[str, str, str]]:
        """(decision, exit label, target) by Kegiatan, for the exits with an explicit target
        ("the next step" is positional and follows whatever comes next)."""
        return {(step.activity, e.label, s.steps[e.target].activity)
                for step in s.steps for e in step.exits if e.target is not None}

    assert aimed(after) == aimed(sop)
