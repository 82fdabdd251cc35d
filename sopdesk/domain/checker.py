"""The format checker: what breaks the SOP AP rules (Permenpan RB 35/2012), each with a short
reason and where it is, so an editor can select the cell.

Rules: a terminator at the start and the end; a decision has two labelled exits whose targets
exist; every step has a lane; every lane is used; Waktu is readable; Kegiatan and Output are
filled; the identity fields are filled; Tanggal Efektif is not before Tanggal Pembuatan; the
review date (Tanggal Revisi) has not passed; every Keterkaitan entry names an SOP in the
catalogue; no field is longer than a sheet holds well (`LONG_TEXT`: it still prints whole, but a
row continues over pages and the title over the flowchart is cut to its first lines). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sopdesk.domain.links import match_related
from sopdesk.domain.model import Sop, Symbol
from sopdesk.domain.waktu import WaktuKind, parse_waktu


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule: its ``rule`` code, the ``message`` for the user, and where: ``field``
    (e.g. ``activity``, ``lanes``, ``number``) of ``step`` (0-based; None for the identity part)."""

    rule: str
    message: str
    field: str
    step: int | None = None


IDENTITY_FIELDS = (("number", "Nomor SOP"), ("title", "Nama SOP"), ("unit", "unit kerja (kop)"),
                   ("made_on", "Tanggal Pembuatan"), ("effective_on", "Tanggal Efektif"))


def check_sop(sop: Sop, today: dt.date, catalogue: Iterable[tuple[str, str]] | None = None) -> list[Finding]:
    """Every rule ``sop`` breaks. ``catalogue`` (key, title pairs) enables the Keterkaitan rule."""
    findings = _ends(sop) + _steps(sop) + _lanes(sop) + _identity(sop, today) + _lengths(sop)
    if catalogue is not None:
        titles = [(k, t) for k, t in catalogue if k != sop.id]
        findings += [Finding("related-missing", f"Keterkaitan «{entry}» tidak ada di katalog", "related_sops")
                     for entry in sop.related_sops if match_related(entry, titles) is None]
    return findings


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return any(str(v).strip() for v in value)
    return value is not None


def _ends(sop: Sop) -> list[Finding]:
    out = []
    if len(sop.steps) < 2:
        out.append(Finding("too-short", "SOP perlu paling sedikit dua langkah (Mulai dan Selesai)", "activity", 0))
    if sop.steps and sop.steps[0].symbol is not Symbol.TERMINATOR:
        out.append(Finding("start-terminator", "Langkah pertama harus terminator (Mulai)", "symbol", 0))
    if sop.steps and sop.steps[-1].symbol is not Symbol.TERMINATOR:
        out.append(Finding("end-terminator", "Langkah terakhir harus terminator (Selesai)", "symbol",
                           len(sop.steps) - 1))
    return out


def _steps(sop: Sop) -> list[Finding]:
    out = []
    for i, step in enumerate(sop.steps):
        if not step.lanes:
            out.append(Finding("no-lane", f"Langkah {i + 1} tidak punya Pelaksana", "lanes", i))
        if not step.activity.strip():
            out.append(Finding("empty-activity", f"Kegiatan langkah {i + 1} kosong", "activity", i))
        if not step.output.strip():
            out.append(Finding("empty-output", f"Output langkah {i + 1} kosong", "output", i))
        waktu = parse_waktu(step.standard_time)
        if waktu.kind is WaktuKind.UNREADABLE:
            out.append(Finding("waktu", f"Waktu langkah {i + 1} tidak terbaca: {waktu.reason}", "standard_time", i))
        if step.symbol is Symbol.DECISION:
            out += _decision(sop, i)
    return out


