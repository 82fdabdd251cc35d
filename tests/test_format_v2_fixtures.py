"""Six corpus documents transcribed as version-2 files (issue 14, tests/fixtures/v2/): they load, are
in canonical form, are what transcribe.py makes, cover the version-2 features, and the checker finds
in their flows exactly what the originals draw (every such finding is explained in source.notes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sopdesk.domain.checker import check_sop
from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.sheet_setup import ListStyle, SignatureMode, Weight
from sopdesk.io.exchange import dump_sop, load_sop_dir
from tests.fixtures.v2.transcribe import DOCS, transcribe

FOLDER = Path(__file__).parent / "fixtures" / "v2"
FLOW_RULES = {"flow-target", "flow-no-start", "flow-unreachable", "flow-dead-end", "flow-no-end", "decision-exits-n",
              "flow-part", "parts-count"}
# the flow findings of each original, as drawn (see each file's source.notes)
EXPECTED_FLOW = {
    "basarnas-bcc-penanganan-info-bencana": {"flow-dead-end": 19},
    "basarnas-bcc-penerimaan-berita-115": {},
    "bps-pringsewu-cuti": {},
    "kemenkumham-banten-keuangan-bmn": {},
    "kemenkumham-kepegawaian-kode-etik": {"decision-exits-n": 1},
    "sumut-ppid-permohonan-informasi-scan": {"flow-no-start": 1},
}


@pytest.fixture(scope="module")
def fixtures() -> dict[str, Sop]:
    return {sop.id: sop for sop in load_sop_dir(FOLDER)}


def test_six_documents_load_in_canonical_form_as_transcribe_makes_them(fixtures: dict[str, Sop]) -> None:
    assert sorted(fixtures) == sorted(EXPECTED_FLOW)
    for sop in fixtures.values():
        assert (FOLDER / f"{sop.id}.json").read_text("utf-8") == dump_sop(sop), sop.id
    for doc in DOCS:
        made = transcribe(doc)
        assert made.steps == fixtures[made.id].steps and made.setup == fixtures[made.id].setup, made.id


def test_the_checker_finds_in_the_flows_what_the_originals_draw(fixtures: dict[str, Sop]) -> None:
    for key, sop in fixtures.items():
        rules: dict[str, int] = {}
        for finding in check_sop(sop, dt.date(2026, 12, 2)):
            if finding.rule in FLOW_RULES:
                rules[finding.rule] = rules.get(finding.rule, 0) + 1
        assert rules == EXPECTED_FLOW[key], key


def _fork(sop: Sop) -> bool:
    """A symbol (not a decision) with arrows to two or more rows: parallel work."""
    for step in sop.steps:
        for k, node in enumerate(step.nodes()):
            targets = {f.target for f in step.flows if f.source == k}
            if node.kind is not Symbol.DECISION and len(targets) >= 2:
                return True
    return False


def test_together_they_hold_the_features_of_version_2(fixtures: dict[str, Sop]) -> None:
    sops = list(fixtures.values())
    assert sum(_fork(s) for s in sops) >= 2  # parallel work
    assert sum(any(len(st.symbols) >= 2 for st in s.steps) for s in sops) >= 4  # several symbols in a row
    assert any(any(n.kind is Symbol.CONNECTOR for st in s.steps for n in st.nodes()) for s in sops)
    assert any(any(n.text for st in s.steps for n in st.nodes()) for s in sops)  # text in symbols
    assert len(fixtures["basarnas-bcc-penanganan-info-bencana"].parts) == 2  # several flowcharts
    assert fixtures["kemenkumham-kepegawaian-kode-etik"].parts[0].footnote.startswith("Catatan:")
    assert [st.number for st in fixtures["basarnas-bcc-penanganan-info-bencana"].steps[12:14]] == ["8", "9"]
    bps = fixtures["bps-pringsewu-cuti"]
    assert not bps.setup.remarks_column and bps.logo.startswith(b"\x89PNG") and not bps.has_flows
    assert bps.setup.label("title") == "Judul SOP" and bps.setup.label("activity") == "URAIAN"
    sumut = fixtures["sumut-ppid-permohonan-informasi-scan"].setup
    assert sumut.numbers_row and sumut.unnumbered == ("lane:skpd",)  # 1 2 3 4 5 _ 6 7 8 9, as printed
    assert [bps.setup.prints(k) for k in ("requirements", "standard_time", "output")] == [False, True, False]
    assert not any(s.setup.total_row for s in sops)  # none of the originals prints a total
    # every original with an identity block prints its agency's logo, cropped into the fixture
    assert {k for k, s in fixtures.items() if s.logo.startswith(b"\x89PNG")} == set(fixtures) - {
        "basarnas-bcc-penanganan-info-bencana"}
    assert fixtures["kemenkumham-kepegawaian-kode-etik"].setup.list_style("related_sops") is ListStyle.NUMBERED_ALL
    weights = {line.weight for line in fixtures["kemenkumham-banten-keuangan-bmn"].letterhead}
    assert weights == {Weight.BOLD, Weight.SMALL}
    assert {s.setup.paper.size.value for s in sops if s.setup.paper} == {"A4", "F4", "Legal"}
    assert all(s.signature.mode is SignatureMode.WET for s in sops)  # no corpus sheet is signed electronically
