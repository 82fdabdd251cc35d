"""SOP AP domain objects (Permenpan RB 35/2012: Bagian Identitas and Bagian Flowchart).

Plain, immutable dataclasses. An `Sop` is one revision of one SOP; editing builds a new
value (``dataclasses.replace``), which keeps undo/redo and hashing simple.

Format version 2 (issue 14) adds fields, each marked ``metadata=V2`` and defaulting to what a
version-1 SOP means: the canonical form leaves them out at their default, so the content hash
of a version-1 SOP is unchanged. Code that only knows version 1 (layout, editor, executions)
refuses an SOP that uses them (`sopdesk.domain.format_v2.require_v1`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from sopdesk.domain.sheet_setup import HeadLine, SheetSetup, Signature
from sopdesk.domain.status import Status

V2 = MappingProxyType({"since": 2})  # field metadata: added in format version 2


class Symbol(StrEnum):
    """The flowchart symbol of a step (Permenpan RB 35/2012, Bagian Flowchart: terminator,
    proses, keputusan, penghubung antar halaman, and the arrow, which is a `Flow`).

    Version 1 draws three in a lane cell (the layout adds off-page connectors itself);
    version 2 may also place an off-page connector (``CONNECTOR``) in a row.
    """

    TERMINATOR = "terminator"  # capsule: a start or an end
    PROCESS = "process"  # rectangle: an activity
    DECISION = "decision"  # diamond: two or more labelled exits
    CONNECTOR = "connector"  # off-page connector (penghubung antar halaman); version 2 only


V1_SYMBOLS = (Symbol.TERMINATOR, Symbol.PROCESS, Symbol.DECISION)


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
class Node:
    """One symbol drawn in a row (version 2): its ``kind``, the ``lanes`` it is drawn in (ids,
    several for joint work) and the ``text`` inside it ("Langsung ke Kantor", "Perlu disposisi?";
    empty: a terminator says Mulai/Selesai, a process or decision shows nothing)."""

    kind: Symbol
    lanes: tuple[str, ...]
    text: str = ""


def node_lanes(nodes: tuple[Node, ...]) -> tuple[str, ...]:
    """The lanes of ``nodes``, each once, in order of appearance (a row's ``Step.lanes``)."""
    out: list[str] = []
    for node in nodes:
        out += [lane for lane in node.lanes if lane not in out]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Flow:
    """An arrow (version 2) from symbol ``source`` of its row to symbol ``target_node`` of row
    ``target`` (0-based indices into `Sop.steps` and the rows' `Step.nodes`), with an optional
    ``label`` (a decision's exit: "Ya", "Tidak"; several exits may share a label)."""

    target: int
    label: str = ""
    source: int = 0
    target_node: int = 0


@dataclass(frozen=True, slots=True)
class Part:
    """One flowchart of an SOP (version 2): its ``caption``, the ids of its ``lanes`` (in
    column order), how many consecutive rows (``steps``) it holds and the ``footnote`` printed
    under it ("Ket: *) Kelengkapan dokumen pendukung: …")."""

    caption: str
    lanes: tuple[str, ...]
    steps: int
    footnote: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    """Kegiatan: one row of the flowchart with its Mutu Baku.

    ``lanes`` holds the ids of the lanes the step's symbol is drawn in (several for joint
    work). ``requirements`` is Kelengkapan, ``standard_time`` the Waktu as written,
    ``output`` the Output, ``remarks`` the Keterangan. A decision has exactly two
    ``exits``, the positive one first.

    Version 2: ``number`` is the step number as signed ("4", "5a"; empty: its position);
    ``symbols`` the symbols of the row when it has several or text in one (empty: one
    ``symbol`` in ``lanes``; when set, ``lanes`` is the union of their lanes and ``symbol`` the
    first one's kind); ``flows`` the arrows leaving the row (when any row of the SOP has one,
    every row's successors are its flows and ``exits`` stay empty); ``time_rows`` how many
    consecutive rows the Waktu covers (a merged cell; the rows below leave it empty).
    """

    activity: str
    lanes: tuple[str, ...]
    symbol: Symbol = Symbol.PROCESS
    requirements: str = ""
    standard_time: str = ""
    output: str = ""
    remarks: str = ""
    exits: tuple[Exit, ...] = ()
    number: str = field(default="", metadata=V2)
    symbols: tuple[Node, ...] = field(default=(), metadata=V2)
    flows: tuple[Flow, ...] = field(default=(), metadata=V2)
    time_rows: int = field(default=1, metadata=V2)

    def nodes(self) -> tuple[Node, ...]:
        """The symbols drawn in this row: ``symbols``, or the one ``symbol`` in ``lanes``."""
        return self.symbols or (Node(self.symbol, self.lanes),)


@dataclass(frozen=True, slots=True)
class Sop:
    """One revision of an SOP AP: the identity part and the flowchart part.

    ``unit`` holds the header lines of the issuing unit, top to bottom
    (``PEMERINTAH KABUPATEN BALANGAN / SEKRETARIAT DAERAH / BAGIAN ORGANISASI``).
    The six identity lists are Dasar Hukum (``legal_basis``), Kualifikasi Pelaksana
    (``qualifications``), Keterkaitan (``related_sops``), Peralatan/Perlengkapan
    (``equipment``), Peringatan (``warning``), Pencatatan dan Pendataan (``records``);
    ``summary``/``purpose``/``definitions`` are the optional Penjelasan Singkat, Tujuan
    and Definisi. Dates: ``made_on`` Tanggal Pembuatan, ``revised_on`` Tanggal Revisi (the
    date of the last revision), ``effective_on`` Tanggal Efektif.

    Version 2: ``review_on`` the planned review date (its own field); ``parts`` the flowcharts
    when there are several (empty: one flowchart of all lanes and steps); ``setup`` the
    columns, labels, list styles and paper; ``letterhead`` the kop lines with their weight
    (empty: ``unit`` as today); ``logo`` the agency's logo (PNG/JPEG bytes); ``signature`` wet
    or electronic.
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
    review_on: dt.date | None = field(default=None, metadata=V2)
    parts: tuple[Part, ...] = field(default=(), metadata=V2)
    setup: SheetSetup = field(default_factory=SheetSetup, metadata=V2)
    letterhead: tuple[HeadLine, ...] = field(default=(), metadata=V2)
    logo: bytes = field(default=b"", metadata=V2)
    signature: Signature = field(default_factory=Signature, metadata=V2)

    def lane_index(self, lane_id: str) -> int:
        """Return the 0-based column of lane ``lane_id``; raise ``KeyError`` if absent."""
        for i, lane in enumerate(self.lanes):
            if lane.id == lane_id:
                return i
        raise KeyError(lane_id)

    def step_number(self, row: int) -> str:
        """The No of row ``row`` (0-based) as the sheet prints it: the number as signed ("5a",
        version 2) or, when none was signed, its position (``"1"`` for row 0). Raises
        ``IndexError`` for a row the SOP does not have."""
        return self.steps[row].number or str(row + 1)

    def exit_target(self, step_index: int, exit_: Exit) -> int | None:
        """Resolve an exit to a 0-based step index (``None`` past the last step)."""
        if exit_.target is not None:
            return exit_.target
        nxt = step_index + 1
        return nxt if nxt < len(self.steps) else None

    @property
    def has_flows(self) -> bool:
        """True when the rows' successors are their `Step.flows` (version 2), not the
        version-1 rule (next row; a decision's two exits)."""
        return any(step.flows for step in self.steps)

    def flow_parts(self) -> tuple[Part, ...]:
        """The flowcharts: ``parts``, or one part of every lane and step."""
        return self.parts or (Part("", tuple(lane.id for lane in self.lanes), len(self.steps)),)

    @property
    def unit_name(self) -> str:
        """The most specific unit line (the last header line), e.g. ``BAGIAN ORGANISASI``."""
        return self.unit[-1] if self.unit else ""

    def search_text(self) -> str:
        """Lower-cased text the catalogue search looks in: name, number, step texts."""
        parts = [self.title, self.number, *self.unit]
        parts += [s.activity for s in self.steps]
        return "\n".join(parts).casefold()
