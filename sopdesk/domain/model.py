"""SOP AP domain objects (Permenpan RB 35/2012: Bagian Identitas and Bagian Flowchart).

Plain, immutable dataclasses. An `Sop` is one revision of one SOP; editing builds a new
value (``dataclasses.replace``), which keeps undo/redo and hashing simple.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Symbol(StrEnum):
    """The flowchart symbol of a step (Permenpan RB 35/2012, Bagian Flowchart).

    Only three are drawn in a lane cell; the arrow and the off-page connector are
    drawn by the layout engine.
    """

    TERMINATOR = "terminator"  # capsule: the first and the last step
    PROCESS = "process"  # rectangle: an activity
    DECISION = "decision"  # diamond: two labelled exits


class Status(StrEnum):
    """The lifecycle state of a revision (docs/product.md, Lifecycle): draft -> verified (by the
    Bagian Organisasi) -> approved (disahkan, signed) -> superseded by the next approved one."""

    DRAFT = "draft"
    VERIFIED = "verified"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class Approval:
    """Disahkan oleh: the official who signs the SOP.

    ``position`` is the jabatan, ``rank`` the pangkat/golongan, ``nip`` the 18-digit civil
    servant number as printed (often grouped ``19620412 199203 1 013``).
    """

    position: str = ""
    name: str = ""
    nip: str = ""
    rank: str = ""


@dataclass(frozen=True, slots=True)
class Lane:
    """Pelaksana: one actor, one lane (column) of the flowchart.

    ``id`` is a short stable key (``[a-z0-9-]+``) that steps refer to.
    """

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Exit:
    """One exit of a decision (Keputusan): its label (*Ya*, *Tidak*) and target.

    ``target`` is the 0-based index of the target step, or ``None`` for "the next step".
    """

    label: str
    target: int | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """Kegiatan: one row of the flowchart with its Mutu Baku.

    ``lanes`` holds the ids of the lanes the step's symbol is drawn in (several for joint
    work). ``requirements`` is Kelengkapan, ``standard_time`` the Waktu as written,
    ``output`` the Output, ``remarks`` the Keterangan. A decision has exactly two
    ``exits``, the positive one first.
    """

    activity: str
    lanes: tuple[str, ...]
    symbol: Symbol = Symbol.PROCESS
    requirements: str = ""
    standard_time: str = ""
    output: str = ""
    remarks: str = ""
    exits: tuple[Exit, ...] = ()


@dataclass(frozen=True, slots=True)
class Sop:
    """One revision of an SOP AP: the identity part and the flowchart part.

    ``unit`` holds the header lines of the issuing unit, top to bottom
    (``PEMERINTAH KABUPATEN BALANGAN / SEKRETARIAT DAERAH / BAGIAN ORGANISASI``).
    The six identity lists are Dasar Hukum (``legal_basis``), Kualifikasi Pelaksana
    (``qualifications``), Keterkaitan (``related_sops``), Peralatan/Perlengkapan
    (``equipment``), Peringatan (``warning``), Pencatatan dan Pendataan (``records``);
    ``summary``/``purpose``/``definitions`` are the optional Penjelasan Singkat, Tujuan
    and Definisi. Dates: ``made_on`` Tanggal Pembuatan, ``revised_on`` Tanggal Revisi (or
    planned review), ``effective_on`` Tanggal Efektif.
    """

    id: str
    title: str
    unit: tuple[str, ...]
    lanes: tuple[Lane, ...]
    steps: tuple[Step, ...]
    number: str = ""
    revision: int = 1
    status: Status = Status.DRAFT
    made_on: dt.date | None = None
    revised_on: dt.date | None = None
    effective_on: dt.date | None = None
    approval: Approval = field(default_factory=Approval)
    legal_basis: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    related_sops: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    warning: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    summary: str = ""
    purpose: tuple[str, ...] = ()
    definitions: tuple[str, ...] = ()
    source_document: str = ""
    source_notes: tuple[str, ...] = ()

    def lane_index(self, lane_id: str) -> int:
        """Return the 0-based column of lane ``lane_id``; raise ``KeyError`` if absent."""
        for i, lane in enumerate(self.lanes):
            if lane.id == lane_id:
                return i
        raise KeyError(lane_id)

    def exit_target(self, step_index: int, exit_: Exit) -> int | None:
        """Resolve an exit to a 0-based step index (``None`` past the last step)."""
        if exit_.target is not None:
            return exit_.target
        nxt = step_index + 1
        return nxt if nxt < len(self.steps) else None

    @property
    def unit_name(self) -> str:
        """The most specific unit line (the last header line), e.g. ``BAGIAN ORGANISASI``."""
        return self.unit[-1] if self.unit else ""

    def search_text(self) -> str:
        """Lower-cased text the catalogue search looks in: name, number, step texts."""
        parts = [self.title, self.number, *self.unit]
        parts += [s.activity for s in self.steps]
        return "\n".join(parts).casefold()
