"""Scores an import against a hand-written answer key (tests/fixtures/corpus/*.expected.json).

Counts, per document: identity fields right (15 per SOP: unit, number, title, three dates,
approval position/name/NIP, six lists), step texts exact (Kegiatan and the four Mutu Baku
cells of each expected step), lanes right (by position), symbols right ((lane, kind) per
step) and arrows right ((target number, label) per step). Expected SOPs are matched to
imported ones by title; expected steps to imported ones by printed number, else by order.
Texts are compared with runs of white space made one space, nothing else changed.

For scans (`SCAN_CELLS`), "cell texts": the 15 identity fields and, per expected step, the
Kegiatan, Waktu and Output cells, compared with white space made one space and case folded
(OCR reads the printed letters; a cell read with one letter wrong is wrong).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, fields
from typing import Any

from sopdesk.io.importers.report import Draft

LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records")
STEP_CELLS = ("activity", "requirements", "standard_time", "output", "remarks")
SCAN_CELLS = ("activity", "standard_time", "output")
MEASURES = ("fields", "texts", "lanes", "symbols", "arrows")
# issue 15: documents with a text layer
TARGETS = {"fields": 0.95, "texts": 0.95, "lanes": 0.90, "symbols": 0.90, "arrows": 0.90}


@dataclass
class Score:
    """Right / total of each measure."""

    fields: int = 0
    fields_total: int = 0
    texts: int = 0
    texts_total: int = 0
    lanes: int = 0
    lanes_total: int = 0
    symbols: int = 0
    symbols_total: int = 0
    arrows: int = 0
    arrows_total: int = 0
    cells: int = 0
    cells_total: int = 0

    def add(self, other: Score) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def rate(self, name: str) -> float:
        """``right / total`` of measure ``name`` (1.0 when there is nothing to count)."""
        total = getattr(self, f"{name}_total")
        return 1.0 if total == 0 else getattr(self, name) / total


def score_row(name: str, s: Score) -> str:
    """One line of a score table: ``name`` and right/total and rate of every measure."""
    cells = [f"{getattr(s, m):4d}/{getattr(s, m + '_total'):<4d} {s.rate(m):6.1%}" for m in MEASURES]
    return f"{name[:48]:48s} " + " ".join(cells)


def score_header() -> str:
    """The header line of a score table."""
    return f"{'document':48s} " + " ".join(f"{m:>16s}" for m in MEASURES)


def below(name: str, s: Score, floor: tuple[float, ...], at_target: bool) -> list[str]:
    """The failures of document ``name``: each measure under its ``floor`` (one per `MEASURES`)
    and, when ``at_target``, under the issue's `TARGETS`."""
    out = [f"{name}: {m} {s.rate(m):.1%} < floor {f:.1%}" for m, f in zip(MEASURES, floor, strict=True)
           if s.rate(m) < f]
    return out + [f"{name}: {m} {s.rate(m):.1%} < target" for m in MEASURES if at_target and s.rate(m) < TARGETS[m]]


def _t(text: object) -> str:
    return " ".join(str(text or "").split())


def score_document(expected: dict[str, Any], drafts: list[Draft]) -> Score:
    """The score of ``drafts`` (one file's import) against the file's answer key."""
    total = Score()
    remaining = list(drafts)
    for sop in expected["sops"]:
        match = _best(sop, remaining)
        if match is not None:
            remaining.remove(match)
        total.add(score_sop(sop, match))
    return total


def _best(sop: dict[str, Any], drafts: list[Draft]) -> Draft | None:
    def ratio(d: Draft) -> float:
        return difflib.SequenceMatcher(None, _t(sop["title"]).casefold(), _t(d.sop.title).casefold()).ratio()

    best = max(drafts, key=ratio, default=None)
    return best if best is not None and (ratio(best) >= 0.5 or len(drafts) == 1) else None


def score_sop(sop: dict[str, Any], draft: Draft | None) -> Score:
    """One expected SOP against its draft (``None``: nothing right)."""
    s = Score(fields_total=15, texts_total=len(sop["steps"]) * len(STEP_CELLS), lanes_total=len(sop["lanes"]),
              symbols_total=sum(len(st["symbols"]) for st in sop["steps"]),
              arrows_total=sum(len(st["arrows"]) for st in sop["steps"]))
    if draft is None:
        return s
    got = draft.sop
    pairs = [
        ([_t(u) for u in sop["unit"]], [_t(u) for u in got.unit]), (_t(sop["number"]), _t(got.number)),
        (_t(sop["title"]), _t(got.title)),
        *[(sop[d], getattr(got, d).isoformat() if getattr(got, d) else None) for d in ("made_on", "revised_on",
                                                                                      "effective_on")],
        *[(_t(sop["approval"][k]), _t(getattr(got.approval, k))) for k in ("position", "name", "nip")],
        *[([_t(x) for x in sop[k]], [_t(x) for x in getattr(got, k)]) for k in LISTS],
    ]
    s.fields = sum(1 for a, b in pairs if a == b)
    s.cells_total = 15 + len(sop["steps"]) * len(SCAN_CELLS)
    s.cells = sum(1 for a, b in pairs if _folded(a) == _folded(b))
    names = [lane.name for lane in got.lanes]
    s.lanes = sum(1 for i, lane in enumerate(sop["lanes"]) if i < len(names) and _t(names[i]) == _t(lane))
    for step, index in zip(sop["steps"], _align(sop["steps"], draft), strict=True):
        if index is None:
            continue
        model, flow = got.steps[index], draft.flow[index]
        s.texts += sum(1 for c in STEP_CELLS if _t(step[c]) == _t(getattr(model, c)))
        s.cells += sum(1 for c in SCAN_CELLS if _t(step[c]).casefold() == _t(getattr(model, c)).casefold())
        want = Counter((_t(x["lane"]), x["kind"]) for x in step["symbols"])
        have = Counter((_t(lane), kind) for lane, kind, _ in flow.symbols)
        s.symbols += sum((want & have).values())
        want_arrows = Counter((_t(a["to"]), _t(a["label"]).casefold()) for a in step["arrows"])
        have_arrows = Counter((_t(to), _t(label).casefold()) for to, label in flow.arrows)
        s.arrows += sum((want_arrows & have_arrows).values())
    return s


def _folded(value: object) -> object:
    """An identity value for the scans' cell texts: texts case folded, lists item by item."""
    if isinstance(value, list):
        return [str(v).casefold() for v in value]
    return value.casefold() if isinstance(value, str) else value


def _align(steps: list[dict[str, Any]], draft: Draft) -> list[int | None]:
    numbers = [f.number for f in draft.flow]
    by_number = {n: i for i, n in enumerate(numbers) if n and numbers.count(n) == 1}
    wanted = [st["number"] for st in steps]
    if wanted and all(n in by_number for n in wanted if n) and any(wanted):
        return [by_number.get(n) for n in wanted]
    return [i if i < len(draft.flow) else None for i in range(len(steps))]
