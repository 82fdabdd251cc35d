"""The version-2 fields of an exchange file (docs/exchange-format.md): read after the schema
(`sopdesk.io.exchange_schema`) has checked their types, checked for what a schema cannot say
(lanes that exist, arrow targets, parts that add up, images that are PNG/JPEG), and written only
where they differ from their default, so a version-1 SOP writes as before but for
``format_version``. Errors are `Message` values ``<file>: <field>: <reason>``. No Qt.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from typing import Any

from sopdesk.domain.messages import Message, message
from sopdesk.domain.model import Flow, Node, Part, Sop, Step, Symbol, node_lanes
from sopdesk.domain.sheet_setup import (
    LANE_COLUMN,
    HeadLine,
    IdentityPage,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    Signature,
    SignatureMode,
    Weight,
)

STEP_KEYS = ("number", "symbols", "arrows", "time_rows")
SOP_KEYS = ("review_on", "parts", "columns", "labels", "list_styles", "paper", "identity_page", "letterhead", "logo",
            "signature", "identity_heading")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_COLUMNS = {"remarks": "remarks_column", "requirements": "requirements_column", "standard_time": "time_column",
            "output": "output_column", "numbers_row": "numbers_row", "total_row": "total_row",
            "heading": "flowchart_heading", "signature": "signature_block", "terminator_labels": "terminator_labels"}


class _Reader:
    """Collects the errors of one document's version-2 fields."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[Message] = []

    def fail(self, code: str, path: str, *args: object) -> None:
        self.errors.append(message(code, self.name, path, *args))


def v1_leftovers(doc: dict[str, Any], name: str) -> list[Message]:
    """Errors for version-2 fields in a ``format_version`` 1 document."""
    out = [message("v2-only", name, key) for key in SOP_KEYS if key in doc]
    for i, step in enumerate(doc.get("steps") or []):
        out += [message("v2-only", name, f"steps[{i}].{key}") for key in STEP_KEYS if key in step]
        if step.get("symbol") == Symbol.CONNECTOR.value:
            out.append(message("v2-only", name, f"steps[{i}].symbol"))
    return out


def read_v2(doc: dict[str, Any], sop: Sop, name: str) -> tuple[Sop, list[Message]]:
    """``sop`` (read from the version-1 fields of ``doc``) with its version-2 fields, and the
    errors found in them."""
    r = _Reader(name)
    lane_ids = {lane.id for lane in sop.lanes}
    steps = tuple(_step(r, raw, step, f"steps[{i}]", lane_ids) for i, (raw, step)
                  in enumerate(zip(doc["steps"], sop.steps, strict=True)))
    _check_flows(r, steps)
    _check_time_rows(r, steps)
    parts = tuple(_part(r, raw, f"parts[{k}]", lane_ids) for k, raw in enumerate(doc.get("parts", [])))
    _check_parts(r, parts, steps)
    sop = dataclasses.replace(
        sop, steps=steps, parts=parts, setup=_setup(r, doc, lane_ids),
        review_on=dt.date.fromisoformat(doc["review_on"]) if doc.get("review_on") else None,
        letterhead=tuple(HeadLine(x["text"], Weight(x["weight"])) for x in doc.get("letterhead", [])),
        logo=_image(r, doc.get("logo", ""), "logo"), signature=_signature(r, doc.get("signature")),
    )
    return sop, r.errors


def _step(r: _Reader, raw: dict[str, Any], step: Step, path: str, lane_ids: set[str]) -> Step:
    nodes = tuple(Node(Symbol(x["kind"]), tuple(x["lanes"]), x.get("text", "")) for x in raw.get("symbols", []))
    for k, node in enumerate(nodes):
        for j, lane in enumerate(node.lanes):
            if lane not in lane_ids:
                r.fail("v2-lane", f"{path}.symbols[{k}].lanes[{j}]", lane)
    if nodes:
        lanes = node_lanes(nodes)
        if step.lanes != lanes:
            r.fail("v2-derived", f"{path}.lanes", list(lanes))
        if step.symbol is not nodes[0].kind:
            r.fail("v2-derived", f"{path}.symbol", nodes[0].kind.value)
    flows = tuple(Flow(a["to"] - 1, a.get("label", ""), a.get("from_symbol", 1) - 1, a.get("to_symbol", 1) - 1)
                  for a in raw.get("arrows", []))
    return dataclasses.replace(step, number=raw.get("number", ""), symbols=nodes, flows=flows,
                               time_rows=raw.get("time_rows", 1))


def _check_flows(r: _Reader, steps: tuple[Step, ...]) -> None:
    arrows = any(step.flows for step in steps)
    for i, step in enumerate(steps):
        if arrows and step.exits:
            r.fail("v2-exits-and-arrows", f"steps[{i}].exits")
        for k, flow in enumerate(step.flows):
            path = f"steps[{i}].arrows[{k}]"
            if flow.source >= len(step.nodes()):
                r.fail("v2-symbol", f"{path}.from_symbol", len(step.nodes()))
            if flow.target >= len(steps):
                r.fail("v2-row", f"{path}.to", len(steps))
            elif flow.target_node >= len(steps[flow.target].nodes()):
                r.fail("v2-symbol", f"{path}.to_symbol", len(steps[flow.target].nodes()))