def _decision(sop: Sop, i: int) -> list[Finding]:
    step = sop.steps[i]
    if len(step.exits) != 2 or not all(e.label.strip() for e in step.exits):
        message = f"Keputusan langkah {i + 1} harus punya dua jalan keluar berlabel"
        return [Finding("decision-exits", message, "exits", i)]
    out = []
    targets = []
    for e in step.exits:
        target = sop.exit_target(i, e)
        targets.append(target)
        if target is None or not 0 <= target < len(sop.steps):
            out.append(Finding("decision-target", f"Jalan keluar «{e.label}» langkah {i + 1} tidak punya tujuan",
                               "exits", i))
        elif target == i:
            out.append(Finding("decision-self", f"Jalan keluar «{e.label}» langkah {i + 1} kembali ke keputusan itu "
                               "sendiri", "exits", i))
    if targets[0] is not None and targets[0] == targets[1]:
        out.append(Finding("decision-same", f"Kedua jalan keluar keputusan langkah {i + 1} menuju langkah yang sama",
                           "exits", i))
    return out


def _lanes(sop: Sop) -> list[Finding]:
    used = {lane for step in sop.steps for lane in step.lanes}
    out = [Finding("unused-lane", f"Pelaksana «{lane.name}» tidak dipakai langkah mana pun", "lanes")
           for lane in sop.lanes if lane.id not in used]
    names = [" ".join(lane.name.split()).casefold() for lane in sop.lanes]
    out += [Finding("lane-name", f"Pelaksana kolom {k + 1} tidak bernama", "lanes")
            for k, n in enumerate(names) if not n]
    out += [Finding("lane-twice", f"Pelaksana «{sop.lanes[k].name}» ada dua kali", "lanes")
            for k, n in enumerate(names) if n and n in names[:k]]
    return out


def _identity(sop: Sop, today: dt.date) -> list[Finding]:
    out = [Finding("identity-empty", f"{label} kosong", name) for name, label in IDENTITY_FIELDS
           if not _filled(getattr(sop, name))]
    if not sop.approval.name.strip():
        out.append(Finding("identity-empty", "Disahkan oleh (nama) kosong", "approval"))
    if sop.made_on and sop.effective_on and sop.effective_on < sop.made_on:
        out.append(Finding("dates-order", "Tanggal Efektif sebelum Tanggal Pembuatan", "effective_on"))
    if sop.revised_on and sop.revised_on < today:
        out.append(Finding("review-overdue", f"Tanggal tinjau ulang ({sop.revised_on:%d-%m-%Y}) sudah lewat",
                           "revised_on"))
    return out


# characters above which a field no longer sits well on the printed sheet
LONG_TEXT = {"activity": 1_500, "requirements": 1_500, "output": 1_500, "remarks": 1_500, "standard_time": 60,
             "title": 250, "lane": 60, "identity": 2_000}
STEP_LABELS = {"activity": "Kegiatan", "requirements": "Kelengkapan", "standard_time": "Waktu", "output": "Output",
               "remarks": "Keterangan"}
IDENTITY_LISTS = {"legal_basis": "Dasar Hukum", "qualifications": "Kualifikasi Pelaksana",
                  "related_sops": "Keterkaitan", "equipment": "Peralatan/Perlengkapan", "warning": "Peringatan",
                  "records": "Pencatatan dan Pendataan", "purpose": "Tujuan", "definitions": "Definisi"}


def _long(label: str, text: str, limit: int, field: str, step: int | None = None) -> list[Finding]:
    if len(text) <= limit:
        return []
    message = f"{label} terlalu panjang untuk lembar SOP ({len(text):,} karakter, sebaiknya paling banyak " \
              f"{limit:,}); tetap tercetak utuh, tetapi bersambung ke halaman berikutnya"
    return [Finding("too-long", message.replace(",", "."), field, step)]


def _lengths(sop: Sop) -> list[Finding]:
    """Fields longer than a sheet holds well (`LONG_TEXT`)."""
    out = _long("Nama SOP", sop.title, LONG_TEXT["title"], "title")
    for i, step in enumerate(sop.steps):
        for key, label in STEP_LABELS.items():
            out += _long(f"{label} langkah {i + 1}", getattr(step, key), LONG_TEXT[key], key, i)
    for lane in sop.lanes:
        out += _long(f"Nama Pelaksana «{lane.name[:30]}…»", lane.name, LONG_TEXT["lane"], "lanes")
    for key, label in IDENTITY_LISTS.items():
        for entry in getattr(sop, key):
            out += _long(label, entry, LONG_TEXT["identity"], key)
    return out + _long("Penjelasan Singkat", sop.summary, LONG_TEXT["identity"], "summary")
