"""Generated SOPs for layout and PDF tests (deterministic from a seed)."""

from __future__ import annotations

import random

from sopdesk.domain.model import Exit, Lane, Sop, Status, Step, Symbol

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
