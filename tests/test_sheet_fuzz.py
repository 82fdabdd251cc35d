"""Nasty user text in every text field of an SOP: the sheet PDF and the SOP book still come out,
with the text as written (escaped, never markup), and the sheet code still verifies."""

from __future__ import annotations

import io
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sopdesk.domain.model import Approval, Lane, Sop, Step, Symbol
from sopdesk.io.book import render_book
from sopdesk.io.pdf import render_sheet

NASTY = st.lists(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x07", "\x1f", "<", ">", "&", "a",
                                  "B", "1", "é", " ", "<b>", "</para>", "&amp;", "\ufffe"]),
                 max_size=12).map("".join)


@st.composite
def nasty_sops(draw: st.DrawFn) -> Sop:
    lane = Lane("a", draw(NASTY))
    steps = tuple(Step(draw(NASTY), ("a",), Symbol.TERMINATOR if i in (0, 2) else Symbol.PROCESS, draw(NASTY),
                       draw(NASTY), draw(NASTY), draw(NASTY)) for i in range(3))
    lists = {name: (draw(NASTY), draw(NASTY)) for name in ("legal_basis", "qualifications", "related_sops",
                                                            "equipment", "warning", "records", "purpose")}
    return replace(Sop("nasty", draw(NASTY), (draw(NASTY), draw(NASTY)), (lane,), steps, number=draw(NASTY),
                       approval=Approval(draw(NASTY), draw(NASTY), draw(NASTY), draw(NASTY)),
                       summary=draw(NASTY)), **lists)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nasty_sops())
def test_any_text_prints(sop: Sop) -> None:
    pdf = render_sheet(sop)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "nasty/1/" in text  # the sheet code is printed
    book, entries = render_book([lambda: sop])
    assert len(PdfReader(io.BytesIO(book)).pages) >= 3 + 1 and entries
