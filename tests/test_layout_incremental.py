"""The editor's incremental layout (issue 13): after any sequence of edits, the layout made from
what the last layouts kept is exactly a fresh one; an edit lays out again only the pages from the
edited row on, and routes again only when what the routing reads changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopdesk.domain import editing
from sopdesk.domain.model import Sop
from sopdesk.io.exchange import load_sop_file
from sopdesk.layout import flowchart
from sopdesk.layout.flowchart import FlowchartLayout, layout_flowchart
from sopdesk.layout.paper import PaperName
from tests.fresh_layout import forget_layouts, fresh_layout
from tests.generated import WORDS, generated_sop
from tests.test_format_v2_fixtures import FOLDER

Edit = Callable[[Sop], Sop]


def _middle(sop: Sop, at: int) -> int:
    """A step between the first and the last (the ends stay terminators)."""
    return 1 + at % max(1, len(sop.steps) - 2) if len(sop.steps) > 2 else 0


@st.composite
def edits(draw: st.DrawFn) -> Edit:
    """One edit as the editor makes it: text typed or cut, a step moved, inserted, deleted, made a
    decision, an exit retargeted, a lane put or taken away."""
    kind = draw(st.sampled_from(["type", "cut", "words", "move", "insert", "delete", "decision", "exit", "lane"]))
    at = draw(st.integers(0, 10_000))
    field = draw(st.sampled_from(list(editing.STEP_TEXT_FIELDS)))
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)))

    def edit(sop: Sop) -> Sop:
        i = _middle(sop, at)
        text = getattr(sop.steps[i], field)
        if kind == "type":
            return editing.set_step_text(sop, i, field, text + words[: 1 + at % 3])
        if kind == "cut":
            return editing.set_step_text(sop, i, field, text[: len(text) // 2])
        if kind == "words":
            return editing.set_step_text(sop, i, field, f"{text} {words}")
        if kind == "move" and len(sop.steps) > 3:
            return editing.move_step(sop, i, _middle(sop, at + 1))
        if kind == "insert":
            return editing.insert_step(sop, max(1, i))
        if kind == "delete" and len(sop.steps) > 3:
            return editing.delete_step(sop, i)
        if kind == "decision" and 0 < i < len(sop.steps) - 1:
            return editing.set_decision(sop, i, not sop.steps[i].exits)
        if kind == "exit" and sop.steps[i].exits:
            return editing.set_exit(sop, i, 1, target=at % len(sop.steps))
        if kind == "lane" and 0 < i < len(sop.steps) - 1:
            lane = at % len(sop.lanes)
            if sop.steps[i].lanes != (sop.lanes[lane].id,):
                return editing.toggle_lane(sop, i, lane)
        return sop

    return edit


def _same(kept: FlowchartLayout, fresh: FlowchartLayout) -> None:
    assert kept.columns == fresh.columns
    assert kept.connectors == fresh.connectors
    assert len(kept.pages) == len(fresh.pages)
    for a, b in zip(kept.pages, fresh.pages, strict=True):
        assert a == b, f"page {a.number} differs from a fresh layout"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.integers(4, 60), seed=st.integers(0, 10_000), lanes=st.integers(1, 8),
       sequence=st.lists(edits(), min_size=1, max_size=8), live=st.booleans())
def test_random_edits_lay_out_as_a_fresh_layout(steps: int, seed: int, lanes: int, sequence: list[Edit],
                                                live: bool) -> None:
    sop = generated_sop(steps, seed, lanes)
    forget_layouts()
    layout_flowchart(sop, live=live)
    for edit in sequence:
        sop = edit(sop)
        kept = layout_flowchart(sop, live=live)  # from what the layouts before it kept
        _same(kept, fresh_layout(sop, live=live))  # (this one keeps it for the next edit)


def test_undo_and_redo_lay_out_as_a_fresh_layout() -> None:
    sop = generated_sop(40, 3)
    forget_layouts()
    before = layout_flowchart(sop, live=True)
    edited = editing.move_step(editing.set_step_text(sop, 12, "activity", " ".join(WORDS)), 12, 20)
    layout_flowchart(edited, live=True)
    _same(layout_flowchart(sop, live=True), before)
    _same(layout_flowchart(edited, live=True), fresh_layout(edited, live=True))


@contextmanager
def _counted(name: str) -> Iterator[list[Any]]:
    """Record the first argument after the table of every call of ``flowchart.name``."""
    calls: list[Any] = []
    real = getattr(flowchart, name)

    def spy(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    setattr(flowchart, name, spy)
    try:
        yield calls
    finally:
        setattr(flowchart, name, real)


def _page_index(layout: FlowchartLayout, step: int) -> int:
    return layout.page_of_step(step)


@pytest.mark.parametrize("paper", [PaperName.A4, PaperName.F4])
def test_a_taller_row_lays_out_again_only_its_page_and_those_after(paper: PaperName) -> None:
    sop = generated_sop(120, 5, 5)
    forget_layouts()
    layout = layout_flowchart(sop, paper, live=True)
    k = next(s for s in range(1, len(sop.steps) - 1) if _page_index(layout, s) >= 3)
    edited = editing.set_step_text(sop, k, "activity", sop.steps[k].activity + " " + " ".join(WORDS * 2))
    with _counted("_draw_page") as drawn:
        after = layout_flowchart(edited, paper, live=True)
    pages = sorted(args[3] for args in drawn)  # _draw_page(table, sop, cols, index, ...)
    assert pages, "the edited page is drawn again"
    assert min(pages) == _page_index(layout, k), "no page before the edited row's is drawn again"
    assert len(pages) < len(after.pages)
    _same(after, fresh_layout(edited, paper, live=True))


def test_typing_inside_a_line_draws_one_page_and_does_not_route_again() -> None:
    sop = generated_sop(80, 11, 4)
    forget_layouts()
    layout = layout_flowchart(sop, live=True)

    def cut(k: int) -> Sop:  # one character less at the end of the Kegiatan
        return editing.set_step_text(sop, k, "activity", sop.steps[k].activity[:-1])

    k = next(k for k in range(30, 70) if flowchart._measure(cut(k), k, layout.columns).height
             == flowchart._measure(sop, k, layout.columns).height)  # the row keeps its height
    with _counted("_draw_page") as drawn, _counted("_route") as routed:
        after = layout_flowchart(cut(k), live=True)
    assert [args[3] for args in drawn] == [_page_index(layout, k)]
    assert routed == []
    _same(after, fresh_layout(cut(k), live=True))


def test_moving_a_step_within_its_page_draws_that_page_only() -> None:
    sop = generated_sop(100, 2, 4)
    forget_layouts()
    layout = layout_flowchart(sop, live=True)
    page = layout.pages[2]
    k = page.steps[len(page.steps) // 2]
    with _counted("_draw_page") as drawn:
        after = layout_flowchart(editing.move_step(sop, k, k + 1), live=True)
    assert [args[3] for args in drawn] == [2]
    _same(after, fresh_layout(editing.move_step(sop, k, k + 1), live=True))


def test_an_exit_sent_elsewhere_is_routed_again() -> None:
    """Only the routing reads where an exit goes: the kept routing must not be taken for it."""
    checked = 0
    for seed in range(12, 20):
        sop = generated_sop(30, seed, 4)
        for i in [i for i, step in enumerate(sop.steps) if step.exits][:3]:
            edited = editing.set_exit(sop, i, 1, target=0 if sop.steps[i].exits[1].target else i)
            forget_layouts()
            layout_flowchart(sop, live=True)
            _same(layout_flowchart(edited, live=True), fresh_layout(edited, live=True))
            checked += 1
    assert checked >= 10


def test_the_least_recently_used_result_is_dropped_first() -> None:
    from sopdesk.layout.reuse import Kept

    kept: Kept[str] = Kept(2)
    kept.put("a", "A")
    kept.put("b", "B")
    assert kept.get("a") == "A"  # a is now the most recently used
    kept.put("c", "C")
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == ("A", None, "C")


@pytest.mark.parametrize("name", sorted(p.name for p in FOLDER.glob("*.json")))
def test_version_2_documents_edited_lay_out_as_a_fresh_layout(name: str) -> None:
    """Several symbols per row, arrows, parts, spans, labels: the kept pages and routing hold too."""
    sop = load_sop_file(FOLDER / name)
    forget_layouts()
    for live in (True, False):
        layout_flowchart(sop, live=live)
        for k in (1, len(sop.steps) // 2, len(sop.steps) - 3):
            typed = editing.set_step_text(sop, k, "activity", sop.steps[k].activity + " " + " ".join(WORDS[:6]))
            for edited in (typed, editing.move_step(sop, k, k + 1)):
                _same(layout_flowchart(edited, live=live), fresh_layout(edited, live=live))
                _same(layout_flowchart(sop, live=live), fresh_layout(sop, live=live))
