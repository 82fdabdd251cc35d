"""A read SOP (identity texts, rows, flowchart parts) -> a draft `Sop` and its import report.

A step keeps its printed number when it is not its position in the whole SOP (format version 2,
`Step.number`: a part numbering from 1 again, a number skipped), else it is numbered by position."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sopdesk.domain.editing import STEP_NUMBER_LENGTH
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Status, Step, Symbol
from sopdesk.io.importers.flow import RawStep
from sopdesk.io.importers.parts import PartStart, draft_parts, part_rows
from sopdesk.io.importers.report import GUESSED, MISSING, READ, Draft, Finding, StepFlow
from sopdesk.io.importers.text import join_lines, parse_date, split_items

if TYPE_CHECKING:
    from sopdesk.io.importers.recognise import Pending

LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records")
DATES = ("made_on", "revised_on", "effective_on")
_NIP = re.compile(r"^\s*NIP\.?\s*:?\s*(.*)$", re.IGNORECASE)
_RANK = re.compile(r"^(pembina|penata|pengatur|juru)\b|\b(I{1,3}|IV)\s*/\s*[a-e]\b", re.IGNORECASE)
_EMPTY = re.compile(r"^[\s\-–—.:]*$")


def build_draft(pending: Pending, unit: tuple[str, ...] = ()) -> Draft:
    """The draft SOP of ``pending`` with a finding for every field and step."""
    values = pending.identity.values
    findings: list[Finding] = []
    title = join_lines(values.get("title", "")) or pending.heading
    findings.append(_state("title", values.get("title", ""), guessed=bool(pending.heading and not values.get("title"))))
    lanes = _lanes(pending)
    steps, step_findings = _steps(pending.steps, lanes)
    parts = draft_parts(pending.parts, steps, [lane.id for lane in lanes])
    sop = Sop(
        id=_slug(title) or "sop-impor", title=title or "SOP tanpa judul", status=Status.DRAFT,
        unit=unit or tuple(u for u in pending.identity.unit if not _EMPTY.match(u)), lanes=lanes, steps=steps,
        parts=parts,
        number=_blank(join_lines(values.get("number", ""))), approval=_approval(values.get("approval", "")),
        **{name: _date(values, name, findings) for name in DATES},
        **{name: tuple(split_items(values.get(name, ""))) for name in LISTS},  # type: ignore[arg-type]
    )
    findings += [_state("unit", " ".join(sop.unit)), _state("number", sop.number),
                 _state("approval", values.get("approval", ""))]
    findings += [_state(name, values.get(name, "")) for name in LISTS]
    findings.append(Finding("lanes", READ if lanes else MISSING, f"{len(lanes)} pelaksana"))
    findings += _part_findings(pending.parts, steps)
    return Draft(sop, _where(pending.pages), findings + step_findings, _flow(pending.steps, lanes))


def _part_findings(starts: list[PartStart], steps: tuple[Step, ...]) -> list[Finding]:
    """A finding for every flowchart part after the first: its rows; guessed when only a restart
    of the numbering inside one table tells it."""
    return [Finding(f"bagian alir {k + 1}", READ if start.read else GUESSED,
                    f"langkah {start.first + 1}-{end} dari {len(steps)}, penomoran mulai dari 1 lagi"
                    + ("" if start.read else " di dalam satu tabel"))
            for k, (start, end) in enumerate(part_rows(starts, len(steps))) if k > 0]


def _flow(rows: list[RawStep], lanes: tuple[Lane, ...]) -> list[StepFlow]:
    """Each row's printed number, symbols by lane name, and arrows by target number (an arrow
    guessed to the next step included, as in the model)."""
    numbers = [row.number or str(i + 1) for i, row in enumerate(rows)]
    out = []
    for i, row in enumerate(rows):
        symbols = tuple((lanes[k].name if k < len(lanes) else "", shape.kind, shape.text) for k, shape in row.symbols)
        arrows = [(numbers[to] if to < len(rows) else "", label) for to, label in row.arrows]
        if not arrows and i + 1 < len(rows) and not _is_end(row, i):
            arrows = [(numbers[i + 1], "")]
        arrows = _complete_labels(arrows)
        out.append(StepFlow(row.number, symbols, tuple(arrows)))
    return out


_OTHER = {"ya": "Tidak", "y": "T", "tidak": "Ya", "t": "Y"}


def _complete_labels(arrows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two exits with one label printed: the other is its opposite (Ya/Tidak, Y/T)."""
    labels = [label for _, label in arrows if label]
    if len(arrows) != 2 or len(labels) != 1 or labels[0].casefold() not in _OTHER:
        return arrows
    other = _OTHER[labels[0].casefold()]
    return [(to, label or other) for to, label in arrows]


def _is_end(row: RawStep, index: int) -> bool:
    kinds = {shape.kind for _, shape in row.symbols}
    return index > 0 and kinds == {"terminator"}


def _state(subject: str, text: str, guessed: bool = False) -> Finding:
    if guessed:
        return Finding(subject, GUESSED, "diambil dari judul di atas tabel")
    return Finding(subject, READ if text.strip() else MISSING)


def _date(values: dict[str, str], name: str, findings: list[Finding]):  # type: ignore[no-untyped-def]
    text = join_lines(values.get(name, ""))
    date = parse_date(text)
    if date is None and not _EMPTY.match(text):
        findings.append(Finding(name, GUESSED, f"tanggal tidak lengkap: {text!r}"))
    else:
        findings.append(Finding(name, READ if name in values and text.strip() else MISSING))  # "-": none, read
    return date


