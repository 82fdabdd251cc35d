"""Format version 2, the model (issue 14): additive, and every version-1 SOP hashes as before."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from sopdesk.domain.canonical import canonical_content, content_hash
from sopdesk.domain.execution import check_can_start
from sopdesk.domain.format_v2 import (
    EDITOR,
    EXECUTION,
    LAYOUT,
    FormatV2Error,
    drawable,
    is_v1,
    require_v1,
    v2_features,
)
from sopdesk.domain.messages import translated
from sopdesk.domain.model import Flow, Node, Part, Sop, Status, Symbol
from sopdesk.domain.sheet_setup import HeadLine, Paper, PaperSize, SheetSetup, Signature, SignatureMode, Weight
from sopdesk.layout.flowchart import layout_flowchart

RELEASE = Path(__file__).parent / "fixtures" / "release01" / "hashes.json"


# Samples whose steps now carry the numbers their signed sheets print (issue 14: 1-4, 6, 7 and so on);
# the rest of each is as the release before version 2 had it.
SIGNED_NUMBERS = {"baritokuala-pola-pikir-budaya-kerja": "1 2 3 4 6 7",
                  "baritokuala-pengaduan-kode-etik": "1 2 4 5 6 7 8 9 10 11",
                  "baritokuala-penghargaan-kode-etik": "1 2 3 4 6 7 8"}


def test_every_sample_hashes_as_the_release_before_version_2_did(sample_sops: list[Sop]) -> None:
    """Every sample prints its columns as its seed does (labels, column numbers, total row: issues
    13/14, pinned in tests/test_sample_data.py), and the three with signed step numbers carry them;
    with the sheet setup and the numbers taken away each hashes as the release before version 2 did
    (nothing else in them changed)."""
    before = json.loads(RELEASE.read_text())["samples"]
    assert len(before) == 14
    for sop in sample_sops:
        assert sop.setup != SheetSetup() and content_hash(sop) != before[sop.id], sop.id
        if sop.id in SIGNED_NUMBERS:
            assert " ".join(s.number for s in sop.steps) == SIGNED_NUMBERS[sop.id]
            sop = dataclasses.replace(sop, steps=tuple(dataclasses.replace(s, number="") for s in sop.steps))
        sop = dataclasses.replace(sop, setup=SheetSetup())
        assert content_hash(sop) == before[sop.id], sop.id


def test_version_2_fields_are_left_out_of_the_canonical_form_only_at_their_default(
        sample_by_id: dict[str, Sop]) -> None:
    sop = _plain_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"])
    assert is_v1(sop)
    assert "setup" not in canonical_content(sop) and "number" not in canonical_content(sop)["steps"][0]
    changed = [
        dataclasses.replace(sop, setup=SheetSetup(remarks_column=False)),
        dataclasses.replace(sop, logo=b"\x89PNG"),
        dataclasses.replace(sop, letterhead=(HeadLine("BAGIAN ORGANISASI", Weight.BOLD),)),
        dataclasses.replace(sop, signature=Signature(SignatureMode.ELECTRONIC, b"qr", "Dokumen ini …")),
        dataclasses.replace(sop, setup=SheetSetup(paper=Paper(PaperSize.LETTER))),
        dataclasses.replace(sop, steps=(dataclasses.replace(sop.steps[0], number="1a"), *sop.steps[1:])),
    ]
    hashes = {content_hash(s) for s in changed}
    assert len(hashes) == len(changed) and content_hash(sop) not in hashes
    assert canonical_content(changed[1])["logo"] == "iVBORw=="


def _plain_sheet(sop: Sop) -> Sop:
    """``sop`` printed with the standard columns (a sample prints its seed's labels): a version-1 SOP."""
    return dataclasses.replace(sop, setup=SheetSetup())


def _fork(sop: Sop) -> Sop:
    """Step 1 forks to steps 2 and 3 (two lanes), which join at step 4: flows on every row."""
    lane_a, lane_b = sop.lanes[0].id, sop.lanes[-1].id
    steps = list(sop.steps[:4])
    steps[0] = dataclasses.replace(steps[0], flows=(Flow(1), Flow(2)))
    steps[1] = dataclasses.replace(steps[1], lanes=(lane_a,), flows=(Flow(3),))
    steps[2] = dataclasses.replace(steps[2], lanes=(lane_b,), flows=(Flow(3),))
    steps[3] = dataclasses.replace(steps[3], symbols=(Node(Symbol.TERMINATOR, (lane_a,), "Selesai"),))
    return dataclasses.replace(sop, steps=tuple(steps))


def test_a_version_1_consumer_refuses_what_it_cannot_handle_in_both_languages(
        sample_by_id: dict[str, Sop]) -> None:
    sop = _fork(_plain_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"]))
    assert v2_features(sop) == ["symbols", "flows"]
    layout_flowchart(sop)  # the layout draws rows of several symbols and arrows (test_format_v2_layout.py)
    parted = dataclasses.replace(sop, parts=(Part("A", (sop.lanes[0].id, sop.lanes[-1].id), 4, "Ket"),),
                                 letterhead=(HeadLine("BAGIAN", Weight.BOLD),))
    layout_flowchart(parted)  # the layout draws all of version 2 (test_v2_print.py)
    with pytest.raises(FormatV2Error) as caught:
        require_v1(parted, LAYOUT, handled={"symbols", "flows"})
    assert "fitur format versi 2 yang dipakai SOP ini: beberapa bagan alir, kop dengan ketebalan huruf." in str(
        caught.value)
    assert translated(caught.value, "en") == ("The SOP sheet layout cannot handle yet the format version 2 "
                                              "features this SOP uses: several flowcharts, letterhead lines with "
                                              "weights.")
    check_can_start(dataclasses.replace(sop, status=Status.APPROVED), trial=False)  # executions follow arrows
    merged = dataclasses.replace(sop, status=Status.APPROVED,
                                 steps=(dataclasses.replace(sop.steps[0], time_rows=2), *sop.steps[1:]))
    check_can_start(merged, trial=False)  # a Waktu over rows is judged once (test_waktu_spans.py)
    require_v1(dataclasses.replace(sop, steps=sop.steps[:1]), EDITOR)  # the editor edits arrows
    require_v1(merged, EDITOR)  # merged, split and kept by row edits (test_editing_spans.py)


def test_what_a_consumer_handles_passes(sample_by_id: dict[str, Sop]) -> None:
    sop = _plain_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"])
    styled = dataclasses.replace(sop, logo=b"x", setup=SheetSetup(numbers_row=True))
    assert v2_features(styled) == ["setup", "logo"]
    require_v1(styled, EXECUTION)
    require_v1(styled, EDITOR)  # kept as they are; the live drawing leaves them out until the layout draws them
    assert drawable(styled, "a consumer handling none") == (sop, ["setup", "logo"])
    assert drawable(styled, EXECUTION) == (styled, [])
    layout_flowchart(dataclasses.replace(sop, review_on=sop.made_on))  # not printed: drawn as before


def test_a_row_without_symbols_has_its_one_symbol_and_one_part_holds_everything(
        sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["baritokuala-pengaduan-kode-etik"]
    step = sop.steps[0]
    assert step.nodes() == (Node(step.symbol, step.lanes),)
    assert sop.flow_parts() == (Part("", tuple(lane.id for lane in sop.lanes), len(sop.steps)),)
    assert not sop.has_flows


def test_the_layout_prints_step_numbers_as_signed(sample_by_id: dict[str, Sop]) -> None:
    sop = _plain_sheet(sample_by_id["baritokuala-pola-pikir-budaya-kerja"])
    signed = [str(n) for n in range(1, len(sop.steps) + 2) if n != 5][: len(sop.steps)]  # the sheet skips 5
    numbered = dataclasses.replace(sop, steps=tuple(dataclasses.replace(st, number=n)
                                                    for st, n in zip(sop.steps, signed, strict=True)))
    assert v2_features(numbered) == ["number"]
    printed = [" ".join(t.lines) for page in layout_flowchart(numbered).pages for t in page.texts
               if t.role == "number" and t.lines]
    assert printed == signed
    check_can_start(dataclasses.replace(numbered, status=Status.APPROVED), trial=False)  # executions show them
