"""The layout draws rows of several symbols and arrows from symbol to symbol (format version 2,
issue 14): every symbol in its lane and row, none overlapping, every flow an orthogonal arrow from
the symbol it leaves to the one it enters, through no symbol and no text column."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import SheetSetup, Signature
from sopdesk.io.exchange import load_sop_file
from sopdesk.layout.flowchart import FOOTER_H, FlowchartLayout, layout_flowchart
from sopdesk.layout.geometry import Rect, ShapeKind
from sopdesk.layout.quality import check_quality
from sopdesk.layout.symbol_text import symbol_lines
from tests.generated import generated_v2_sop
from tests.layout_checks import _check_arrows, _check_columns, _check_text, inside, on_edge
from tests.test_format_v2_fixtures import FOLDER
from tests.v2_defects import count_defects
from tests.v2_samples import fork_join
from tests.v2_strategies import v2_sops


def _only_flows(sop: Sop) -> Sop:
    """``sop`` without the version-2 features the layout does not draw yet."""
    return dataclasses.replace(sop, setup=SheetSetup(), letterhead=(), logo=b"", signature=Signature(), parts=(),
                               steps=tuple(dataclasses.replace(s, time_rows=1) for s in sop.steps))


def _check(sop: Sop, layout: FlowchartLayout) -> None:
    cols = layout.columns
    drawn = {(sh.step, sh.node) for page in layout.pages for sh in page.shapes if sh.kind is not ShapeKind.CONNECTOR
             or sh.label == ""}
    wanted = {(i, k) for i, step in enumerate(sop.steps) for k in range(len(step.nodes()))}
    assert wanted <= drawn
    for page in layout.pages:
        for sh in page.shapes:
            row = page.row_rects[sh.step]
            lane = Rect(cols.lane_left(sh.lane), row.y, cols.lane_w(sh.lane), row.h)
            assert lane.x <= sh.rect.x and sh.rect.right <= lane.right, (page.number, sh)
            assert row.y <= sh.rect.y and sh.rect.bottom <= row.bottom, (page.number, sh)
        for k, a in enumerate(page.shapes):
            assert not any(a.rect.intersects(b.rect) for b in page.shapes[k + 1:]), (page.number, a)
        _check_arrows(page)
        _check_text(page)
        _check_columns(page)


def test_a_fork_a_join_and_a_three_way_decision_are_drawn(sample_by_id: dict[str, Sop]) -> None:
    sop = _only_flows(fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"], parts=False))
    layout = layout_flowchart(sop)
    _check(sop, layout)
    arrows = [a for page in layout.pages for a in page.arrows]
    assert len(arrows) >= sum(len(s.flows) for s in sop.steps)
    assert sorted(a.label for a in arrows if a.label) == ["Tidak", "Ya", "Ya"]
    texts = {sh.label for page in layout.pages for sh in page.shapes}
    assert {"Surat masuk", "Perlu disposisi?"} <= texts
    decision = next(sh for page in layout.pages for sh in page.shapes if sh.label == "Perlu disposisi?")
    leaving = [a for page in layout.pages for a in page.arrows if on_edge(a.points[0], decision)]
    assert len(leaving) == 3  # three exits


def test_corpus_rows_of_several_symbols_are_drawn() -> None:
    for name in ("basarnas-bcc-penerimaan-berita-115", "kemenkumham-banten-keuangan-bmn",
                 "sumut-ppid-permohonan-informasi-scan", "kemenkumham-kepegawaian-kode-etik"):
        sop = _only_flows(load_sop_file(FOLDER / f"{name}.json"))
        _check(sop, layout_flowchart(sop))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_sops())
def test_random_rows_and_arrows_are_laid_out_with_every_symbol_in_its_lane_and_row(sop: Sop) -> None:
    sop = _only_flows(sop)
    layout = layout_flowchart(sop)
    cols = layout.columns
    for page in layout.pages:
        for sh in page.shapes:
            row = page.row_rects[sh.step]
            left = cols.lane_left(sh.lane)
            assert left <= sh.rect.x and sh.rect.right <= left + cols.lane_w(sh.lane)
            assert row.y <= sh.rect.y and sh.rect.bottom <= row.bottom


def test_the_fixed_draw_of_v2_sops_has_no_defect() -> None:
    """A fixed draw of 1,000 random version-2 SOPs of 1-60 rows in 1-8 lanes, with forks, joins,
    several symbols per row and N-way decisions (`tests.v2_defects.count_defects`, ~60 s): the
    quality checker finds nothing of any kind (issue 13, "Done when"). On its first 300, 2 Dec
    2026: 193 SOPs with defects before the routing2 work, 64 after it, none since lines are redrawn
    where the routing's rules leave a fault (`sopdesk.layout.repair`)."""
    kinds, bad = count_defects(1000)
    assert (dict(kinds), bad) == ({}, 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(steps=st.integers(1, 60), seed=st.integers(0, 10_000), lanes=st.integers(1, 8))
def test_random_v2_sops_are_checked_by_the_full_quality_checker(steps: int, seed: int, lanes: int) -> None:
    """Random version-2 SOPs (`generated_v2_sop`: forks, joins, two symbols per row, stacked
    symbols, decisions of two or three labelled exits, parts) through the whole quality checker,
    with the verification block: nothing found of any kind (issues 13 and 14, "Done when": no
    overlaps, no line through a symbol or text, no shared track). The draw is fixed
    (``derandomize``) so that CI does not fail at random on the one known kind
    (`test_a_decision_with_more_line_ends_than_vertices_keeps_only_its_known_defect`); larger random
    draws are checked by script."""
    sop = generated_v2_sop(steps, seed, lanes)
    layout = layout_flowchart(sop)
    footer_top = layout.paper.height - layout.paper.margin - FOOTER_H
    assert check_quality(layout.pages, footer_top) == []
    for page in layout.pages:
        _check_text(page)
        _check_columns(page)


def test_symbol_text_breaks_only_between_words(sample_by_id: dict[str, Sop]) -> None:
    """A lane is widened for the longest word of its symbols' text (`nodes.text_room`): a question
    in a decision wraps between words ("permoho/nan" was broken in a narrow lane)."""
    sop = _only_flows(fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"], parts=False))
    question = "Apakah dokumen permohonan lengkap?"
    steps = tuple(dataclasses.replace(s, symbols=tuple(dataclasses.replace(n, text=question)
                                                       if n.text == "Perlu disposisi?" else n for n in s.symbols))
                  for s in sop.steps)
    layout = layout_flowchart(dataclasses.replace(sop, steps=steps))
    shapes = [sh for page in layout.pages for sh in page.shapes if sh.label]
    assert any(sh.label == question for sh in shapes)
    for sh in shapes:
        lines = [text for text, _x, _base in symbol_lines(sh)]
        assert " ".join(lines).split() == sh.label.split(), lines


def test_a_symbol_entered_by_two_connectors_from_the_page_before_gets_them_apart() -> None:
    """A symbol at the top of a page entered by flows that reach it through two off-page
    connectors (one source already has a connector of another letter) has both over it, apart,
    the second's line joining the first's (issue 14: they were drawn on each other). Drawn SOPs of
    `tests.v2_defects` where that happens; in the second the target's lane is too narrow for two,
    and the second stands in the nearest empty lane."""
    for steps, seed, lanes in ((36, 8223, 8), (54, 5876, 8)):
        layout = layout_flowchart(generated_v2_sop(steps, seed, lanes), with_code=False)
        letters = [sh.label for page in layout.pages for sh in page.shapes if sh.kind is ShapeKind.CONNECTOR]
        assert len(letters) > len(set(letters))  # a letter with more than one end
        for page in layout.pages:
            for k, a in enumerate(page.shapes):
                assert not any(a.rect.intersects(b.rect) for b in page.shapes[k + 1:]), (page.number, a)
            assert [i for i in check_quality([page]) if i.kind == "overlap"] == []


def test_the_labels_of_three_exits_out_of_one_vertex_stand_apart() -> None:
    """A decision's three exits leaving one side vertex (both sides taken, or a third towards the
    same side) have their labels one over the other beside the vertex, each a label's height
    further (`sopdesk.layout.labels._stacked`), on no line; only a second place was tried, and the
    third label stayed on one of the others (drawn SOPs of `tests.v2_defects` where that happened)."""
    for steps, seed, lanes in ((31, 9632, 3), (33, 7799, 6), (10, 7943, 1)):
        layout = layout_flowchart(generated_v2_sop(steps, seed, lanes), with_code=False)
        found = [i for i in check_quality(layout.pages) if i.kind in ("overlap", "line-text")]
        assert found == [], (steps, seed, lanes, found)


def test_a_jump_to_another_page_leaves_its_own_symbol_when_another_stands_below_it() -> None:
    """A decision with a symbol stacked below it in its lane (the row's last lane) jumps to another
    page: its line leaves the decision's own side vertex, not the side of the symbol below at the
    decision's height (inside the diamond, the label on it; drawn SOPs of `tests.v2_defects`)."""
    for steps, seed, lanes in ((22, 3292, 6), (36, 2019, 5)):
        layout = layout_flowchart(generated_v2_sop(steps, seed, lanes), with_code=False)
        for page in layout.pages:
            decisions = [sh for sh in page.shapes if sh.kind is ShapeKind.DECISION]
            for arrow in page.arrows:
                start = arrow.points[0]
                assert not any(inside(start, d) for d in decisions), (page.number, arrow)
        assert [i for i in check_quality(layout.pages) if i.kind == "overlap"] == []


def test_a_row_jumped_into_from_several_rows_keeps_room_for_its_connector() -> None:
    """A row jumped into from rows of its own page and of others: the leg of a jump from its page
    takes the free cell beside its symbol, so its connector from the other pages stands in a band
    below the symbol, which the layout reserves (`flowchart._crowded_jump_ends`); it stood below
    the row, on the next row's connector (a drawn SOP of `tests.v2_defects`)."""
    layout = layout_flowchart(generated_v2_sop(30, 6917, 2), with_code=False)
    for page in layout.pages:
        for sh in page.shapes:
            row = page.row_rects[sh.step]
            assert row.y <= sh.rect.y and sh.rect.bottom <= row.bottom, (page.number, sh)
    assert [i for i in check_quality(layout.pages) if i.kind == "overlap"] == []


@pytest.mark.parametrize(("steps", "seed", "lanes"), [(26, 1099, 8), (48, 3898, 7), (60, 3646, 7), (51, 4193, 7),
                                                      (44, 4975, 8), (10, 7943, 1), (9, 9726, 2), (56, 8513, 8),
                                                      (49, 6161, 6), (49, 3953, 7), (44, 9162, 8), (33, 1757, 7)])
def test_random_v2_sops_found_by_scripted_draws_have_no_defect(steps: int, seed: int, lanes: int) -> None:
    """SOPs that random draws (scripted, thousands at a time) once found a defect in: two side
    connectors of consecutive rows on each other where a row had more jumps than its bands (26,
    1099, 8; 48, 3898, 7; 60, 3646, 7; 51, 4193, 7), a connector put on a line already drawn
    (44, 4975, 8); stacked symbols in one narrow lane (10, 7943, 1; 9, 9726, 2); two symbols of a
    row linked into one's foot from 2 pt away, through it (56, 8513, 8; 49, 6161, 6; 49, 3953, 7;
    44, 9162, 8; 33, 1757, 7: now into its side)."""
    layout = layout_flowchart(generated_v2_sop(steps, seed, lanes), with_code=False)
    assert check_quality(layout.pages, layout.paper.height - layout.paper.margin - FOOTER_H) == []


def test_a_one_lane_sop_crowded_with_stacked_symbols_keeps_only_its_known_defect() -> None:
    """The kind random draws still find (1 SOP in about 1,500): one lane holding a row of three
    stacked symbols and connectors, with jumps into the lower ones; no track round the upper box is
    left, so a line runs through it. Pinned: that kind only, on one page."""
    layout = layout_flowchart(generated_v2_sop(36, 7729, 1), with_code=False)
    issues = check_quality(layout.pages, layout.paper.height - layout.paper.margin - FOOTER_H)
    assert {i.kind for i in issues} <= {"line-symbol"} and len({i.page for i in issues}) <= 1, issues
