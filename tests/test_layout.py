"""Layout invariants on the 14 samples and on generated SOPs of 1 to 200 steps, A4 and F4."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain.model import Sop
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.layout.paper import PaperName
from tests.fresh_layout import forget_layouts
from tests.generated import generated_sop
from tests.layout_checks import check_layout


@pytest.mark.parametrize("paper", list(PaperName))
def test_samples_keep_every_invariant(sample_sops: list[Sop], paper: PaperName) -> None:
    for sop in sample_sops:
        check_layout(sop, layout_flowchart(sop, paper))


@pytest.mark.parametrize("steps", [1, 2, 3, 5, 8, 12, 20, 33, 50, 75, 100, 150, 200])
@pytest.mark.parametrize("paper", list(PaperName))
def test_generated_sops_keep_every_invariant(steps: int, paper: PaperName) -> None:
    for seed in range(3):
        sop = generated_sop(steps, seed)
        check_layout(sop, layout_flowchart(sop, paper))


@settings(max_examples=60, deadline=None)
@given(steps=st.integers(1, 60), seed=st.integers(0, 10_000), lanes=st.integers(1, 10))
def test_random_sops_keep_every_invariant(steps: int, seed: int, lanes: int) -> None:
    sop = generated_sop(steps, seed, lanes)
    check_layout(sop, layout_flowchart(sop, PaperName.A4))


def test_kept_rows_and_columns_draw_what_a_fresh_layout_draws() -> None:
    """The editor's caches (rows, their drawings, the column fit) never change the result."""
    import dataclasses

    sop = generated_sop(40, 7)
    layout_flowchart(sop)
    steps = list(sop.steps)
    steps[5], steps[6] = steps[6], dataclasses.replace(steps[5], activity=steps[5].activity + " tambahan kata")
    edited = dataclasses.replace(sop, steps=tuple(steps))
    kept = layout_flowchart(edited)
    forget_layouts()
    assert layout_flowchart(edited).pages == kept.pages


def test_header_repeats_on_every_page(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    layout = layout_flowchart(sop)
    assert len(layout.pages) >= 2
    for page in layout.pages:
        headers = [" ".join(t.lines) for t in page.texts if t.role == "header"]
        wanted = {"No.", "KEGIATAN", "PELAKSANA", "MUTU BAKU", "Kelengkapan", "Waktu", "Output", "Keterangan"}
        assert wanted <= set(headers)  # as the seed heads its table on both pages (its Keterangan is empty)
        for lane in sop.lanes:
            assert lane.name in headers


def test_the_lakip_sheet_ends_with_the_75_hari_total(sample_by_id: dict[str, Sop]) -> None:
    layout = layout_flowchart(sample_by_id["baritokuala-penyusunan-lakip"])
    totals = [t for page in layout.pages for t in page.texts if t.role == "total"]
    assert len(totals) == 1 and totals[0].lines == ("75 hari",)
    assert totals[0] in layout.pages[-1].texts


def test_row_heights_follow_the_wrapped_text(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    layout = layout_flowchart(sop)
    page = layout.pages[0]
    activity = {t.rect.y: t for t in page.texts if t.role == "activity"}
    for row in page.row_rects.values():
        block = activity[row.y]
        assert block.baselines[-1] < row.bottom
        assert len(block.lines) > 1 or row.h < 80


def test_text_columns_follow_their_content(sample_by_id: dict[str, Sop]) -> None:
    """Kegiatan, Kelengkapan and Output share the room left by No, the lanes, Waktu and
    Keterangan; a column with more text is not narrower than its share says (issue 13)."""
    import dataclasses

    sop = sample_by_id["kalbar-penyusunan-lkj-biro"]
    cols = layout_flowchart(sop).columns
    widths = {k: w for k, (_x, w) in cols.text.items()}
    assert widths["activity"] > widths["requirements"] and widths["activity"] > widths["output"]
    assert sum(widths.values()) + cols.lanes_w == pytest.approx(cols.right - cols.left)
    wordy = dataclasses.replace(sop, steps=tuple(dataclasses.replace(s, output=s.output + " " + s.activity * 2)
                                                 for s in sop.steps))
    assert layout_flowchart(wordy).columns.text["output"][1] > widths["output"]


def test_f4_is_wider_than_a4(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["balangan-penyusunan-laporan-kinerja"]
    a4, f4 = layout_flowchart(sop, PaperName.A4), layout_flowchart(sop, PaperName.F4)
    assert f4.pages[0].width > a4.pages[0].width
    assert len(f4.pages) <= len(a4.pages)