def _blank(text: str) -> str:
    """``text``, or "" when it only holds a dash or dots (a sheet's "nothing here": "-")."""
    return "" if _EMPTY.match(text) else text


def _approval(text: str) -> Approval:
    """Jabatan on the first lines, then the name, the pangkat if printed, the NIP line last.
    Without a NIP line, the name is the last lines after the signature's space (an empty line
    in ``text``, see `identity.read_identity`), else everything is the jabatan."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    nip_at = next((i for i, ln in enumerate(lines) if _NIP.match(ln)), None)
    if nip_at is None:
        groups = [g for g in re.split(r"\n\s*\n", text.strip()) if g.strip()]
        if len(groups) >= 2:
            return Approval(position=_blank(join_lines(groups[0])), name=join_lines(groups[-1]))
        return Approval(position=_blank(join_lines("\n".join(lines))))
    before = lines[:nip_at]
    rank = before.pop() if before and _RANK.search(before[-1]) else ""
    name = before.pop() if before else ""
    nip = _NIP.match(lines[nip_at]).group(1).strip()  # type: ignore[union-attr]
    return Approval(position=_blank(join_lines("\n".join(before))), name=name, nip=nip, rank=rank)


def _lanes(pending: Pending) -> tuple[Lane, ...]:
    names = pending.lanes
    used: set[str] = set()
    lanes = []
    for i, name in enumerate(names):
        key = _slug(name) or f"pelaksana-{i + 1}"
        while key in used:
            key = f"{key}-{i + 1}"
        used.add(key)
        lanes.append(Lane(key, name))
    return tuple(lanes)


def _split_same_target(row: RawStep, index: int) -> bool:
    """A decision whose Ya and Tidak arrows were both read to the same next step: the Tidak one
    is taken back to the step before (a rejection returns the work). True when it guessed."""
    labels = {label.casefold()[:1] for _, label in row.arrows}
    targets = {to for to, _ in row.arrows}
    if len(row.arrows) != 2 or labels != {"y", "t"} or targets != {index + 1} or index == 0:
        return False
    row.arrows = [(index - 1 if label.casefold().startswith("t") else to, label) for to, label in row.arrows]
    return True


def _steps(rows: list[RawStep], lanes: tuple[Lane, ...]) -> tuple[tuple[Step, ...], list[Finding]]:
    steps, findings = [], []
    for i, row in enumerate(rows):
        if _split_same_target(row, i):
            findings.append(Finding(f"langkah {row.number or i + 1}", GUESSED,
                                    "jalan keluar Tidak ditebak: kembali ke langkah sebelumnya"))
        subject = f"langkah {row.number or i + 1}"
        used = sorted({lane for lane, shape in row.symbols if shape.kind != "connector"})
        kinds = {shape.kind for _, shape in row.symbols}
        symbol = Symbol.DECISION if "decision" in kinds else (
            Symbol.PROCESS if "process" in kinds or not kinds else Symbol.TERMINATOR)
        exits = _exits(row, i, len(rows), symbol)
        state = READ if used and row.texts.get("activity") else GUESSED
        guessed_flow = not row.arrows and i + 1 < len(rows)
        note = "simbol tidak ditemukan" if not used else ("alur ditebak: ke langkah berikutnya" if guessed_flow else "")
        findings.append(Finding(subject, GUESSED if guessed_flow else state, note))
        lane_ids = tuple(lanes[k].id for k in used if k < len(lanes)) or ((lanes[0].id,) if lanes else ())
        steps.append(Step(activity=row.texts.get("activity", ""), lanes=lane_ids, symbol=symbol,
                          requirements=row.texts.get("requirements", ""),
                          standard_time=row.texts.get("standard_time", ""), output=row.texts.get("output", ""),
                          remarks=row.texts.get("remarks", ""), exits=exits, number=_number(row.number, i)))
    return tuple(steps), findings


def _number(printed: str, index: int) -> str:
    """The number row ``index`` keeps (``Step.number``): as printed, unless it is the row's position,
    empty, of more than one line or longer than a No may be (then "": numbered by position)."""
    number = printed.strip()
    if number == str(index + 1) or "\n" in number or len(number) > STEP_NUMBER_LENGTH:
        return ""
    return number


def _exits(row: RawStep, index: int, count: int, symbol: Symbol) -> tuple[Exit, ...]:
    """A decision's two exits, the positive (Ya) first; a missing label is the one not used."""
    if symbol is not Symbol.DECISION:
        return ()
    found = list(row.arrows[:2])
    printed = {label.casefold()[:1] for _, label in found if label}
    spare = [name for name in ("Ya", "Tidak") if name.casefold()[:1] not in printed]
    exits = []
    for to, label in found:
        exits.append(Exit(label or (spare.pop(0) if spare else ""), to if to < count else None))
    while len(exits) < 2:
        exits.append(Exit(spare.pop(0) if spare else "", index + 1 if index + 1 < count else None))
    exits.sort(key=lambda e: not e.label.casefold().startswith("y"))
    return tuple(exits)


def _where(pages: list[int]) -> str:
    if not pages:
        return ""
    return f"halaman {pages[0]}" if len(pages) == 1 else f"halaman {pages[0]}-{pages[-1]}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60].strip("-")
