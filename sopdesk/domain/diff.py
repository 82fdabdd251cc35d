"""What changed between two revisions of an SOP, as readable lines (the revision history view).

Identity fields and lists are compared by value; lanes (Pelaksana) by id; steps (Kegiatan)
are aligned on their text with difflib so an inserted step reads as one insertion, not as a
change to every later step; matched steps are compared field by field (Mutu Baku included).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from sopdesk.domain.dates import format_date_id
from sopdesk.domain.messages import Language, Phrase, phrase, render
from sopdesk.domain.model import Sop, Step, Symbol

SYMBOL_NAMES = {Symbol.TERMINATOR: "terminator", Symbol.PROCESS: "proses", Symbol.DECISION: "keputusan",
                Symbol.CONNECTOR: "penghubung"}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: the part of the SOP (``Identitas``, ``Pelaksana``, ``Kegiatan``), the
    field (its Indonesian label; "" for a whole lane or step) of ``step`` (1-based; None outside
    the steps), and the values before and after ("" when absent)."""

    part: str
    field: str
    before: str
    after: str
    step: int | None = None

    def where(self, language: Language = "id") -> str:
        """The field, with its step: ``langkah 6: Waktu`` (``step 6: Waktu`` in English)."""
        if self.step is None:
            return phrase(self.field, language)
        if not self.field:
            return render("diff-step", (self.step,), language)
        return render("diff-step-field", (self.step, Phrase(self.field)), language)

    def line(self, language: Language = "id") -> str:
        """The change as one line of text for the user, in ``language`` ("id" or "en")."""
        part, where = Phrase(self.part), self.where(language)
        if not self.before:
            return render("diff-added", (part, where, self.after), language)
        if not self.after:
            return render("diff-removed", (part, where, self.before), language)
        return render("diff-changed", (part, where, self.before, self.after), language)


IDENTITY = [("number", "Nomor SOP"), ("title", "Nama SOP"), ("unit", "Unit kerja"), ("made_on", "Tanggal Pembuatan"),
            ("revised_on", "Tanggal Revisi"), ("effective_on", "Tanggal Efektif"), ("legal_basis", "Dasar Hukum"),
            ("qualifications", "Kualifikasi Pelaksana"), ("related_sops", "Keterkaitan"),
            ("equipment", "Peralatan/Perlengkapan"), ("warning", "Peringatan"), ("records", "Pencatatan dan Pendataan"),
            ("summary", "Penjelasan Singkat"), ("purpose", "Tujuan"), ("definitions", "Definisi")]
APPROVAL = [("position", "Disahkan oleh: jabatan"), ("name", "Disahkan oleh: nama"), ("nip", "Disahkan oleh: NIP"),
            ("rank", "Disahkan oleh: pangkat")]
STEP_FIELDS = [("activity", "Kegiatan"), ("symbol", "simbol"), ("requirements", "Kelengkapan"),
               ("standard_time", "Waktu"), ("output", "Output"), ("remarks", "Keterangan")]


def _text(value: object) -> str:
    if isinstance(value, Symbol):
        return Phrase(SYMBOL_NAMES[value])
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if value is None or isinstance(value, str):
        return value or ""
    if hasattr(value, "year"):
        return format_date_id(value, "")  # type: ignore[arg-type]
    return str(value)


def diff_revisions(old: Sop, new: Sop) -> list[Change]:
    """Every change from ``old`` to ``new``, identity first, then lanes, then steps."""
    changes = [Change("Identitas", label, _text(getattr(old, f)), _text(getattr(new, f)))
               for f, label in IDENTITY if getattr(old, f) != getattr(new, f)]
    changes += [Change("Identitas", label, getattr(old.approval, f), getattr(new.approval, f))
                for f, label in APPROVAL if getattr(old.approval, f) != getattr(new.approval, f)]
    return changes + _lane_changes(old, new) + _step_changes(old, new)


def _lane_changes(old: Sop, new: Sop) -> list[Change]:
    before = {lane.id: lane.name for lane in old.lanes}
    after = {lane.id: lane.name for lane in new.lanes}
    changes = [Change("Pelaksana", "", name, "") for key, name in before.items() if key not in after]
    changes += [Change("Pelaksana", "", "", name) for key, name in after.items() if key not in before]
    changes += [Change("Pelaksana", "nama", before[k], after[k]) for k in before.keys() & after.keys()
                if before[k] != after[k]]
    kept_old = [k for k in before if k in after]
    kept_new = [k for k in after if k in before]
    if kept_old != kept_new:
        changes.append(Change("Pelaksana", "urutan", ", ".join(before[k] for k in kept_old),
                              ", ".join(after[k] for k in kept_new)))
    return changes


def _step_changes(old: Sop, new: Sop) -> list[Change]:
    matcher = SequenceMatcher(None, [s.activity for s in old.steps], [s.activity for s in new.steps], autojunk=False)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                changes += _step_fields(old, new, i1 + k, j1 + k)
            continue
        changes += [Change("Kegiatan", "", old.steps[i].activity, "", i + 1) for i in range(i1, i2)]
        changes += [Change("Kegiatan", "", "", new.steps[j].activity, j + 1) for j in range(j1, j2)]
    return changes


def _lanes_of(sop: Sop, step: Step) -> str:
    names = {lane.id: lane.name for lane in sop.lanes}
    return ", ".join(names.get(x, x) for x in step.lanes)


def _exits_of(sop: Sop, index: int) -> str:
    step = sop.steps[index]
    parts = []
    for e in step.exits:
        target = sop.exit_target(index, e)
        parts.append(f"{e.label} → {target + 1 if target is not None else '-'}")
    return ", ".join(parts)


def _step_fields(old: Sop, new: Sop, i: int, j: int) -> list[Change]:
    a, b = old.steps[i], new.steps[j]
    changes = [Change("Kegiatan", label, _text(getattr(a, f)), _text(getattr(b, f)), j + 1)
               for f, label in STEP_FIELDS if getattr(a, f) != getattr(b, f)]
    if _lanes_of(old, a) != _lanes_of(new, b):
        changes.append(Change("Kegiatan", "Pelaksana", _lanes_of(old, a), _lanes_of(new, b), j + 1))
    if _exits_of(old, i) != _exits_of(new, j):
        changes.append(Change("Kegiatan", "keputusan", _exits_of(old, i), _exits_of(new, j), j + 1))
    return changes
