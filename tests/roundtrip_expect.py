"""What an import of sopdesk's own printed sheet should read: an answer key derived from the model.

The key has the shape of the corpus answer keys (`tests/fixtures/corpus/README.md`), so
`tests/corpus_score.py` scores it. How the model maps to the answer-key convention:

- identity fields and step texts as in the model (a Waktu over rows is on its first row only,
  as the model keeps it), except what the sheet does not print (`printed_identity`, derived from
  the SOP's `SheetSetup`): a Mutu Baku or Keterangan column the SOP does not print is an empty
  cell; without an identity page (``identity_page`` none) the unit, dates and lists are empty,
  the Disahkan oleh only in the signature block (``signature_block``), the name and number only
  in the flowchart heading (``flowchart_heading``); with neither, the first part's caption over
  the table stands for the name, as a person copying the sheet would take it;
- symbols: every symbol of a row (`Step.nodes`) in every lane it is drawn in, joint work giving
  one symbol per lane, as the sheet draws it; the off-page connectors the layout adds at a page
  break are not in the model and are not expected (an extra symbol costs no score);
- arrows, per row, ``(target step number, label)``: version 1, a decision's exits (an exit past
  the last step draws nothing), else the next row unless the row is the last (a terminator
  ending the SOP draws none); version 2, the row's flows, each target once per label, an arrow
  between two symbols of one row left out (the convention cannot say it), its label carried on
  by the arrow leaving the row from its target (a decision's "Ya" drawn into an off-page
  connector of its row names the connector's arrow to the next page). An arrow broken by a
  page break or a part is expected to its real target: the reader pairs the connectors.
"""

from __future__ import annotations

from typing import Any

from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.sheet_setup import IdentityPage

STEP_TEXTS = ("activity", "requirements", "standard_time", "output", "remarks")


def expected(sop: Sop) -> dict[str, Any]:
    """The answer key (``{"sops": [one SOP]}``) of ``sop`` printed on its own."""
    names = {lane.id: lane.name for lane in sop.lanes}
    steps = [{"number": sop.step_number(i),
              **{k: getattr(st, k) if sop.setup.prints(k) else "" for k in STEP_TEXTS},
              "symbols": [{"lane": names[lane], "kind": node.kind.value} for node in st.nodes()
                          for lane in node.lanes],
              "arrows": _arrows(sop, i)} for i, st in enumerate(sop.steps)]
    return {"sops": [{**printed_identity(sop), "lanes": [lane.name for lane in sop.lanes], "steps": steps}]}


def printed_identity(sop: Sop) -> dict[str, Any]:
    """The identity fields of the answer key as ``sop``'s sheet prints them (see the module's
    docstring): ``unit``, ``number``, ``title``, the three dates (ISO or ``None``), ``approval``
    (position, name, NIP) and the six lists."""
    setup, a = sop.setup, sop.approval
    own = setup.identity_page is not IdentityPage.NONE
    named = own or setup.flowchart_heading
    signed = own or (setup.signature_block and bool(a.position or a.name))
    caption = next((part.caption for part in sop.flow_parts() if part.caption.strip()), "")
    return {
        "unit": list(sop.unit) if own else [], "number": sop.number if named else "",
        "title": sop.title if named else caption,
        **{k: getattr(sop, k).isoformat() if own and getattr(sop, k) else None
           for k in ("made_on", "revised_on", "effective_on")},
        "approval": {"position": a.position, "name": a.name, "nip": a.nip} if signed
        else {"position": "", "name": "", "nip": ""},
        **{k: list(getattr(sop, k)) if own else [] for k in ("legal_basis", "qualifications", "related_sops",
                                                            "equipment", "warning", "records")}}


def _arrows(sop: Sop, i: int) -> list[dict[str, str]]:
    step, count = sop.steps[i], len(sop.steps)
    if sop.has_flows:
        into = {f.target_node: f.label for f in step.flows if f.target == i and f.label}
        pairs = [(f.target, f.label or into.get(f.source, "")) for f in step.flows if f.target != i]
    elif step.exits:
        pairs = [(t, e.label) for e in step.exits if (t := sop.exit_target(i, e)) is not None]
    elif i + 1 < count and not (step.symbol is Symbol.TERMINATOR and i == count - 1):
        pairs = [(i + 1, "")]
    else:
        pairs = []
    return [{"to": sop.step_number(t), "label": label} for t, label in dict.fromkeys(pairs)]
