"""The format checker: what breaks the SOP AP rules (Permenpan RB 35/2012), each with a short
reason and where it is, so an editor can select the cell.

Rules: a terminator at the start and the end; a decision has two labelled exits whose targets
exist (an SOP drawn with arrows, format version 2, has the rules of `sopdesk.domain.flow_check`
instead); no two rows of one flowchart print the same No (a step's number as signed, format
version 2); every step has a lane; every lane is used; Waktu is readable; Kegiatan and Output are
filled; the identity fields are filled; Tanggal Efektif is not before Tanggal Pembuatan; the
review date (``review_on``, its own field: Tanggal Revisi is the date of the last revision) has
not passed; every Keterkaitan entry names an SOP in the
catalogue; no field is longer than a sheet holds well (`LONG_TEXT`: it still prints whole, but a
row continues over pages and the title over the flowchart is cut to its first lines). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sopdesk.domain.editing_flow import part_of
from sopdesk.domain.finding import Finding
from sopdesk.domain.flow_check import check_flows
from sopdesk.domain.links import match_related
from sopdesk.domain.messages import Phrase
from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.waktu import WaktuKind, parse_waktu

IDENTITY_FIELDS = (("number", "Nomor SOP"), ("title", "Nama SOP"), ("unit", "unit kerja (kop)"),
                   ("made_on", "Tanggal Pembuatan"), ("effective_on", "Tanggal Efektif"))


def check_sop(sop: Sop, today: dt.date, catalogue: Iterable[tuple[str, str]] | None = None) -> list[Finding]:
    """Every rule ``sop`` breaks. ``catalogue`` (key, title pairs) enables the Keterkaitan rule."""
    flow = check_flows(sop) if sop.has_flows else _ends(sop)
    findings = flow + _steps(sop) + _numbers(sop) + _lanes(sop) + _identity(sop, today) + long_fields(sop)
    if catalogue is not None:
        titles = [(k, t) for k, t in catalogue if k != sop.id]
        findings += [Finding("related-missing", "related_sops", None, (entry,))
                     for entry in sop.related_sops if match_related(entry, titles) is None]
    return findings


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return any(str(v).strip() for v in value)
    return value is not None


def _no(sop: Sop, i: int) -> str:
    """How a finding names step ``i``: its number as signed (format version 2), else its position."""
    return sop.step_number(i)


def _ends(sop: Sop) -> list[Finding]:
    out = []
    if len(sop.steps) < 2:
        out.append(Finding("too-short", "activity", 0))
    if sop.steps and sop.steps[0].symbol is not Symbol.TERMINATOR:
        out.append(Finding("start-terminator", "symbol", 0))
    if sop.steps and sop.steps[-1].symbol is not Symbol.TERMINATOR:
        out.append(Finding("end-terminator", "symbol", len(sop.steps) - 1))
    return out


def _steps(sop: Sop) -> list[Finding]:
    out = []
    for i, step in enumerate(sop.steps):
        if not step.lanes:
            out.append(Finding("no-lane", "lanes", i, (_no(sop, i),)))
        if not step.activity.strip():
            out.append(Finding("empty-activity", "activity", i, (_no(sop, i),)))
        if not step.output.strip() and sop.setup.output_column:  # a sheet without Output asks for none
            out.append(Finding("empty-output", "output", i, (_no(sop, i),)))
        waktu = parse_waktu(step.standard_time)
        if waktu.kind is WaktuKind.UNREADABLE:
            out.append(Finding("waktu", "standard_time", i, (_no(sop, i), Phrase(waktu.reason))))
        if step.symbol is Symbol.DECISION and not sop.has_flows:
            out += _decision(sop, i)
    return out


def _numbers(sop: Sop) -> list[Finding]:
    """One finding per No that two or more rows of one flowchart print (`Sop.step_number`, spaces
    ignored; each of several flowchart parts numbers its own rows), on the second of those rows,
    naming the number and the rows by their position in the SOP (1-based)."""
    rows: dict[tuple[int, str], list[int]] = {}
    for i in range(len(sop.steps)):
        rows.setdefault((part_of(sop, i), " ".join(_no(sop, i).split())), []).append(i)
    return [Finding("number-twice", "number", same[1], (number, tuple(i + 1 for i in same)))
            for (_part, number), same in rows.items() if len(same) > 1]


def _decision(sop: Sop, i: int) -> list[Finding]:
    step = sop.steps[i]
    if len(step.exits) != 2 or not all(e.label.strip() for e in step.exits):
        return [Finding("decision-exits", "exits", i, (_no(sop, i),))]
    out = []
    targets = []
    for e in step.exits:
        target = sop.exit_target(i, e)
        targets.append(target)
        if target is None or not 0 <= target < len(sop.steps):
            out.append(Finding("decision-target", "exits", i, (_no(sop, i), e.label)))
        elif target == i:
            out.append(Finding("decision-self", "exits", i, (_no(sop, i), e.label)))
    if targets[0] is not None and targets[0] == targets[1]:
        out.append(Finding("decision-same", "exits", i, (_no(sop, i),)))
    return out


def _lanes(sop: Sop) -> list[Finding]:
    used = {lane for step in sop.steps for lane in step.lanes}
    out = [Finding("unused-lane", "lanes", None, (lane.name,))
           for lane in sop.lanes if lane.id not in used]
    names = [" ".join(lane.name.split()).casefold() for lane in sop.lanes]
    out += [Finding("lane-name", "lanes", None, (k + 1,))
            for k, n in enumerate(names) if not n]
    out += [Finding("lane-twice", "lanes", None, (sop.lanes[k].name,))
            for k, n in enumerate(names) if n and n in names[:k]]
    return out


def _identity(sop: Sop, today: dt.date) -> list[Finding]:
    out = [Finding("identity-empty", name, None, (Phrase(label),)) for name, label in IDENTITY_FIELDS
           if not _filled(getattr(sop, name))]
    if not sop.approval.name.strip():
        out.append(Finding("identity-empty", "approval", None, (Phrase("Disahkan oleh (nama)"),)))
    if sop.made_on and sop.effective_on and sop.effective_on < sop.made_on:
        out.append(Finding("dates-order", "effective_on"))
    if sop.review_on and sop.review_on < today:
        out.append(Finding("review-overdue", "review_on", None, (f"{sop.review_on:%d-%m-%Y}",)))
    return out


# characters above which a field no longer sits well on the printed sheet
LONG_TEXT = {"activity": 1_500, "requirements": 1_500, "output": 1_500, "remarks": 1_500, "standard_time": 60,
             "title": 250, "lane": 60, "identity": 2_000}
STEP_LABELS = {"activity": "Kegiatan", "requirements": "Kelengkapan", "standard_time": "Waktu", "output": "Output",
               "remarks": "Keterangan"}
IDENTITY_LISTS = {"legal_basis": "Dasar Hukum", "qualifications": "Kualifikasi Pelaksana",
                  "related_sops": "Keterkaitan", "equipment": "Peralatan/Perlengkapan", "warning": "Peringatan",
                  "records": "Pencatatan dan Pendataan", "purpose": "Tujuan", "definitions": "Definisi"}


def _long(label: str, text: str, limit: int, field: str, step: int | None = None, number: str = "") -> list[Finding]:
    """A "too long" finding when ``text`` has more than ``limit`` characters; ``label`` is the field's
    SOP AP term (the same in both languages), ``number`` the step's No as printed."""
    if len(text) <= limit:
        return []
    length, most = f"{len(text):,}".replace(",", "."), f"{limit:,}".replace(",", ".")
    if step is None:
        return [Finding("too-long", field, None, (label, length, most))]
    return [Finding("too-long-step", field, step, (label, number or str(step + 1), length, most))]


def long_fields(sop: Sop) -> list[Finding]:
    """Fields longer than a sheet holds well (`LONG_TEXT`): rules "too-long" and "too-long-step"
    (a step named by its No as signed). The sheet still prints them whole (issue 13); the editor's
    checker and the PDF export warn."""
    out = _long("Nama SOP", sop.title, LONG_TEXT["title"], "title")
    for i, step in enumerate(sop.steps):
        for key, label in STEP_LABELS.items():
            out += _long(label, getattr(step, key), LONG_TEXT[key], key, i, sop.step_number(i))
    for lane in sop.lanes:
        out += _long(f"Pelaksana «{lane.name[:30]}…»", lane.name, LONG_TEXT["lane"], "lanes")
    for key, label in IDENTITY_LISTS.items():
        for entry in getattr(sop, key):
            out += _long(label, entry, LONG_TEXT["identity"], key)
    return out + _long("Penjelasan Singkat", sop.summary, LONG_TEXT["identity"], "summary")
