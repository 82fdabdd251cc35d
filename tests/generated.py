"""Generated SOPs for layout and PDF tests (deterministic from a seed)."""

from __future__ import annotations

import dataclasses
import random

from sopdesk.domain.model import Exit, Flow, Lane, Node, Part, Sop, Status, Step, Symbol, node_lanes

WORDS = ("menerima", "dokumen", "laporan", "kinerja", "surat", "disposisi", "memeriksa", "konsep",
         "Kepala", "Bagian", "Organisasi", "Sekretaris", "Daerah", "menandatangani", "verifikasi",
         "Perangkat", "data", "SKPD", "rapat", "penyusunan", "Pengisian", "E-SAKIP", "(LKj)")
WAKTU = ("15 menit", "1 jam", "2 jam", "1 hari", "3 hari", "2 minggu", "1 bulan", "Disesuaikan", "", "-")


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def generated_sop(steps: int, seed: int = 0, lanes: int | None = None) -> Sop:
    """An SOP of ``steps`` steps with random lanes, joint steps, decisions and loops."""
    rng = random.Random(seed * 1000 + steps)
    lane_count = lanes or rng.randint(1, 8)
    lane_list = tuple(Lane(f"l{k}", _text(rng, 1, 4)) for k in range(lane_count))
    out = []
    for i in range(steps):
        chosen = rng.sample(range(lane_count), k=1 if rng.random() < 0.85 else min(lane_count, 2))
        symbol = Symbol.TERMINATOR if i in (0, steps - 1) else Symbol.PROCESS
        exits: tuple[Exit, ...] = ()
        if 0 < i < steps - 1 and rng.random() < 0.2:
            symbol = Symbol.DECISION
            back = rng.randint(max(0, i - 4), i)
            exits = (Exit("Ya", None), Exit("Tidak", back))
        out.append(Step(
            activity=_text(rng, 2, 30), lanes=tuple(lane_list[c].id for c in sorted(chosen)), symbol=symbol,
            requirements=_text(rng, 0, 12), standard_time=rng.choice(WAKTU), output=_text(rng, 0, 12),
            remarks=_text(rng, 0, 8) if rng.random() < 0.3 else "", exits=exits,
        ))
    return Sop(id=f"gen-{steps}-{seed}", title=f"SOP buatan {steps} langkah", unit=("PEMERINTAH KABUPATEN UJI",),
               lanes=lane_list, steps=tuple(out), status=Status.DRAFT)


def generated_v2_sop(steps: int, seed: int = 0, lanes: int | None = None) -> Sop:
    """An SOP of ``steps`` rows drawn with arrows (format version 2): rows of one or two symbols
    (in different lanes, or stacked in one), forks (a symbol to both symbols of the next row, or
    to the next two rows), joins, decisions of two or three labelled exits (to later rows and
    back to earlier ones), and from 8 rows two flowchart parts. Deterministic from the seed."""
    base = generated_sop(steps, seed, lanes)
    rng = random.Random(seed * 7919 + steps)
    ids = [lane.id for lane in base.lanes]
    rows = [_v2_nodes(rng, ids, i, steps) for i in range(steps)]
    out = []
    for i, (step, nodes) in enumerate(zip(base.steps, rows, strict=True)):
        flows = _v2_flows(rng, i, nodes, rows)
        out.append(dataclasses.replace(step, lanes=node_lanes(nodes), symbol=nodes[0].kind, exits=(),
                                       symbols=nodes if len(nodes) > 1 or nodes[0].text else (), flows=flows))
    parts: tuple[Part, ...] = ()
    if steps >= 8 and rng.random() < 0.5:
        cut = rng.randint(3, steps - 3)
        parts = (Part("Bagian A", tuple(ids), cut, "Ket: *) contoh"), Part("Bagian B", tuple(ids), steps - cut))
    return dataclasses.replace(base, id=f"gen2-{steps}-{seed}", steps=tuple(out), parts=parts)


def _v2_nodes(rng: random.Random, ids: list[str], i: int, count: int) -> tuple[Node, ...]:
    if i in (0, count - 1):
        return (Node(Symbol.TERMINATOR, (rng.choice(ids),), rng.choice(("", "Surat masuk", "Selesai"))),)
    kinds = [Symbol.DECISION if rng.random() < 0.25 else Symbol.PROCESS for _ in range(1 + (rng.random() < 0.3))]
    text = lambda kind: rng.choice(("", "", "Sesuai?" if kind is Symbol.DECISION else "Arsip"))  # noqa: E731
    return tuple(Node(kind, (rng.choice(ids),), text(kind)) for kind in kinds)


def _v2_flows(rng: random.Random, i: int, nodes: tuple[Node, ...], rows: list[tuple[Node, ...]]) -> tuple[Flow, ...]:
    """Every symbol of row ``i`` flows on: a process to the next row (sometimes to all its symbols:
    a fork), a decision by two or three labelled exits; the last row's symbols end the flow."""
    if i == len(rows) - 1:
        return ()
    flows: list[Flow] = []
    for k, node in enumerate(nodes):
        nxt = rows[i + 1]
        if node.kind is Symbol.DECISION:
            flows.append(Flow(i + 1, "Ya", k, rng.randrange(len(nxt))))
            targets = {rng.randint(max(0, i - 4), min(len(rows) - 1, i + 3)) for _ in range(rng.randint(1, 2))}
            flows += [Flow(t, label, k, rng.randrange(len(rows[t])))
                      for t, label in zip(sorted(targets), ("Tidak", "Revisi"), strict=False)]
        elif len(nxt) > 1 and rng.random() < 0.5:
            flows += [Flow(i + 1, "", k, n) for n in range(len(nxt))]  # a fork into the next row
        elif i + 2 < len(rows) and rng.random() < 0.15:
            flows += [Flow(i + 1, "", k, 0), Flow(i + 2, "", k, 0)]  # a fork over two rows
        else:
            flows.append(Flow(i + 1, "", k, rng.randrange(len(nxt))))
    return tuple(flows)


def two_parts(sop: Sop, at: int, captions: tuple[str, str] = ("A. PENYUSUNAN", "B. PENGESAHAN")) -> Sop:
    """``sop`` (id ``<id>-bagian``) with its rows from ``at`` a second flowchart part numbered from 1
    again (``Step.number``), each part captioned and holding the lanes its rows are drawn in."""
    steps = tuple(dataclasses.replace(st, number=str(i - at + 1) if i >= at else "") for i, st in enumerate(sop.steps))

    def lanes(first: int, end: int) -> tuple[str, ...]:
        used = {lane for st in steps[first:end] for lane in st.lanes}
        return tuple(lane.id for lane in sop.lanes if lane.id in used)

    parts = (Part(captions[0], lanes(0, at), at), Part(captions[1], lanes(at, len(steps)), len(steps) - at))
    return dataclasses.replace(sop, id=f"{sop.id}-bagian", steps=steps, parts=parts)