def _check_time_rows(r: _Reader, steps: tuple[Step, ...]) -> None:
    for i, step in enumerate(steps):
        if i + step.time_rows > len(steps):
            r.fail("v2-time-rows", f"steps[{i}].time_rows")
        for j in range(i + 1, min(i + step.time_rows, len(steps))):
            if steps[j].standard_time.strip():
                r.fail("v2-time-covered", f"steps[{j}].standard_time", i + 1)


def _part(r: _Reader, raw: dict[str, Any], path: str, lane_ids: set[str]) -> Part:
    for j, lane in enumerate(raw["lanes"]):
        if lane not in lane_ids:
            r.fail("v2-lane", f"{path}.lanes[{j}]", lane)
    return Part(raw["caption"], tuple(raw["lanes"]), raw["steps"], raw.get("footnote", ""))


def _check_parts(r: _Reader, parts: tuple[Part, ...], steps: tuple[Step, ...]) -> None:
    if not parts:
        return
    total = sum(part.steps for part in parts)
    if total != len(steps):
        r.fail("v2-parts-count", "parts", total, len(steps))
        return
    first = 0
    for part in parts:
        for i in range(first, first + part.steps):
            for lane in node_lanes(steps[i].nodes()):
                if lane not in part.lanes:
                    r.fail("v2-part-lane", f"steps[{i}].lanes", lane)
        first += part.steps


def _setup(r: _Reader, doc: dict[str, Any], lane_ids: set[str]) -> SheetSetup:
    raw = doc.get("columns", {})
    columns = {attr: raw.get(key, getattr(SheetSetup(), attr)) for key, attr in _COLUMNS.items()}
    unnumbered = raw.get("unnumbered", [])
    for j, key in enumerate(unnumbered):
        if key.startswith(LANE_COLUMN) and key[len(LANE_COLUMN):] not in lane_ids:
            r.fail("v2-lane", f"columns.unnumbered[{j}]", key[len(LANE_COLUMN):])
    paper = doc.get("paper")
    return SheetSetup(
        **columns, unnumbered=tuple(sorted(unnumbered)), identity_heading=doc.get("identity_heading", ""),
        labels=tuple(sorted(doc.get("labels", {}).items())),
        list_styles=tuple(sorted((k, ListStyle(v)) for k, v in doc.get("list_styles", {}).items())),
        paper=Paper(PaperSize(paper["size"]), Orientation(paper["orientation"])) if paper else None,
        identity_page=IdentityPage(doc.get("identity_page", IdentityPage.OWN.value)),
    )


def _image(r: _Reader, text: str, path: str) -> bytes:
    if not text:
        return b""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data.startswith(_IMAGE_MAGIC):
        r.fail("v2-image", path)
    return data


def _signature(r: _Reader, raw: dict[str, Any] | None) -> Signature:
    if raw is None:
        return Signature()
    return Signature(SignatureMode(raw["mode"]), _image(r, raw.get("qr", ""), "signature.qr"), raw.get("footnote", ""))


# ----- writing: each field only where it differs from its default ---------------------------

def sop_v2_fields(sop: Sop) -> dict[str, Any]:
    """The identity-level version-2 fields of ``sop`` that differ from their defaults."""
    out: dict[str, Any] = {"review_on": sop.review_on.isoformat()} if sop.review_on else {}
    setup = sop.setup
    columns = {key: getattr(setup, attr) for key, attr in _COLUMNS.items()
               if getattr(setup, attr) != getattr(SheetSetup(), attr)}
    if setup.unnumbered:
        columns["unnumbered"] = list(setup.unnumbered)
    if columns:
        out["columns"] = columns
    if setup.identity_heading:
        out["identity_heading"] = setup.identity_heading
    if setup.labels:
        out["labels"] = dict(setup.labels)
    if setup.list_styles:
        out["list_styles"] = {k: v.value for k, v in setup.list_styles}
    if setup.paper is not None:
        out["paper"] = {"size": setup.paper.size.value, "orientation": setup.paper.orientation.value}
    if setup.identity_page is not IdentityPage.OWN:
        out["identity_page"] = setup.identity_page.value
    if sop.letterhead:
        out["letterhead"] = [{"text": x.text, "weight": x.weight.value} for x in sop.letterhead]
    if sop.logo:
        out["logo"] = base64.b64encode(sop.logo).decode("ascii")
    if sop.signature != Signature():
        out["signature"] = {"mode": sop.signature.mode.value, "qr": base64.b64encode(sop.signature.qr).decode("ascii"),
                            "footnote": sop.signature.footnote}
    if sop.parts:
        out["parts"] = [{"caption": p.caption, "lanes": list(p.lanes), "steps": p.steps, "footnote": p.footnote}
                        for p in sop.parts]
    return out


def step_v2_fields(step: Step) -> dict[str, Any]:
    """The version-2 fields of ``step`` that differ from their defaults."""
    out: dict[str, Any] = {"number": step.number} if step.number else {}
    if step.symbols:
        out["symbols"] = [{"kind": n.kind.value, "lanes": list(n.lanes), "text": n.text} for n in step.symbols]
    if step.flows:
        out["arrows"] = [_arrow(f) for f in step.flows]
    if step.time_rows != 1:
        out["time_rows"] = step.time_rows
    return out


def _arrow(flow: Flow) -> dict[str, Any]:
    out: dict[str, Any] = {"to": flow.target + 1}
    if flow.target_node:
        out["to_symbol"] = flow.target_node + 1
    if flow.source:
        out["from_symbol"] = flow.source + 1
    if flow.label:
        out["label"] = flow.label
    return out

